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
#include <optional>

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

    /// Off by default. When on, a 401 while logged in no longer ends the
    /// session: the client parks the refused calls (ApiClient re-
    /// authentication), this manager logs in again with the remembered
    /// password or emits passwordNeeded(), and the calls are sent again once.
    void setReauthenticationEnabled(bool enabled);
    /// Parked calls wait for a new session.
    bool isReauthenticating() const;
    /// The answer to passwordNeeded(): one POST /users/login. Success resends
    /// the parked calls and emits reauthenticated(); failure emits
    /// reauthenticationFailed() and the calls stay parked for another try.
    /// \p rememberPassword stores (or removes) the password as logIn() does.
    void reauthenticate(const QString &password, bool rememberPassword);
    /// The user gave up (Log Out in the prompt): parked calls fail with
    /// Unauthorized, the session is forgotten and loginRequired() is emitted.
    void abandonReauthentication();
    /// Proves the user is still the one logged in (the idle lock) by logging
    /// in again with \p password, or with the remembered one when nullopt;
    /// no password is ever compared locally. The new session replaces the
    /// current one (and releases parked calls). \p done gets nullopt on
    /// success, else the error; dropped if \p context is destroyed.
    void confirmIdentity(const std::optional<QString> &password, QObject *context,
                         std::function<void(const std::optional<ApiError> &)> done);

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
    /// Re-authentication needs the user's password: none is remembered, or
    /// the remembered one failed (\p problem says why, empty otherwise).
    void passwordNeeded(const QString &email, const QUrl &server, const QString &problem);
    /// A new session replaced the ended one; parked calls were sent again.
    void reauthenticated();
    /// reauthenticate() failed; the parked calls still wait.
    void reauthenticationFailed(const keyward::ApiError &error);

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
    void onReauthenticationNeeded();
    void enterLoggedIn();
    /// POST /users/login for the current account; on success the session is
    /// replaced (memory and keychain) and parked calls are resent.
    /// \p remember: store (true) or remove (false) the password, or leave it.
    void relogin(quint64 generation, const QString &password, std::optional<bool> remember,
                 std::function<void(const std::optional<ApiError> &)> done);
    ApiError sessionEndedError() const;

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
    bool m_reauthEnabled = false;
    /// relogin() calls in flight: their 401 is a wrong password, not the end
    /// of the session.
    int m_reloginsPending = 0;
};

} // namespace keyward
