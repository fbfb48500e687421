// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/expected.h"

#include <QAtomicInteger>
#include <QSqlDatabase>
#include <QString>

namespace keyward::server {

/// Where the data lives: "sqlite:PATH" or a bare path (SQLite). PostgreSQL
/// URLs are recognised so the message can say it is not supported yet.
struct DatabaseConfig
{
    enum class Driver
    {
        Sqlite
    };
    Driver driver = Driver::Sqlite;
    QString sqlitePath;

    static Expected<DatabaseConfig, QString> parse(const QString &spec);
};

/// Hands every thread its own connection (Qt SQL connections must not be
/// shared across threads) to one database, and applies the settings every
/// connection needs: WAL, foreign keys, a busy timeout instead of instant
/// "database is locked" failures under concurrent writers.
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
    /// "BEGIN IMMEDIATE" for SQLite: take the write lock up front, so two
    /// concurrent check-then-insert transactions (the 3-token limit)
    /// serialise instead of both passing the check.
    QString beginWriteStatement() const;

private:
    QString connectionName() const;

    DatabaseConfig m_config;
    int m_instance;
    static QAtomicInteger<int> s_instances;
};

} // namespace keyward::server
