// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessionmanager.h"

#include "api/apiclient.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
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
}

SessionManager::~SessionManager() = default;

quint64 SessionManager::begin(State state)
{
    m_state = state;
    return ++m_generation;
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
                m_state = State::LoggedIn;
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
        m_state = State::LoggedIn;
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
    if (m_state != State::LoggedIn) {
        return;
    }
    qCInfo(lcSession) << "the server rejected the session";
    begin(State::LoggedOut);
    forgetSession(true);
    Q_EMIT loginRequired(tr("The server ended your session. Log in again."));
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
