// SPDX-License-Identifier: GPL-3.0-or-later
#include "database.h"

#include "http/apierror.h"

#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcDatabase, "keyward.server.database")

namespace keyward::server {

QAtomicInteger<int> Database::s_instances;

Expected<DatabaseConfig, QString> DatabaseConfig::parse(const QString &spec)
{
    if (spec.startsWith(u"postgresql:"_s) || spec.startsWith(u"postgres:"_s))
        return u"PostgreSQL is not supported by this version of keyward-server yet; use sqlite:PATH."_s;
    QString path = spec;
    if (path.startsWith(u"sqlite:"_s))
        path = path.mid(7);
    if (path.isEmpty())
        return u"The database path is empty; give --database sqlite:PATH."_s;
    if (path.contains(u"://"_s))
        return u"Unknown database URL '%1'; give sqlite:PATH or a file path."_s.arg(spec);
    DatabaseConfig config;
    config.sqlitePath = QFileInfo(path).absoluteFilePath();
    return config;
}

Database::Database(DatabaseConfig config)
    : m_config(std::move(config))
    , m_instance(s_instances.fetchAndAddRelaxed(1))
{}

namespace {
/// Closes and removes the connections a thread opened, on that thread, when
/// it ends: Qt SQL connections must be closed by the thread that uses them.
struct ThreadConnections
{
    QStringList names;
    ~ThreadConnections()
    {
        for (const QString &name : std::as_const(names)) {
            QSqlDatabase::database(name, false).close();
            QSqlDatabase::removeDatabase(name);
        }
    }
};
thread_local ThreadConnections t_connections;
} // namespace

Database::~Database()
{
    // Worker threads remove their own connections when they end (the pool is
    // gone before the Database); this thread's goes now.
    const QString name = connectionName();
    if (QSqlDatabase::contains(name)) {
        QSqlDatabase::database(name, false).close();
        QSqlDatabase::removeDatabase(name);
        t_connections.names.removeAll(name);
    }
}

QString Database::connectionName() const
{
    return u"keyward-%1-%2"_s.arg(m_instance)
        .arg(reinterpret_cast<quintptr>(QThread::currentThread()));
}

QString Database::beginWriteStatement() const
{
    return u"BEGIN IMMEDIATE"_s;
}

QSqlDatabase Database::connection()
{
    const QString name = connectionName();
    if (QSqlDatabase::contains(name)) {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isOpen())
            return db;
    }
    const bool known = QSqlDatabase::contains(name);
    QSqlDatabase db =
        known ? QSqlDatabase::database(name, false) : QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
    if (!known)
        t_connections.names.append(name);
    db.setDatabaseName(m_config.sqlitePath);
    // The busy timeout makes a writer wait for another writer's lock instead
    // of failing at once.
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=10000"_s);
    if (!db.open()) {
        qCWarning(lcDatabase) << "cannot open" << m_config.sqlitePath << db.lastError().text();
        throw ApiError::unavailable(u"The database cannot be opened; try again later."_s);
    }
    QSqlQuery pragma(db);
    for (const QString &statement : {u"PRAGMA journal_mode=WAL"_s, u"PRAGMA foreign_keys=ON"_s,
                                     u"PRAGMA synchronous=NORMAL"_s}) {
        if (!pragma.exec(statement))
            qCWarning(lcDatabase) << "pragma failed:" << statement << pragma.lastError().text();
    }
    return db;
}

} // namespace keyward::server
