// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reminderplanner.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QStringList>

#include <functional>

class QSettings;

namespace keyward {

/// Turns each fresh look at the tokens into notifications, each said once:
/// a reminder already shown (in this run or an earlier one: the ids are kept
/// in the settings) is not shown again. The app feeds it whatever the expiry
/// collection found, at login and periodically while it runs.
class ReminderMonitor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReminderMonitor)

public:
    /// Remembered reminder ids beyond this are forgotten oldest first, so the
    /// settings file stays small however long the app runs.
    static constexpr qsizetype maximumRemembered = 5000;

    /// \p settings is not owned and must outlive the monitor; thresholds and
    /// the ids already shown are read from it at each update().
    explicit ReminderMonitor(QSettings *settings, QObject *parent = nullptr);

    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }
    void setRotationDays(ReminderPlanner::RotationDays rotationDays)
    {
        m_rotationDays = std::move(rotationDays);
    }

    /// Looks at \p records now: emits remindersDue() with the reminders not
    /// shown before (nothing when there are none) and remembers them.
    void update(const QList<ExpiryRecord> &records);

    /// The counts for the summary shown after login.
    ExpirySummary summarize(const QList<ExpiryRecord> &records) const;

Q_SIGNALS:
    void remindersDue(const QList<keyward::Reminder> &reminders);

private:
    QSettings *m_settings;
    std::function<QDateTime()> m_clock;
    ReminderPlanner::RotationDays m_rotationDays;
};

} // namespace keyward
