// SPDX-License-Identifier: GPL-3.0-or-later
// --database: SQLite paths and PostgreSQL URLs, and the refusal of passwords
// on the command line (visible to every user through `ps`).
#include "storage/database.h"

#include <QTest>

using namespace Qt::StringLiterals;
using keyward::server::DatabaseConfig;

class TestDatabaseConfig final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sqlitePathsAndPrefix()
    {
        const auto bare = DatabaseConfig::parse(u"/var/lib/keyward/k.sqlite"_s);
        QVERIFY(bare);
        QCOMPARE(bare->driver, DatabaseConfig::Driver::Sqlite);
        QCOMPARE(bare->sqlitePath, u"/var/lib/keyward/k.sqlite"_s);
        const auto prefixed = DatabaseConfig::parse(u"sqlite:/tmp/x.db"_s);
        QVERIFY(prefixed);
        QCOMPARE(prefixed->sqlitePath, u"/tmp/x.db"_s);
        QCOMPARE(prefixed->displayName(), u"sqlite:/tmp/x.db"_s);
        QVERIFY(!DatabaseConfig::parse(u"sqlite:"_s));
        QVERIFY(!DatabaseConfig::parse(u"mysql://db/keyward"_s));
    }

    void postgresUrls_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("database");
        QTest::addColumn<QString>("options");
        QTest::newRow("full") << u"postgresql://kw@db.example.com:6432/keyward"_s
                              << u"db.example.com"_s << 6432 << u"kw"_s << u"keyward"_s
                              << QString();
        QTest::newRow("postgres scheme, default port")
            << u"postgres://kw@127.0.0.1/k"_s << u"127.0.0.1"_s << -1 << u"kw"_s << u"k"_s
            << QString();
        QTest::newRow("libpq options")
            << u"postgresql://kw@h/k?sslmode=verify-full&connect_timeout=5"_s << u"h"_s << -1
            << u"kw"_s << u"k"_s << u"sslmode=verify-full;connect_timeout=5"_s;
        QTest::newRow("unix socket")
            << u"postgresql:///k?host=/run/postgresql"_s << u"/run/postgresql"_s << -1 << QString()
            << u"k"_s << QString();
    }

    void postgresUrls()
    {
        QFETCH(QString, spec);
        const auto config = DatabaseConfig::parse(spec);
        QVERIFY2(config, qPrintable(config ? QString() : config.error()));
        QCOMPARE(config->driver, DatabaseConfig::Driver::Postgresql);
        QTEST(config->host, "host");
        QTEST(config->port, "port");
        QTEST(config->user, "user");
        QTEST(config->databaseName, "database");
        QTEST(config->connectOptions, "options");
        QVERIFY(config->password.isEmpty());
    }

    void passwordsInTheUrlAreRefused()
    {
        for (const QString &spec :
             {u"postgresql://kw:secret@h/k"_s, u"postgresql://kw@h/k?password=secret"_s}) {
            const auto config = DatabaseConfig::parse(spec);
            QVERIFY(!config);
            QVERIFY2(config.error().contains(u"PGPASSWORD"_s), qPrintable(config.error()));
            QVERIFY(!config.error().contains(u"secret"_s));
        }
    }

    void malformedUrlsAreRefused()
    {
        QVERIFY(!DatabaseConfig::parse(u"postgresql://kw@h/"_s));
        QVERIFY(!DatabaseConfig::parse(u"postgresql://kw@h/a/b"_s));
        // ';' separates libpq options in what Qt hands over: no smuggling.
        QVERIFY(!DatabaseConfig::parse(u"postgresql://kw@h/k?sslmode=disable;password%3Dx"_s));
        QVERIFY(!DatabaseConfig::parse(u"postgresql://kw@h/k?Bad-Key=1"_s));
    }

    void displayNameHasNoSecret()
    {
        auto config = DatabaseConfig::parse(u"postgresql://kw@h:5433/k"_s);
        QVERIFY(config);
        config->password = u"secret"_s;
        QCOMPARE(config->displayName(), u"postgresql://kw@h:5433/k"_s);
    }
};

QTEST_GUILESS_MAIN(TestDatabaseConfig)
#include "tst_databaseconfig.moc"
