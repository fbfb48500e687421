// SPDX-License-Identifier: GPL-3.0-or-later
#include "preferencesdialog.h"

#include "api/networksettingkeys.h"
#include "copying/clipboardguard.h"
#include "copying/copyingsettingkeys.h"
#include "reminders/reminderthresholds.h"
#include "session/idlelocksetting.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

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
    m_settings->sync();
    m_clipboard->applySettings(*m_settings);
    QDialog::accept();
}

} // namespace keyward
