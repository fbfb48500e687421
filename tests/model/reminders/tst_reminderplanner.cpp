// SPDX-License-Identifier: GPL-3.0-or-later
#include "reminderfixtures.h"
#include "reminders/reminderplanner.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace keyward {

using test::expiringRecord;
using test::reminderNow;

class TestReminderPlanner final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void thresholdsArePerEnvironment();
    void thresholdBoundaryIsInclusive();
    void zeroMeansNever();
    void expiredTokensAreDue();
    void mostUrgentFirst();
    void rotationPolicyMakesOpaqueTokensDue();
    void idSeparatesAheadFromPassed();
    void summaryCountsEachBand();
    void summaryText();
    void notificationNamesTheTokens();
};

void TestReminderPlanner::thresholdsArePerEnvironment()
{
    // 20 days out: inside production's 30-day warning, outside development's 7.
    const QList<ExpiryRecord> records{expiringRecord(u"p"_s, Environment::Production, 20),
                                      expiringRecord(u"d"_s, Environment::Development, 20)};
    const QList<Reminder> due = ReminderPlanner::due(records, ReminderThresholds(), reminderNow);
    QCOMPARE(due.size(), 1);
    QCOMPARE(due.first().record.token.id, u"p"_s);
    QCOMPARE(due.first().state, ExpiryState::ExpiresWithin30Days);
}

void TestReminderPlanner::thresholdBoundaryIsInclusive()
{
    ReminderThresholds thresholds;
    thresholds.setDaysFor(Environment::Staging, 10);
    const QList<ExpiryRecord> records{
        expiringRecord(u"at"_s, Environment::Staging, 10),
        expiringRecord(u"after"_s, Environment::Staging, 10 + 1.0 / 86400)};
    const QList<Reminder> due = ReminderPlanner::due(records, thresholds, reminderNow);
    QCOMPARE(due.size(), 1);
    QCOMPARE(due.first().record.token.id, u"at"_s);

    // The clock moves on by a second and the other one is due as well.
    QCOMPARE(ReminderPlanner::due(records, thresholds, reminderNow.addSecs(1)).size(), 2);
}

void TestReminderPlanner::zeroMeansNever()
{
    ReminderThresholds thresholds;
    thresholds.setDaysFor(Environment::Development, 0);
    const QList<ExpiryRecord> records{expiringRecord(u"soon"_s, Environment::Development, 1),
                                      expiringRecord(u"gone"_s, Environment::Development, -5)};
    QVERIFY(ReminderPlanner::due(records, thresholds, reminderNow).isEmpty());
}

void TestReminderPlanner::expiredTokensAreDue()
{
    const QList<Reminder> due =
        ReminderPlanner::due({expiringRecord(u"gone"_s, Environment::Production, -400)},
                             ReminderThresholds(), reminderNow);
    QCOMPARE(due.size(), 1);
    QVERIFY(due.first().hasPassed());
    QCOMPARE(due.first().state, ExpiryState::Expired);
}

void TestReminderPlanner::mostUrgentFirst()
{
    const QList<ExpiryRecord> records{expiringRecord(u"c"_s, Environment::Production, 25),
                                      expiringRecord(u"a"_s, Environment::Production, -2),
                                      expiringRecord(u"never"_s, Environment::Production, {}),
                                      expiringRecord(u"b"_s, Environment::Production, 3)};
    const QList<Reminder> due = ReminderPlanner::due(records, ReminderThresholds(), reminderNow);
    QStringList order;
    for (const Reminder &reminder : due) {
        order << reminder.record.token.id;
    }
    QCOMPARE(order, (QStringList{u"a"_s, u"b"_s, u"c"_s}));
}

void TestReminderPlanner::rotationPolicyMakesOpaqueTokensDue()
{
    // No expiry, created 85 days ago; "rotate every 90 days" makes it due in 5.
    const ExpiryRecord opaque = expiringRecord(u"opaque"_s, Environment::Production, {}, 85);
    QVERIFY(ReminderPlanner::due({opaque}, ReminderThresholds(), reminderNow).isEmpty());

    const auto every90Days = [](const ExpiryRecord &) {
        return std::optional<int>(90);
    };
    const QList<Reminder> due =
        ReminderPlanner::due({opaque}, ReminderThresholds(), reminderNow, every90Days);
    QCOMPARE(due.size(), 1);
    QVERIFY(due.first().fromPolicy);
    QCOMPARE(due.first().deadline, opaque.token.created.addDays(90));
    QCOMPARE(due.first().state, ExpiryState::RotationDueWithin7Days);

    // A token with an expiry goes by its expiry, whatever the policy.
    const ExpiryRecord dated = expiringRecord(u"dated"_s, Environment::Production, 200, 85);
    QVERIFY(
        ReminderPlanner::due({dated}, ReminderThresholds(), reminderNow, every90Days).isEmpty());
}

void TestReminderPlanner::idSeparatesAheadFromPassed()
{
    const ExpiryRecord record = expiringRecord(u"t"_s, Environment::Production, 2);
    const QList<Reminder> before =
        ReminderPlanner::due({record}, ReminderThresholds(), reminderNow);
    const QList<Reminder> after =
        ReminderPlanner::due({record}, ReminderThresholds(), reminderNow.addDays(3));
    QCOMPARE(before.size(), 1);
    QCOMPARE(after.size(), 1);
    QVERIFY(!before.first().hasPassed());
    QVERIFY(after.first().hasPassed());
    QVERIFY(before.first().id() != after.first().id());
    // The same moment gives the same id, so the monitor can recognise it.
    QCOMPARE(
        ReminderPlanner::due({record}, ReminderThresholds(), reminderNow.addSecs(60)).first().id(),
        before.first().id());
}

void TestReminderPlanner::summaryCountsEachBand()
{
    const QList<ExpiryRecord> records{
        expiringRecord(u"e1"_s, Environment::Production, -1),
        expiringRecord(u"e2"_s, Environment::Development, -30),
        expiringRecord(u"w7"_s, Environment::Production, 6.5),
        expiringRecord(u"w30"_s, Environment::Production, 12),
        expiringRecord(u"later"_s, Environment::Production, 31),
        expiringRecord(u"never"_s, Environment::Production, {}, 100),
    };
    ExpirySummary summary = ReminderPlanner::summarize(records, reminderNow);
    QCOMPARE(summary.expired, 2);
    QCOMPARE(summary.within7Days, 1);
    QCOMPARE(summary.within30Days, 1);
    QCOMPARE(summary.rotationDue, 0);

    summary = ReminderPlanner::summarize(records, reminderNow,
                                         [](const ExpiryRecord &) { return std::optional(90); });
    QCOMPARE(summary.rotationDue, 1); // "never", 100 days old, is overdue
}

void TestReminderPlanner::summaryText()
{
    QVERIFY(ExpirySummary{}.isEmpty());
    QVERIFY(ExpirySummary{}.text().isEmpty());
    const ExpirySummary one{0, 3, 0, 0};
    QVERIFY2(one.text().contains(u"3"_s) && one.text().contains(u"7 days"_s),
             qPrintable(one.text()));
    const ExpirySummary several{2, 3, 1, 0};
    const QString text = several.text();
    // Most urgent first, joined into one sentence.
    QVERIFY2(text.indexOf(u"expired"_s) < text.indexOf(u"7 days"_s), qPrintable(text));
    QVERIFY2(text.indexOf(u"7 days"_s) < text.indexOf(u"30 days"_s), qPrintable(text));
    QVERIFY2(text.endsWith(u'.'), qPrintable(text));
}

void TestReminderPlanner::notificationNamesTheTokens()
{
    QList<ExpiryRecord> records;
    for (int i = 0; i < 5; ++i) {
        records << expiringRecord(u"t%1"_s.arg(i), Environment::Production, i + 1);
    }
    const QList<Reminder> due = ReminderPlanner::due(records, ReminderThresholds(), reminderNow);
    QCOMPARE(due.size(), 5);
    const QString body = ReminderPlanner::notificationBody(due, reminderNow);
    QVERIFY2(body.contains(u"exporter t0"_s) && body.contains(u"acme"_s), qPrintable(body));
    QVERIFY2(!body.contains(u"exporter t4"_s), qPrintable(body)); // only the first three by name
    QVERIFY2(body.contains(u"2"_s), qPrintable(body));            // "and 2 more"
    QVERIFY(!ReminderPlanner::notificationTitle(due).isEmpty());
    QVERIFY(ReminderPlanner::notificationTitle({due.first()}) !=
            ReminderPlanner::notificationTitle(due));
}

} // namespace keyward

QTEST_GUILESS_MAIN(keyward::TestReminderPlanner)
#include "tst_reminderplanner.moc"
