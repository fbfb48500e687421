// SPDX-License-Identifier: GPL-3.0-or-later
#include "demoseeder.h"

namespace keyward::server {

bool seedDemoData(ServerContext &)
{
    return false;
}

} // namespace keyward::server
