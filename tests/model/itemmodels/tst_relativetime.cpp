// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/relativetime.h"

#include <QTest>

using namespace Qt::StringLiterals;
using keyward::RelativeTime;

namespace {

const QDateTime now = QDateTime(QDate(2026, 11, 22), QTime(12, 0), Qt::UTC);

} // namespace

class TestRelativeTime final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void text_data()
    {
        QTest::addColumn<qint64>("offsetSeconds");
        QTest::addColumn<QString>("expected");

        constexpr qint64 minute = 60;
        constexpr qint64 hour = 60 * minute;
        constexpr qint64 day = 24 * hour;
        QTest::newRow("same instant") << qint64(0) << u"just now"_s;
        QTest::newRow("44 s ahead") << qint64(44) << u"just now"_s;
        QTest::newRow("44 s ago") << qint64(-44) << u"just now"_s;
        QTest::newRow("45 s ahead") << qint64(45) << u"in 1 minute"_s;
        QTest::newRow("2 min ahead") << 2 * minute << u"in 2 minutes"_s;
        QTest::newRow("2 min 59 s ahead rounds down") << 3 * minute - 1 << u"in 2 minutes"_s;
        QTest::newRow("1 min ago") << -minute << u"1 minute ago"_s;
        QTest::newRow("59 min ago") << -59 * minute << u"59 minutes ago"_s;
        QTest::newRow("1 h ahead") << hour << u"in 1 hour"_s;
        QTest::newRow("3 h ago") << -3 * hour << u"3 hours ago"_s;
        QTest::newRow("23 h 59 min ahead") << day - minute << u"in 23 hours"_s;
        QTest::newRow("1 day ahead") << day << u"tomorrow"_s;
        QTest::newRow("1 day ago") << -day << u"yesterday"_s;
        QTest::newRow("6 days ahead") << 6 * day << u"in 6 days"_s;
        QTest::newRow("6 days 23 h ahead rounds down") << 7 * day - hour << u"in 6 days"_s;
        QTest::newRow("30 days ago") << -30 * day << u"30 days ago"_s;
        QTest::newRow("44 days ahead") << 44 * day << u"in 44 days"_s;
        QTest::newRow("45 days ahead") << 45 * day << u"in 1 month"_s;
        QTest::newRow("90 days ago") << -90 * day << u"3 months ago"_s;
        QTest::newRow("365 days ahead") << 365 * day << u"in 1 year"_s;
        QTest::newRow("3 years ago") << -3 * 365 * day << u"3 years ago"_s;
    }

    void text()
    {
        QFETCH(qint64, offsetSeconds);
        QFETCH(QString, expected);
        QCOMPARE(RelativeTime::text(now.addSecs(offsetSeconds), now), expected);
    }

    void timeZonesDoNotMatter()
    {
        // The same instant written in another zone is still "just now".
        const QDateTime elsewhere = now.toOffsetFromUtc(5 * 3600);
        QCOMPARE(RelativeTime::text(elsewhere, now), u"just now"_s);
        QCOMPARE(RelativeTime::text(now.addDays(6).toOffsetFromUtc(-7 * 3600), now),
                 u"in 6 days"_s);
    }

    void invalidTimesGiveNoText()
    {
        QVERIFY(RelativeTime::text(QDateTime(), now).isEmpty());
        QVERIFY(RelativeTime::text(now, QDateTime()).isEmpty());
        QVERIFY(RelativeTime::absoluteText(QDateTime()).isEmpty());
    }

    void absoluteTextIsLocalTime()
    {
        const QString text = RelativeTime::absoluteText(now);
        QVERIFY(!text.isEmpty());
        QCOMPARE(text, QLocale().toString(now.toLocalTime(), QLocale::LongFormat));
        QVERIFY2(text.contains(u"2026"_s), qPrintable(text));
    }
};

QTEST_GUILESS_MAIN(TestRelativeTime)
#include "tst_relativetime.moc"
