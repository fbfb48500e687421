// SPDX-License-Identifier: GPL-3.0-or-later
#include "apiclient.h"

#include "apilog.h"
#include "replyinterpreter.h"

#include "domain/requests.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>

using namespace Qt::StringLiterals;

namespace keyward {

namespace {

constexpr const char *AbortReasonProperty = "keywardAbortReason";

AbortReason abortReasonOf(const QNetworkReply *reply)
{
    return static_cast<AbortReason>(reply->property(AbortReasonProperty).toInt());
}

void abortWith(QNetworkReply *reply, AbortReason reason)
{
    reply->setProperty(AbortReasonProperty, static_cast<int>(reason));
    reply->abort();
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

QString ApiClient::endpointName(Method method, const QString &path)
{
    static const QString names[] = {u"GET"_s, u"POST"_s, u"PATCH"_s, u"DELETE"_s};
    return names[static_cast<int>(method)] + u' ' + path;
}

void ApiClient::send(Method method, const QString &path, const std::optional<QJsonDocument> &body,
                     QObject *context, RawHandler handler, const QUrlQuery &query)
{
    const QString endpoint = endpointName(method, path);
    QNetworkRequest request = m_policy.makeRequest(path, m_sessionToken, query);
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
    m_inFlight.append(reply);
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
            [this, reply, endpoint, maxBody, context = QPointer<QObject>(context),
             handler = std::move(handler)] {
                m_inFlight.removeAll(reply);
                reply->deleteLater();
                ApiResult<QJsonDocument> result =
                    ReplyInterpreter::interpret(reply, endpoint, abortReasonOf(reply), maxBody);
                if (!result) {
                    qCInfo(lcApi) << "failed" << endpoint << result.error().kind
                                  << result.error().httpStatus;
                    if (result.error().kind == ApiError::Unauthorized) {
                        Q_EMIT sessionRejected();
                    }
                }
                // The receiver may be gone (a closed dialog): then nobody waits.
                if (context) {
                    handler(result);
                }
            });
}

template <typename T, typename Parser>
ApiClient::RawHandler ApiClient::decodeObject(QString endpoint, Parser parse, ApiCallback<T> done)
{
    return [endpoint = std::move(endpoint), parse,
            done = std::move(done)](const ApiResult<QJsonDocument> &raw) {
        if (!raw) {
            done(raw.error());
            return;
        }
        if (!raw->isObject()) {
            done(ReplyInterpreter::invalidResponse(endpoint,
                                                   ReplyInterpreter::tr("expected a JSON object")));
            return;
        }
        auto parsed = parse(raw->object());
        if (!parsed) {
            done(ReplyInterpreter::invalidResponse(endpoint, parsed.error().toString()));
            return;
        }
        done(std::move(parsed).value());
    };
}

template <typename T, typename Parser>
ApiClient::RawHandler ApiClient::decodeList(QString endpoint, Parser parse,
                                            ApiCallback<QList<T>> done)
{
    return [endpoint = std::move(endpoint), parse,
            done = std::move(done)](const ApiResult<QJsonDocument> &raw) {
        if (!raw) {
            done(raw.error());
            return;
        }
        if (!raw->isArray()) {
            done(ReplyInterpreter::invalidResponse(endpoint,
                                                   ReplyInterpreter::tr("expected a JSON array")));
            return;
        }
        const QJsonArray array = raw->array();
        QList<T> values;
        values.reserve(array.size());
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (!array.at(i).isObject()) {
                done(ReplyInterpreter::invalidResponse(
                    endpoint, ReplyInterpreter::tr("item %1 is not a JSON object").arg(i)));
                return;
            }
            auto parsed = parse(array.at(i).toObject());
            if (!parsed) {
                done(ReplyInterpreter::invalidResponse(endpoint, QString::number(i) + u'/' +
                                                                     parsed.error().toString()));
                return;
            }
            values.append(std::move(parsed).value());
        }
        done(values);
    };
}

ApiClient::RawHandler ApiClient::decodeNothing(ApiCallback<NoContent> done)
{
    return [done = std::move(done)](const ApiResult<QJsonDocument> &raw) {
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
    send(Method::Post, path, QJsonDocument(toJson(LoginRequest{email, password})), context,
         decodeObject<Session>(endpointName(Method::Post, path), sessionFromJson, std::move(keep)));
}

void ApiClient::logout(QObject *context, ApiCallback<NoContent> done)
{
    send(Method::Post, u"/users/logout"_s, std::nullopt, context, decodeNothing(std::move(done)));
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

void ApiClient::health(QObject *context, ApiCallback<QString> done)
{
    const QString path = u"/health"_s;
    const auto parse = [](const QJsonObject &json) -> Expected<QString> {
        const QJsonValue status = json.value("status"_L1);
        if (!status.isString()) {
            return WireError{u"status"_s, ReplyInterpreter::tr("missing or not a string")};
        }
        return status.toString();
    };
    send(Method::Get, path, std::nullopt, context,
         decodeObject<QString>(endpointName(Method::Get, path), parse, std::move(done)));
}

} // namespace keyward
