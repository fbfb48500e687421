// SPDX-License-Identifier: GPL-3.0-or-later
// SqlQuery's per-connection prepared-statement cache: statements are reused,
// never left open (an open SELECT would keep SQLite's read snapshot and make
// the next BEGIN IMMEDIATE fail), independent when the same text is nested,
// bounded, and forgotten when the connection is opened again. Runs on SQLite,
// and on PostgreSQL when the postgresql fixture gives a database.
#include "http/apierror.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "storage/statementcache.h"

#include <QFile>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace keyward::server;

class TestStatementCache final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    DatabaseConfig m_config;
    bool m_postgres = false;
    std::unique_ptr<Database> m_database;

    static QString postgresUrl()
    {
        const QString file = qEnvironmentVariable("KEYWARD_TEST_POSTGRES_URL_FILE");
        if (file.isEmpty())
            return {};
        QFile input(file);
        if (!input.open(QIODevice::ReadOnly))
            qFatal("KEYWARD_TEST_POSTGRES_URL_FILE cannot be read");
        return QString::fromUtf8(input.readAll()).trimmed();
    }

    /// A table of its own per test function: the PostgreSQL database is shared.
    QString createTable()
    {
        const QString name =
            u"stmtcache_%1"_s.arg(QRandomGenerator::global()->generate64() % 1000000000000ULL);
        Transaction tx(*m_database);
        execDirect(tx.db(), u"CREATE TABLE %1 (id INTEGER NOT NULL UNIQUE, name TEXT)"_s.arg(name));
        tx.commit();
        return name;
    }

    void insertRow(Database &database, const QString &table, int id)
    {
        Transaction tx(database);
        SqlQuery(tx.db(), u"INSERT INTO %1 (id, name) VALUES (:id, :name)"_s.arg(table))
            .bind(u":id"_s, id)
            .bind(u":name"_s, u"n%1"_s.arg(id))
            .exec();
        tx.commit();
    }

    qint64 countRows(const QString &table)
    {
        return SqlQuery(m_database->connection(), u"SELECT COUNT(*) FROM %1"_s.arg(table))
            .exec()
            .scalarInteger();
    }

    int cacheSize() { return threadStatementCache(m_database->connection()).size(); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString url = postgresUrl();
        m_postgres = !url.isEmpty();
        auto config = DatabaseConfig::parse(m_postgres ? url : m_dir.filePath(u"cache.db"_s));
        QVERIFY2(config, qPrintable(config ? QString() : config.error()));
        m_config = *config;
        m_database = std::make_unique<Database>(m_config);
    }

    void cleanupTestCase() { m_database.reset(); }

    void reusesPreparedStatements()
    {
        const QString table = createTable();
        const int before = cacheSize();
        insertRow(*m_database, table, 1);
        const int afterFirst = cacheSize();
        QVERIFY(afterFirst > before);
        insertRow(*m_database, table, 2);
        insertRow(*m_database, table, 3);
        QCOMPARE(cacheSize(), afterFirst);
        QCOMPARE(countRows(table), 3);

        // Each run sees its own bound values, not the previous run's rows.
        for (int id = 1; id <= 3; ++id) {
            SqlQuery select(m_database->connection(),
                            u"SELECT name FROM %1 WHERE id = :id"_s.arg(table));
            select.bind(u":id"_s, id).exec();
            QVERIFY(select.next());
            QCOMPARE(select.value(0).toString(), u"n%1"_s.arg(id));
            QVERIFY(!select.next());
        }
    }

    void partlyReadSelectLeavesNoSnapshot()
    {
        const QString table = createTable();
        insertRow(*m_database, table, 1);
        insertRow(*m_database, table, 2);
        {
            // Reads one row of two: the statement is still stepping when the
            // SqlQuery ends, and must be reset before it goes back to the cache.
            SqlQuery select(m_database->connection(),
                            u"SELECT id FROM %1 ORDER BY id"_s.arg(table));
            select.exec();
            QVERIFY(select.next());
            QCOMPARE(select.value(0).toInt(), 1);
        }
        // Another connection (on SQLite another Database instance is another
        // connection on this thread) commits in the meantime.
        Database other(m_config);
        insertRow(other, table, 3);
        // On SQLite a snapshot kept by the cached SELECT would make this
        // BEGIN IMMEDIATE fail with SQLITE_BUSY_SNAPSHOT (thrown as 503).
        try {
            insertRow(*m_database, table, 4);
        } catch (const ApiError &error) {
            QFAIL(qPrintable(u"a write after a partly read SELECT failed: "_s + error.detail()));
        }
        SqlQuery select(m_database->connection(), u"SELECT id FROM %1 ORDER BY id"_s.arg(table));
        select.exec();
        QList<int> ids;
        while (select.next())
            ids.append(select.value(0).toInt());
        QCOMPARE(ids, (QList<int>{1, 2, 3, 4}));
    }

    void sameTextNestedIsIndependent()
    {
        const QString table = createTable();
        for (int id = 1; id <= 3; ++id)
            insertRow(*m_database, table, id);
        const QString text = u"SELECT id FROM %1 WHERE id >= :min ORDER BY id"_s.arg(table);
        SqlQuery outer(m_database->connection(), text);
        outer.bind(u":min"_s, 1).exec();
        // Read to the end first: QPSQL cannot step two forward-only results
        // of one connection at once, cached or not. The outer statement stays
        // in use, so each inner one must be a statement of its own.
        QList<int> outerIds;
        while (outer.next())
            outerIds.append(outer.value(0).toInt());
        QCOMPARE(outerIds, (QList<int>{1, 2, 3}));
        QList<int> pairs;
        for (int id : std::as_const(outerIds)) {
            SqlQuery inner(m_database->connection(), text);
            inner.bind(u":min"_s, id).exec();
            int count = 0;
            while (inner.next())
                ++count;
            pairs.append(id * 10 + count);
        }
        // The outer query's own bound value and result are untouched.
        outer.exec();
        QVERIFY(outer.next());
        QCOMPARE(outer.value(0).toInt(), 1);
        QCOMPARE(pairs, (QList<int>{13, 22, 31}));
        // A third user after both ended gets the cached statement, working.
        SqlQuery again(m_database->connection(), text);
        again.bind(u":min"_s, 3).exec();
        QVERIFY(again.next());
        QCOMPARE(again.value(0).toInt(), 3);
    }

    void failedRunLeavesStatementUsable()
    {
        const QString table = createTable();
        insertRow(*m_database, table, 1);
        bool conflict = false;
        try {
            insertRow(*m_database, table, 1);
        } catch (const ApiError &error) {
            conflict = error.kind() == ErrorKind::Conflict;
        }
        QVERIFY(conflict);
        insertRow(*m_database, table, 2);
        QCOMPARE(countRows(table), 2);
    }

    void isBounded()
    {
        const int extra = 20;
        for (int i = 0; i < StatementCache::Capacity + extra; ++i) {
            SqlQuery query(m_database->connection(), u"SELECT %1 + :x"_s.arg(i));
            query.bind(u":x"_s, 1).exec();
            QVERIFY(query.next());
            QCOMPARE(query.value(0).toInt(), i + 1);
            QVERIFY(cacheSize() <= StatementCache::Capacity);
        }
        QCOMPARE(cacheSize(), StatementCache::Capacity);
        // The most recent ones are still cached and still answer.
        const int before = cacheSize();
        SqlQuery recent(m_database->connection(),
                        u"SELECT %1 + :x"_s.arg(StatementCache::Capacity + extra - 1));
        recent.bind(u":x"_s, 2).exec();
        QVERIFY(recent.next());
        QCOMPARE(recent.value(0).toInt(), StatementCache::Capacity + extra + 1);
        QCOMPARE(cacheSize(), before);
    }

    void reopenedConnectionStartsEmpty()
    {
        const QString table = createTable();
        insertRow(*m_database, table, 1);
        QVERIFY(cacheSize() > 0);
        // What a lost PostgreSQL connection leads to: closed, then opened
        // again by the next connection() call.
        m_database->connection().close();
        QCOMPARE(threadStatementCache(m_database->connection()).size(), 0);
        insertRow(*m_database, table, 2);
        QCOMPARE(countRows(table), 2);
    }
};

QTEST_GUILESS_MAIN(TestStatementCache)
#include "tst_statementcache.moc"
