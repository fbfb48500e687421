// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/isotime.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace keyward;

class TestIsoTime : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formatsUtcWithMilliseconds()
    {
        const QDateTime t(QDate(2014, 10, 23), QTime(16, 32, 33, 324), Qt::UTC);
        QCOMPARE(formatIsoTime(t), u"2014-10-23T16:32:33.324Z"_s);
    }

    void formatsOtherZonesInUtc()
    {
        const QDateTime t(QDate(2014, 10, 23), QTime(18, 32, 33, 5), Qt::OffsetFromUTC, 2 * 3600);
        QCOMPARE(formatIsoTime(t), u"2014-10-23T16:32:33.005Z"_s);
    }

    void formatsInvalidAsEmpty() { QVERIFY(formatIsoTime(QDateTime()).isEmpty()); }

    void parsesValid_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDateTime>("expected");
        const QDateTime base(QDate(2014, 10, 23), QTime(16, 32, 33, 324), Qt::UTC);
        const QDateTime whole(QDate(2014, 10, 23), QTime(12, 49, 41), Qt::UTC);
        QTest::newRow("Z with ms") << u"2014-10-23T16:32:33.324Z"_s << base;
        QTest::newRow("Z without fraction") << u"2014-10-23T12:49:41Z"_s << whole;
        QTest::newRow("positive offset") << u"2014-10-23T18:32:33.324+02:00"_s << base;
        QTest::newRow("negative offset") << u"2014-10-23T11:02:33.324-05:30"_s << base;
        QTest::newRow("zero offset") << u"2014-10-23T12:49:41+00:00"_s << whole;
        QTest::newRow("one digit fraction")
            << u"2014-10-23T16:32:33.3Z"_s << base.addMSecs(300 - 324);
        QTest::newRow("microseconds truncated") << u"2014-10-23T16:32:33.324999Z"_s << base;
        QTest::newRow("lower-case t and z") << u"2014-10-23t16:32:33.324z"_s << base;
        QTest::newRow("day before in UTC") << u"2014-10-24T01:00:00+02:00"_s
                                           << QDateTime(QDate(2014, 10, 23), QTime(23, 0), Qt::UTC);
    }

    void parsesValid()
    {
        QFETCH(QString, text);
        QFETCH(QDateTime, expected);
        const auto parsed = parseIsoTime(text);
        QVERIFY(parsed.has_value());
        QCOMPARE(*parsed, expected);
        QCOMPARE(parsed->timeSpec(), Qt::UTC);
    }

    void refusesInvalid_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("no offset") << u"2014-10-23T16:32:33.324"_s;
        QTest::newRow("date only") << u"2014-10-23"_s;
        QTest::newRow("space separator") << u"2014-10-23 16:32:33Z"_s;
        QTest::newRow("offset without colon") << u"2014-10-23T16:32:33+0200"_s;
        QTest::newRow("hour offset only") << u"2014-10-23T16:32:33+02"_s;
        QTest::newRow("bad month") << u"2014-13-23T16:32:33Z"_s;
        QTest::newRow("bad day") << u"2014-02-30T16:32:33Z"_s;
        QTest::newRow("bad hour") << u"2014-10-23T24:00:00Z"_s;
        QTest::newRow("bad minute") << u"2014-10-23T16:60:00Z"_s;
        QTest::newRow("leap second") << u"2014-10-23T16:32:60Z"_s;
        QTest::newRow("bad offset hour") << u"2014-10-23T16:32:33+24:00"_s;
        QTest::newRow("bad offset minute") << u"2014-10-23T16:32:33+02:60"_s;
        QTest::newRow("empty fraction") << u"2014-10-23T16:32:33.Z"_s;
        QTest::newRow("trailing text") << u"2014-10-23T16:32:33Z "_s;
        QTest::newRow("epoch number") << u"1414081953"_s;
        QTest::newRow("garbage") << u"yesterday"_s;
    }

    void refusesInvalid()
    {
        QFETCH(QString, text);
        QVERIFY(!parseIsoTime(text).has_value());
    }

    void roundTrips()
    {
        const QDateTime t(QDate(2030, 1, 2), QTime(3, 4, 5, 678), Qt::UTC);
        QCOMPARE(parseIsoTime(formatIsoTime(t)), std::optional<QDateTime>(t));
    }
};

QTEST_APPLESS_MAIN(TestIsoTime)
#include "tst_isotime.moc"
