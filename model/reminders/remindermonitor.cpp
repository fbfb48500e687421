// SPDX-License-Identifier: GPL-3.0-or-later
#include "remindermonitor.h"

#include "remindersettingkeys.h"

#include <QSet>
#include <QSettings>

namespace keyward {

ReminderMonitor::ReminderMonitor(QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{}

void ReminderMonitor::update(const QList<ExpiryRecord> &records)
{
    const QList<Reminder> due = ReminderPlanner::due(records, ReminderThresholds::read(*m_settings),
                                                     m_clock(), m_rotationDays);
    QStringList sent = settings::reminders::sent.read(*m_settings);
    const QSet<QString> alreadySent(sent.cbegin(), sent.cend());

    QList<Reminder> fresh;
    for (const Reminder &reminder : due) {
        const QString id = reminder.id();
        if (!alreadySent.contains(id)) {
            fresh.append(reminder);
            sent.append(id);
        }
    }
    if (fresh.isEmpty()) {
        return;
    }
    if (sent.size() > maximumRemembered) {
        sent.erase(sent.begin(), sent.begin() + (sent.size() - maximumRemembered));
    }
    // Remembered before the signal: a slot that re-enters update() must not
    // announce the same tokens twice.
    settings::reminders::sent.write(*m_settings, sent);
    Q_EMIT remindersDue(fresh);
}

ExpirySummary ReminderMonitor::summarize(const QList<ExpiryRecord> &records) const
{
    return ReminderPlanner::summarize(records, m_clock(), m_rotationDays);
}

} // namespace keyward
