// SPDX-License-Identifier: GPL-3.0-or-later
#include "handlers.h"

namespace keyward::server {

void registerMetricRoutes(Router &) {}

} // namespace keyward::server
