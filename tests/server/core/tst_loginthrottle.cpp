// SPDX-License-Identifier: GPL-3.0-or-later
#include "security/loginthrottle.h"
#include "storage/database.h"
#include "storage/schema.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using keyward::server::Database;
using keyward::server::DatabaseConfig;
using keyward::server::LoginThrottle;

namespace {
/// A Database on \p path as one keyward-server process opens it.
std::unique_ptr<Database> openDatabase(const QString &path)
{
    DatabaseConfig config;
    config.sqlitePath = path;
    auto database = std::make_unique<Database>(config);
    keyward::server::migrateSchema(*database);
    return database;
}
} // namespace

class TestLoginThrottle final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void accountLimit()
    {
        LoginThrottle throttle({3, 100, 900});
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(throttle.secondsUntilAllowed(u"a@x"_s, u"10.0.0.1"_s), 0);
            throttle.recordFailure(u"a@x"_s, u"10.0.0.1"_s);
        }
        const qint64 wait = throttle.secondsUntilAllowed(u"a@x"_s, u"10.0.0.2"_s);
        QVERIFY2(wait > 0 && wait <= 900, qPrintable(QString::number(wait)));
        // Another account from the same address is not affected by a's failures.
        QCOMPARE(throttle.secondsUntilAllowed(u"b@x"_s, u"10.0.0.1"_s), 0);
    }

    void addressLimitCatchesSprayingOverAccounts()
    {
        LoginThrottle throttle({100, 4, 900});
        for (int i = 0; i < 4; ++i)
            throttle.recordFailure(u"user%1@x"_s.arg(i), u"10.0.0.9"_s);
        QVERIFY(throttle.secondsUntilAllowed(u"fresh@x"_s, u"10.0.0.9"_s) > 0);
        QCOMPARE(throttle.secondsUntilAllowed(u"fresh@x"_s, u"10.0.0.10"_s), 0);
    }

    void successClearsTheAccountButNotTheAddress()
    {
        LoginThrottle throttle({2, 3, 900});
        throttle.recordFailure(u"a@x"_s, u"10.0.0.1"_s);
        throttle.recordFailure(u"a@x"_s, u"10.0.0.1"_s);
        QVERIFY(throttle.secondsUntilAllowed(u"a@x"_s, u"10.0.0.2"_s) > 0);
        throttle.recordSuccess(u"a@x"_s);
        QCOMPARE(throttle.secondsUntilAllowed(u"a@x"_s, u"10.0.0.2"_s), 0);
        throttle.recordFailure(u"c@x"_s, u"10.0.0.1"_s);
        QVERIFY(throttle.secondsUntilAllowed(u"d@x"_s, u"10.0.0.1"_s) > 0);
    }

    void failuresLeaveTheWindow()
    {
        LoginThrottle throttle({1, 100, 1});
        throttle.recordFailure(u"a@x"_s, u"10.0.0.1"_s);
        QVERIFY(throttle.secondsUntilAllowed(u"a@x"_s, u"10.0.0.1"_s) > 0);
        QTRY_COMPARE_WITH_TIMEOUT(throttle.secondsUntilAllowed(u"a@x"_s, u"10.0.0.1"_s), 0, 5000);
    }

    // The stored variant: two Database objects on one file stand for two
    // processes (tests/server/multiprocess runs real ones).
    void storedFailuresAreSharedByEveryInstance()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"shared.sqlite"_s);
        auto firstDatabase = openDatabase(path);
        auto secondDatabase = openDatabase(path);
        LoginThrottle first(*firstDatabase, {4, 6, 900});
        LoginThrottle second(*secondDatabase, {4, 6, 900});

        first.recordFailure(u"a@x"_s, u"10.0.0.1"_s);
        second.recordFailure(u"a@x"_s, u"10.0.0.1"_s);
        first.recordFailure(u"a@x"_s, u"10.0.0.1"_s);
        QCOMPARE(second.secondsUntilAllowed(u"a@x"_s, u"10.0.0.2"_s), 0);
        second.recordFailure(u"a@x"_s, u"10.0.0.1"_s);
        for (LoginThrottle *throttle : {&first, &second}) {
            const qint64 wait = throttle->secondsUntilAllowed(u"a@x"_s, u"10.0.0.2"_s);
            QVERIFY2(wait > 0 && wait <= 900, qPrintable(QString::number(wait)));
            QCOMPARE(throttle->secondsUntilAllowed(u"b@x"_s, u"10.0.0.2"_s), 0);
        }

        // A success through one clears the account for both, not the address.
        second.recordSuccess(u"a@x"_s);
        QCOMPARE(first.secondsUntilAllowed(u"a@x"_s, u"10.0.0.2"_s), 0);
        first.recordFailure(u"c@x"_s, u"10.0.0.1"_s);
        second.recordFailure(u"d@x"_s, u"10.0.0.1"_s);
        QVERIFY(first.secondsUntilAllowed(u"e@x"_s, u"10.0.0.1"_s) > 0);
        QCOMPARE(second.secondsUntilAllowed(u"e@x"_s, u"10.0.0.3"_s), 0);

        // Only digests are stored: not what was typed as the email, not the address.
        QSqlQuery query(firstDatabase->connection());
        QVERIFY(query.exec(u"SELECT COUNT(*) FROM login_failures WHERE subject LIKE '%@x%' "
                           "OR subject LIKE '%10.0.0%'"_s));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 0);
    }

    void storedFailuresLeaveTheWindow()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        auto database = openDatabase(dir.filePath(u"window.sqlite"_s));
        LoginThrottle throttle(*database, {1, 100, 1});
        throttle.recordFailure(u"a@x"_s, u"10.0.0.1"_s);
        QVERIFY(throttle.secondsUntilAllowed(u"a@x"_s, u"10.0.0.1"_s) > 0);
        QTRY_COMPARE_WITH_TIMEOUT(throttle.secondsUntilAllowed(u"a@x"_s, u"10.0.0.1"_s), 0, 5000);
    }
};

QTEST_GUILESS_MAIN(TestLoginThrottle)
#include "tst_loginthrottle.moc"
