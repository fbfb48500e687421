// SPDX-License-Identifier: GPL-3.0-or-later
#include "handlers.h"

#include "auth/authenticator.h"
#include "http/apierror.h"
#include "internalhandlers.h"
#include "observability/metrics.h"
#include "servercontext.h"
#include "storage/sql.h"

#include <QElapsedTimer>
#include <QScopeGuard>

#include <limits>

using namespace Qt::StringLiterals;

namespace keyward::server {

namespace {
void authenticateFor(Audience audience, Call &call)
{
    switch (audience) {
    case Audience::Anyone:
        break;
    case Audience::User:
        call.principal = authenticate::user(call.server, call.request);
        break;
    case Audience::UserOrToken:
        call.principal = authenticate::userOrToken(call.server, call.request);
        break;
    case Audience::Publisher:
        authenticate::requireCredential(call.request);
        break;
    }
}

// Every answer of a route is counted by route template and status, including the 401s
// of authentication, which the front end would give before a handler runs. So the
// measured handler authenticates itself as the route's audience demands, and the front
// end sees every route as Audience::Anyone.
Router instrumented(const Router &plain)
{
    Router router;
    for (const Route &route : plain.routes()) {
        const QString method = methodName(route.method);
        const bool login = route.method == Method::Post && route.pattern == u"/users/login"_s;
        router.add(route.method, route.pattern, Audience::Anyone,
                   [method, pattern = route.pattern, audience = route.audience,
                    handler = route.handler, login](Call &call) {
                       QElapsedTimer timer;
                       timer.start();
                       int status = 500;
                       const auto record = qScopeGuard([&] {
                           Metrics &metrics = call.server.metrics();
                           metrics.recordRequest(method, pattern, status,
                                                 double(timer.nsecsElapsed()) / 1e9);
                           if (login && (status == 401 || status == 429))
                               metrics.recordLoginFailure(status == 429);
                           if (status == 403 && (audience == Audience::Publisher ||
                                                 call.principal.kind == Principal::Kind::Token))
                               metrics.recordTokenRefusal(TokenRefusal::Forbidden);
                       });
                       try {
                           authenticateFor(audience, call);
                           Response response = handler(call);
                           status = response.status;
                           return response;
                       } catch (const ApiError &error) {
                           status = httpStatus(error.kind());
                           throw;
                       }
                   });
    }
    return router;
}
} // namespace

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
    return instrumented(router);
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
