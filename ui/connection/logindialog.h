// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apierror.h"
#include "settings/connectionprofile.h"

#include <QDialog>
#include <QUuid>

#include <memory>

namespace Ui {
class LoginDialog;
}

namespace keyward {

class ProfileStore;
class SessionManager;
struct User;

/// Asks which connection profile to use, the email and the password, and logs
/// in through SessionManager (which keeps the session, and the password when
/// "Remember password" is ticked, in the system keychain). Without any
/// profile yet it asks for the server address instead and creates a profile
/// on success. Every failure is shown inside the dialog, which stays open
/// with the input intact.
class LoginDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoginDialog)

public:
    /// Neither \p session nor \p profiles is owned; both must outlive the dialog.
    LoginDialog(SessionManager *session, ProfileStore *profiles, QWidget *parent = nullptr);
    ~LoginDialog() override;

    /// Selects the profile with that URL or, without one, shows the server
    /// field filled with \p url (the --server command line option).
    void setServerUrl(const QString &url);
    void setEmail(const QString &email);
    void setPassword(const QString &password);
    /// Selects a stored profile; false when there is none with \p id.
    bool selectProfile(const QUuid &id);

    /// The selected profile; with the server field shown, the profile that a
    /// successful login would create (null id, not stored yet).
    ConnectionProfile currentProfile() const;
    QString email() const;
    /// Shows why the user has to log in (e.g. "The server ended your session.").
    void showMessage(const QString &message);

public Q_SLOTS:
    /// Validates the form and logs in, as if the user pressed "Log in".
    void submit();
    /// Logs in again with the same input, after the profile was changed
    /// (e.g. a certificate is now trusted): re-reads the profile from the store.
    void retry();
    /// Cancel or Escape: closes the dialog and ignores the answer to a login
    /// still in flight.
    void reject() override;

Q_SIGNALS:
    /// Logged in; \p profile as stored, with the account email, now the last used one.
    void loggedIn(const keyward::ConnectionProfile &profile);
    void manageProfilesRequested();
    /// The server presented a certificate that is not trusted; the dialog also
    /// shows the error. Trusting it means updating \p profile and calling retry().
    void untrustedCertificate(const keyward::CertificateDetails &certificate,
                              const keyward::ConnectionProfile &profile);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void reloadProfiles();
    void setServerFieldShown(bool shown);
    void profileChanged();
    void updateRememberFromKeychain();
    void setBusy(bool busy);
    void showError(const QString &message, QWidget *focus = nullptr);
    void onLoggedIn(const User &user);
    void onLoginFailed(const ApiError &error);
    /// The profile for the typed server address, or the reason there is none.
    std::optional<ConnectionProfile> profileFromServerField(QString *problem) const;
    QString uniqueProfileName(const QString &base) const;

    std::unique_ptr<Ui::LoginDialog> m_ui;
    SessionManager *m_session;
    ProfileStore *m_profiles;
    bool m_serverFieldShown = false;
    /// The attempt in progress: the dialog reacts to the session's signals
    /// only while it is waiting for its own login.
    bool m_pending = false;
    ConnectionProfile m_attempt;
    /// The user touched the checkbox: the keychain lookup must not override them.
    bool m_rememberTouched = false;
};

} // namespace keyward
