// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apierror.h"
#include "networkpolicy.h"

#include "domain/namedrole.h"
#include "domain/session.h"
#include "domain/user.h"

#include <QJsonDocument>
#include <QList>
#include <QObject>
#include <QPointer>

#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace keyward {

/// The app's only door to the server: one typed, asynchronous call per REST
/// endpoint (api.md). Each call takes a context object and a callback; the
/// callback runs on the GUI thread once the answer is decoded and is dropped
/// if the context object is destroyed first.
///
/// The session token returned by login() is held in memory only and attached
/// to later calls by NetworkPolicy::makeRequest.
class ApiClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiClient)

public:
    explicit ApiClient(QObject *parent = nullptr);
    ~ApiClient() override;

    /// Returns false (and changes nothing) for a URL that is not http(s).
    bool setServerUrl(const QUrl &url);
    QUrl serverUrl() const { return m_policy.serverUrl(); }

    NetworkPolicy &policy() { return m_policy; }
    const NetworkPolicy &policy() const { return m_policy; }

    void setSessionToken(const QString &token) { m_sessionToken = token; }
    bool hasSession() const { return !m_sessionToken.isEmpty(); }
    void clearSession() { m_sessionToken.clear(); }

    /// Aborts every call in flight; their callbacks receive ApiError::Cancelled.
    void cancelAll();

    // POST /users/login. On success the session is kept for later calls.
    void login(const QString &email, const QString &password, QObject *context,
               ApiCallback<Session> done);
    // POST /users/logout. The local session is forgotten whatever the answer.
    void logout(QObject *context, ApiCallback<NoContent> done);
    // GET /users/info.
    void userInfo(QObject *context, ApiCallback<User> done);
    // GET /users/organizations.
    void userOrganizations(QObject *context, ApiCallback<QList<NamedRole>> done);
    // GET /users/organizations/{org}/teams.
    void userTeams(const QString &organization, QObject *context,
                   ApiCallback<QList<NamedRole>> done);
    // GET /health: the server's status word ("ok").
    void health(QObject *context, ApiCallback<QString> done);

Q_SIGNALS:
    /// Any call was answered with 401: the session is no longer valid.
    void sessionRejected();

private:
    enum class Method
    {
        Get,
        Post,
        Patch,
        Delete
    };

    using RawHandler = std::function<void(const ApiResult<QJsonDocument> &)>;

    /// The one generic request: sends, enforces the policy on the reply, and
    /// hands the body as JSON (or the error) to \p handler, if \p context lives.
    void send(Method method, const QString &path, const std::optional<QJsonDocument> &body,
              QObject *context, RawHandler handler, const QUrlQuery &query = {});

    template <typename T, typename Parser>
    static RawHandler decodeObject(QString endpoint, Parser parse, ApiCallback<T> done);
    template <typename T, typename Parser>
    static RawHandler decodeList(QString endpoint, Parser parse, ApiCallback<QList<T>> done);
    static RawHandler decodeNothing(ApiCallback<NoContent> done);

    static QString endpointName(Method method, const QString &path);

    NetworkPolicy m_policy;
    QNetworkAccessManager *m_network = nullptr;
    QString m_sessionToken;
    QList<QPointer<QNetworkReply>> m_inFlight;
};

} // namespace keyward
