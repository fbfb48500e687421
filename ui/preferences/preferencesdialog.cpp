// SPDX-License-Identifier: GPL-3.0-or-later
#include "preferencesdialog.h"

#include "copying/clipboardguard.h"
#include "copying/copyingsettingkeys.h"

#include <QDialogButtonBox>
#include <QFormLayout>
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
} // namespace

PreferencesDialog::PreferencesDialog(QSettings *settings, ClipboardGuard *clipboard,
                                     QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_clipboard(clipboard)
    , m_clearSeconds(new QSpinBox(this))
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
    layout->addLayout(form);
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

void PreferencesDialog::accept()
{
    settings::clipboardClearSeconds.write(*m_settings, m_clearSeconds->value());
    m_settings->sync();
    m_clipboard->applySettings(*m_settings);
    QDialog::accept();
}

} // namespace keyward
