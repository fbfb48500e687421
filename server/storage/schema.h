// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace keyward::server {

class Database;

/// Brings the database to the newest schema version, one migration per
/// version, each in its own transaction; records the version in
/// schema_version. Throws ApiError when a migration fails or the database is
/// newer than this server (a downgrade would corrupt data).
void migrateSchema(Database &database);

/// The schema version this build writes.
int latestSchemaVersion();

} // namespace keyward::server
