// SPDX-License-Identifier: GPL-3.0-or-later
#include "reminderfixtures.h"
#include "reminders/remindermonitor.h"
#include "reminders/remindersettingkeys.h"
#include "reminders/reminderthresholds.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace keyward {

using test::expiringRecord;
using test::reminderNow;

class TestReminderMonitor final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void announcesEachReminderOnce();
    void rememberedAcrossRuns();
    void passingTheDeadlineAnnouncesAgain();
    void thresholdsComeFromTheSettings();
    void rememberedIdsAreBounded();
    void thresholdsRoundTripAndRejectNonsense();

private:
    std::unique_ptr<QSettings> openSettings() const
    {
        return std::make_unique<QSettings>(m_dir->filePath(u"keyward.ini"_s), QSettings::IniFormat);
    }
    std::unique_ptr<ReminderMonitor> monitorAt(QSettings *settings, QDateTime *now) const
    {
        auto monitor = std::make_unique<ReminderMonitor>(settings);
        monitor->setClock([now] { return *now; });
        return monitor;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestReminderMonitor::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestReminderMonitor::announcesEachReminderOnce()
{
    auto settings = openSettings();
    QDateTime now = reminderNow;
    auto monitor = monitorAt(settings.get(), &now);
    QSignalSpy due(monitor.get(), &ReminderMonitor::remindersDue);

    const QList<ExpiryRecord> records{expiringRecord(u"a"_s, Environment::Production, 3),
                                      expiringRecord(u"b"_s, Environment::Production, 90)};
    monitor->update(records);
    QCOMPARE(due.size(), 1);
    const auto first = due.takeFirst().at(0).value<QList<Reminder>>();
    QCOMPARE(first.size(), 1);
    QCOMPARE(first.first().record.token.id, u"a"_s);

    monitor->update(records); // an hour later, nothing new
    now = now.addSecs(3600);
    monitor->update(records);
    QCOMPARE(due.size(), 0);

    // b enters production's 30-day window 60 days later; a has expired by then.
    now = reminderNow.addDays(61);
    monitor->update(records);
    QCOMPARE(due.size(), 1);
    const auto second = due.takeFirst().at(0).value<QList<Reminder>>();
    QCOMPARE(second.size(), 2);
    QVERIFY(second.first().hasPassed()); // a, expired: the most urgent first
    QCOMPARE(second.last().record.token.id, u"b"_s);
}

void TestReminderMonitor::rememberedAcrossRuns()
{
    QDateTime now = reminderNow;
    const QList<ExpiryRecord> records{expiringRecord(u"a"_s, Environment::Staging, 1)};
    {
        auto settings = openSettings();
        auto monitor = monitorAt(settings.get(), &now);
        QSignalSpy due(monitor.get(), &ReminderMonitor::remindersDue);
        monitor->update(records);
        QCOMPARE(due.size(), 1);
    }
    auto settings = openSettings(); // the app started again
    auto monitor = monitorAt(settings.get(), &now);
    QSignalSpy due(monitor.get(), &ReminderMonitor::remindersDue);
    monitor->update(records);
    QCOMPARE(due.size(), 0);
}

void TestReminderMonitor::passingTheDeadlineAnnouncesAgain()
{
    auto settings = openSettings();
    QDateTime now = reminderNow;
    auto monitor = monitorAt(settings.get(), &now);
    QSignalSpy due(monitor.get(), &ReminderMonitor::remindersDue);
    const QList<ExpiryRecord> records{expiringRecord(u"a"_s, Environment::Production, 0.5)};
    monitor->update(records);
    now = now.addDays(1);
    monitor->update(records);
    monitor->update(records);
    QCOMPARE(due.size(), 2);
    QVERIFY(!due.at(0).at(0).value<QList<Reminder>>().first().hasPassed());
    QVERIFY(due.at(1).at(0).value<QList<Reminder>>().first().hasPassed());
}

void TestReminderMonitor::thresholdsComeFromTheSettings()
{
    auto settings = openSettings();
    QDateTime now = reminderNow;
    auto monitor = monitorAt(settings.get(), &now);
    QSignalSpy due(monitor.get(), &ReminderMonitor::remindersDue);
    const QList<ExpiryRecord> records{expiringRecord(u"dev"_s, Environment::Development, 20)};

    monitor->update(records); // development warns 7 days ahead by default
    QCOMPARE(due.size(), 0);

    ReminderThresholds thresholds = ReminderThresholds::read(*settings);
    thresholds.setDaysFor(Environment::Development, 21);
    thresholds.write(*settings);
    monitor->update(records);
    QCOMPARE(due.size(), 1);
}

void TestReminderMonitor::rememberedIdsAreBounded()
{
    auto settings = openSettings();
    QDateTime now = reminderNow;
    auto monitor = monitorAt(settings.get(), &now);
    QList<ExpiryRecord> records;
    for (qsizetype i = 0; i < ReminderMonitor::maximumRemembered + 10; ++i) {
        records << expiringRecord(QString::number(i), Environment::Production, 1);
    }
    monitor->update(records);
    QCOMPARE(settings::reminders::sent.read(*settings).size(), ReminderMonitor::maximumRemembered);
}

void TestReminderMonitor::thresholdsRoundTripAndRejectNonsense()
{
    auto settings = openSettings();
    QCOMPARE(ReminderThresholds::read(*settings), ReminderThresholds()); // defaults
    QCOMPARE(ReminderThresholds().daysFor(Environment::Production), 30);
    QCOMPARE(ReminderThresholds().daysFor(Environment::Development), 7);

    ReminderThresholds changed;
    changed.setDaysFor(Environment::Production, 45);
    changed.setDaysFor(Environment::Custom, 0);
    changed.setDaysFor(Environment::Staging, 100000); // clamped
    QCOMPARE(changed.daysFor(Environment::Staging), ReminderThresholds::maximumDays);
    changed.write(*settings);
    settings->sync();
    auto reread = openSettings();
    QCOMPARE(ReminderThresholds::read(*reread), changed);

    // A hand-edited negative value reads as the default, not as "never".
    reread->setValue(settings::reminders::productionDays.key(), -3);
    QCOMPARE(ReminderThresholds::read(*reread).daysFor(Environment::Production), 30);
}

} // namespace keyward

QTEST_GUILESS_MAIN(keyward::TestReminderMonitor)
#include "tst_remindermonitor.moc"
