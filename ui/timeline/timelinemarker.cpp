// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinemarker.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPen>

namespace keyward {

namespace {

QColor bandColour(TimelineMarkerStyle::Shape shape, bool dark)
{
    // Saturated mid tones that keep contrast on white; lightened for dark
    // palettes where the same tones sink into the background.
    QColor colour;
    switch (shape) {
    case TimelineMarkerStyle::Shape::Square:
        colour = QColor(0xc6, 0x28, 0x28);
        break;
    case TimelineMarkerStyle::Shape::Triangle:
        colour = QColor(0xe6, 0x5c, 0x00);
        break;
    case TimelineMarkerStyle::Shape::Diamond:
        colour = QColor(0xb2, 0x86, 0x00);
        break;
    case TimelineMarkerStyle::Shape::Circle:
        colour = QColor(0x2e, 0x7d, 0x32);
        break;
    }
    return dark ? colour.lighter(150) : colour;
}

} // namespace

TimelineMarkerStyle TimelineMarkerStyle::forState(ExpiryState state, bool darkBackground)
{
    TimelineMarkerStyle style;
    switch (state) {
    case ExpiryState::Expired:
    case ExpiryState::RotationOverdue:
        style.shape = Shape::Square;
        break;
    case ExpiryState::ExpiresWithin7Days:
    case ExpiryState::RotationDueWithin7Days:
        style.shape = Shape::Triangle;
        break;
    case ExpiryState::ExpiresWithin30Days:
    case ExpiryState::RotationDueWithin30Days:
        style.shape = Shape::Diamond;
        break;
    case ExpiryState::ExpiresLater:
    case ExpiryState::RotationDueLater:
    case ExpiryState::NeverExpires:
        style.shape = Shape::Circle;
        break;
    }
    style.hollow =
        state == ExpiryState::RotationOverdue || state == ExpiryState::RotationDueWithin7Days ||
        state == ExpiryState::RotationDueWithin30Days || state == ExpiryState::RotationDueLater;
    style.colour = state == ExpiryState::NeverExpires ? QColor(Qt::gray)
                                                      : bandColour(style.shape, darkBackground);
    return style;
}

QList<TimelineLegendEntry> timelineLegend(bool darkBackground, const QColor &neutral)
{
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("keyward::TimelineView", text);
    };
    TimelineMarkerStyle rotation =
        TimelineMarkerStyle::forState(ExpiryState::RotationDueLater, darkBackground);
    rotation.colour = neutral;
    return {
        {TimelineMarkerStyle::forState(ExpiryState::Expired, darkBackground), tr("Expired")},
        {TimelineMarkerStyle::forState(ExpiryState::ExpiresWithin7Days, darkBackground),
         tr("Within 7 days")},
        {TimelineMarkerStyle::forState(ExpiryState::ExpiresWithin30Days, darkBackground),
         tr("Within 30 days")},
        {TimelineMarkerStyle::forState(ExpiryState::ExpiresLater, darkBackground), tr("Later")},
        {rotation, tr("Hollow: rotation due (policy)")},
    };
}

void paintTimelineMarker(QPainter &painter, QPointF centre, qreal size,
                         const TimelineMarkerStyle &style, const QColor &hollowFill)
{
    const qreal r = size / 2.0;
    if (style.hollow) {
        painter.setPen(QPen(style.colour, qMax<qreal>(1.5, size / 6.0)));
        painter.setBrush(hollowFill);
    } else {
        // A thin darker rim keeps light fills visible on light backgrounds.
        painter.setPen(QPen(style.colour.darker(140), 1.0));
        painter.setBrush(style.colour);
    }
    switch (style.shape) {
    case TimelineMarkerStyle::Shape::Square: {
        const qreal s = r * 0.85;
        painter.drawRect(QRectF(centre.x() - s, centre.y() - s, 2 * s, 2 * s));
        break;
    }
    case TimelineMarkerStyle::Shape::Triangle: {
        const QPointF points[3] = {{centre.x(), centre.y() - r},
                                   {centre.x() + r, centre.y() + r * 0.8},
                                   {centre.x() - r, centre.y() + r * 0.8}};
        painter.drawPolygon(points, 3);
        break;
    }
    case TimelineMarkerStyle::Shape::Diamond: {
        const QPointF points[4] = {{centre.x(), centre.y() - r},
                                   {centre.x() + r, centre.y()},
                                   {centre.x(), centre.y() + r},
                                   {centre.x() - r, centre.y()}};
        painter.drawPolygon(points, 4);
        break;
    }
    case TimelineMarkerStyle::Shape::Circle:
        painter.drawEllipse(centre, r * 0.9, r * 0.9);
        break;
    }
}

} // namespace keyward
