// SPDX-License-Identifier: GPL-3.0-or-later
#include "sql.h"

#include "database.h"
#include "http/apierror.h"

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

SqlQuery::SqlQuery(QSqlDatabase db, const QString &statement)
    : m_query(db)
    , m_statement(statement)
{
    m_query.setForwardOnly(true);
    if (m_query.prepare(statement))
        return;
    if (reconnectAfterLoss(db, m_query.lastError())) {
        m_query = QSqlQuery(db);
        m_query.setForwardOnly(true);
        if (m_query.prepare(statement))
            return;
    }
    raise(m_query.lastError(), statement, const_cast<QSqlDriver *>(m_query.driver()));
}

SqlQuery &SqlQuery::bind(const QString &placeholder, const QVariant &value)
{
    m_query.bindValue(placeholder, value);
    return *this;
}

SqlQuery &SqlQuery::exec()
{
    if (!m_query.exec())
        raise(m_query.lastError(), m_statement, const_cast<QSqlDriver *>(m_query.driver()));
    return *this;
}

qint64 SqlQuery::scalarInteger()
{
    if (!m_query.next()) {
        qCWarning(lcSql).noquote() << "expected a row from:" << m_statement.simplified();
        throw ApiError::internal(u"The server's database gave an unexpected answer."_s);
    }
    const qint64 value = m_query.value(0).toLongLong();
    // An unfinished statement (e.g. INSERT … RETURNING) keeps SQLite from
    // committing the surrounding transaction ("SQL statements in progress").
    m_query.finish();
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
