// SPDX-License-Identifier: GPL-3.0-or-later
#include "handlers.h"

#include "internalhandlers.h"
#include "servercontext.h"
#include "storage/sql.h"

#include <limits>

using namespace Qt::StringLiterals;

namespace keyward::server {

Router buildRouter(ApiSurface surface)
{
    Router router;
    registerWellKnownRoutes(router);
    registerUserRoutes(router);
    registerOrganizationRoutes(router);
    registerTeamRoutes(router);
    registerMemberRoutes(router);
    registerTokenRoutes(router, surface);
    registerMetricRoutes(router);
    if (surface == ApiSurface::Full)
        registerAuditRoutes(router);
    registerInternalRoutes(router);
    return router;
}

Paging Paging::fromRequest(const Request &request, qint64 maximumLimit)
{
    Paging paging;
    paging.limit = request.queryInteger(u"limit"_s, 0, maximumLimit);
    paging.offset =
        request.queryInteger(u"offset"_s, 0, std::numeric_limits<qint32>::max()).value_or(0);
    return paging;
}

QString Paging::sqlClause() const
{
    if (!limit && offset == 0)
        return {};
    return u" LIMIT :limit OFFSET :offset"_s;
}

void Paging::bind(SqlQuery &query) const
{
    if (!limit && offset == 0)
        return;
    // No limit, only an offset: SQLite needs a LIMIT before OFFSET and reads
    // -1 as "none", PostgreSQL refuses negative limits; the largest BIGINT
    // means "none" to both.
    query.bind(u":limit"_s, limit.value_or(std::numeric_limits<qint64>::max()));
    query.bind(u":offset"_s, offset);
}

Response listResponse(const QJsonArray &items, const Paging &paging, qint64 total)
{
    Response response = Response::json(200, items);
    if (paging.limit || paging.offset > 0)
        response.withHeader("X-Total-Count"_ba, QByteArray::number(total));
    return response;
}

Response createdResponse(const Call &call, const QString &path, const QJsonObject &body)
{
    return Response::json(201, body).withHeader("Location"_ba,
                                                call.server.absoluteUrl(path).toUtf8());
}

} // namespace keyward::server
