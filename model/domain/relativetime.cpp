// SPDX-License-Identifier: GPL-3.0-or-later
#include "relativetime.h"

#include <QLocale>

namespace keyward {

namespace {

enum class Unit
{
    Minute,
    Hour,
    Day,
    Month,
    Year
};

} // namespace

QString RelativeTime::text(const QDateTime &when, const QDateTime &now)
{
    if (!when.isValid() || !now.isValid()) {
        return {};
    }
    const qint64 seconds = now.secsTo(when);
    const bool future = seconds > 0;
    const qint64 distance = future ? seconds : -seconds;

    constexpr qint64 minute = 60;
    constexpr qint64 hour = 60 * minute;
    constexpr qint64 day = 24 * hour;
    if (distance < 45) {
        return tr("just now");
    }

    Unit unit = Unit::Year;
    qint64 count = 0;
    if (distance < hour) {
        unit = Unit::Minute;
        count = qMax<qint64>(1, distance / minute);
    } else if (distance < day) {
        unit = Unit::Hour;
        count = distance / hour;
    } else if (distance < 45 * day) {
        unit = Unit::Day;
        count = distance / day;
    } else if (distance < 365 * day) {
        unit = Unit::Month;
        count = distance / (30 * day);
    } else {
        count = distance / (365 * day);
    }
    const int n = static_cast<int>(qMin<qint64>(count, std::numeric_limits<int>::max()));

    // Singular phrases are separate sources so the English text is right
    // without a translator; translators still get %n plural forms for the rest.
    switch (unit) {
    case Unit::Minute:
        if (n == 1) {
            return future ? tr("in 1 minute") : tr("1 minute ago");
        }
        return future ? tr("in %n minutes", nullptr, n) : tr("%n minutes ago", nullptr, n);
    case Unit::Hour:
        if (n == 1) {
            return future ? tr("in 1 hour") : tr("1 hour ago");
        }
        return future ? tr("in %n hours", nullptr, n) : tr("%n hours ago", nullptr, n);
    case Unit::Day:
        if (n == 1) {
            return future ? tr("tomorrow") : tr("yesterday");
        }
        return future ? tr("in %n days", nullptr, n) : tr("%n days ago", nullptr, n);
    case Unit::Month:
        if (n == 1) {
            return future ? tr("in 1 month") : tr("1 month ago");
        }
        return future ? tr("in %n months", nullptr, n) : tr("%n months ago", nullptr, n);
    case Unit::Year:
        if (n == 1) {
            return future ? tr("in 1 year") : tr("1 year ago");
        }
        return future ? tr("in %n years", nullptr, n) : tr("%n years ago", nullptr, n);
    }
    return {};
}

QString RelativeTime::absoluteText(const QDateTime &when)
{
    if (!when.isValid()) {
        return {};
    }
    return QLocale().toString(when.toLocalTime(), QLocale::LongFormat);
}

} // namespace keyward
