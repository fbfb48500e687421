// SPDX-License-Identifier: GPL-3.0-or-later
#include "preferencesdialog.h"

#include "api/networksettingkeys.h"
#include "common/appearance.h"
#include "copying/clipboardguard.h"
#include "copying/copyingsettingkeys.h"
#include "reminders/reminderthresholds.h"
#include "session/idlelocksetting.h"
#include "settings/settingkeys.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace keyward {

namespace {
/// Ten minutes: longer and "clear" stops meaning anything.
constexpr int maxClearSeconds = 600;
/// Four hours: an idle lock that long is no lock.
constexpr int maxIdleLockMinutes = 240;
} // namespace

PreferencesDialog::PreferencesDialog(QSettings *settings, ClipboardGuard *clipboard,
                                     QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_clipboard(clipboard)
    , m_clearSeconds(new QSpinBox(this))
    , m_idleLockMinutes(new QSpinBox(this))
    , m_requestTimeoutSeconds(new QSpinBox(this))
{
    setObjectName(u"preferencesDialog"_s);
    setWindowTitle(tr("Preferences"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_clearSeconds->setObjectName(u"clipboardClearSpin"_s);
    m_clearSeconds->setAccessibleName(tr("Clear copied tokens after seconds"));
    m_clearSeconds->setRange(0, maxClearSeconds);
    m_clearSeconds->setSuffix(tr(" s"));
    m_clearSeconds->setSpecialValueText(tr("Never"));
    m_clearSeconds->setValue(settings::clipboardClearSeconds.read(*settings));
    form->addRow(tr("&Clear copied tokens after:"), m_clearSeconds);
    auto *hint = new QLabel(tr("Keyward removes a copied token from the clipboard after this "
                               "time, unless you copied something else meanwhile. Copies are "
                               "also marked so that clipboard managers do not keep them."),
                            this);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(QString(), hint);
    m_idleLockMinutes->setObjectName(u"idleLockMinutesSpin"_s);
    m_idleLockMinutes->setAccessibleName(tr("Lock after minutes without input"));
    m_idleLockMinutes->setRange(0, maxIdleLockMinutes);
    m_idleLockMinutes->setSuffix(tr(" min"));
    m_idleLockMinutes->setSpecialValueText(tr("Never"));
    m_idleLockMinutes->setValue(settings::idleLockMinutes.read(*settings));
    form->addRow(tr("&Lock after no input for:"), m_idleLockMinutes);
    auto *lockHint = new QLabel(tr("Keyward hides its windows and asks for your password (or the "
                                   "keychain) before you can continue."),
                                this);
    lockHint->setWordWrap(true);
    lockHint->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(QString(), lockHint);
    m_requestTimeoutSeconds->setObjectName(u"requestTimeoutSpin"_s);
    m_requestTimeoutSeconds->setAccessibleName(tr("Give up on a request after seconds"));
    m_requestTimeoutSeconds->setRange(settings::minTransferTimeoutSeconds,
                                      settings::maxTransferTimeoutSeconds);
    m_requestTimeoutSeconds->setSuffix(tr(" s"));
    m_requestTimeoutSeconds->setValue(settings::transferTimeoutSeconds.read(*settings));
    form->addRow(tr("&Give up on a request after:"), m_requestTimeoutSeconds);
    auto *timeoutHint = new QLabel(tr("A request during which the server sends nothing for this "
                                      "long fails with a message saying it timed out."),
                                   this);
    timeoutHint->setWordWrap(true);
    timeoutHint->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(QString(), timeoutHint);
    layout->addLayout(form);
    layout->addWidget(createReminderGroup(ReminderThresholds::read(*settings)));
    layout->addWidget(createAppearanceGroup());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setObjectName(u"preferencesOkButton"_s);
    ok->setAccessibleName(tr("OK"));
    QPushButton *cancel = buttons->button(QDialogButtonBox::Cancel);
    cancel->setObjectName(u"preferencesCancelButton"_s);
    cancel->setAccessibleName(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(460, sizeHint().height());
}

QWidget *PreferencesDialog::createReminderGroup(const ReminderThresholds &thresholds)
{
    auto *group = new QGroupBox(tr("Expiry reminders"), this);
    group->setObjectName(u"reminderGroup"_s);
    auto *form = new QFormLayout(group);
    auto *hint = new QLabel(tr("While Keyward runs, it notifies you this many days before a "
                               "token you administer expires or is due for rotation, once "
                               "ahead and once when the day passes."),
                            group);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(hint);
    for (const Environment environment : {Environment::Production, Environment::Staging,
                                          Environment::Development, Environment::Custom}) {
        auto *spin = new QSpinBox(group);
        spin->setObjectName(u"reminderDaysSpin_"_s + environmentToString(environment));
        spin->setAccessibleName(
            tr("Remind days ahead for %1").arg(environmentDisplayName(environment)));
        spin->setRange(0, ReminderThresholds::maximumDays);
        spin->setSuffix(tr(" days ahead"));
        spin->setSpecialValueText(tr("Never"));
        spin->setValue(thresholds.daysFor(environment));
        form->addRow(tr("%1:").arg(environmentDisplayName(environment)), spin);
        m_reminderDays.insert(environment, spin);
    }
    return group;
}

QWidget *PreferencesDialog::createAppearanceGroup()
{
    auto *group = new QGroupBox(tr("Appearance"), this);
    group->setObjectName(u"appearanceGroup"_s);
    auto *form = new QFormLayout(group);

    m_palette = new QComboBox(group);
    m_palette->setObjectName(u"paletteCombo"_s);
    m_palette->setAccessibleName(tr("Colours"));
    m_palette->addItem(tr("System"), QString::fromUtf16(appearance::System));
    m_palette->addItem(tr("Light"), QString::fromUtf16(appearance::Light));
    m_palette->addItem(tr("Dark"), QString::fromUtf16(appearance::Dark));
    m_palette->addItem(tr("High contrast"), QString::fromUtf16(appearance::HighContrast));
    const int paletteIndex = m_palette->findData(settings::ui::palette.read(*m_settings));
    m_palette->setCurrentIndex(std::max(paletteIndex, 0));
    form->addRow(tr("C&olours:"), m_palette);

    m_language = new QComboBox(group);
    m_language->setObjectName(u"languageCombo"_s);
    m_language->setAccessibleName(tr("Language"));
    m_language->addItem(tr("System default"), QString());
    // Each language by its own name, as a user who cannot read the current
    // one still recognises it.
    m_language->addItem(QLocale::languageToString(QLocale::English), u"en"_s);
    for (const auto language : {QLocale::German, QLocale::French}) {
        QString name = QLocale(language).nativeLanguageName();
        if (!name.isEmpty()) {
            name[0] = name[0].toUpper();
        }
        m_language->addItem(name, QLocale(language).name().section(u'_', 0, 0));
    }
    const QString language = settings::ui::language.read(*m_settings);
    int languageIndex = m_language->findData(language);
    if (languageIndex < 0) {
        languageIndex = m_language->findData(language.section(u'_', 0, 0));
    }
    if (languageIndex < 0) {
        // A locale set by hand (e.g. "pt_BR") stays as it is unless changed.
        m_language->addItem(language, language);
        languageIndex = m_language->count() - 1;
    }
    m_language->setCurrentIndex(languageIndex);
    form->addRow(tr("La&nguage:"), m_language);
    auto *note = new QLabel(tr("A change of language takes effect after a restart."), group);
    note->setObjectName(u"languageRestartNote"_s);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(QString(), note);
    return group;
}

void PreferencesDialog::accept()
{
    settings::clipboardClearSeconds.write(*m_settings, m_clearSeconds->value());
    settings::idleLockMinutes.write(*m_settings, m_idleLockMinutes->value());
    settings::transferTimeoutSeconds.write(*m_settings, m_requestTimeoutSeconds->value());
    ReminderThresholds thresholds;
    for (auto it = m_reminderDays.cbegin(); it != m_reminderDays.cend(); ++it) {
        thresholds.setDaysFor(it.key(), it.value()->value());
    }
    thresholds.write(*m_settings);
    const QString paletteName = m_palette->currentData().toString();
    const bool paletteChanged = paletteName != settings::ui::palette.read(*m_settings);
    settings::ui::palette.write(*m_settings, paletteName);
    settings::ui::language.write(*m_settings, m_language->currentData().toString());
    m_settings->sync();
    if (auto *app = qobject_cast<QApplication *>(QCoreApplication::instance());
        app != nullptr && paletteChanged) {
        applyAppearance(*app, paletteName);
    }
    m_clipboard->applySettings(*m_settings);
    QDialog::accept();
}

} // namespace keyward
