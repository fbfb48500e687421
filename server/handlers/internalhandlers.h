// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace keyward::server {

class Router;

/// Operator endpoints outside the API: GET /internal/metrics (Prometheus).
void registerInternalRoutes(Router &router);

} // namespace keyward::server
