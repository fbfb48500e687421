// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "expiry/expirystate.h"

#include <QColor>
#include <QList>
#include <QPointF>
#include <QString>

class QPainter;

namespace keyward {

/// How a state is drawn on the timeline. The shape carries the urgency band
/// and the fill whether a real expiry or a rotation policy is behind it, so
/// the plot still reads without colour.
struct TimelineMarkerStyle
{
    enum class Shape
    {
        Square,   ///< expired / rotation overdue
        Triangle, ///< within 7 days
        Diamond,  ///< within 30 days
        Circle,   ///< later
    };
    Shape shape = Shape::Circle;
    QColor colour;
    bool hollow = false;

    static TimelineMarkerStyle forState(ExpiryState state, bool darkBackground);
};

struct TimelineLegendEntry
{
    TimelineMarkerStyle style;
    QString text;
};

/// The legend under the plot, translated in the TimelineView context.
QList<TimelineLegendEntry> timelineLegend(bool darkBackground, const QColor &neutral);

/// Paints one marker centred on \p centre with primitives only (no
/// QPainterPath), because dense plots paint thousands of them.
/// \p hollowFill is the plot background so hollow markers stay hollow.
void paintTimelineMarker(QPainter &painter, QPointF centre, qreal size,
                         const TimelineMarkerStyle &style, const QColor &hollowFill);

} // namespace keyward
