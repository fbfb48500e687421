// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "expiry/expiryrecord.h"
#include "expiry/expirystate.h"
#include "reminderthresholds.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace keyward {

/// One token worth a notification: it expires (or is due for rotation)
/// within its environment's threshold, or already has.
struct Reminder
{
    ExpiryRecord record;
    ExpiryState state = ExpiryState::NeverExpires;
    QDateTime deadline;
    bool fromPolicy = false;

    bool hasPassed() const
    {
        return state == ExpiryState::Expired || state == ExpiryState::RotationOverdue;
    }
    /// Names the token, its deadline and whether it has passed: the same
    /// token is announced once ahead of its deadline and once when it passes,
    /// and a token whose deadline moved (a rotation policy changed) again.
    QString id() const;
};

/// The counts behind "3 tokens expire within 7 days", shown after login.
struct ExpirySummary
{
    int expired = 0;
    int within7Days = 0;
    int within30Days = 0; ///< 8 to 30 days
    int rotationDue = 0;  ///< overdue or due within 7 days by a rotation policy

    bool isEmpty() const { return expired + within7Days + within30Days + rotationDue == 0; }
    /// The most urgent count first, e.g. "2 tokens have expired and 3 expire
    /// within 7 days."; empty when there is nothing to say.
    QString text() const;
};

/// Decides what the reminders say. Pure functions of the tokens, the
/// thresholds and the time, so tests inject all three.
class ReminderPlanner
{
    Q_DECLARE_TR_FUNCTIONS(keyward::ReminderPlanner)

public:
    /// The rotation policy ("every N days") that applies to a record's
    /// token, if any; tokens with an expiry ignore it.
    using RotationDays = std::function<std::optional<int>(const ExpiryRecord &)>;

    ReminderPlanner() = delete;

    /// Every reminder due at \p now: tokens whose deadline is within their
    /// environment's threshold or has passed, most urgent first. An
    /// environment whose threshold is 0 never reminds.
    static QList<Reminder> due(const QList<ExpiryRecord> &records,
                               const ReminderThresholds &thresholds, const QDateTime &now,
                               const RotationDays &rotationDays = {});

    static ExpirySummary summarize(const QList<ExpiryRecord> &records, const QDateTime &now,
                                   const RotationDays &rotationDays = {});

    /// A notification's title and body for \p reminders (one or many).
    static QString notificationTitle(const QList<Reminder> &reminders);
    static QString notificationBody(const QList<Reminder> &reminders, const QDateTime &now);
};

} // namespace keyward
