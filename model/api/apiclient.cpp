// SPDX-License-Identifier: GPL-3.0-or-later
#include "apiclient.h"

#include "apiclient_decode.h"
#include "apilog.h"
#include "replyinterpreter.h"

#include "domain/requests.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>

#include <utility>

using namespace Qt::StringLiterals;

namespace keyward {

namespace {

constexpr const char *AbortReasonProperty = "keywardAbortReason";
// Set on each reply when it is sent, for longestPendingCall().
constexpr const char *EndpointProperty = "keywardEndpoint";
constexpr const char *SentAtProperty = "keywardSentAtMs";

AbortReason abortReasonOf(const QNetworkReply *reply)
{
    return static_cast<AbortReason>(reply->property(AbortReasonProperty).toInt());
}

void abortWith(QNetworkReply *reply, AbortReason reason)
{
    reply->setProperty(AbortReasonProperty, static_cast<int>(reason));
    reply->abort();
}

/// A parser for an object of which only one string member matters.
auto stringField(QLatin1StringView field)
{
    return [field](const QJsonObject &json) -> Expected<QString> {
        const QJsonValue value = json.value(field);
        if (!value.isString()) {
            return WireError{QString(field), ReplyInterpreter::tr("missing or not a string")};
        }
        return value.toString();
    };
}

} // namespace

Q_LOGGING_CATEGORY(lcApi, "keyward.api", QtInfoMsg)

ApiClient::ApiClient(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
    // No cookie jar and no cache: the session token is the only credential
    // and it lives in this object.
    m_network->setCookieJar(nullptr);
    m_network->setAutoDeleteReplies(false);
}

ApiClient::~ApiClient() = default;

bool ApiClient::setServerUrl(const QUrl &url)
{
    if (!m_policy.setServerUrl(url)) {
        return false;
    }
    m_sessionToken.clear();
    // Another server: whether it answers is not known until a call says so.
    m_reachable = true;
    return true;
}

void ApiClient::cancelAll()
{
    const auto replies = m_inFlight;
    for (const QPointer<QNetworkReply> &reply : replies) {
        if (reply && reply->isRunning()) {
            abortWith(reply, AbortReason::Cancelled);
        }
    }
}

std::optional<ApiClient::PendingCall> ApiClient::longestPendingCall() const
{
    std::optional<PendingCall> longest;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const QPointer<QNetworkReply> &reply : m_inFlight) {
        if (!reply) {
            continue;
        }
        const qint64 waited = now - reply->property(SentAtProperty).toLongLong();
        if (!longest || waited > longest->waitedMs) {
            longest = PendingCall{reply->property(EndpointProperty).toString(), waited};
        }
    }
    return longest;
}

void ApiClient::setTrustedCertificates(const QStringList &fingerprints)
{
    cancelAll();
    m_policy.setTrustedCertificates(fingerprints);
    m_network->clearConnectionCache();
}

ApiClient::ReplyMeta ApiClient::replyMeta(const QNetworkReply *reply)
{
    ReplyMeta meta;
    meta.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->hasRawHeader("X-Total-Count"_ba)) {
        bool ok = false;
        const qint64 total = reply->rawHeader("X-Total-Count"_ba).trimmed().toLongLong(&ok);
        // A malformed count is dropped rather than failing a list that is fine.
        if (ok && total >= 0) {
            meta.totalCount = total;
        }
    }
    return meta;
}

QString ApiClient::endpointName(Method method, const QString &path)
{
    static const QString names[] = {u"GET"_s, u"POST"_s, u"PATCH"_s, u"DELETE"_s};
    return names[static_cast<int>(method)] + u' ' + path;
}

void ApiClient::send(Method method, const QString &path, const std::optional<QJsonDocument> &body,
                     QObject *context, RawHandler handler, const QUrlQuery &query,
                     const Credential &credential)
{
    // While a new session is being obtained, a call with the old one would
    // only be refused too: it waits with the others.
    if (m_reauthenticating && credential.kind == Credential::Kind::Session &&
        credential.reauthenticate) {
        park({method, path, body, query, QPointer<QObject>(context), std::move(handler)});
        return;
    }
    dispatch(method, path, body, context, std::move(handler), query, credential, false);
}

void ApiClient::park(ParkedCall call)
{
    qCInfo(lcApi) << "parked" << endpointName(call.method, call.path)
                  << "until the session is renewed";
    m_parked.append(std::move(call));
    if (!m_reauthenticating) {
        m_reauthenticating = true;
        Q_EMIT reauthenticationNeeded();
    }
}

void ApiClient::resumeParked()
{
    m_reauthenticating = false;
    const QList<ParkedCall> parked = std::exchange(m_parked, {});
    for (const ParkedCall &call : parked) {
        // A receiver destroyed meanwhile waits for nothing: no resend.
        if (!call.context) {
            continue;
        }
        dispatch(call.method, call.path, call.body, call.context, call.handler, call.query,
                 Credential::session(), true);
    }
}

void ApiClient::failParked(const ApiError &error)
{
    m_reauthenticating = false;
    const QList<ParkedCall> parked = std::exchange(m_parked, {});
    for (const ParkedCall &call : parked) {
        if (call.context) {
            ApiError own = error;
            own.endpoint = endpointName(call.method, call.path);
            call.handler(ApiResult<QJsonDocument>(own), ReplyMeta{});
        }
    }
}

void ApiClient::noteConnectivity(const ApiResult<QJsonDocument> &result)
{
    bool reachable = true;
    if (!result) {
        switch (result.error().kind) {
        case ApiError::Network:
        case ApiError::Timeout:
            reachable = false;
            m_lastConnectivityError = result.error();
            break;
        case ApiError::Cancelled:
        case ApiError::Tls:
            // Says nothing about whether the server is there.
            return;
        default:
            break; // the server answered, if only with an error
        }
    }
    if (reachable != m_reachable) {
        m_reachable = reachable;
        Q_EMIT connectivityChanged(reachable);
    }
}

void ApiClient::dispatch(Method method, const QString &path,
                         const std::optional<QJsonDocument> &body, QObject *context,
                         RawHandler handler, const QUrlQuery &query, const Credential &credential,
                         bool isRetry)
{
    const QString endpoint = endpointName(method, path);
    // A publishing token travels the same way as the session (Bearer), so the
    // policy's single place for credentials serves both.
    const QString presented = credential.kind == Credential::Kind::Session ? m_sessionToken
                              : credential.kind == Credential::Kind::Token ? credential.token
                                                                           : QString();
    const bool usesSession = credential.kind == Credential::Kind::Session;
    QNetworkRequest request = m_policy.makeRequest(path, presented, query);
    QByteArray payload;
    if (body) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        payload = body->toJson(QJsonDocument::Compact);
    }

    QNetworkReply *reply = nullptr;
    switch (method) {
    case Method::Get:
        reply = m_network->get(request);
        break;
    case Method::Post:
        reply = m_network->post(request, payload);
        break;
    case Method::Patch:
        reply = m_network->sendCustomRequest(request, "PATCH"_ba, payload);
        break;
    case Method::Delete:
        reply = m_network->deleteResource(request);
        break;
    }
    // Before the event loop runs, so that no TLS error goes unseen.
    m_policy.watch(reply);
    reply->setProperty(EndpointProperty, endpoint);
    reply->setProperty(SentAtProperty, QDateTime::currentMSecsSinceEpoch());
    m_inFlight.append(reply);
    Q_EMIT inFlightChanged(m_inFlight.size());
    qCDebug(lcApi) << "request" << endpoint;

    const qint64 maxBody = m_policy.maxBodyBytes();
    connect(reply, &QNetworkReply::redirected, this, [this, reply, endpoint](const QUrl &target) {
        if (m_policy.isSameOrigin(target)) {
            Q_EMIT reply->redirectAllowed();
        } else {
            qCWarning(lcApi) << "refused redirect of" << endpoint << "to another origin"
                             << target.adjusted(QUrl::RemoveUserInfo | QUrl::RemovePath |
                                                QUrl::RemoveQuery);
            abortWith(reply, AbortReason::ForeignRedirect);
        }
    });
    // Checked as data arrives, so an endless answer cannot fill the memory.
    auto checkSize = [reply, maxBody] {
        const qint64 announced = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        if (announced > maxBody || reply->bytesAvailable() > maxBody) {
            abortWith(reply, AbortReason::TooLarge);
        }
    };
    connect(reply, &QNetworkReply::metaDataChanged, this, checkSize);
    connect(reply, &QNetworkReply::readyRead, this, checkSize);

    connect(reply, &QNetworkReply::finished, this,
            [this, reply, endpoint, usesSession, isRetry, presented, method, path, body, query,
             parkable = usesSession && credential.reauthenticate,
             context = QPointer<QObject>(context), handler = std::move(handler)] {
                m_inFlight.removeAll(reply);
                Q_EMIT inFlightChanged(m_inFlight.size());
                reply->deleteLater();
                ApiResult<QJsonDocument> result =
                    m_policy.interpret(reply, endpoint, abortReasonOf(reply));
                noteConnectivity(result);
                if (!result) {
                    qCInfo(lcApi) << "failed" << endpoint << result.error().kind
                                  << result.error().httpStatus;
                    const bool rejected =
                        result.error().kind == ApiError::Unauthorized && usesSession;
                    if (rejected && parkable && !isRetry && m_reauthEnabled && context) {
                        if (!m_reauthenticating && !m_sessionToken.isEmpty() &&
                            presented != m_sessionToken) {
                            // Sent with a session already replaced: one resend
                            // with the new one, no second re-login.
                            dispatch(method, path, body, context, handler, query,
                                     Credential::session(), true);
                        } else {
                            park({method, path, body, query, context, handler});
                        }
                        return;
                    }
                    // A resent call refused again says nothing new about the
                    // session that was just renewed; reporting it would end it.
                    if (rejected && !isRetry) {
                        Q_EMIT sessionRejected();
                    }
                }
                // Journaled whether or not anyone still waits for the answer:
                // the change happened on the server either way.
                if (result && method != Method::Get) {
                    noteCommitted(method, path, body, result.value());
                }
                // The receiver may be gone (a closed dialog): then nobody waits.
                if (context) {
                    handler(result, replyMeta(reply));
                }
            });
}

void ApiClient::noteCommitted(Method method, const QString &path,
                              const std::optional<QJsonDocument> &request,
                              const QJsonDocument &response)
{
    static const QHash<Method, QByteArray> names{
        {Method::Post, "POST"_ba}, {Method::Patch, "PATCH"_ba}, {Method::Delete, "DELETE"_ba}};
    if (const auto change = committedChange(names.value(method), path,
                                            request.value_or(QJsonDocument()), response)) {
        Q_EMIT changeCommitted(*change);
    }
}

ApiClient::RawHandler ApiClient::decodeNothing(ApiCallback<NoContent> done)
{
    return [done = std::move(done)](const ApiResult<QJsonDocument> &raw, const ReplyMeta &) {
        if (!raw) {
            done(raw.error());
            return;
        }
        done(NoContent{});
    };
}

void ApiClient::login(const QString &email, const QString &password, QObject *context,
                      ApiCallback<Session> done)
{
    m_sessionToken.clear();
    const QString path = u"/users/login"_s;
    // The token is kept before the caller hears of it, so that a call the
    // callback makes is already authenticated.
    ApiCallback<Session> keep = [this, done = std::move(done)](const ApiResult<Session> &result) {
        if (result) {
            m_sessionToken = result->token;
        }
        done(result);
    };
    // A 401 here is a wrong password: never parked for a re-login.
    send(Method::Post, path, QJsonDocument(toJson(LoginRequest{email, password})), context,
         decodeObject<Session>(endpointName(Method::Post, path), sessionFromJson, std::move(keep)),
         {}, Credential::sessionWithoutReauthentication());
}

void ApiClient::logout(QObject *context, ApiCallback<NoContent> done)
{
    send(Method::Post, u"/users/logout"_s, std::nullopt, context, decodeNothing(std::move(done)),
         {}, Credential::sessionWithoutReauthentication());
    // The request above already carries the token; nothing after it may.
    m_sessionToken.clear();
}

void ApiClient::userInfo(QObject *context, ApiCallback<User> done)
{
    const QString path = u"/users/info"_s;
    send(Method::Get, path, std::nullopt, context,
         decodeObject<User>(endpointName(Method::Get, path), userFromJson, std::move(done)));
}

void ApiClient::userOrganizations(QObject *context, ApiCallback<QList<NamedRole>> done)
{
    const QString path = u"/users/organizations"_s;
    send(
        Method::Get, path, std::nullopt, context,
        decodeList<NamedRole>(endpointName(Method::Get, path), namedRoleFromJson, std::move(done)));
}

void ApiClient::userTeams(const QString &organization, QObject *context,
                          ApiCallback<QList<NamedRole>> done)
{
    const QString path =
        u"/users/organizations/"_s + NetworkPolicy::pathSegment(organization) + u"/teams"_s;
    send(
        Method::Get, path, std::nullopt, context,
        decodeList<NamedRole>(endpointName(Method::Get, path), namedRoleFromJson, std::move(done)));
}

void ApiClient::teamNames(const QString &organization, const PageRequest &page, QObject *context,
                          ApiCallback<Page<QString>> done)
{
    const QString path = ownerPath(Owner::ofOrganization(organization)) + u"/teams"_s;
    QUrlQuery query = pageQuery(page);
    query.addQueryItem(u"fields"_s, u"name"_s);
    // Only the name is read, so a whole team (with tokens, from a server that
    // ignores `fields`) decodes just as well, without building its tokens.
    send(Method::Get, path, std::nullopt, context,
         decodePage<QString>(endpointName(Method::Get, path), stringField("name"_L1),
                             std::move(done)),
         query);
}

void ApiClient::health(QObject *context, ApiCallback<QString> done)
{
    const QString path = u"/health"_s;
    send(Method::Get, path, std::nullopt, context,
         decodeObject<QString>(endpointName(Method::Get, path), stringField("status"_L1),
                               std::move(done)));
}

QString ApiClient::ownerPath(const Owner &owner)
{
    QString path = u"/organizations/"_s + NetworkPolicy::pathSegment(owner.organization);
    if (owner.isTeam()) {
        path += u"/teams/"_s + NetworkPolicy::pathSegment(*owner.team);
    }
    return path;
}

QUrlQuery ApiClient::pageQuery(const PageRequest &page)
{
    QUrlQuery query;
    if (page.limit) {
        query.addQueryItem(u"limit"_s, QString::number(*page.limit));
    }
    if (page.offset > 0) {
        query.addQueryItem(u"offset"_s, QString::number(page.offset));
    }
    return query;
}

void ApiClient::registerUser(const QString &email, QObject *context, ApiCallback<NoContent> done)
{
    send(Method::Post, u"/users/register"_s, QJsonDocument(toJson(EmailRequest{email})), context,
         decodeNothing(std::move(done)), {}, Credential::none());
}

void ApiClient::confirmUser(const ConfirmRequest &request, QObject *context, ApiCallback<User> done)
{
    const QString path = u"/users/confirm"_s;
    send(Method::Post, path, QJsonDocument(toJson(request)), context,
         decodeObject<User>(endpointName(Method::Post, path), userFromJson, std::move(done)), {},
         Credential::none());
}

void ApiClient::forgotPassword(const QString &email, QObject *context, ApiCallback<NoContent> done)
{
    send(Method::Post, u"/users/forgot-password"_s, QJsonDocument(toJson(EmailRequest{email})),
         context, decodeNothing(std::move(done)), {}, Credential::none());
}

void ApiClient::resetPassword(const ResetPasswordRequest &request, QObject *context,
                              ApiCallback<NoContent> done)
{
    send(Method::Post, u"/users/reset-password"_s, QJsonDocument(toJson(request)), context,
         decodeNothing(std::move(done)), {}, Credential::none());
}

void ApiClient::updateUserInfo(const UpdateUserRequest &request, QObject *context,
                               ApiCallback<User> done)
{
    const QString path = u"/users/info"_s;
    send(Method::Patch, path, QJsonDocument(toJson(request)), context,
         decodeObject<User>(endpointName(Method::Patch, path), userFromJson, std::move(done)));
}

void ApiClient::searchUsers(const QString &query, const PageRequest &page, QObject *context,
                            ApiCallback<Page<User>> done)
{
    const QString path = u"/users/search"_s;
    QUrlQuery urlQuery = pageQuery(page);
    urlQuery.addQueryItem(u"q"_s, apiclient_detail::queryText(query));
    send(Method::Get, path, std::nullopt, context,
         decodePage<User>(endpointName(Method::Get, path), userFromJson, std::move(done)),
         urlQuery);
}

void ApiClient::userTokens(const UserTokensQuery &query, QObject *context,
                           ApiCallback<Page<Token>> done)
{
    const QString path = u"/users/tokens"_s;
    QUrlQuery urlQuery = pageQuery(query.page);
    if (query.expiresBefore) {
        urlQuery.addQueryItem(u"expires_before"_s,
                              apiclient_detail::queryTime(*query.expiresBefore));
    }
    send(Method::Get, path, std::nullopt, context,
         decodePage<Token>(endpointName(Method::Get, path), tokenFromJson, std::move(done)),
         urlQuery);
}

} // namespace keyward
