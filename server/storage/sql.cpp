// SPDX-License-Identifier: GPL-3.0-or-later
#include "sql.h"

#include "database.h"
#include "http/apierror.h"

#include <QLoggingCategory>
#include <QSqlError>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcSql, "keyward.server.sql")

namespace keyward::server {

namespace {
[[noreturn]] void raise(const QSqlError &error, const QString &statement)
{
    const QString text = error.databaseText() + u' ' + error.driverText();
    const QString code = error.nativeErrorCode();
    // SQLite: 19 = SQLITE_CONSTRAINT (+ extended 2067 UNIQUE, 1555 PRIMARY KEY).
    if (text.contains(u"UNIQUE constraint failed"_s) || code == u"2067"_s || code == u"1555"_s)
        throw ApiError::conflict(u"That name or entry already exists."_s);
    qCWarning(lcSql).noquote() << "SQL failure" << code << text << "in:" << statement.simplified();
    // SQLITE_BUSY 5, SQLITE_LOCKED 6, SQLITE_READONLY 8, SQLITE_IOERR 10, SQLITE_FULL 13
    if (code == u"5"_s || code == u"6"_s || code == u"8"_s || code == u"10"_s || code == u"13"_s ||
        text.contains(u"locked"_s) || text.contains(u"readonly"_s) || text.contains(u"disk"_s))
        throw ApiError::unavailable(
            u"The database cannot take this change right now (busy, full or read-only); "
            "nothing was changed. Try again later."_s);
    throw ApiError::internal(u"The server failed to access its database; nothing was changed."_s);
}
} // namespace

SqlQuery::SqlQuery(QSqlDatabase db, const QString &statement)
    : m_query(db)
    , m_statement(statement)
{
    m_query.setForwardOnly(true);
    if (!m_query.prepare(statement))
        raise(m_query.lastError(), statement);
}

SqlQuery &SqlQuery::bind(const QString &placeholder, const QVariant &value)
{
    m_query.bindValue(placeholder, value);
    return *this;
}

SqlQuery &SqlQuery::exec()
{
    if (!m_query.exec())
        raise(m_query.lastError(), m_statement);
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
    SqlQuery(m_db, database.beginWriteStatement()).exec();
}

Transaction::~Transaction()
{
    if (!m_done) {
        QSqlQuery rollback(m_db);
        if (!rollback.exec(u"ROLLBACK"_s))
            qCWarning(lcSql) << "rollback failed:" << rollback.lastError().text();
    }
}

void Transaction::commit()
{
    SqlQuery(m_db, u"COMMIT"_s).exec();
    m_done = true;
}

QVariant nullableInteger(const std::optional<qint64> &value)
{
    return value ? QVariant::fromValue(*value) : QVariant(QMetaType::fromType<qint64>());
}

} // namespace keyward::server
