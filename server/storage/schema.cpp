// SPDX-License-Identifier: GPL-3.0-or-later
#include "schema.h"

#include "database.h"
#include "http/apierror.h"
#include "sql.h"

#include <QLoggingCategory>
#include <QRegularExpression>
#include <QStringList>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcSchema, "keyward.server.schema")

namespace keyward::server {

namespace {
// Times are epoch milliseconds (BIGINT): portable across SQLite and
// PostgreSQL and cheap to compare. {{id}} becomes the driver's
// auto-increment primary key, {{blob}} its binary type.
const QStringList kVersion1 = {
    uR"(CREATE TABLE users (
        id {{id}},
        email TEXT NOT NULL UNIQUE,
        first_name TEXT NOT NULL,
        last_name TEXT NOT NULL,
        password_hash TEXT NOT NULL,
        created_ms BIGINT NOT NULL))"_s,
    // Confirmation and password-reset tickets, stored as digests only.
    uR"(CREATE TABLE user_tickets (
        digest TEXT PRIMARY KEY,
        purpose TEXT NOT NULL,
        email TEXT NOT NULL,
        expires_ms BIGINT NOT NULL))"_s,
    uR"(CREATE TABLE sessions (
        digest TEXT PRIMARY KEY,
        user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        created_ms BIGINT NOT NULL,
        expires_ms BIGINT NOT NULL))"_s,
    uR"(CREATE INDEX sessions_user ON sessions(user_id))"_s,
    uR"(CREATE TABLE organizations (
        id {{id}},
        name TEXT NOT NULL UNIQUE,
        email TEXT NOT NULL,
        notification_url TEXT NOT NULL,
        created_ms BIGINT NOT NULL))"_s,
    uR"(CREATE TABLE teams (
        id {{id}},
        organization_id BIGINT NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        created_ms BIGINT NOT NULL,
        UNIQUE (organization_id, name)))"_s,
    uR"(CREATE TABLE organization_members (
        organization_id BIGINT NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        role TEXT NOT NULL,
        PRIMARY KEY (organization_id, user_id)))"_s,
    uR"(CREATE INDEX organization_members_user ON organization_members(user_id))"_s,
    uR"(CREATE TABLE team_members (
        team_id BIGINT NOT NULL REFERENCES teams(id) ON DELETE CASCADE,
        user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        role TEXT NOT NULL,
        PRIMARY KEY (team_id, user_id)))"_s,
    uR"(CREATE INDEX team_members_user ON team_members(user_id))"_s,
    // Members added by an email that has no account yet: applied on confirm.
    uR"(CREATE TABLE invitations (
        id {{id}},
        organization_id BIGINT NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        team_id BIGINT NULL REFERENCES teams(id) ON DELETE CASCADE,
        email TEXT NOT NULL,
        role TEXT NOT NULL,
        created_ms BIGINT NOT NULL))"_s,
    uR"(CREATE INDEX invitations_email ON invitations(email))"_s,
    uR"(CREATE TABLE tokens (
        id {{id}},
        organization_id BIGINT NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        team_id BIGINT NULL REFERENCES teams(id) ON DELETE CASCADE,
        description TEXT NOT NULL,
        value_sealed {{blob}} NOT NULL,
        kid TEXT NOT NULL,
        created_ms BIGINT NOT NULL,
        exp_ms BIGINT NULL,
        stored_expires_ms BIGINT NULL,
        scopes TEXT NOT NULL,
        labels TEXT NOT NULL,
        attributes TEXT NOT NULL,
        last_used_ms BIGINT NULL))"_s,
    uR"(CREATE INDEX tokens_owner ON tokens(organization_id, team_id))"_s,
    uR"(CREATE TABLE revocations (
        jti TEXT PRIMARY KEY,
        revoked_ms BIGINT NOT NULL))"_s,
    uR"(CREATE INDEX revocations_time ON revocations(revoked_ms))"_s,
    uR"(CREATE TABLE signing_keys (
        kid TEXT PRIMARY KEY,
        algorithm TEXT NOT NULL,
        public_jwk TEXT NOT NULL,
        created_ms BIGINT NOT NULL,
        retired_ms BIGINT NULL,
        is_current INTEGER NOT NULL DEFAULT 0))"_s,
    uR"(CREATE TABLE metric_points (
        id {{id}},
        organization_id BIGINT NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        team_id BIGINT NULL REFERENCES teams(id) ON DELETE CASCADE,
        metric TEXT NOT NULL,
        tags TEXT NOT NULL,
        ts BIGINT NOT NULL,
        value DOUBLE PRECISION NOT NULL))"_s,
    uR"(CREATE INDEX metric_points_lookup ON metric_points(organization_id, team_id, metric, ts))"_s,
    // Audit events keep the organization's name so the trail survives the
    // organization's deletion.
    uR"(CREATE TABLE audit_events (
        id {{id}},
        organization TEXT NOT NULL,
        time_ms BIGINT NOT NULL,
        actor TEXT NOT NULL,
        action TEXT NOT NULL,
        target TEXT NOT NULL,
        detail TEXT NOT NULL,
        remote TEXT NOT NULL))"_s,
    uR"(CREATE INDEX audit_events_organization ON audit_events(organization, id))"_s,
};

// Failed logins, shared by every process on the database (LoginThrottle);
// subjects are digests of "account:" or "address:" keys, rows older than the
// throttle's window are pruned by the throttle.
const QStringList kVersion2 = {
    uR"(CREATE TABLE login_failures (
        subject TEXT NOT NULL,
        failed_ms BIGINT NOT NULL))"_s,
    uR"(CREATE INDEX login_failures_subject ON login_failures(subject, failed_ms))"_s,
    uR"(CREATE INDEX login_failures_time ON login_failures(failed_ms))"_s,
};

const QList<QStringList> &migrations()
{
    static const QList<QStringList> all = {kVersion1, kVersion2};
    return all;
}

/// The one place the two dialects differ in DDL: the auto-increment primary
/// key (ids come back through RETURNING on both) and the binary type.
QString adapt(QString statement, DatabaseConfig::Driver driver)
{
    const bool sqlite = driver == DatabaseConfig::Driver::Sqlite;
    statement.replace(u"{{id}}"_s, sqlite
                                       ? u"INTEGER PRIMARY KEY AUTOINCREMENT"_s
                                       : u"BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"_s);
    statement.replace(u"{{blob}}"_s, sqlite ? u"BLOB"_s : u"BYTEA"_s);
    // Byte-wise comparison, as SQLite's default BINARY collation: ORDER BY
    // name and uniqueness behave the same whatever locale the PostgreSQL
    // cluster was created with.
    if (!sqlite)
        statement.replace(QRegularExpression(u"\\bTEXT\\b"_s), u"TEXT COLLATE \"C\""_s);
    return statement;
}

int storedVersion(QSqlDatabase db)
{
    SqlQuery current(db, u"SELECT COALESCE(MAX(version), 0) FROM schema_version"_s);
    return int(current.exec().scalarInteger());
}
} // namespace

int latestSchemaVersion()
{
    return int(migrations().size());
}

void migrateSchema(Database &database)
{
    // Every step runs under the write lock and re-reads the version there:
    // several processes starting at once on one PostgreSQL database migrate
    // it exactly once.
    {
        Transaction transaction(database);
        execDirect(transaction.db(),
                   u"CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)"_s);
        transaction.commit();
    }
    const int version = storedVersion(database.connection());
    if (version > latestSchemaVersion())
        throw ApiError::internal(
            u"The database has schema version %1 but this keyward-server knows only up to %2; "
            "use a newer keyward-server."_s.arg(version)
                .arg(latestSchemaVersion()));
    for (int next = version + 1; next <= latestSchemaVersion(); ++next) {
        Transaction transaction(database);
        if (storedVersion(transaction.db()) >= next)
            continue; // another process got there first
        for (const QString &statement : migrations().at(next - 1))
            execDirect(transaction.db(), adapt(statement, database.config().driver));
        SqlQuery(transaction.db(), u"INSERT INTO schema_version (version) VALUES (:v)"_s)
            .bind(u":v"_s, next)
            .exec();
        transaction.commit();
        qCInfo(lcSchema) << "database migrated to schema version" << next;
    }
}

} // namespace keyward::server
