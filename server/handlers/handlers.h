// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Every resource registers its routes here; buildRouter() (routes.cpp) is the
// one place that assembles the whole API, so tests and the OpenAPI check
// enumerate exactly what the server serves.

#include "http/apierror.h"
#include "http/request.h"
#include "http/response.h"
#include "http/router.h"

#include "auth/access.h"
#include "domain/role.h"
#include "domain/token.h"
#include "services/tokenstore.h"

#include <QJsonArray>
#include <QJsonObject>

#include <optional>

namespace keyward::server {

/// Which routes the server serves: everything, or only the CAVE API's routes
/// (--cave-compatible), so that a client's fallbacks for a plain CAVE server
/// can be tried against a real one. Extension routes left out answer 404 as
/// any unknown route does, because they are simply never registered.
enum class ApiSurface
{
    Full,
    CaveOnly
};

Router buildRouter(ApiSurface surface = ApiSurface::Full);

void registerUserRoutes(Router &router);
void registerOrganizationRoutes(Router &router);
void registerTeamRoutes(Router &router);
void registerMemberRoutes(Router &router);
void registerTokenRoutes(Router &router, ApiSurface surface = ApiSurface::Full);
void registerMetricRoutes(Router &router);
void registerAuditRoutes(Router &router);
void registerWellKnownRoutes(Router &router);

/// limit/offset of a list request (api.md: without limit a list is whole).
struct Paging
{
    std::optional<qint64> limit;
    qint64 offset = 0;

    static Paging fromRequest(const Request &request, qint64 maximumLimit = 10000);
    /// " LIMIT :limit OFFSET :offset" or empty; bind with bind().
    QString sqlClause() const;
    void bind(class SqlQuery &query) const;
};

/// 200 with a JSON array and, when paged, X-Total-Count.
Response listResponse(const QJsonArray &items, const Paging &paging, qint64 total);
/// 201 with an absolute Location for \p path.
Response createdResponse(const Call &call, const QString &path, const QJsonObject &body);

// Tokens as every resource that shows them needs them (tokenhandlers.cpp).
TokenOwner ownerOf(const OrganizationRef &organization);
TokenOwner ownerOf(const TeamRef &team);
/// "acme/tokens" or "acme/teams/ops/tokens": the owner's tokens as an audit
/// target and, behind "/organizations/", as a path.
QString tokensTarget(const TokenOwner &owner);
/// Token values are secrets: only admins read them, and with
/// --show-tokens-once nobody does after creation.
bool mayReadTokenValues(const Call &call, Role role);
/// The owner's tokens. With values the read is an audit event, recorded in
/// \p db's transaction (so \p db must belong to a write transaction then).
QList<Token> readTokens(Call &call, QSqlDatabase &db, const TokenOwner &owner, bool withValues);

} // namespace keyward::server
