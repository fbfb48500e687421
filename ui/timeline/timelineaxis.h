// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

class QFontMetrics;
class QLocale;

namespace keyward {

struct TimelineTick
{
    qint64 msecs = 0; ///< position on the axis (ms since the epoch)
    QString label;
    /// The label naming the year too, for the first label actually drawn
    /// when the tick that carried the year had to give way.
    QString labelWithYear;
};

/// Date ticks between \p startMsecs and \p endMsecs for an axis \p width
/// pixels wide: the finest calendar step (days, weeks, months, years) whose
/// labels do not collide at this width. Ticks fall on local midnights of
/// week starts, first days of months or years, labelled with the locale's
/// short date (without year for day steps, month names for month steps).
QList<TimelineTick> timelineTicks(qint64 startMsecs, qint64 endMsecs, qreal width,
                                  const QFontMetrics &metrics, const QLocale &locale);

/// The locale's short date format with the year taken out ("M/d", "dd.MM").
QString timelineDayFormat(const QLocale &locale);

} // namespace keyward
