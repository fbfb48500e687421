// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/expected.h"

#include <QAtomicInteger>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace keyward::server {

/// Where the data lives: "sqlite:PATH" or a bare path (SQLite), or
/// "postgresql://USER@HOST:PORT/DBNAME[?libpq-option=value&...]" (also
/// "postgres://"). A password never comes from the URL (command lines are
/// visible in `ps`): libpq reads PGPASSWORD or ~/.pgpass, or the server reads
/// --database-password-file into \c password.
struct DatabaseConfig
{
    enum class Driver
    {
        Sqlite,
        Postgresql
    };
    Driver driver = Driver::Sqlite;
    QString sqlitePath;

    QString host;
    int port = -1;
    QString user;
    QString password;
    QString databaseName;
    /// libpq options from the URL's query ("sslmode=verify-full;connect_timeout=5").
    QString connectOptions;

    static Expected<DatabaseConfig, QString> parse(const QString &spec);
    /// For logs and /health: the URL without any secret.
    QString displayName() const;
};

/// Hands every thread its own connection (Qt SQL connections must not be
/// shared across threads) to one database, and applies the settings every
/// connection needs: on SQLite WAL, foreign keys, a busy timeout instead of
/// instant "database is locked" failures under concurrent writers; on
/// PostgreSQL (QPSQL) UTC and quiet notices.
class Database
{
public:
    explicit Database(DatabaseConfig config);
    ~Database();
    Q_DISABLE_COPY_MOVE(Database)

    /// This thread's open connection; throws ApiError(Unavailable) when the
    /// database cannot be opened.
    QSqlDatabase connection();
    const DatabaseConfig &config() const { return m_config; }
    /// The statements that open a write transaction; see database.cpp for
    /// why they serialise every writer on both drivers.
    QStringList beginWriteStatements() const;

private:
    QString connectionName() const;

    DatabaseConfig m_config;
    int m_instance;
    static QAtomicInteger<int> s_instances;
};

/// Opens \p db (configured by Database::connection()) and applies the
/// per-connection settings; also how a dropped PostgreSQL connection is
/// re-established (see sql.cpp).
bool openConnection(QSqlDatabase &db);

} // namespace keyward::server
