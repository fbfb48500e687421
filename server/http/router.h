// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "request.h"
#include "response.h"

#include "auth/principal.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

namespace keyward::server {

class ServerContext;

/// Who may reach a route at all, checked before the handler runs. Finer role
/// checks (org admin, team member…) depend on the path's resources and are made
/// by the handler through Access (auth/access.h).
enum class Audience
{
    Anyone,      ///< no credentials needed (login, register, JWKS, health)
    User,        ///< a valid operator session; publishing tokens → 401
    UserOrToken, ///< a session or a publishing token (revocation list, metric reads)
    Publisher,   ///< credentials must be present; the handler verifies the token in the
                 ///< order api.md prescribes (404 for the path before the token checks)
};
QString audienceName(Audience audience);

/// Everything a handler gets: the request, the server's shared services and
/// the authenticated principal.
struct Call
{
    const Request &request;
    ServerContext &server;
    Principal principal;
};

using Handler = std::function<Response(Call &)>;

struct Route
{
    Method method;
    QString pattern; ///< e.g. "/organizations/{org}/teams/{team}"
    Audience audience;
    Handler handler;
    QStringList segments; ///< pattern split at '/', parameters kept as "{name}"
};

/// The route table: a list that tests and the OpenAPI check can enumerate,
/// and a matcher that tells 404 (no such path) from 405 (path exists, method
/// does not).
class Router
{
public:
    void add(Method method, const QString &pattern, Audience audience, Handler handler);

    struct Match
    {
        const Route *route = nullptr;
        QHash<QString, QString> params;
        QList<Method> allowedMethods; ///< non-empty when the path matched but not the method
    };
    Match match(Method method, const QString &encodedPath) const;

    const std::vector<Route> &routes() const { return m_routes; }

private:
    std::vector<Route> m_routes;
};

} // namespace keyward::server
