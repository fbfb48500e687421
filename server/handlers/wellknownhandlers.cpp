// SPDX-License-Identifier: GPL-3.0-or-later
// Health checks, the public signing keys and the revocation list: what load
// balancers and verifiers elsewhere need.
#include "handlers.h"

#include "domain/auditevent.h"
#include "domain/isotime.h"
#include "security/keystore.h"
#include "servercontext.h"
#include "storage/database.h"
#include "storage/sql.h"

using namespace Qt::StringLiterals;

namespace keyward::server {

namespace {
Response health(Call &call)
{
    // Ready means the database answers, not just that the socket is open.
    SqlQuery(call.server.database().connection(), u"SELECT 1"_s).exec();
    return Response::json(200, QJsonObject{{u"status"_s, u"ok"_s}});
}

Response caveHealthcheck(Call &call)
{
    SqlQuery(call.server.database().connection(), u"SELECT 1"_s).exec();
    return Response::text(200, "healthy"_ba);
}

Response jwks(Call &call)
{
    return Response::json(200, call.server.keys().publishedKeys().toJson());
}

Response revocations(Call &call)
{
    qint64 sinceMs = 0;
    if (const auto since = call.request.queryValue(u"since"_s)) {
        const auto time = parseIsoTime(*since);
        if (!time)
            throw ApiError::badRequest(
                u"'since' must be an ISO 8601 time with an offset, e.g. 2026-01-01T00:00:00Z."_s);
        sinceMs = time->toMSecsSinceEpoch();
    }
    const Paging paging = Paging::fromRequest(call.request, 100000);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    // Deleted tokens, plus tokens whose stored expiry has passed and that the
    // sweeper has not removed yet.
    const QString union_ = u"SELECT jti, revoked_ms FROM revocations WHERE revoked_ms >= :since "
                           "UNION SELECT CAST(id AS TEXT), stored_expires_ms FROM tokens "
                           "WHERE stored_expires_ms IS NOT NULL AND stored_expires_ms <= :now "
                           "AND stored_expires_ms >= :since"_s;
    QSqlDatabase db = call.server.database().connection();
    SqlQuery count(db, u"SELECT COUNT(*) FROM ("_s + union_ + u") r"_s);
    count.bind(u":since"_s, sinceMs).bind(u":now"_s, now);
    const qint64 total = count.exec().scalarInteger();
    SqlQuery query(db, u"SELECT jti, revoked_ms FROM ("_s + union_ +
                           u") r ORDER BY revoked_ms, jti"_s + paging.sqlClause());
    query.bind(u":since"_s, sinceMs).bind(u":now"_s, now);
    paging.bind(query);
    query.exec();
    QJsonArray items;
    while (query.next())
        items.append(toJson(
            Revocation{query.value(0).toString(),
                       QDateTime::fromMSecsSinceEpoch(query.value(1).toLongLong(), Qt::UTC)}));
    return listResponse(items, paging, total);
}
} // namespace

void registerWellKnownRoutes(Router &router)
{
    router.add(Method::Get, u"/health"_s, Audience::Anyone, health);
    router.add(Method::Get, u"/_internal_/healthcheck"_s, Audience::Anyone, caveHealthcheck);
    router.add(Method::Get, u"/.well-known/jwks.json"_s, Audience::Anyone, jwks);
    router.add(Method::Get, u"/revocations"_s, Audience::UserOrToken, revocations);
}

} // namespace keyward::server
