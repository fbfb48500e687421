// SPDX-License-Identifier: GPL-3.0-or-later
#include "lockdialog.h"

#include "common/inlinestatus.h"
#include "session/sessionmanager.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace keyward {

LockDialog::LockDialog(SessionManager *session, const QString &email, const QString &serverName,
                       bool passwordRemembered, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_password(new QLineEdit(this))
    , m_status(new InlineStatus(this))
{
    setObjectName(u"lockDialog"_s);
    setWindowTitle(tr("Keyward Is Locked"));
    setAccessibleName(windowTitle());

    auto *layout = new QVBoxLayout(this);
    // The error line appears after the dialog was laid out: let it grow the
    // dialog instead of squeezing the explanation above it.
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    auto *text = new QLabel(tr("Keyward was locked because nobody used it for a while. Enter the "
                               "password for %1 on %2 to continue.")
                                .arg(email, serverName),
                            this);
    text->setObjectName(u"lockText"_s);
    text->setWordWrap(true);
    text->setTextFormat(Qt::PlainText);
    layout->addWidget(text);

    auto *form = new QFormLayout;
    m_password->setObjectName(u"lockPasswordEdit"_s);
    m_password->setAccessibleName(tr("Password"));
    m_password->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&Password:"), m_password);
    layout->addLayout(form);

    m_status->setObjectNames(u"lockStatus"_s);
    layout->addWidget(m_status);

    auto *buttons = new QDialogButtonBox(this);
    m_unlock = buttons->addButton(tr("Unlock"), QDialogButtonBox::AcceptRole);
    m_unlock->setObjectName(u"lockUnlockButton"_s);
    m_unlock->setAccessibleName(tr("Unlock"));
    m_unlock->setDefault(true);
    m_keychain = buttons->addButton(tr("Unlock with &Keychain"), QDialogButtonBox::ActionRole);
    m_keychain->setObjectName(u"lockKeychainButton"_s);
    m_keychain->setAccessibleName(tr("Unlock with the remembered password"));
    m_keychain->setVisible(passwordRemembered);
    m_logout = buttons->addButton(tr("Log Out"), QDialogButtonBox::DestructiveRole);
    m_logout->setObjectName(u"lockLogoutButton"_s);
    m_logout->setAccessibleName(tr("Log out"));
    layout->addWidget(buttons);

    setTabOrder(m_password, m_unlock);
    setTabOrder(m_unlock, m_keychain);
    setTabOrder(m_keychain, m_logout);

    connect(m_unlock, &QPushButton::clicked, this, [this] { unlock(false); });
    connect(m_keychain, &QPushButton::clicked, this, [this] { unlock(true); });
    connect(m_logout, &QPushButton::clicked, this, [this] {
        done(QDialog::Rejected);
        Q_EMIT logOutRequested();
    });
    setMinimumWidth(420);
    m_password->setFocus();
}

LockDialog::~LockDialog() = default;

void LockDialog::reject()
{
    // Staying locked is the only safe answer to Escape.
}

void LockDialog::unlock(bool withKeychain)
{
    if (!withKeychain && m_password->text().isEmpty()) {
        m_status->showError(tr("Enter your password."));
        return;
    }
    setBusy(true);
    m_status->showBusy(tr("Checking…"));
    std::optional<QString> password;
    if (!withKeychain) {
        password = m_password->text();
    }
    m_session->confirmIdentity(password, this, [this](const std::optional<ApiError> &error) {
        setBusy(false);
        if (error) {
            m_status->showError(error->message);
            m_password->selectAll();
            m_password->setFocus();
            return;
        }
        m_password->clear();
        m_status->clear();
        done(QDialog::Accepted);
        Q_EMIT unlocked();
    });
}

void LockDialog::setBusy(bool busy)
{
    m_unlock->setEnabled(!busy);
    m_keychain->setEnabled(!busy);
    m_password->setEnabled(!busy);
}

} // namespace keyward
