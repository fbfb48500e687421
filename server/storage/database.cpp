// SPDX-License-Identifier: GPL-3.0-or-later
#include "database.h"

#include "http/apierror.h"
#include "statementcache.h"

#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QMutex>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUrl>
#include <QUrlQuery>

#include <map>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcDatabase, "keyward.server.database")

namespace keyward::server {

QAtomicInteger<int> Database::s_instances;

namespace {
Expected<DatabaseConfig, QString> parsePostgresUrl(const QString &spec)
{
    const QUrl url(spec, QUrl::StrictMode);
    if (!url.isValid())
        return u"The database URL '%1' is not a valid URL: %2"_s.arg(spec, url.errorString());
    if (!url.password().isEmpty())
        return u"The database URL carries a password, which every user of this machine could "
               "read in the process list; give it in PGPASSWORD, ~/.pgpass or "
               "--database-password-file instead."_s;
    DatabaseConfig config;
    config.driver = DatabaseConfig::Driver::Postgresql;
    config.host = url.host();
    config.port = url.port(-1);
    config.user = url.userName();
    config.databaseName = url.path().mid(1);
    if (config.databaseName.isEmpty() || config.databaseName.contains(u'/'))
        return u"The database URL '%1' names no database; give postgresql://USER@HOST:PORT/DBNAME."_s
            .arg(url.toDisplayString());
    QStringList options;
    const auto items = QUrlQuery(url).queryItems(QUrl::FullyDecoded);
    for (const auto &[key, value] : items) {
        if (key == u"password"_s)
            return u"The database URL carries a password, which every user of this machine could "
                   "read in the process list; give it in PGPASSWORD, ~/.pgpass or "
                   "--database-password-file instead."_s;
        // libpq keywords are plain identifiers; anything else would smuggle
        // extra options through the ';'-separated list Qt hands to libpq.
        static const QRegularExpression keyword(u"^[a-z_]+$"_s);
        if (!keyword.match(key).hasMatch() || value.contains(u';'))
            return u"The database URL option '%1' is not a libpq connection option."_s.arg(key);
        if (key == u"host"_s) // a Unix socket directory: postgresql:///db?host=/run/postgresql
            config.host = value;
        else
            options.append(key + u'=' + value);
    }
    config.connectOptions = options.join(u';');
    return config;
}
} // namespace

Expected<DatabaseConfig, QString> DatabaseConfig::parse(const QString &spec)
{
    if (spec.startsWith(u"postgresql://"_s) || spec.startsWith(u"postgres://"_s))
        return parsePostgresUrl(spec);
    QString path = spec;
    if (path.startsWith(u"sqlite:"_s))
        path = path.mid(7);
    if (path.isEmpty())
        return u"The database path is empty; give --database sqlite:PATH."_s;
    if (path.contains(u"://"_s))
        return u"Unknown database URL '%1'; give sqlite:PATH, a file path or "
               "postgresql://USER@HOST:PORT/DBNAME."_s.arg(spec);
    DatabaseConfig config;
    config.sqlitePath = QFileInfo(path).absoluteFilePath();
    return config;
}

QString DatabaseConfig::displayName() const
{
    if (driver == Driver::Sqlite)
        return u"sqlite:"_s + sqlitePath;
    QUrl url;
    url.setScheme(u"postgresql"_s);
    url.setUserName(user);
    if (!host.startsWith(u'/'))
        url.setHost(host);
    url.setPort(port);
    url.setPath(u"/"_s + databaseName);
    return url.toString();
}

namespace {
// A pool thread runs its thread_local destructors after QThread::wait() in the
// pool's destructor has returned, so they can still be running while main()
// returns and exit() destroys Qt SQL's connection registry ("free(): invalid
// pointer" at shutdown). They touch Qt SQL only while a Database lives, under
// this mutex; ~Database takes it and removes every connection of its own.
// QBasicMutex: constant-initialised and never destroyed, safe during exit.
Q_CONSTINIT QBasicMutex s_lifetimeMutex;
int s_liveDatabases = 0; // guarded by s_lifetimeMutex

/// Closes and removes the connections a thread opened, on that thread, when
/// it ends: Qt SQL connections must be closed by the thread that uses them.
struct ThreadConnections
{
    QStringList names;
    /// Per connection name; a std::map so references stay valid while other
    /// connections' caches come and go.
    std::map<QString, StatementCache> statements;
    ~ThreadConnections()
    {
        QMutexLocker lock(&s_lifetimeMutex);
        // Cached statements go before their connections close, and under the
        // lock, since ~Database may be tearing down the drivers right now.
        statements.clear();
        if (s_liveDatabases == 0)
            return; // ~Database removed them; the registry may be gone
        for (const QString &name : std::as_const(names)) {
            if (!QSqlDatabase::contains(name))
                continue;
            QSqlDatabase::database(name, false).close();
            QSqlDatabase::removeDatabase(name);
        }
    }
};
thread_local ThreadConnections t_connections;
} // namespace

Database::Database(DatabaseConfig config)
    : m_config(std::move(config))
    , m_instance(s_instances.fetchAndAddRelaxed(1))
{
    QMutexLocker lock(&s_lifetimeMutex);
    ++s_liveDatabases;
}

Database::~Database()
{
    QMutexLocker lock(&s_lifetimeMutex);
    // This thread's connection is closed here; worker threads have ended (the
    // pool is gone before the Database), and whatever connection one of them
    // did not remove yet is removed with the rest of this instance's.
    const QString own = connectionName();
    if (QSqlDatabase::contains(own)) {
        forgetThreadStatements(own);
        QSqlDatabase::database(own, false).close();
        t_connections.names.removeAll(own);
    }
    const QString prefix = u"keyward-%1-"_s.arg(m_instance);
    const QStringList names = QSqlDatabase::connectionNames();
    for (const QString &name : names) {
        if (name.startsWith(prefix))
            QSqlDatabase::removeDatabase(name);
    }
    --s_liveDatabases;
}

QString Database::connectionName() const
{
    return u"keyward-%1-%2"_s.arg(m_instance)
        .arg(reinterpret_cast<quintptr>(QThread::currentThread()));
}

QStringList Database::beginWriteStatements() const
{
    if (m_config.driver == DatabaseConfig::Driver::Sqlite)
        return {u"BEGIN IMMEDIATE"_s};
    // SQLite's BEGIN IMMEDIATE serialises all writers, and every
    // check-then-write in the handlers relies on that: the 3-token cap ("two
    // concurrent creates at 2 tokens: exactly one succeeds"), "the last token
    // cannot be deleted", "an organization with teams cannot be deleted",
    // schema migrations by several processes starting at once. PostgreSQL gets
    // the same guarantee from one transaction-scoped advisory lock shared by
    // every keyward-server process on the database, taken before the
    // transaction's first read; READ COMMITTED then shows each statement every
    // change committed before the lock was granted. We chose this over
    // SERIALIZABLE with retries (every handler would have to become a
    // re-runnable closure, and a retry re-sends mails and re-signs tokens) and
    // over per-owner SELECT ... FOR UPDATE (each invariant would need its own,
    // correctly chosen lock row, and a forgotten one is a silent race). The
    // price is the one SQLite pays anyway: one writer at a time; reads never
    // wait. The number is "keyward" in ASCII, so other applications sharing
    // the database are unlikely to collide with it.
    return {u"BEGIN"_s, u"SELECT pg_advisory_xact_lock(30229394876363364)"_s};
}

StatementCache &threadStatementCache(const QSqlDatabase &db)
{
    return t_connections.statements[db.connectionName()];
}

void forgetThreadStatements(const QString &connectionName)
{
    t_connections.statements.erase(connectionName);
}

bool openConnection(QSqlDatabase &db)
{
    // Statements prepared on the previous session of this connection died
    // with it (a PostgreSQL server forgets them; SQLite finalised them).
    forgetThreadStatements(db.connectionName());
    if (!db.open())
        return false;
    const bool sqlite = db.driverName() == u"QSQLITE"_s;
    QSqlQuery setup(db);
    // synchronous=FULL: with WAL, NORMAL already survives a killed process
    // (the WAL frames are in the OS cache before COMMIT returns), but a power
    // loss or kernel crash could drop the last acknowledged transactions, and
    // a lost revocation would bring a revoked token back. FULL syncs the WAL
    // on every commit, so an acknowledged write is on disk.
    const QStringList statements =
        sqlite ? QStringList{u"PRAGMA journal_mode=WAL"_s, u"PRAGMA foreign_keys=ON"_s,
                             u"PRAGMA synchronous=FULL"_s}
               // NOTICEs (e.g. "relation already exists, skipping") would
               // only clutter the server's log.
               : QStringList{u"SET TIME ZONE 'UTC'"_s, u"SET client_min_messages = warning"_s};
    for (const QString &statement : statements) {
        if (!setup.exec(statement))
            qCWarning(lcDatabase) << "setup failed:" << statement << setup.lastError().text();
    }
    return true;
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
    const bool sqlite = m_config.driver == DatabaseConfig::Driver::Sqlite;
    QSqlDatabase db = known ? QSqlDatabase::database(name, false)
                            : QSqlDatabase::addDatabase(sqlite ? u"QSQLITE"_s : u"QPSQL"_s, name);
    if (!known)
        t_connections.names.append(name);
    if (sqlite) {
        db.setDatabaseName(m_config.sqlitePath);
        // The busy timeout makes a writer wait for another writer's lock
        // instead of failing at once.
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=10000"_s);
    } else {
        db.setHostName(m_config.host);
        db.setPort(m_config.port);
        db.setUserName(m_config.user);
        // Empty: libpq falls back to PGPASSWORD and ~/.pgpass.
        db.setPassword(m_config.password);
        db.setDatabaseName(m_config.databaseName);
        QString options = m_config.connectOptions;
        if (!options.contains(u"application_name="_s))
            options += (options.isEmpty() ? u""_s : u";"_s) + u"application_name=keyward-server"_s;
        db.setConnectOptions(options);
    }
    if (!openConnection(db)) {
        qCWarning(lcDatabase).noquote()
            << "cannot open" << m_config.displayName() << db.lastError().text();
        throw ApiError::unavailable(u"The database cannot be opened; try again later."_s);
    }
    return db;
}

} // namespace keyward::server
