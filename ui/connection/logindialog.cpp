// SPDX-License-Identifier: GPL-3.0-or-later
#include "logindialog.h"
#include "ui_logindialog.h"

#include "api/apiclient.h"
#include "credentials/credentialstore.h"

#include <QPushButton>

using namespace Qt::StringLiterals;

namespace keyward {

LoginDialog::LoginDialog(ApiClient *api, CredentialStore *credentials, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::LoginDialog>())
    , m_api(api)
    , m_credentials(credentials)
{
    m_ui->setupUi(this);
    QPalette errorPalette = m_ui->errorLabel->palette();
    errorPalette.setColor(QPalette::WindowText, QColor(0xb0, 0x00, 0x20));
    m_ui->errorLabel->setPalette(errorPalette);
    m_ui->errorLabel->hide();
    m_ui->statusLabel->hide();

    connect(m_ui->loginButton, &QPushButton::clicked, this, &LoginDialog::submit);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &QDialog::reject);
    // A stale error next to a field the user is correcting only confuses.
    for (QLineEdit *edit : {m_ui->serverEdit, m_ui->emailEdit, m_ui->passwordEdit}) {
        connect(edit, &QLineEdit::textEdited, m_ui->errorLabel, &QWidget::hide);
    }
}

LoginDialog::~LoginDialog() = default;

void LoginDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    // As small as the form needs; an error that appears later grows it.
    resize(width(), minimumSizeHint().height());
    // Start typing where something is still missing (usually the password).
    for (QLineEdit *edit : {m_ui->serverEdit, m_ui->emailEdit, m_ui->passwordEdit}) {
        if (edit->text().isEmpty()) {
            edit->setFocus();
            return;
        }
    }
    m_ui->loginButton->setFocus();
}

void LoginDialog::setServerUrl(const QString &url)
{
    m_ui->serverEdit->setText(url);
}

void LoginDialog::setEmail(const QString &email)
{
    m_ui->emailEdit->setText(email);
}

void LoginDialog::setPassword(const QString &password)
{
    m_ui->passwordEdit->setText(password);
}

QUrl LoginDialog::serverUrl() const
{
    return QUrl::fromUserInput(m_ui->serverEdit->text().trimmed());
}

QString LoginDialog::email() const
{
    return m_ui->emailEdit->text().trimmed();
}

void LoginDialog::showError(const QString &message, QWidget *focus)
{
    m_ui->errorLabel->setText(message);
    m_ui->errorLabel->show();
    if (focus) {
        focus->setFocus();
    }
}

void LoginDialog::setBusy(bool busy)
{
    m_ui->loginButton->setEnabled(!busy);
    for (QWidget *widget : std::initializer_list<QWidget *>{
             m_ui->serverEdit, m_ui->emailEdit, m_ui->passwordEdit, m_ui->rememberCheckBox}) {
        widget->setEnabled(!busy);
    }
    m_ui->statusLabel->setText(busy ? tr("Logging in…") : QString());
    m_ui->statusLabel->setVisible(busy);
}

void LoginDialog::submit()
{
    const QString serverText = m_ui->serverEdit->text().trimmed();
    const QUrl url = serverUrl();
    if (serverText.isEmpty()) {
        showError(tr("Enter the address of your Keyward server, for example "
                     "https://keyward.example.com."),
                  m_ui->serverEdit);
        return;
    }
    if (!NetworkPolicy::isAcceptableServerUrl(url)) {
        showError(tr("“%1” is not a server address Keyward can use. Enter an http or https "
                     "address such as https://keyward.example.com.")
                      .arg(serverText),
                  m_ui->serverEdit);
        return;
    }
    if (email().isEmpty()) {
        showError(tr("Enter the email address of your account."), m_ui->emailEdit);
        return;
    }
    if (!email().contains(u'@')) {
        showError(tr("“%1” is not an email address.").arg(email()), m_ui->emailEdit);
        return;
    }
    if (m_ui->passwordEdit->text().isEmpty()) {
        showError(tr("Enter your password."), m_ui->passwordEdit);
        return;
    }

    m_ui->errorLabel->hide();
    m_api->setServerUrl(url);
    setBusy(true);
    m_api->login(
        email(), m_ui->passwordEdit->text(), this, [this](const ApiResult<Session> &result) {
            if (!result) {
                setBusy(false);
                showError(result.error().message, result.error().kind == ApiError::Unauthorized
                                                      ? m_ui->passwordEdit
                                                      : nullptr);
                return;
            }
            storeSecrets(result.value());
        });
}

void LoginDialog::storeSecrets(const Session &session)
{
    m_session = session;
    m_keychainProblem.clear();
    // The keychain may now ask the user to unlock it; say why we wait.
    m_ui->statusLabel->setText(tr("Saving your session in the system keychain…"));
    const QUrl server = m_api->serverUrl();
    const QString account = email();
    const auto note = [this](const Expected<CredentialDone, CredentialError> &result) {
        if (!result && result.error().kind != CredentialError::NotFound &&
            m_keychainProblem.isEmpty()) {
            m_keychainProblem = result.error().message;
        }
        finishStoring();
    };
    m_pendingKeychainJobs = 2;
    m_credentials->writeSecret({server, account, u"session"_s}, session.token, this, note);
    if (m_ui->rememberCheckBox->isChecked()) {
        m_credentials->writeSecret({server, account, u"password"_s}, m_ui->passwordEdit->text(),
                                   this, note);
    } else {
        m_credentials->removeSecret({server, account, u"password"_s}, this, note);
    }
}

void LoginDialog::finishStoring()
{
    if (--m_pendingKeychainJobs > 0) {
        return;
    }
    setBusy(false);
    m_ui->passwordEdit->clear();
    Q_EMIT loggedIn(m_session);
    accept();
}

} // namespace keyward
