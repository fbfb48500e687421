// SPDX-License-Identifier: GPL-3.0-or-later
// Metric data: publishing with tokens (checked in api.md's order), queries by
// operators or reading tokens, and the list of metric names.
#include "handlers.h"

#include "auth/access.h"
#include "auth/authenticator.h"
#include "domain/isotime.h"
#include "domain/metricpoint.h"
#include "domain/requests.h"
#include "servercontext.h"
#include "services/publishbatcher.h"
#include "services/tokenstore.h"
#include "storage/database.h"
#include "storage/sql.h"

#include <QJsonDocument>
#include <QSet>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace keyward::server {

namespace {

constexpr qint64 kMaxQueryPoints = 60; // CAVE caps queries at 60 points

/// The organization or team a metrics path names.
struct MetricOwner
{
    OrganizationRef organization;
    std::optional<TeamRef> team;

    QString describe() const
    {
        return team ? u"team '%1' of '%2'"_s.arg(team->name, organization.name)
                    : u"organization '%1'"_s.arg(organization.name);
    }
    QString clause() const
    {
        return team ? u"organization_id = :org AND team_id = :team"_s
                    : u"organization_id = :org AND team_id IS NULL"_s;
    }
    void bind(SqlQuery &query) const
    {
        query.bind(u":org"_s, organization.id);
        if (team)
            query.bind(u":team"_s, team->id);
    }
};

MetricOwner requireOwner(Call &call, QSqlDatabase &db, bool teamLevel)
{
    MetricOwner owner;
    owner.organization = access::requireOrganization(db, call.request.param(u"org"_s));
    if (teamLevel)
        owner.team = access::requireTeam(db, owner.organization, call.request.param(u"team"_s));
    return owner;
}

void requireReaderRole(Call &call, QSqlDatabase &db, const MetricOwner &owner)
{
    if (owner.team)
        access::requireTeamRole(db, *owner.team, call.principal,
                                {Role::Admin, Role::Member, Role::Viewer});
    else
        access::requireOrganizationRole(db, owner.organization, call.principal,
                                        {Role::Admin, Role::Member, Role::Viewer});
}

/// The metric patterns the token's scopes grant for \p kind ("metrics:write"):
/// nullopt when no scope of that kind exists, an empty list when one is
/// unrestricted.
std::optional<QStringList> grantedPatterns(const QStringList &scopes, const QString &kind)
{
    bool granted = false;
    bool unrestricted = false;
    QStringList patterns;
    for (const QString &scope : scopes) {
        if (scope == kind) {
            granted = unrestricted = true;
        } else if (scope.startsWith(kind + u':')) {
            granted = true;
            patterns.append(scope.mid(kind.size() + 1));
        }
    }
    if (!granted)
        return std::nullopt;
    return unrestricted ? QStringList() : patterns;
}

bool covers(const QStringList &patterns, const QString &metric)
{
    if (patterns.isEmpty())
        return true;
    for (const QString &pattern : patterns) {
        if (pattern.endsWith(u'*') ? metric.startsWith(pattern.chopped(1)) : metric == pattern)
            return true;
    }
    return false;
}

QStringList requireScope(const Principal &token, const QString &kind, const QString &action)
{
    const auto patterns = grantedPatterns(token.scopes, kind);
    if (!patterns)
        throw ApiError::forbidden(
            u"The token may not %1: it lacks the scope \"%2\" (it has %3)."_s.arg(
                action, kind, token.scopes.join(u", "_s)));
    return *patterns;
}

/// The token's org must be the path's; a team token reaches only its team,
/// an organization token also every team of its organization.
void requireTokenReach(const Principal &token, const MetricOwner &owner, const QString &action)
{
    if (token.organizationId != owner.organization.id)
        throw ApiError::forbidden(u"The token belongs to organization '%1' and cannot %2 %3."_s.arg(
            token.organization, action, owner.describe()));
    if (token.teamId && (!owner.team || *token.teamId != owner.team->id))
        throw ApiError::forbidden(u"The token belongs to team '%1' and cannot %2 %3."_s.arg(
            token.team, action, owner.describe()));
}

void requireCovered(const QStringList &patterns, const QString &metric, const QString &kind)
{
    if (!covers(patterns, metric))
        throw ApiError::forbidden(
            u"Metric '%1' is outside the token's scope; its \"%2\" scopes cover only %3."_s.arg(
                metric, kind, patterns.join(u", "_s)));
}

std::optional<qint64> integerAttribute(const QJsonObject &attributes, const QString &name)
{
    const QJsonValue value = attributes.value(name);
    if (!value.isDouble())
        return std::nullopt;
    return qint64(value.toDouble());
}

// --- publish --------------------------------------------------------------

bool dryRunRequested(const Request &request)
{
    const auto value = request.queryValue(u"dry_run"_s);
    if (!value || *value == u"false")
        return false;
    if (*value == u"true")
        return true;
    throw ApiError::badRequest(u"'dry_run' must be true or false."_s);
}

Response publish(Call &call, bool teamLevel)
{
    QSqlDatabase db = call.server.database().connection();
    const MetricOwner owner = requireOwner(call, db, teamLevel);
    const Principal token = authenticate::publishingToken(call.server, call.request.credential());
    const QString kind = u"metrics:write"_s;
    const QStringList patterns = requireScope(token, kind, u"publish"_s);
    requireTokenReach(token, owner, u"publish to"_s);
    if (!patterns.isEmpty()) {
        // The pattern check comes before the body check (api.md's order), so
        // read what names the body has even if it is otherwise malformed.
        const QJsonObject body = QJsonDocument::fromJson(call.request.body).object();
        for (const QJsonValue &point : body.value(u"metrics"_s).toArray()) {
            const QJsonObject object = point.toObject();
            const QJsonValue name =
                object.contains(u"metric"_s) ? object.value(u"metric"_s) : object.value(u"name"_s);
            if (name.isString())
                requireCovered(patterns, name.toString(), kind);
        }
    }
    const bool dryRun = dryRunRequested(call.request);
    auto request = publishRequestFromJson(call.request.jsonObject());
    if (!request)
        throw ApiError::badRequest(request.error().toString());

    const auto maxPast = integerAttribute(token.attributes, u"max_past"_s);
    const auto maxFuture = integerAttribute(token.attributes, u"max_future"_s);
    const bool dropOutOfWindow = token.attributes.value(u"drop_out_of_window"_s).toBool();
    const qint64 nowSeconds = QDateTime::currentSecsSinceEpoch();
    QList<MetricPoint> kept;
    kept.reserve(request->metrics.size());
    for (qsizetype i = 0; i < request->metrics.size(); ++i) {
        MetricPoint &point = request->metrics[i];
        QString problem;
        if (maxPast && point.timestamp < nowSeconds - *maxPast)
            problem = u"is %1 seconds in the past; this token accepts at most %2"_s
                          .arg(nowSeconds - point.timestamp)
                          .arg(*maxPast);
        else if (maxFuture && point.timestamp > nowSeconds + *maxFuture)
            problem = u"is %1 seconds in the future; this token accepts at most %2"_s
                          .arg(point.timestamp - nowSeconds)
                          .arg(*maxFuture);
        if (!problem.isEmpty()) {
            if (dropOutOfWindow)
                continue;
            throw ApiError::badRequest(u"Point %1 (metric '%2', timestamp %3) %4."_s.arg(
                QString::number(i), point.metric, QString::number(point.timestamp), problem));
        }
        // A writing token's labels override whatever the publisher tagged.
        for (auto it = token.labels.begin(); it != token.labels.end(); ++it)
            point.tags.insert(it.key(), it.value());
        kept.append(point);
    }

    if (!dryRun && !kept.isEmpty())
        PublishBatcher::of(call.server)
            .write(owner.organization.id, owner.team ? std::optional(owner.team->id) : std::nullopt,
                   kept);
    call.server.tokens().touch(token.tokenId);
    if (dryRun)
        return Response::json(
            200, QJsonObject{{u"dry_run"_s, true}, {u"accepted"_s, qint64(kept.size())}});
    return Response::json(202, QJsonObject{{u"accepted"_s, qint64(kept.size())}});
}

// --- query ----------------------------------------------------------------

/// CAVE's tag filter: "key:value,key2:value2".
QMap<QString, QString> parseTags(const QString &text)
{
    QMap<QString, QString> tags;
    for (const QString &pair : text.split(u',', Qt::SkipEmptyParts)) {
        const qsizetype colon = pair.indexOf(u':');
        if (colon <= 0 || colon == pair.size() - 1)
            throw ApiError::badRequest(
                u"'tags' must be a comma-separated list of key:value pairs, e.g. "
                "host:svc5,environment:production; '%1' is not."_s.arg(pair));
        tags.insert(pair.left(colon), pair.mid(colon + 1));
    }
    return tags;
}

qint64 queryTime(const Request &request, const QString &name, qint64 fallbackMs)
{
    const auto text = request.queryValue(name);
    if (!text)
        return fallbackMs;
    const auto time = parseIsoTime(*text);
    if (!time)
        throw ApiError::badRequest(
            u"'%1' must be an ISO 8601 time with an offset, e.g. 2026-01-01T00:00:00Z."_s.arg(
                name));
    return time->toMSecsSinceEpoch();
}

/// One aggregation bucket.
struct Accumulator
{
    double sum = 0;
    double min = std::numeric_limits<double>::infinity();
    double max = -std::numeric_limits<double>::infinity();
    qint64 count = 0;

    void add(double value)
    {
        sum += value;
        min = qMin(min, value);
        max = qMax(max, value);
        ++count;
    }
    double result(const QString &aggregator) const
    {
        if (aggregator == u"sum")
            return sum;
        if (aggregator == u"count")
            return double(count);
        if (aggregator == u"min")
            return min;
        if (aggregator == u"max")
            return max;
        return sum / double(count);
    }
};

QJsonObject timedValue(qint64 ms, double value)
{
    return {{u"time"_s, formatIsoTime(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC))},
            {u"value"_s, value}};
}

Response queryMetric(Call &call, bool teamLevel)
{
    QSqlDatabase db = call.server.database().connection();
    const MetricOwner owner = requireOwner(call, db, teamLevel);
    const auto metric = call.request.queryValue(u"metric"_s);
    QMap<QString, QString> forced;
    if (call.principal.isToken()) {
        const QString kind = u"metrics:read"_s;
        const QStringList patterns = requireScope(call.principal, kind, u"read metrics"_s);
        requireTokenReach(call.principal, owner, u"read metrics of"_s);
        if (metric)
            requireCovered(patterns, *metric, kind);
        forced = call.principal.labels;
    } else {
        requireReaderRole(call, db, owner);
    }
    if (!metric || metric->isEmpty())
        throw ApiError::badRequest(u"The query needs 'metric', the name of the metric to read."_s);
    QMap<QString, QString> tags = parseTags(call.request.queryValue(u"tags"_s).value_or(QString()));
    // A reading token's labels hold every query to them; a query asking for
    // another value of a label is refused rather than silently rewritten.
    for (auto it = forced.begin(); it != forced.end(); ++it) {
        if (tags.contains(it.key()) && tags.value(it.key()) != it.value())
            throw ApiError::forbidden(
                u"The token may read only points tagged %1:%2; the query asks for %1:%3."_s.arg(
                    it.key(), it.value(), tags.value(it.key())));
        tags.insert(it.key(), it.value());
    }
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    const qint64 endMs = queryTime(call.request, u"end"_s, nowMs);
    const qint64 startMs = queryTime(call.request, u"start"_s, endMs - 3600 * 1000);
    if (startMs > endMs)
        throw ApiError::badRequest(u"'start' must not be after 'end'."_s);
    // Larger limits are capped, as CAVE does, not refused.
    const qint64 limit = qMin(
        call.request.queryInteger(u"limit"_s, 1, std::numeric_limits<qint32>::max()).value_or(60),
        kMaxQueryPoints);
    const auto aggregator = call.request.queryValue(u"aggregator"_s);
    static const QStringList aggregators = {u"sum"_s, u"count"_s, u"min"_s, u"max"_s, u"mean"_s};
    if (aggregator && !aggregators.contains(*aggregator))
        throw ApiError::badRequest(
            u"'aggregator' must be one of sum, count, min, max, mean; not '%1'."_s.arg(
                *aggregator));
    const qint64 periodMs =
        call.request.queryInteger(u"period"_s, 1, 366LL * 24 * 60).value_or(1) * 60 * 1000;

    SqlQuery known(db, u"SELECT COUNT(*) FROM (SELECT 1 FROM metric_points WHERE "_s +
                           owner.clause() + u" AND metric = :metric LIMIT 1) k"_s);
    owner.bind(known);
    known.bind(u":metric"_s, *metric);
    if (known.exec().scalarInteger() == 0)
        throw ApiError::badRequest(
            u"Unknown metric '%1': nothing has been published under that name for %2."_s.arg(
                *metric, owner.describe()));

    SqlQuery points(db, u"SELECT tags, ts, value FROM metric_points WHERE "_s + owner.clause() +
                            u" AND metric = :metric AND ts >= :start AND ts <= :end "
                            "ORDER BY ts, id"_s);
    owner.bind(points);
    points.bind(u":metric"_s, *metric).bind(u":start"_s, startMs).bind(u":end"_s, endMs).exec();
    // Oldest first from start, so clients page by moving start (as CAVE suggests).
    QJsonArray result;
    QMap<qint64, Accumulator> buckets;
    while (points.next()) {
        if (!tags.isEmpty()) {
            const QJsonObject pointTags =
                QJsonDocument::fromJson(points.value(0).toString().toUtf8()).object();
            bool matches = true;
            for (auto it = tags.begin(); it != tags.end() && matches; ++it)
                matches = pointTags.value(it.key()).toString() == it.value() &&
                          pointTags.contains(it.key());
            if (!matches)
                continue;
        }
        const qint64 ts = points.value(1).toLongLong();
        const double value = points.value(2).toDouble();
        if (!aggregator) {
            result.append(timedValue(ts, value));
            if (result.size() >= limit)
                break;
            continue;
        }
        // Buckets are aligned to the epoch so the same period always has the same edges.
        const qint64 bucket = ts - (((ts % periodMs) + periodMs) % periodMs);
        if (!buckets.contains(bucket) && buckets.size() >= limit)
            break;
        buckets[bucket].add(value);
    }
    for (auto it = buckets.begin(); it != buckets.end(); ++it)
        result.append(timedValue(it.key(), it.value().result(*aggregator)));
    return Response::json(200, QJsonObject{{u"metrics"_s, result}});
}

// --- metric names -----------------------------------------------------------

Response metricNames(Call &call, bool teamLevel)
{
    QSqlDatabase db = call.server.database().connection();
    const MetricOwner owner = requireOwner(call, db, teamLevel);
    requireReaderRole(call, db, owner);
    SqlQuery query(db, u"SELECT DISTINCT metric, tags FROM metric_points WHERE "_s +
                           owner.clause() + u" ORDER BY metric"_s);
    owner.bind(query);
    query.exec();
    QMap<QString, QSet<QString>> names;
    while (query.next()) {
        QSet<QString> &keys = names[query.value(0).toString()];
        const QJsonObject tags =
            QJsonDocument::fromJson(query.value(1).toString().toUtf8()).object();
        for (const QString &key : tags.keys())
            keys.insert(key);
    }
    QJsonArray items;
    for (auto it = names.begin(); it != names.end(); ++it) {
        QStringList keys(it.value().begin(), it.value().end());
        keys.sort();
        items.append(toJson(MetricName{it.key(), keys}));
    }
    return Response::json(200, items);
}

} // namespace

void registerMetricRoutes(Router &router)
{
    for (const bool team : {false, true}) {
        const QString base =
            team ? u"/organizations/{org}/teams/{team}"_s : u"/organizations/{org}"_s;
        router.add(Method::Post, base + u"/metrics"_s, Audience::Publisher,
                   [team](Call &call) { return publish(call, team); });
        router.add(Method::Get, base + u"/metrics"_s, Audience::UserOrToken,
                   [team](Call &call) { return queryMetric(call, team); });
        router.add(Method::Get, base + u"/metric-names"_s, Audience::User,
                   [team](Call &call) { return metricNames(call, team); });
    }
}

} // namespace keyward::server
