// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apierror.h"
#include "credentials/credentialstore.h"
#include "domain/session.h"
#include "domain/user.h"
#include "settings/connectionprofile.h"

#include <QDateTime>
#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>

namespace keyward {

class ApiClient;

/// The session with one server: logging in, resuming a session kept in the OS
/// keychain (or logging in again with a remembered password), and logging
/// out. The only place that decides what goes to the keychain and when; the
/// secrets never leave memory and the keychain, and are never logged.
///
/// A keychain entry "session" holds the token and its expiry as one JSON
/// secret; "password" exists only while the user asked to remember it.
class SessionManager final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionManager)

public:
    /// Neither \p api nor \p credentials is owned; both must outlive this object.
    SessionManager(ApiClient *api, CredentialStore *credentials, QObject *parent = nullptr);
    ~SessionManager() override;

    /// Points the client at \p profile (server URL and trusted certificates)
    /// and tries to log in without asking: a stored session that has not
    /// expired (checked with GET /users/info), else a remembered password.
    /// Emits loggedIn() or loginRequired().
    void resume(const ConnectionProfile &profile);
    /// Logs in and stores the session in the keychain, and the password only
    /// when \p rememberPassword (else a remembered one is removed). Emits
    /// loggedIn() (and keychainProblem() when the keychain refused), or
    /// loginFailed().
    void logIn(const ConnectionProfile &profile, const QString &email, const QString &password,
               bool rememberPassword);
    /// Ends the session on the server, deletes it from the keychain and
    /// memory, and emits loggedOut(). A remembered password is not used to
    /// log in again by resume() until the next logIn().
    void logOut();

    bool isLoggedIn() const { return m_state == State::LoggedIn; }
    /// The account logged in (or being logged in); empty when none.
    QString email() const { return m_email; }
    QUrl serverUrl() const { return m_profile.serverUrl; }
    /// Null when not logged in.
    QDateTime sessionExpires() const { return isLoggedIn() ? m_session.expires : QDateTime(); }

    /// Whether a password is remembered for \p email on \p profile's server.
    /// \p done runs later, unless \p context is destroyed first; false also
    /// when the keychain could not be asked.
    void hasRememberedPassword(const ConnectionProfile &profile, const QString &email,
                               QObject *context, std::function<void(bool)> done);

Q_SIGNALS:
    /// The user from GET /users/info.
    void loggedIn(const keyward::User &user);
    /// resume() could not log in; \p reason says why, empty when nothing was stored.
    void loginRequired(const QString &reason);
    void loginFailed(const keyward::ApiError &error);
    /// Logged in, but the keychain refused to store, read or delete a secret.
    void keychainProblem(const QString &message);
    void loggedOut();

private:
    enum class State
    {
        LoggedOut,
        Resuming,
        LoggingIn,
        LoggedIn,
        LoggingOut,
    };

    /// Starts a new attempt: earlier callbacks see a stale generation and do nothing.
    quint64 begin(State state);
    bool isCurrent(quint64 generation) const { return generation == m_generation; }
    bool pointAt(const ConnectionProfile &profile);
    CredentialKey key(const QString &purpose) const;

    void resumeWithStoredSession(quint64 generation);
    void resumeWithPassword(quint64 generation, const QString &reason);
    void requireLogin(quint64 generation, const QString &reason);
    /// After a successful POST /users/login: user info and keychain, then loggedIn.
    void completeLogin(quint64 generation, const Session &session,
                       const std::optional<QString> &passwordToRemember, bool forgetPassword);
    void forgetSession(bool deleteStored);
    void onSessionRejected();

    ApiClient *m_api;
    CredentialStore *m_credentials;
    State m_state = State::LoggedOut;
    quint64 m_generation = 0;
    ConnectionProfile m_profile;
    QString m_email;
    Session m_session;
    /// Set by logOut(): the user chose to leave, so a remembered password
    /// must not log them straight back in.
    bool m_passwordResumeDisabled = false;
};

} // namespace keyward
