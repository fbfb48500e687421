// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace keyward::server {

class ServerContext;

/// Seeds demo data into an empty database (--demo); does nothing when any
/// user exists. Returns true when it seeded.
bool seedDemoData(ServerContext &server);

} // namespace keyward::server
