// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/session.h"

#include <QDialog>
#include <QUrl>

#include <memory>

namespace Ui {
class LoginDialog;
}

namespace keyward {

class ApiClient;
class CredentialStore;

/// Asks for server, email and password and logs in through ApiClient. On
/// success the session token goes to the keychain (and the password too when
/// "remember" is checked) and the dialog is accepted. Every failure is shown
/// as a sentence under the form; the dialog stays open.
class LoginDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoginDialog)

public:
    LoginDialog(ApiClient *api, CredentialStore *credentials, QWidget *parent = nullptr);
    ~LoginDialog() override;

    void setServerUrl(const QString &url);
    void setEmail(const QString &email);
    void setPassword(const QString &password);

    QUrl serverUrl() const;
    QString email() const;
    /// A problem the keychain reported after a successful login (empty if none):
    /// logging in worked, but the session or password was not stored.
    QString keychainProblem() const { return m_keychainProblem; }

    /// Validates the form and logs in, as if the user pressed "Log in".
    void submit();

Q_SIGNALS:
    void loggedIn(const keyward::Session &session);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void setBusy(bool busy);
    void showError(const QString &message, QWidget *focus = nullptr);
    void storeSecrets(const Session &session);
    void finishStoring();

    std::unique_ptr<Ui::LoginDialog> m_ui;
    ApiClient *m_api;
    CredentialStore *m_credentials;
    QString m_keychainProblem;
    Session m_session;
    int m_pendingKeychainJobs = 0;
};

} // namespace keyward
