// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessionmanager.h"

#include "api/apiclient.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QPointer>
#include <QTimer>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;

namespace keyward {

// Says what the session does, never with a token or password.
Q_LOGGING_CATEGORY(lcSession, "keyward.session", QtInfoMsg)

namespace {

const QString sessionPurpose = u"session"_s;
const QString passwordPurpose = u"password"_s;

QString encodeSession(const Session &session)
{
    return QString::fromUtf8(QJsonDocument(toJson(session)).toJson(QJsonDocument::Compact));
}

std::optional<Session> decodeSession(const QString &secret)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(secret.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        return std::nullopt;
    }
    const Expected<Session> session = sessionFromJson(document.object());
    if (!session) {
        return std::nullopt;
    }
    return session.value();
}

bool isRealProblem(const CredentialError &error)
{
    // Deleting what is not there is what we wanted anyway.
    return error.kind != CredentialError::NotFound;
}

} // namespace

SessionManager::SessionManager(ApiClient *api, CredentialStore *credentials, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_credentials(credentials)
{
    connect(m_api, &ApiClient::sessionRejected, this, &SessionManager::onSessionRejected);
    connect(m_api, &ApiClient::reauthenticationNeeded, this,
            &SessionManager::onReauthenticationNeeded);
}

SessionManager::~SessionManager() = default;

quint64 SessionManager::begin(State state)
{
    m_state = state;
    // Whatever starts now ends the session the parked calls waited for; each
    // callback hears so exactly once.
    m_api->setReauthenticationEnabled(false);
    if (m_api->isReauthenticating()) {
        m_api->failParked(sessionEndedError());
    }
    return ++m_generation;
}

void SessionManager::enterLoggedIn()
{
    m_state = State::LoggedIn;
    m_api->setReauthenticationEnabled(m_reauthEnabled);
}

ApiError SessionManager::sessionEndedError() const
{
    return ApiError{ApiError::Unauthorized, 401, tr("Your session has ended."), QString()};
}

bool SessionManager::pointAt(const ConnectionProfile &profile)
{
    if (!m_api->setServerUrl(profile.serverUrl)) {
        return false;
    }
    m_api->setTrustedCertificates(profile.trustedCertificateSha256);
    return true;
}

CredentialKey SessionManager::key(const QString &purpose) const
{
    return CredentialKey{m_profile.serverUrl, m_email, purpose};
}

void SessionManager::resume(const ConnectionProfile &profile)
{
    const quint64 generation = begin(State::Resuming);
    m_api->clearSession();
    m_session = {};
    m_profile = profile;
    m_email = profile.accountEmail.trimmed();
    if (!pointAt(profile)) {
        requireLogin(generation, tr("“%1” is not a server address Keyward can use.")
                                     .arg(profile.serverUrl.toDisplayString()));
        return;
    }
    if (m_email.isEmpty()) {
        requireLogin(generation, QString());
        return;
    }
    qCInfo(lcSession) << "resuming the session of" << m_email << "on"
                      << m_profile.serverUrl.toDisplayString();
    resumeWithStoredSession(generation);
}

void SessionManager::resumeWithStoredSession(quint64 generation)
{
    m_credentials->readSecret(key(sessionPurpose), this, [this, generation](const auto &stored) {
        if (!isCurrent(generation)) {
            return;
        }
        if (!stored) {
            if (stored.error().kind == CredentialError::NotFound) {
                resumeWithPassword(generation, QString());
            } else {
                requireLogin(generation, stored.error().message);
            }
            return;
        }
        const std::optional<Session> session = decodeSession(stored.value());
        if (!session) {
            qCWarning(lcSession) << "the stored session is unreadable; removing it";
            forgetSession(true);
            resumeWithPassword(generation, QString());
            return;
        }
        if (session->expires <= QDateTime::currentDateTimeUtc()) {
            forgetSession(true);
            resumeWithPassword(generation, tr("Your session has expired. Log in again."));
            return;
        }
        m_session = *session;
        m_api->setSessionToken(session->token);
        m_api->userInfo(this, [this, generation](const ApiResult<User> &user) {
            if (!isCurrent(generation)) {
                return;
            }
            if (user) {
                qCInfo(lcSession) << "resumed the stored session";
                enterLoggedIn();
                Q_EMIT loggedIn(user.value());
                return;
            }
            if (user.error().kind == ApiError::Unauthorized) {
                forgetSession(true);
                resumeWithPassword(generation, tr("Your session has ended. Log in again."));
                return;
            }
            // The server could not be asked (offline, TLS): the session may
            // still be good, so it stays in the keychain for the next try.
            m_api->clearSession();
            m_session = {};
            requireLogin(generation, user.error().message);
        });
    });
}

void SessionManager::resumeWithPassword(quint64 generation, const QString &reason)
{
    if (m_passwordResumeDisabled) {
        requireLogin(generation, reason);
        return;
    }
    m_credentials->readSecret(
        key(passwordPurpose), this, [this, generation, reason](const auto &password) {
            if (!isCurrent(generation)) {
                return;
            }
            if (!password) {
                const bool nothingStored = password.error().kind == CredentialError::NotFound;
                requireLogin(generation, nothingStored ? reason : password.error().message);
                return;
            }
            m_api->login(m_email, password.value(), this,
                         [this, generation](const ApiResult<Session> &session) {
                             if (!isCurrent(generation)) {
                                 return;
                             }
                             if (session) {
                                 completeLogin(generation, session.value(), std::nullopt, false);
                                 return;
                             }
                             if (session.error().kind == ApiError::Unauthorized) {
                                 // Changed elsewhere: trying it again would only
                                 // count against the account's failed logins.
                                 m_credentials->removeSecret(key(passwordPurpose), this,
                                                             [](const auto &) {});
                                 requireLogin(generation,
                                              tr("The remembered password was not accepted. "
                                                 "Log in again."));
                                 return;
                             }
                             requireLogin(generation, session.error().message);
                         });
        });
}

void SessionManager::requireLogin(quint64 generation, const QString &reason)
{
    // Always later, so that resume() never emits before it returns.
    QTimer::singleShot(0, this, [this, generation, reason] {
        if (!isCurrent(generation)) {
            return;
        }
        m_state = State::LoggedOut;
        qCInfo(lcSession) << "login required:" << reason;
        Q_EMIT loginRequired(reason);
    });
}

void SessionManager::logIn(const ConnectionProfile &profile, const QString &email,
                           const QString &password, bool rememberPassword)
{
    const quint64 generation = begin(State::LoggingIn);
    m_passwordResumeDisabled = false;
    m_api->clearSession();
    m_session = {};
    m_profile = profile;
    m_email = email.trimmed();
    if (!pointAt(profile)) {
        ApiError error{ApiError::BadRequest, 0,
                       tr("“%1” is not a server address Keyward can use. Use an http or "
                          "https address such as https://keyward.example.com.")
                           .arg(profile.serverUrl.toDisplayString()),
                       u"POST /users/login"_s};
        QTimer::singleShot(0, this, [this, generation, error] {
            if (isCurrent(generation)) {
                m_state = State::LoggedOut;
                Q_EMIT loginFailed(error);
            }
        });
        return;
    }
    qCInfo(lcSession) << "logging in" << m_email << "on" << m_profile.serverUrl.toDisplayString();
    std::optional<QString> passwordToRemember;
    if (rememberPassword) {
        passwordToRemember = password;
    }
    m_api->login(m_email, password, this,
                 [this, generation, passwordToRemember](const ApiResult<Session> &session) {
                     if (!isCurrent(generation)) {
                         return;
                     }
                     if (!session) {
                         m_state = State::LoggedOut;
                         Q_EMIT loginFailed(session.error());
                         return;
                     }
                     completeLogin(generation, session.value(), passwordToRemember,
                                   !passwordToRemember.has_value());
                 });
}

void SessionManager::completeLogin(quint64 generation, const Session &session,
                                   const std::optional<QString> &passwordToRemember,
                                   bool forgetPassword)
{
    m_session = session;
    struct Progress
    {
        int pending = 0;
        std::optional<User> user;
        std::optional<ApiError> error;
        QString keychainProblem;
    };
    auto progress = std::make_shared<Progress>();
    // loggedIn waits for the keychain too: a logOut() right after must not
    // race a write that would store the ended session again.
    const auto finish = [this, generation, progress] {
        if (--progress->pending > 0 || !isCurrent(generation)) {
            return;
        }
        if (progress->error) {
            const bool resuming = m_state == State::Resuming;
            forgetSession(true);
            m_state = State::LoggedOut;
            if (resuming) {
                requireLogin(generation, progress->error->message);
            } else {
                Q_EMIT loginFailed(*progress->error);
            }
            return;
        }
        enterLoggedIn();
        qCInfo(lcSession) << "logged in; session expires" << m_session.expires;
        Q_EMIT loggedIn(*progress->user);
        if (!progress->keychainProblem.isEmpty()) {
            Q_EMIT keychainProblem(progress->keychainProblem);
        }
    };
    const auto noteKeychain = [progress,
                               finish](const Expected<CredentialDone, CredentialError> &r) {
        if (!r && isRealProblem(r.error()) && progress->keychainProblem.isEmpty()) {
            qCWarning(lcSession) << "keychain:" << r.error().message;
            progress->keychainProblem = r.error().message;
        }
        finish();
    };

    progress->pending = 2 + ((passwordToRemember || forgetPassword) ? 1 : 0);
    m_api->userInfo(this, [progress, finish](const ApiResult<User> &user) {
        if (user) {
            progress->user = user.value();
        } else {
            progress->error = user.error();
        }
        finish();
    });
    m_credentials->writeSecret(key(sessionPurpose), encodeSession(session), this, noteKeychain);
    if (passwordToRemember) {
        m_credentials->writeSecret(key(passwordPurpose), *passwordToRemember, this, noteKeychain);
    } else if (forgetPassword) {
        m_credentials->removeSecret(key(passwordPurpose), this, noteKeychain);
    }
}

void SessionManager::logOut()
{
    const quint64 generation = begin(State::LoggingOut);
    m_passwordResumeDisabled = true;
    m_session = {};
    struct Progress
    {
        int pending = 1;
        QString keychainProblem;
    };
    auto progress = std::make_shared<Progress>();
    const auto finish = [this, generation, progress] {
        if (--progress->pending > 0 || !isCurrent(generation)) {
            return;
        }
        m_state = State::LoggedOut;
        qCInfo(lcSession) << "logged out";
        Q_EMIT loggedOut();
        if (!progress->keychainProblem.isEmpty()) {
            Q_EMIT keychainProblem(progress->keychainProblem);
        }
    };
    if (m_api->hasSession()) {
        ++progress->pending;
        // Whatever the server answers, the client forgets the session; a
        // failure only means the server ends it when it expires.
        m_api->logout(this, [finish](const ApiResult<NoContent> &) { finish(); });
    }
    if (!m_email.isEmpty() && m_profile.serverUrl.isValid()) {
        m_credentials->removeSecret(key(sessionPurpose), this,
                                    [progress, finish](const auto &removed) {
                                        if (!removed && isRealProblem(removed.error())) {
                                            progress->keychainProblem = removed.error().message;
                                        }
                                        finish();
                                    });
    } else {
        QTimer::singleShot(0, this, finish);
    }
}

void SessionManager::forgetSession(bool deleteStored)
{
    m_api->clearSession();
    m_session = {};
    if (!deleteStored || m_email.isEmpty()) {
        return;
    }
    m_credentials->removeSecret(key(sessionPurpose), this, [this](const auto &removed) {
        if (!removed && isRealProblem(removed.error())) {
            Q_EMIT keychainProblem(removed.error().message);
        }
    });
}

void SessionManager::onSessionRejected()
{
    // Only a session in use: during resume or login a 401 is handled where
    // the call was made.
    if (m_state != State::LoggedIn || m_reloginsPending > 0) {
        return;
    }
    qCInfo(lcSession) << "the server rejected the session";
    begin(State::LoggedOut);
    forgetSession(true);
    Q_EMIT loginRequired(tr("The server ended your session. Log in again."));
}

void SessionManager::setReauthenticationEnabled(bool enabled)
{
    m_reauthEnabled = enabled;
    if (m_state == State::LoggedIn) {
        m_api->setReauthenticationEnabled(enabled);
    }
}

bool SessionManager::isReauthenticating() const
{
    return m_api->isReauthenticating();
}

void SessionManager::onReauthenticationNeeded()
{
    if (m_state != State::LoggedIn || !m_reauthEnabled) {
        m_api->failParked(sessionEndedError());
        return;
    }
    qCInfo(lcSession) << "the server rejected the session; renewing it";
    const quint64 generation = m_generation;
    const auto askUser = [this, generation](const QString &problem) {
        if (isCurrent(generation) && m_api->isReauthenticating()) {
            Q_EMIT passwordNeeded(m_email, m_profile.serverUrl, problem);
        }
    };
    if (m_passwordResumeDisabled) {
        QTimer::singleShot(0, this, [askUser] { askUser(QString()); });
        return;
    }
    m_credentials->readSecret(
        key(passwordPurpose), this, [this, generation, askUser](const auto &password) {
            if (!isCurrent(generation)) {
                return;
            }
            if (!password) {
                askUser(password.error().kind == CredentialError::NotFound
                            ? QString()
                            : password.error().message);
                return;
            }
            relogin(generation, password.value(), std::nullopt,
                    [this, askUser](const std::optional<ApiError> &error) {
                        if (!error) {
                            return;
                        }
                        if (error->kind == ApiError::Unauthorized) {
                            // Changed elsewhere: trying it again would only
                            // count against the account's failed logins.
                            m_credentials->removeSecret(key(passwordPurpose), this,
                                                        [](const auto &) {});
                            askUser(tr("The remembered password was not accepted."));
                            return;
                        }
                        askUser(error->message);
                    });
        });
}

void SessionManager::relogin(quint64 generation, const QString &password,
                             std::optional<bool> remember,
                             std::function<void(const std::optional<ApiError> &)> done)
{
    ++m_reloginsPending;
    m_api->login(
        m_email, password, this,
        [this, generation, password, remember,
         done = std::move(done)](const ApiResult<Session> &session) {
            --m_reloginsPending;
            if (!isCurrent(generation)) {
                return;
            }
            if (!session) {
                // login() forgot the session it replaces; a wrong password
                // must not end a session that is still good (the idle lock).
                if (!m_api->hasSession() && !m_session.token.isEmpty()) {
                    m_api->setSessionToken(m_session.token);
                }
                done(session.error());
                return;
            }
            m_session = session.value();
            const auto noteKeychain = [this](const Expected<CredentialDone, CredentialError> &r) {
                if (!r && isRealProblem(r.error())) {
                    qCWarning(lcSession) << "keychain:" << r.error().message;
                    Q_EMIT keychainProblem(r.error().message);
                }
            };
            m_credentials->writeSecret(key(sessionPurpose), encodeSession(m_session), this,
                                       noteKeychain);
            if (remember == true) {
                m_credentials->writeSecret(key(passwordPurpose), password, this, noteKeychain);
            } else if (remember == false) {
                m_credentials->removeSecret(key(passwordPurpose), this, noteKeychain);
            }
            qCInfo(lcSession) << "session renewed; expires" << m_session.expires;
            const bool hadParked = m_api->isReauthenticating();
            if (hadParked) {
                m_api->resumeParked();
            }
            done(std::nullopt);
            if (hadParked) {
                Q_EMIT reauthenticated();
            }
        });
}

void SessionManager::reauthenticate(const QString &password, bool rememberPassword)
{
    if (m_state != State::LoggedIn || !m_api->isReauthenticating()) {
        return;
    }
    if (rememberPassword) {
        m_passwordResumeDisabled = false;
    }
    relogin(m_generation, password, rememberPassword, [this](const std::optional<ApiError> &error) {
        if (error) {
            Q_EMIT reauthenticationFailed(*error);
        }
    });
}

void SessionManager::abandonReauthentication()
{
    if (m_state != State::LoggedIn) {
        return;
    }
    qCInfo(lcSession) << "re-login declined";
    // begin() fails the parked calls before anyone hears of the logout.
    begin(State::LoggedOut);
    m_passwordResumeDisabled = true;
    forgetSession(true);
    Q_EMIT loginRequired(tr("Your session has ended. Log in again."));
}

void SessionManager::confirmIdentity(const std::optional<QString> &password, QObject *context,
                                     std::function<void(const std::optional<ApiError> &)> done)
{
    const QPointer<QObject> receiver(context);
    auto reply = [receiver, done = std::move(done)](const std::optional<ApiError> &error) {
        if (receiver) {
            done(error);
        }
    };
    if (m_state != State::LoggedIn) {
        QTimer::singleShot(0, this, [this, reply] { reply(sessionEndedError()); });
        return;
    }
    const quint64 generation = m_generation;
    if (password) {
        relogin(generation, *password, std::nullopt, reply);
        return;
    }
    m_credentials->readSecret(
        key(passwordPurpose), this, [this, generation, reply](const auto &remembered) {
            if (!isCurrent(generation)) {
                return;
            }
            if (!remembered) {
                reply(ApiError{ApiError::Unauthorized, 0, remembered.error().message, QString()});
                return;
            }
            relogin(generation, remembered.value(), std::nullopt, reply);
        });
}

void SessionManager::hasRememberedPassword(const ConnectionProfile &profile, const QString &email,
                                           QObject *context, std::function<void(bool)> done)
{
    const CredentialKey passwordKey{profile.serverUrl, email.trimmed(), passwordPurpose};
    m_credentials->readSecret(passwordKey, context, [done = std::move(done)](const auto &password) {
        done(password.hasValue() && !password.value().isEmpty());
    });
}

} // namespace keyward
