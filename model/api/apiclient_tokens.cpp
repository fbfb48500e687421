// SPDX-License-Identifier: GPL-3.0-or-later
// ApiClient: tokens, metrics, the audit trail, revocations and signing keys.
#include "apiclient.h"

#include "apiclient_decode.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace keyward {

namespace {

Expected<PublishResult> publishResultFromJson(const QJsonObject &json)
{
    const QJsonValue accepted = json.value("accepted"_L1);
    const double count = accepted.toDouble(-1);
    if (!accepted.isDouble() || count < 0 || count != std::floor(count)) {
        return WireError{u"accepted"_s, ReplyInterpreter::tr("missing or not a count")};
    }
    return PublishResult{static_cast<qint64>(count), json.value("dry_run"_L1).toBool(false)};
}

Expected<MetricValue> metricValueFromJson(const QJsonObject &json)
{
    const auto time = parseIsoTime(json.value("time"_L1).toString());
    if (!time) {
        return WireError{u"time"_s, ReplyInterpreter::tr("missing or not an ISO 8601 time")};
    }
    const QJsonValue value = json.value("value"_L1);
    if (!value.isDouble()) {
        return WireError{u"value"_s, ReplyInterpreter::tr("missing or not a number")};
    }
    return MetricValue{*time, value.toDouble()};
}

QString tokenPath(const QString &owner, const QString &id)
{
    return owner + u"/tokens/"_s + NetworkPolicy::pathSegment(id);
}

} // namespace

// --- tokens -----------------------------------------------------------------------

void ApiClient::tokens(const Owner &owner, QObject *context, ApiCallback<QList<Token>> done)
{
    const QString path = ownerPath(owner) + u"/tokens"_s;
    send(Method::Get, path, std::nullopt, context,
         decodeList<Token>(endpointName(Method::Get, path), tokenFromJson, std::move(done)));
}

void ApiClient::createToken(const Owner &owner, const CreateTokenRequest &request, QObject *context,
                            ApiCallback<Token> done)
{
    const QString path = ownerPath(owner) + u"/tokens"_s;
    send(Method::Post, path, QJsonDocument(toJson(request)), context,
         decodeObject<Token>(endpointName(Method::Post, path), tokenFromJson, std::move(done)));
}

void ApiClient::token(const Owner &owner, const QString &id, QObject *context,
                      ApiCallback<Token> done)
{
    getObject<Token>(tokenPath(ownerPath(owner), id), tokenFromJson, context, std::move(done));
}

void ApiClient::deleteToken(const Owner &owner, const QString &id, QObject *context,
                            ApiCallback<NoContent> done)
{
    send(Method::Delete, tokenPath(ownerPath(owner), id), std::nullopt, context,
         decodeNothing(std::move(done)));
}

void ApiClient::rotateToken(const Owner &owner, const QString &id, qint64 graceSeconds,
                            QObject *context, ApiCallback<Token> done)
{
    const QString path = tokenPath(ownerPath(owner), id) + u"/rotate"_s;
    send(Method::Post, path, QJsonDocument(toJson(RotateTokenRequest{graceSeconds})), context,
         decodeObject<Token>(endpointName(Method::Post, path), tokenFromJson, std::move(done)));
}

// --- metrics ------------------------------------------------------------------------

void ApiClient::publishMetrics(const Owner &owner, const PublishRequest &request,
                               const QString &token, bool dryRun, QObject *context,
                               ApiCallback<PublishResult> done)
{
    const QString path = ownerPath(owner) + u"/metrics"_s;
    QUrlQuery query;
    if (dryRun) {
        query.addQueryItem(u"dry_run"_s, u"true"_s);
    }
    send(Method::Post, path, QJsonDocument(toJson(request)), context,
         decodeObject<PublishResult>(endpointName(Method::Post, path), publishResultFromJson,
                                     std::move(done)),
         query, Credential::publishing(token));
}

void ApiClient::queryMetrics(const Owner &owner, const MetricQuery &query,
                             const std::optional<QString> &token, QObject *context,
                             ApiCallback<QList<MetricValue>> done)
{
    using apiclient_detail::queryText;
    using apiclient_detail::queryTime;
    const QString path = ownerPath(owner) + u"/metrics"_s;
    QUrlQuery urlQuery;
    urlQuery.addQueryItem(u"metric"_s, queryText(query.metric));
    if (!query.tags.isEmpty()) {
        QStringList pairs;
        for (auto it = query.tags.constBegin(); it != query.tags.constEnd(); ++it) {
            pairs.append(it.key() + u':' + it.value());
        }
        urlQuery.addQueryItem(u"tags"_s, queryText(pairs.join(u',')));
    }
    if (query.start) {
        urlQuery.addQueryItem(u"start"_s, queryTime(*query.start));
    }
    if (query.end) {
        urlQuery.addQueryItem(u"end"_s, queryTime(*query.end));
    }
    if (query.limit) {
        urlQuery.addQueryItem(u"limit"_s, QString::number(*query.limit));
    }
    if (!query.aggregator.isEmpty()) {
        urlQuery.addQueryItem(u"aggregator"_s, queryText(query.aggregator));
    }
    if (query.periodMinutes) {
        urlQuery.addQueryItem(u"period"_s, QString::number(*query.periodMinutes));
    }
    const QString endpoint = endpointName(Method::Get, path);
    // The values come wrapped: {"metrics": [{time, value}]}.
    RawHandler handler = [endpoint, done = std::move(done)](const ApiResult<QJsonDocument> &raw,
                                                            const ReplyMeta &) {
        if (!raw) {
            done(raw.error());
            return;
        }
        const QJsonValue metrics = raw->object().value("metrics"_L1);
        if (!raw->isObject() || !metrics.isArray()) {
            done(ReplyInterpreter::invalidResponse(
                endpoint, ReplyInterpreter::tr("expected an object with a \"metrics\" array")));
            return;
        }
        done(apiclient_detail::parseArray<MetricValue>(endpoint, QJsonDocument(metrics.toArray()),
                                                       metricValueFromJson));
    };
    send(Method::Get, path, std::nullopt, context, std::move(handler), urlQuery,
         Credential::sessionOr(token));
}

void ApiClient::metricNames(const Owner &owner, QObject *context,
                            ApiCallback<QList<MetricName>> done)
{
    const QString path = ownerPath(owner) + u"/metric-names"_s;
    send(Method::Get, path, std::nullopt, context,
         decodeList<MetricName>(endpointName(Method::Get, path), metricNameFromJson,
                                std::move(done)));
}

// --- audit, revocations, keys ---------------------------------------------------------

void ApiClient::audit(const QString &organization, const AuditQuery &query, QObject *context,
                      ApiCallback<Page<AuditEvent>> done)
{
    const QString path = ownerPath(Owner::ofOrganization(organization)) + u"/audit"_s;
    QUrlQuery urlQuery;
    if (!query.before.isEmpty()) {
        urlQuery.addQueryItem(u"before"_s, apiclient_detail::queryText(query.before));
    }
    if (query.limit) {
        urlQuery.addQueryItem(u"limit"_s, QString::number(*query.limit));
    }
    send(Method::Get, path, std::nullopt, context,
         decodePage<AuditEvent>(endpointName(Method::Get, path), auditEventFromJson,
                                std::move(done)),
         urlQuery);
}

void ApiClient::revocations(const std::optional<QDateTime> &since, const PageRequest &page,
                            const std::optional<QString> &token, QObject *context,
                            ApiCallback<Page<Revocation>> done)
{
    const QString path = u"/revocations"_s;
    QUrlQuery query = pageQuery(page);
    if (since) {
        query.addQueryItem(u"since"_s, apiclient_detail::queryTime(*since));
    }
    send(Method::Get, path, std::nullopt, context,
         decodePage<Revocation>(endpointName(Method::Get, path), revocationFromJson,
                                std::move(done)),
         query, Credential::sessionOr(token));
}

void ApiClient::jwks(QObject *context, ApiCallback<jwt::Jwks> done)
{
    const QString path = u"/.well-known/jwks.json"_s;
    const auto parse = [](const QJsonObject &json) -> Expected<jwt::Jwks> {
        auto keys = jwt::Jwks::fromJson(json);
        if (!keys) {
            return WireError{u"keys"_s, keys.error().detail};
        }
        return std::move(keys).value();
    };
    send(Method::Get, path, std::nullopt, context,
         decodeObject<jwt::Jwks>(endpointName(Method::Get, path), parse, std::move(done)), {},
         Credential::none());
}

} // namespace keyward
