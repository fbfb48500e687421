// SPDX-License-Identifier: GPL-3.0-or-later
#include "handlers.h"

namespace keyward::server {

void registerTeamRoutes(Router &) {}

} // namespace keyward::server
