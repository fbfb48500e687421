// SPDX-License-Identifier: GPL-3.0-or-later
// Painting of TimelineView, kept apart from its interaction logic.
#include "timelinemarker.h"
#include "timelineview.h"

#include <QPainter>
#include <QScrollBar>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace keyward {

namespace {
constexpr int legendMargin = 8;
constexpr int legendEntryGap = 16;
constexpr int textGap = 4;
constexpr int minimumTickLabelGap = 6;
} // namespace

void TimelineView::paintEvent(QPaintEvent *)
{
    // The app runs for days: let "today" follow the clock on the next repaint
    // instead of freezing at the time the items were set.
    if (std::abs(m_clock().toMSecsSinceEpoch() - m_now) > 60 * 1000) {
        updateRangeBounds();
        updateAccessibleDescription();
    }
    ensureLayout();
    QPainter painter(this);
    painter.fillRect(rect(), palette().window());
    painter.setRenderHint(QPainter::Antialiasing, true);
    const QList<TimelineTick> ticks =
        timelineTicks(m_rangeStart, m_rangeEnd, m_plotRight - m_plotLeft, fontMetrics(), locale());
    paintLanes(painter, ticks);
    paintAxis(painter, ticks);
    paintToday(painter);
    paintLegend(painter);
}

QRect TimelineView::todayLabelRect() const
{
    if (m_now < m_rangeStart || m_now > m_rangeEnd) {
        return {};
    }
    const QFontMetrics metrics = fontMetrics();
    const int width = metrics.horizontalAdvance(tr("Today")) + 8;
    const int x = std::clamp(todayLineX() - width / 2, m_labelWidth, this->width() - width);
    return {x, 2, width, metrics.height() + 2};
}

void TimelineView::paintAxis(QPainter &painter, const QList<TimelineTick> &ticks) const
{
    const int bottom = axisHeight() - 1;
    const QColor text = axisTextColour();
    QColor tickColour = text;
    tickColour.setAlphaF(0.6);
    painter.setPen(QPen(palette().color(QPalette::Mid), 1.0));
    painter.drawLine(QPointF(m_plotLeft, bottom + 0.5), QPointF(m_plotRight, bottom + 0.5));

    const QFontMetrics metrics = fontMetrics();
    const QRect today = todayLabelRect().adjusted(-minimumTickLabelGap, 0, minimumTickLabelGap, 0);
    int lastRight = std::numeric_limits<int>::min() / 2;
    for (const TimelineTick &tick : ticks) {
        const qreal x = xForTime(tick.msecs);
        painter.setPen(QPen(tickColour, 1.0));
        painter.drawLine(QPointF(x, bottom - 4), QPointF(x, bottom));
        const QString &label =
            lastRight < 0 && !tick.labelWithYear.isEmpty() ? tick.labelWithYear : tick.label;
        const int labelWidth = metrics.horizontalAdvance(label);
        const int left = std::clamp(int(std::lround(x)) - labelWidth / 2, m_labelWidth,
                                    width() - labelWidth - 2);
        const QRect labelRect(left, 2, labelWidth, metrics.height() + 2);
        // Labels that would touch their neighbour or the "Today" flag are
        // dropped rather than overlapped; the tick mark stays.
        if (left < lastRight + minimumTickLabelGap ||
            (today.isValid() && labelRect.intersects(today))) {
            continue;
        }
        painter.setPen(text);
        painter.drawText(labelRect, Qt::AlignCenter, label);
        lastRight = labelRect.right();
    }
}

void TimelineView::paintLanes(QPainter &painter, const QList<TimelineTick> &ticks) const
{
    const QRect lanes = lanesRect();
    painter.save();
    painter.setClipRect(lanes);
    painter.fillRect(lanes, palette().base());
    const int height = laneHeight();
    const int firstLane = std::max(0, m_scrollBar->value() / height);
    const int lastLane =
        std::min(int(m_lanes.size()) - 1, (m_scrollBar->value() + lanes.height()) / height);

    QColor separator = palette().color(QPalette::Mid);
    separator.setAlphaF(0.5);
    for (int lane = firstLane; lane <= lastLane; ++lane) {
        const int top = laneTop(lane);
        if (lane % 2 == 1) {
            painter.fillRect(QRect(lanes.left(), top, lanes.width(), height),
                             palette().alternateBase());
        }
        painter.setPen(QPen(separator, 1.0));
        painter.drawLine(QPointF(lanes.left(), top + height - 0.5),
                         QPointF(lanes.right() + 1, top + height - 0.5));
    }
    painter.setPen(QPen(palette().color(QPalette::Mid), 1.0));
    painter.drawLine(QPointF(m_labelWidth - 0.5, lanes.top()),
                     QPointF(m_labelWidth - 0.5, lanes.bottom() + 1));

    QColor grid = palette().color(QPalette::Mid);
    grid.setAlphaF(0.35);
    painter.setPen(QPen(grid, 1.0));
    for (const TimelineTick &tick : ticks) {
        const qreal x = std::round(xForTime(tick.msecs)) + 0.5;
        painter.drawLine(QPointF(x, lanes.top()), QPointF(x, lanes.bottom() + 1));
    }
    if (m_now >= m_rangeStart && m_now <= m_rangeEnd) {
        painter.setPen(QPen(palette().color(QPalette::Highlight), 2.0));
        const qreal x = xForTime(m_now);
        painter.drawLine(QPointF(x, lanes.top()), QPointF(x, lanes.bottom() + 1));
    }

    if (m_lanes.isEmpty()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(lanes, Qt::AlignCenter, tr("No tokens with an expiry or rotation date"));
    }
    for (int lane = firstLane; lane <= lastLane; ++lane) {
        paintLaneMarkers(painter, lane, laneTop(lane));
    }
    if (hasFocus()) {
        QPen focus(palette().color(QPalette::Highlight), 1.0, Qt::DashLine);
        painter.setPen(focus);
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(QRectF(lanes).adjusted(0.5, 0.5, -0.5, -0.5));
    }
    painter.restore();
}

void TimelineView::paintLaneMarkers(QPainter &painter, int laneIndex, int top) const
{
    const Lane &lane = m_lanes.at(laneIndex);
    const QFontMetrics metrics = fontMetrics();
    const QFont small = smallFont();
    const QFontMetrics smallMetrics(small);
    const qreal size = markerSize();
    const qreal centreY = top + laneHeight() / 2 + int(size * 0.3);
    const QColor text = palette().color(QPalette::Text);
    const bool dark = isDark();
    const QColor hollowFill = palette().color(QPalette::Base);

    const QRect nameRect(6, int(centreY) - metrics.height() / 2, m_labelWidth - 12,
                         metrics.height());
    painter.setPen(text);
    painter.drawText(nameRect, Qt::AlignLeft | Qt::AlignVCenter,
                     metrics.elidedText(lane.name, Qt::ElideMiddle, nameRect.width()));

    painter.setFont(small);
    const int countTop = int(centreY) - smallMetrics.height() / 2;
    if (lane.firstInRange > 0) {
        const QRect earlier(m_labelWidth + 2, countTop, int(m_plotLeft) - m_labelWidth - 8,
                            smallMetrics.height());
        painter.drawText(earlier, Qt::AlignRight | Qt::AlignVCenter,
                         tr("%1 earlier").arg(lane.firstInRange));
    }
    if (const int later = int(lane.times.size()) - lane.endInRange; later > 0) {
        const QRect laterRect(int(m_plotRight) + 8, countTop,
                              lanesRect().right() - int(m_plotRight) - 8, smallMetrics.height());
        painter.drawText(laterRect, Qt::AlignLeft | Qt::AlignVCenter, tr("%1 later").arg(later));
    }

    QFont countFont = small;
    countFont.setBold(true);
    const QFontMetrics countMetrics(countFont);
    painter.setFont(countFont);
    int lastLabelRight = std::numeric_limits<int>::min() / 2;
    for (const Cluster &cluster : m_clusters.at(laneIndex)) {
        const TimelineMarkerStyle style = TimelineMarkerStyle::forState(cluster.state, dark);
        const qreal markerSize = cluster.count > 1 ? size * 1.25 : size;
        paintTimelineMarker(painter, QPointF(cluster.x, centreY), markerSize, style, hollowFill);
        if (cluster.count > 1) {
            const QString count = QString::number(cluster.count);
            const int width = countMetrics.horizontalAdvance(count);
            const int left = int(std::lround(cluster.x)) - width / 2;
            // Neighbouring counts would merge into one unreadable number;
            // the tooltip still tells the skipped ones.
            if (left > lastLabelRight + 3) {
                painter.setPen(text);
                painter.drawText(QRect(left, top + 2, width, countMetrics.height()),
                                 Qt::AlignCenter, count);
                lastLabelRight = left + width;
            }
        }
    }
    painter.setFont(font());

    const Location selected = locationOf(m_selectedKey);
    if (selected.lane == laneIndex && selected.position >= lane.firstInRange &&
        selected.position < lane.endInRange) {
        const QPointF centre(xForTime(lane.times.at(selected.position)), centreY);
        const ExpiryState state = m_items.at(lane.items.at(selected.position)).state;
        painter.setPen(QPen(palette().color(QPalette::Highlight), 2.5));
        painter.setBrush(Qt::NoBrush);
        painter.drawEllipse(centre, size * 0.95, size * 0.95);
        paintTimelineMarker(painter, centre, size, TimelineMarkerStyle::forState(state, dark),
                            hollowFill);
    }
}

void TimelineView::paintToday(QPainter &painter) const
{
    const QRect label = todayLabelRect();
    if (!label.isValid()) {
        return;
    }
    const QColor highlight = palette().color(QPalette::Highlight);
    const qreal x = xForTime(m_now);
    painter.setPen(QPen(highlight, 2.0));
    painter.drawLine(QPointF(x, label.bottom()), QPointF(x, axisHeight()));
    painter.setPen(Qt::NoPen);
    painter.setBrush(highlight);
    painter.drawRoundedRect(QRectF(label), 3, 3);
    painter.setPen(palette().color(QPalette::HighlightedText));
    painter.drawText(label, Qt::AlignCenter, tr("Today"));
}

int TimelineView::legendLayout(QList<QPoint> *origins) const
{
    const QFontMetrics metrics = fontMetrics();
    const int rowHeight = metrics.height() + 6;
    const int marker = int(std::ceil(markerSize()));
    const QList<TimelineLegendEntry> entries = timelineLegend(isDark(), axisTextColour());
    int x = legendMargin;
    int row = 0;
    for (const TimelineLegendEntry &entry : entries) {
        const int entryWidth = marker + textGap + metrics.horizontalAdvance(entry.text);
        if (x > legendMargin && x + entryWidth > width() - legendMargin) {
            x = legendMargin;
            ++row;
        }
        if (origins) {
            origins->append(QPoint(x, row * rowHeight));
        }
        x += entryWidth + legendEntryGap;
    }
    return (row + 1) * rowHeight + 4;
}

int TimelineView::legendHeight() const
{
    return legendLayout(nullptr);
}

void TimelineView::paintLegend(QPainter &painter) const
{
    QList<QPoint> origins;
    const int height = legendLayout(&origins);
    const QList<TimelineLegendEntry> entries = timelineLegend(isDark(), axisTextColour());
    const QFontMetrics metrics = fontMetrics();
    const int top = this->height() - height + 4;
    const qreal marker = markerSize();
    const int rowHeight = metrics.height() + 6;
    for (int i = 0; i < entries.size() && i < origins.size(); ++i) {
        const QPoint origin = origins.at(i) + QPoint(0, top);
        const qreal centreY = origin.y() + rowHeight / 2.0;
        paintTimelineMarker(painter, QPointF(origin.x() + marker / 2.0, centreY), marker,
                            entries.at(i).style, palette().color(QPalette::Window));
        painter.setPen(axisTextColour());
        painter.drawText(QRect(origin.x() + int(std::ceil(marker)) + textGap, origin.y(),
                               metrics.horizontalAdvance(entries.at(i).text) + 2, rowHeight),
                         Qt::AlignLeft | Qt::AlignVCenter, entries.at(i).text);
    }
}

} // namespace keyward
