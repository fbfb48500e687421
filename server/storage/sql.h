// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <memory>
#include <optional>

namespace keyward::server {

class Database;
struct CachedStatement;

/// A prepared statement that throws ApiError instead of returning false, so
/// handler code reads straight and no failure is silently ignored. A unique
/// constraint violation becomes 409, a busy or unwritable database 503,
/// anything else 500; the SQL error text is logged, never sent.
///
/// The prepared statement comes from the connection's StatementCache and goes
/// back there, finished (reset), when the SqlQuery ends: no statement stays
/// open past its SqlQuery, so no read snapshot outlives it.
class SqlQuery
{
public:
    SqlQuery(QSqlDatabase db, const QString &statement);
    ~SqlQuery();
    Q_DISABLE_COPY_MOVE(SqlQuery)

    SqlQuery &bind(const QString &placeholder, const QVariant &value);
    SqlQuery &exec();

    bool next() { return m_query->next(); }
    QVariant value(int index) const { return m_query->value(index); }
    QVariant value(const QString &name) const { return m_query->value(name); }
    int rowsAffected() const { return m_query->numRowsAffected(); }
    QSqlQuery &raw() { return *m_query; }

    /// First column of the first row as an integer; throws NotFound-free
    /// Internal error when there is no row (for COUNT and RETURNING).
    qint64 scalarInteger();

private:
    std::shared_ptr<CachedStatement> m_cached;
    QSqlQuery *m_query = nullptr; ///< m_cached->query
    QString m_statement;
    /// A cached PostgreSQL read outside a transaction: sent again once on a
    /// new connection when the old one turns out to be lost (see exec()).
    bool m_resendable = false;
    QSqlDatabase m_db;                              ///< only when m_resendable
    QList<std::pair<QString, QVariant>> m_bindings; ///< only when m_resendable
};

/// RAII write transaction: begins immediately (taking the write lock), rolls
/// back unless commit() was called.
class Transaction
{
public:
    explicit Transaction(Database &database);
    ~Transaction();
    Q_DISABLE_COPY_MOVE(Transaction)

    QSqlDatabase &db() { return m_db; }
    void commit();

private:
    QSqlDatabase m_db;
    bool m_done = false;
};

/// Runs \p statement unprepared, with SqlQuery's error mapping. For what
/// PostgreSQL cannot PREPARE: transaction control (BEGIN, COMMIT), DDL, SET.
void execDirect(QSqlDatabase db, const QString &statement);

/// A NULL of the right type for optional integers.
QVariant nullableInteger(const std::optional<qint64> &value);

} // namespace keyward::server
