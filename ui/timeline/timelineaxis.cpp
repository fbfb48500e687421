// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelineaxis.h"

#include <QDateTime>
#include <QFontMetrics>
#include <QLocale>
#include <QRegularExpression>

#include <array>

using namespace Qt::StringLiterals;

namespace keyward {

namespace {

enum class Unit
{
    Day,
    Month,
    Year
};

struct Step
{
    Unit unit;
    int count;
};

constexpr std::array steps{
    Step{Unit::Day, 1},   Step{Unit::Day, 2},   Step{Unit::Day, 7},    Step{Unit::Day, 14},
    Step{Unit::Month, 1}, Step{Unit::Month, 2}, Step{Unit::Month, 3},  Step{Unit::Month, 6},
    Step{Unit::Year, 1},  Step{Unit::Year, 2},  Step{Unit::Year, 5},   Step{Unit::Year, 10},
    Step{Unit::Year, 25}, Step{Unit::Year, 50}, Step{Unit::Year, 100}, Step{Unit::Year, 500},
};

constexpr qint64 dayMsecs = 24LL * 60 * 60 * 1000;
constexpr int minimumLabelGap = 12;
constexpr int maximumTicks = 2000;

double approximateMsecs(Step step)
{
    switch (step.unit) {
    case Unit::Day:
        return double(step.count) * dayMsecs;
    case Unit::Month:
        return step.count * 30.44 * dayMsecs;
    case Unit::Year:
        return step.count * 365.25 * dayMsecs;
    }
    return dayMsecs;
}

QString monthLabel(const QLocale &locale, QDate date, bool withYear)
{
    const QString month = locale.standaloneMonthName(date.month(), QLocale::ShortFormat);
    return withYear ? u"%1 %2"_s.arg(month).arg(date.year()) : month;
}

QString label(Step step, QDate date, bool first, const QLocale &locale, const QString &dayFormat)
{
    switch (step.unit) {
    case Unit::Day:
        return locale.toString(date, dayFormat);
    case Unit::Month:
        // The year is named where it changes and on the first tick only, so
        // month labels stay short enough for monthly ticks on a year axis.
        return monthLabel(locale, date, first || date.month() == 1);
    case Unit::Year:
        return QString::number(date.year());
    }
    return {};
}

int widestLabel(Step step, const QFontMetrics &metrics, const QLocale &locale,
                const QString &dayFormat)
{
    switch (step.unit) {
    case Unit::Day:
        return metrics.horizontalAdvance(locale.toString(QDate(2026, 12, 28), dayFormat));
    case Unit::Month: {
        int widest = 0;
        for (int month = 1; month <= 12; ++month) {
            const bool withYear = month == 1 || step.count >= 6;
            widest = qMax(widest, metrics.horizontalAdvance(
                                      monthLabel(locale, QDate(2026, month, 1), withYear)));
        }
        return widest;
    }
    case Unit::Year:
        return metrics.horizontalAdvance(u"2026"_s);
    }
    return 0;
}

QDate firstTickDate(Step step, QDate from, const QLocale &locale)
{
    switch (step.unit) {
    case Unit::Day: {
        QDate date = from;
        if (step.count == 2 && date.toJulianDay() % 2 != 0) {
            date = date.addDays(1);
        }
        if (step.count >= 7) {
            const int firstDay = int(locale.firstDayOfWeek());
            date = date.addDays((firstDay - date.dayOfWeek() + 7) % 7);
            if (step.count == 14 && (date.toJulianDay() / 7) % 2 != 0) {
                date = date.addDays(7);
            }
        }
        return date;
    }
    case Unit::Month: {
        QDate date(from.year(), from.month(), 1);
        if (date < from) {
            date = date.addMonths(1);
        }
        while ((date.month() - 1) % step.count != 0) {
            date = date.addMonths(1);
        }
        return date;
    }
    case Unit::Year: {
        int year = from.year();
        if (QDate(year, 1, 1) < from) {
            ++year;
        }
        while (year % step.count != 0) {
            ++year;
        }
        return QDate(year, 1, 1);
    }
    }
    return from;
}

QDate nextTickDate(Step step, QDate date)
{
    switch (step.unit) {
    case Unit::Day:
        return date.addDays(step.count);
    case Unit::Month:
        return date.addMonths(step.count);
    case Unit::Year:
        return date.addYears(step.count);
    }
    return date.addDays(1);
}

} // namespace

QString timelineDayFormat(const QLocale &locale)
{
    QString format = locale.dateFormat(QLocale::ShortFormat);
    static const QRegularExpression yearAtEnd(u"[^dM]*y+[^dM]*$"_s);
    static const QRegularExpression yearAtStart(u"^[^dM]*y+[^dM]*"_s);
    static const QRegularExpression yearInside(u"y+[^dM]*"_s);
    if (format.contains(yearAtEnd)) {
        format.remove(yearAtEnd);
    } else if (format.contains(yearAtStart)) {
        format.remove(yearAtStart);
    } else {
        format.remove(yearInside);
    }
    return format.isEmpty() ? u"d MMM"_s : format;
}

QList<TimelineTick> timelineTicks(qint64 startMsecs, qint64 endMsecs, qreal width,
                                  const QFontMetrics &metrics, const QLocale &locale)
{
    QList<TimelineTick> ticks;
    if (endMsecs <= startMsecs || width <= 1) {
        return ticks;
    }
    const QString dayFormat = timelineDayFormat(locale);
    const double span = double(endMsecs - startMsecs);
    Step chosen = steps.back();
    for (const Step step : steps) {
        const double pixelsPerStep = width * approximateMsecs(step) / span;
        if (pixelsPerStep >= widestLabel(step, metrics, locale, dayFormat) + minimumLabelGap) {
            chosen = step;
            break;
        }
    }
    const QDate from = QDateTime::fromMSecsSinceEpoch(startMsecs).date();
    QDate date = firstTickDate(chosen, from, locale);
    for (int i = 0; i < maximumTicks && date.isValid(); ++i, date = nextTickDate(chosen, date)) {
        const qint64 msecs = date.startOfDay().toMSecsSinceEpoch();
        if (msecs > endMsecs) {
            break;
        }
        if (msecs >= startMsecs) {
            const QString withYear =
                chosen.unit == Unit::Month ? monthLabel(locale, date, true) : QString();
            ticks.append(
                {msecs, label(chosen, date, ticks.isEmpty(), locale, dayFormat), withYear});
        }
    }
    return ticks;
}

} // namespace keyward
