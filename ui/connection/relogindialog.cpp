// SPDX-License-Identifier: GPL-3.0-or-later
#include "relogindialog.h"

#include "common/inlinestatus.h"
#include "session/sessionmanager.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace keyward {

ReloginDialog::ReloginDialog(SessionManager *session, const QString &email, const QUrl &server,
                             QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_password(new QLineEdit(this))
    , m_remember(new QCheckBox(tr("&Remember the password in the keychain"), this))
    , m_status(new InlineStatus(this))
{
    setObjectName(u"reloginDialog"_s);
    setWindowTitle(tr("Session Ended"));
    setAccessibleName(windowTitle());
    setWindowModality(Qt::NonModal);

    auto *layout = new QVBoxLayout(this);
    // The error line appears after the dialog was laid out: let it grow the
    // dialog instead of squeezing the explanation above it.
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    auto *text = new QLabel(tr("Your session on %1 has ended. Enter the password for %2 to "
                               "continue — your unsaved changes are kept.")
                                .arg(server.toDisplayString(), email),
                            this);
    text->setObjectName(u"reloginText"_s);
    text->setWordWrap(true);
    text->setTextFormat(Qt::PlainText);
    layout->addWidget(text);

    auto *form = new QFormLayout;
    m_password->setObjectName(u"reloginPasswordEdit"_s);
    m_password->setAccessibleName(tr("Password"));
    m_password->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&Password:"), m_password);
    m_remember->setObjectName(u"reloginRememberCheck"_s);
    m_remember->setAccessibleName(tr("Remember the password"));
    form->addRow(QString(), m_remember);
    layout->addLayout(form);

    m_status->setObjectNames(u"reloginStatus"_s);
    layout->addWidget(m_status);

    auto *buttons = new QDialogButtonBox(this);
    m_login = buttons->addButton(tr("Log In"), QDialogButtonBox::AcceptRole);
    m_login->setObjectName(u"reloginLoginButton"_s);
    m_login->setAccessibleName(tr("Log in"));
    m_login->setDefault(true);
    m_logout = buttons->addButton(tr("Log Out"), QDialogButtonBox::RejectRole);
    m_logout->setObjectName(u"reloginLogoutButton"_s);
    m_logout->setAccessibleName(tr("Log out"));
    layout->addWidget(buttons);

    setTabOrder(m_password, m_remember);
    setTabOrder(m_remember, m_login);
    setTabOrder(m_login, m_logout);

    connect(m_login, &QPushButton::clicked, this, &ReloginDialog::submit);
    connect(m_logout, &QPushButton::clicked, this, &ReloginDialog::reject);
    connect(m_password, &QLineEdit::textChanged, this,
            [this] { m_login->setEnabled(!m_password->text().isEmpty()); });
    connect(m_session, &SessionManager::reauthenticated, this, [this] {
        m_decided = true;
        accept();
    });
    connect(m_session, &SessionManager::reauthenticationFailed, this,
            [this](const ApiError &error) {
                setBusy(false);
                m_status->showError(error.message);
                m_password->selectAll();
                m_password->setFocus();
            });
    m_login->setEnabled(false);
    setMinimumWidth(420);
    m_password->setFocus();
}

ReloginDialog::~ReloginDialog() = default;

void ReloginDialog::showProblem(const QString &problem)
{
    if (problem.isEmpty()) {
        m_status->clear();
    } else {
        m_status->showError(problem);
    }
}

void ReloginDialog::dismiss()
{
    m_decided = true;
    if (isVisible()) {
        QDialog::reject();
    }
}

void ReloginDialog::reject()
{
    if (m_decided) {
        QDialog::reject();
        return;
    }
    m_decided = true;
    QDialog::reject();
    // The waiting calls fail now (the windows behind show their error), then
    // the app returns to the login dialog.
    m_session->abandonReauthentication();
}

void ReloginDialog::submit()
{
    if (m_password->text().isEmpty()) {
        return;
    }
    setBusy(true);
    m_status->showBusy(tr("Logging in…"));
    m_session->reauthenticate(m_password->text(), m_remember->isChecked());
}

void ReloginDialog::setBusy(bool busy)
{
    m_login->setEnabled(!busy && !m_password->text().isEmpty());
    m_password->setEnabled(!busy);
    m_remember->setEnabled(!busy);
}

} // namespace keyward
