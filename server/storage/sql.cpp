// SPDX-License-Identifier: GPL-3.0-or-later
#include "sql.h"

#include "database.h"
#include "http/apierror.h"
#include "statementcache.h"

#include <QLoggingCategory>
#include <QSqlDriver>
#include <QSqlError>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcSql, "keyward.server.sql")

namespace keyward::server {

namespace {
bool isPostgresConnectionLoss(const QString &code, const QString &text)
{
    // 08xxx: connection exceptions; 57P01-57P03: the server shuts down or
    // cannot connect now. libpq reports a dropped socket without a SQLSTATE.
    return code.startsWith(u"08"_s) || code.startsWith(u"57P"_s) ||
           text.contains(u"server closed the connection"_s) ||
           text.contains(u"no connection to the server"_s);
}

/// SQLite cannot take a write now: SQLITE_BUSY 5, SQLITE_LOCKED 6,
/// SQLITE_READONLY 8, SQLITE_IOERR 10, SQLITE_FULL 13, SQLITE_CANTOPEN 14. QSQLITE
/// may report extended result codes (e.g. 778 SQLITE_IOERR_WRITE, 264
/// SQLITE_READONLY_RECOVERY), whose low byte is the primary code.
bool isSqliteUnavailable(const QString &code, const QSqlDriver *driver)
{
    if (!driver || driver->dbmsType() != QSqlDriver::SQLite)
        return false;
    bool ok = false;
    const int value = code.toInt(&ok);
    if (!ok)
        return false;
    switch (value & 0xff) {
    case 5:
    case 6:
    case 8:
    case 10:
    case 13:
    case 14:
        return true;
    default:
        return false;
    }
}

[[noreturn]] void raise(const QSqlError &error, const QString &statement, QSqlDriver *driver)
{
    const QString text = error.databaseText() + u' ' + error.driverText();
    const QString code = error.nativeErrorCode();
    // SQLite: 19 = SQLITE_CONSTRAINT (+ extended 2067 UNIQUE, 1555 PRIMARY KEY).
    // PostgreSQL (QPSQL reports the SQLSTATE): 23505 unique_violation.
    if (text.contains(u"UNIQUE constraint failed"_s) || code == u"2067"_s || code == u"1555"_s ||
        code == u"23505"_s)
        throw ApiError::conflict(u"That name or entry already exists."_s);
    qCWarning(lcSql).noquote() << "SQL failure" << code << text << "in:" << statement.simplified();
    const bool lost = isPostgresConnectionLoss(code, text);
    // Closed here, this thread's next Database::connection() opens a fresh
    // one instead of failing forever on a dead socket (e.g. after a
    // PostgreSQL restart or fail-over).
    if (lost && driver && driver->dbmsType() == QSqlDriver::PostgreSQL)
        driver->close();
    // SQLITE_BUSY 5, SQLITE_LOCKED 6, SQLITE_READONLY 8, SQLITE_IOERR 10, SQLITE_FULL 13;
    // PostgreSQL: 40001/40P01 serialization failure/deadlock, 53xxx insufficient
    // resources (53100 disk full), 25006 read-only transaction, 57014 statement
    // timeout, lost connections.
    if (isSqliteUnavailable(code, driver) || code == u"5"_s || code == u"6"_s || code == u"8"_s ||
        code == u"10"_s || code == u"13"_s || code == u"40001"_s || code == u"40P01"_s ||
        code.startsWith(u"53"_s) || code == u"25006"_s || code == u"57014"_s || lost ||
        text.contains(u"locked"_s) || text.contains(u"readonly"_s) || text.contains(u"disk"_s))
        throw ApiError::unavailable(
            u"The database cannot take this change right now (busy, full or read-only); "
            "nothing was changed. Try again later."_s);
    throw ApiError::internal(u"The server failed to access its database; nothing was changed."_s);
}
/// Write transactions open on this thread: while one is, a lost connection
/// took the transaction with it and must fail the request.
thread_local int t_openTransactions = 0;

/// After a PostgreSQL restart or fail-over every pooled connection is dead.
/// Outside a transaction, a statement that failed before it ran (PREPARE, or
/// BEGIN) is safe to send again on a new connection, so the first request of
/// each worker does not fail with 503. An executed autocommit statement is
/// never re-sent: it may have been applied before the connection broke.
bool reconnectAfterLoss(QSqlDatabase &db, const QSqlError &error)
{
    if (t_openTransactions > 0 || !db.driver() ||
        db.driver()->dbmsType() != QSqlDriver::PostgreSQL ||
        !isPostgresConnectionLoss(error.nativeErrorCode(),
                                  error.databaseText() + u' ' + error.driverText()))
        return false;
    qCInfo(lcSql) << "the database connection was lost; reconnecting";
    db.close();
    return openConnection(db);
}

bool execDirectOnce(QSqlDatabase db, const QString &statement, QSqlError *error)
{
    QSqlQuery query(db);
    if (query.exec(statement))
        return true;
    *error = query.lastError();
    return false;
}

[[noreturn]] void raiseFor(QSqlDatabase db, const QSqlError &error, const QString &statement)
{
    raise(error, statement, db.driver());
}
} // namespace

namespace {
std::shared_ptr<CachedStatement> prepareStatement(QSqlDatabase db, const QString &statement,
                                                  QSqlError *error)
{
    auto prepared = std::make_shared<CachedStatement>();
    prepared->query = QSqlQuery(db);
    prepared->query.setForwardOnly(true);
    if (!prepared->query.prepare(statement)) {
        *error = prepared->query.lastError();
        return nullptr;
    }
    prepared->inUse = true;
    return prepared;
}
} // namespace

SqlQuery::SqlQuery(QSqlDatabase db, const QString &statement)
    : m_statement(statement)
{
    const bool postgres = db.driver() && db.driver()->dbmsType() == QSqlDriver::PostgreSQL;
    const bool autocommit = t_openTransactions == 0;
    const bool read = QStringView(statement).trimmed().startsWith(u"SELECT"_s, Qt::CaseInsensitive);
    // PREPARE was what found a PostgreSQL connection lost since the last
    // request, before anything ran. A cached statement skips it, so a lost
    // session shows only when the statement runs: a read is then sent again
    // on a new connection (see exec()), but an autocommit write may have been
    // applied already, so it keeps preparing anew (they are rare: last_used).
    // In a transaction BEGIN has just found the connection alive.
    const bool cacheable = !postgres || !autocommit || read;
    if (cacheable)
        m_cached = threadStatementCache(db).acquire(statement);
    if (m_cached) {
        if (postgres && autocommit) {
            m_db = db;
            m_resendable = true;
        }
    } else {
        QSqlError error;
        m_cached = prepareStatement(db, statement, &error);
        if (!m_cached && reconnectAfterLoss(db, error))
            m_cached = prepareStatement(db, statement, &error);
        if (!m_cached)
            raise(error, statement, db.driver());
        // Looked up again: a reconnect dropped the connection's old cache.
        if (cacheable)
            threadStatementCache(db).insert(statement, m_cached);
    }
    m_query = &m_cached->query;
}

SqlQuery::~SqlQuery()
{
    // Resets the statement (sqlite3_reset, or PQclear): an unfinished SELECT
    // would keep SQLite's read snapshot, and a later BEGIN IMMEDIATE on this
    // connection would fail with SQLITE_BUSY_SNAPSHOT.
    m_query->finish();
    m_cached->inUse = false;
}

SqlQuery &SqlQuery::bind(const QString &placeholder, const QVariant &value)
{
    m_query->bindValue(placeholder, value);
    if (m_resendable)
        m_bindings.append({placeholder, value});
    return *this;
}

SqlQuery &SqlQuery::exec()
{
    if (m_query->exec())
        return *this;
    QSqlError error = m_query->lastError();
    if (m_resendable && reconnectAfterLoss(m_db, error)) {
        // A cached read of a session that died since the last request: it
        // never ran there, so it runs again, prepared on the new connection.
        m_resendable = false;
        m_cached->inUse = false;
        m_cached = prepareStatement(m_db, m_statement, &error);
        if (!m_cached)
            raise(error, m_statement, m_db.driver());
        threadStatementCache(m_db).insert(m_statement, m_cached);
        m_query = &m_cached->query;
        for (const auto &[placeholder, value] : std::as_const(m_bindings))
            m_query->bindValue(placeholder, value);
        if (m_query->exec())
            return *this;
        error = m_query->lastError();
    }
    raise(error, m_statement, const_cast<QSqlDriver *>(m_query->driver()));
}

qint64 SqlQuery::scalarInteger()
{
    if (!m_query->next()) {
        qCWarning(lcSql).noquote() << "expected a row from:" << m_statement.simplified();
        throw ApiError::internal(u"The server's database gave an unexpected answer."_s);
    }
    const qint64 value = m_query->value(0).toLongLong();
    // An unfinished statement (e.g. INSERT … RETURNING) keeps SQLite from
    // committing the surrounding transaction ("SQL statements in progress").
    m_query->finish();
    return value;
}

Transaction::Transaction(Database &database)
    : m_db(database.connection())
{
    const QStringList statements = database.beginWriteStatements();
    QSqlError error;
    if (!execDirectOnce(m_db, statements.first(), &error) &&
        !(reconnectAfterLoss(m_db, error) && execDirectOnce(m_db, statements.first(), &error)))
        raiseFor(m_db, error, statements.first());
    for (const QString &statement : statements.mid(1)) {
        if (!execDirectOnce(m_db, statement, &error)) {
            QSqlQuery rollback(m_db);
            rollback.exec(u"ROLLBACK"_s);
            raiseFor(m_db, error, statement);
        }
    }
    ++t_openTransactions;
}

Transaction::~Transaction()
{
    --t_openTransactions;
    if (!m_done) {
        QSqlQuery rollback(m_db);
        if (!rollback.exec(u"ROLLBACK"_s))
            qCWarning(lcSql) << "rollback failed:" << rollback.lastError().text();
    }
}

void Transaction::commit()
{
    execDirect(m_db, u"COMMIT"_s);
    m_done = true;
}

void execDirect(QSqlDatabase db, const QString &statement)
{
    QSqlError error;
    if (!execDirectOnce(db, statement, &error))
        raiseFor(db, error, statement);
}

QVariant nullableInteger(const std::optional<qint64> &value)
{
    return value ? QVariant::fromValue(*value) : QVariant(QMetaType::fromType<qint64>());
}

} // namespace keyward::server
