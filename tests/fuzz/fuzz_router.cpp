// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the server's real route table matched against arbitrary
// methods and encoded paths (percent-escapes, empty segments, dot segments,
// invalid UTF-8). Checks the matcher's promises: a route match carries exactly
// the route's parameters, a miss lists only methods other than the one asked.
#include "handlers/handlers.h"
#include "http/router.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace keyward::server;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const Router full = buildRouter(ApiSurface::Full);
    static const Router cave = buildRouter(ApiSurface::CaveOnly);
    if (size == 0)
        return 0;
    const auto method = Method(data[0] % 5);
    const QString path =
        QString::fromUtf8(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    for (const Router *router : {&full, &cave}) {
        const Router::Match match = router->match(method, path);
        if (match.route) {
            if (match.route->method != method || !match.allowedMethods.isEmpty())
                std::abort();
            qsizetype parameters = 0;
            for (const QString &segment : match.route->segments)
                parameters += segment.startsWith(u'{') ? 1 : 0;
            if (match.params.size() != parameters)
                std::abort();
        } else if (match.allowedMethods.contains(method) || !match.params.isEmpty()) {
            std::abort();
        }
    }
    return 0;
}
