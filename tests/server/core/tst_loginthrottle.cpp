// SPDX-License-Identifier: GPL-3.0-or-later
#include "security/loginthrottle.h"

#include <QTest>

using namespace Qt::StringLiterals;
using keyward::server::LoginThrottle;

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
};

QTEST_GUILESS_MAIN(TestLoginThrottle)
#include "tst_loginthrottle.moc"
