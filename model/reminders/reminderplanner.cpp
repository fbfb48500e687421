// SPDX-License-Identifier: GPL-3.0-or-later
#include "reminderplanner.h"

#include "domain/relativetime.h"
#include "expiry/expiryassessment.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace keyward {

namespace {

constexpr qint64 secondsPerDay = 24 * 3600;
/// A notification lists this many tokens by name; the rest are counted.
constexpr qsizetype namedInBody = 3;

std::optional<int> rotationDaysOf(const ReminderPlanner::RotationDays &lookup,
                                  const ExpiryRecord &record)
{
    return lookup ? lookup(record) : std::nullopt;
}

QString tokenName(const ExpiryRecord &record)
{
    const QString owner = record.token.team.isEmpty()
                              ? record.token.org
                              : record.token.org + u" / "_s + record.token.team;
    const QString description =
        record.token.description.isEmpty() ? record.token.id : record.token.description;
    return u"%1 (%2, %3)"_s.arg(description, owner, record.profileName);
}

} // namespace

QString Reminder::id() const
{
    return record.key() + u'|' + deadline.toUTC().toString(Qt::ISODate) + u'|' +
           (hasPassed() ? u"passed"_s : u"ahead"_s);
}

QString ExpirySummary::text() const
{
    QStringList parts;
    if (expired > 0) {
        parts << ReminderPlanner::tr("%n token(s) have expired", nullptr, expired);
    }
    if (within7Days > 0) {
        parts << ReminderPlanner::tr("%n token(s) expire within 7 days", nullptr, within7Days);
    }
    if (within30Days > 0) {
        parts << ReminderPlanner::tr("%n token(s) expire within 30 days", nullptr, within30Days);
    }
    if (rotationDue > 0) {
        parts << ReminderPlanner::tr("%n token(s) are due for rotation", nullptr, rotationDue);
    }
    if (parts.isEmpty()) {
        return {};
    }
    if (parts.size() == 1) {
        return ReminderPlanner::tr("%1.").arg(parts.first());
    }
    const QString last = parts.takeLast();
    return ReminderPlanner::tr("%1 and %2.").arg(parts.join(u", "_s), last);
}

QList<Reminder> ReminderPlanner::due(const QList<ExpiryRecord> &records,
                                     const ReminderThresholds &thresholds, const QDateTime &now,
                                     const RotationDays &rotationDays)
{
    QList<Reminder> reminders;
    for (const ExpiryRecord &record : records) {
        const int thresholdDays = thresholds.daysFor(record.environment);
        if (thresholdDays <= 0) {
            continue;
        }
        const ExpiryAssessment assessment =
            assessExpiry(record.token, now, rotationDaysOf(rotationDays, record));
        if (!assessment.deadline) {
            continue;
        }
        const qint64 secondsLeft = now.secsTo(*assessment.deadline);
        if (secondsLeft > thresholdDays * secondsPerDay) {
            continue;
        }
        reminders.append(
            Reminder{record, assessment.state, *assessment.deadline, assessment.fromPolicy});
    }
    std::stable_sort(reminders.begin(), reminders.end(),
                     [](const Reminder &a, const Reminder &b) { return a.deadline < b.deadline; });
    return reminders;
}

ExpirySummary ReminderPlanner::summarize(const QList<ExpiryRecord> &records, const QDateTime &now,
                                         const RotationDays &rotationDays)
{
    ExpirySummary summary;
    for (const ExpiryRecord &record : records) {
        switch (assessExpiry(record.token, now, rotationDaysOf(rotationDays, record)).state) {
        case ExpiryState::Expired:
            ++summary.expired;
            break;
        case ExpiryState::ExpiresWithin7Days:
            ++summary.within7Days;
            break;
        case ExpiryState::ExpiresWithin30Days:
            ++summary.within30Days;
            break;
        case ExpiryState::RotationOverdue:
        case ExpiryState::RotationDueWithin7Days:
            ++summary.rotationDue;
            break;
        case ExpiryState::RotationDueWithin30Days:
        case ExpiryState::ExpiresLater:
        case ExpiryState::RotationDueLater:
        case ExpiryState::NeverExpires:
            break;
        }
    }
    return summary;
}

QString ReminderPlanner::notificationTitle(const QList<Reminder> &reminders)
{
    const bool anyPassed = std::any_of(reminders.cbegin(), reminders.cend(),
                                       [](const Reminder &r) { return r.hasPassed(); });
    if (reminders.size() == 1) {
        const Reminder &only = reminders.first();
        if (only.fromPolicy) {
            return only.hasPassed() ? tr("A token is overdue for rotation")
                                    : tr("A token is due for rotation soon");
        }
        return only.hasPassed() ? tr("A token has expired") : tr("A token expires soon");
    }
    return anyPassed ? tr("%n token(s) need attention", nullptr, int(reminders.size()))
                     : tr("%n token(s) expire soon", nullptr, int(reminders.size()));
}

QString ReminderPlanner::notificationBody(const QList<Reminder> &reminders, const QDateTime &now)
{
    QStringList lines;
    for (qsizetype i = 0; i < std::min(reminders.size(), namedInBody); ++i) {
        const Reminder &reminder = reminders.at(i);
        const QString when = RelativeTime::text(reminder.deadline, now);
        const QString line =
            reminder.fromPolicy    ? tr("%1: rotation due %2").arg(tokenName(reminder.record), when)
            : reminder.hasPassed() ? tr("%1: expired %2").arg(tokenName(reminder.record), when)
                                   : tr("%1: expires %2").arg(tokenName(reminder.record), when);
        lines << line;
    }
    if (reminders.size() > namedInBody) {
        lines << tr("and %n more", nullptr, int(reminders.size() - namedInBody));
    }
    return lines.join(u'\n');
}

} // namespace keyward
