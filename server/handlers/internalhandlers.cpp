// SPDX-License-Identifier: GPL-3.0-or-later
// GET /internal/metrics: the Prometheus scrape target. Scrapers authenticate
// with a static bearer secret (--metrics-token FILE), the way Prometheus'
// bearer_token_file works; sessions and publishing tokens never see metrics.
#include "internalhandlers.h"

#include "auth/verifiedtokencache.h"
#include "http/apierror.h"
#include "http/router.h"
#include "observability/metrics.h"
#include "security/secrets.h"
#include "servercontext.h"

using namespace Qt::StringLiterals;

namespace keyward::server {

namespace {
Response metrics(Call &call)
{
    const QByteArray &expected = call.server.metricsToken();
    if (expected.isEmpty())
        throw ApiError::unauthorized(
            u"Metrics are disabled: start keyward-server with --metrics-token FILE and send "
            "that secret as 'Authorization: Bearer SECRET'."_s);
    const Credential credential = call.request.credential();
    // Compared in constant time: the response time must not reveal a prefix.
    if (credential.scheme != Credential::Scheme::Bearer ||
        !constantTimeEquals(credential.secret.toUtf8(), expected))
        throw ApiError::unauthorized(
            u"GET /internal/metrics needs 'Authorization: Bearer SECRET' with the secret of "
            "--metrics-token."_s);
    QByteArray body = call.server.metrics().render();
    // The cache counts for itself (auth/verifiedtokencache.h); rendered here
    // so that Metrics does not need to know about it.
    const VerifiedTokenCache &cache = call.server.tokenCache();
    body += "# HELP keyward_token_cache_hits_total Publishing tokens whose signature check "
            "was skipped because it was already verified.\n"
            "# TYPE keyward_token_cache_hits_total counter\n"
            "keyward_token_cache_hits_total "_ba +
            QByteArray::number(cache.hits()) +
            "\n# HELP keyward_token_cache_misses_total Publishing tokens verified in full.\n"
            "# TYPE keyward_token_cache_misses_total counter\n"
            "keyward_token_cache_misses_total "_ba +
            QByteArray::number(cache.misses()) + "\n"_ba;
    Response response = Response::text(200, body);
    response.contentType = "text/plain; version=0.0.4; charset=utf-8"_ba;
    return response;
}
} // namespace

void registerInternalRoutes(Router &router)
{
    router.add(Method::Get, u"/internal/metrics"_s, Audience::Anyone, metrics);
}

} // namespace keyward::server
