// SPDX-License-Identifier: GPL-3.0-or-later
// Mouse, keyboard and tooltip handling of TimelineView.
#include "timelineview.h"

#include <QCoreApplication>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QScrollBar>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace keyward {

TimelineView::Location TimelineView::itemNear(QPoint pos) const
{
    const int laneIndex = laneAt(pos.y());
    if (laneIndex < 0) {
        return {};
    }
    ensureLayout();
    const Lane &lane = m_lanes.at(laneIndex);
    if (lane.firstInRange == lane.endInRange) {
        return {};
    }
    const double span = double(std::max<qint64>(1, m_rangeEnd - m_rangeStart));
    const qint64 time = m_rangeStart + qint64((pos.x() - m_plotLeft) /
                                              std::max(1.0, m_plotRight - m_plotLeft) * span);
    const auto begin = lane.times.cbegin() + lane.firstInRange;
    const auto end = lane.times.cbegin() + lane.endInRange;
    const int after = int(std::lower_bound(begin, end, time) - lane.times.cbegin());
    const qreal tolerance = markerSize() / 2.0 + 3.0;
    Location best;
    qreal bestDistance = tolerance;
    for (const int candidate : {after - 1, after}) {
        if (candidate < lane.firstInRange || candidate >= lane.endInRange) {
            continue;
        }
        const qreal distance = std::abs(xForTime(lane.times.at(candidate)) - pos.x());
        if (distance <= bestDistance) {
            bestDistance = distance;
            best = {laneIndex, candidate};
        }
    }
    return best;
}

const TimelineView::Cluster *TimelineView::clusterAt(QPoint pos, int *laneIndex) const
{
    const int lane = laneAt(pos.y());
    if (lane < 0) {
        return nullptr;
    }
    ensureLayout();
    const qreal reach = markerSize() * 0.6 + 2.0;
    const Cluster *best = nullptr;
    qreal bestDistance = reach;
    for (const Cluster &cluster : m_clusters.at(lane)) {
        const qreal distance = std::abs(cluster.x - pos.x());
        if (distance <= bestDistance) {
            bestDistance = distance;
            best = &cluster;
        }
    }
    *laneIndex = lane;
    return best;
}

void TimelineView::selectLocation(Location location, bool activate)
{
    if (location.lane < 0) {
        return;
    }
    const QString key = m_items.at(m_lanes.at(location.lane).items.at(location.position)).key;
    m_selectedKey = key;
    ensureLaneVisible(location.lane);
    update();
    if (activate) {
        Q_EMIT itemActivated(key);
    }
}

void TimelineView::moveSelection(int laneDelta, int positionDelta)
{
    Location current = locationOf(m_selectedKey);
    const auto inRange = [this](const Location &l) {
        return l.lane >= 0 && l.position >= m_lanes.at(l.lane).firstInRange &&
               l.position < m_lanes.at(l.lane).endInRange;
    };
    if (!inRange(current)) {
        for (int lane = 0; lane < m_lanes.size(); ++lane) {
            if (m_lanes.at(lane).firstInRange < m_lanes.at(lane).endInRange) {
                selectLocation({lane, m_lanes.at(lane).firstInRange}, true);
                return;
            }
        }
        return;
    }
    if (positionDelta != 0) {
        const Lane &lane = m_lanes.at(current.lane);
        const int position =
            std::clamp(current.position + positionDelta, lane.firstInRange, lane.endInRange - 1);
        if (position != current.position) {
            selectLocation({current.lane, position}, true);
        }
        return;
    }
    const qint64 time = m_lanes.at(current.lane).times.at(current.position);
    for (int laneIndex = current.lane + laneDelta; laneIndex >= 0 && laneIndex < m_lanes.size();
         laneIndex += laneDelta) {
        const Lane &lane = m_lanes.at(laneIndex);
        if (lane.firstInRange == lane.endInRange) {
            continue;
        }
        // Keep the horizontal position: the nearest item in time.
        const auto begin = lane.times.cbegin() + lane.firstInRange;
        const auto end = lane.times.cbegin() + lane.endInRange;
        int position = int(std::lower_bound(begin, end, time) - lane.times.cbegin());
        if (position >= lane.endInRange ||
            (position > lane.firstInRange &&
             time - lane.times.at(position - 1) < lane.times.at(position) - time)) {
            --position;
        }
        selectLocation({laneIndex, position}, true);
        return;
    }
}

void TimelineView::ensureLaneVisible(int lane)
{
    const int available = lanesRect().height();
    const int top = lane * laneHeight();
    if (top < m_scrollBar->value()) {
        m_scrollBar->setValue(top);
    } else if (top + laneHeight() > m_scrollBar->value() + available) {
        m_scrollBar->setValue(top + laneHeight() - available);
    }
}

bool TimelineView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        QString text;
        int laneIndex = -1;
        if (const Cluster *cluster = clusterAt(help->pos(), &laneIndex)) {
            const Lane &lane = m_lanes.at(laneIndex);
            if (cluster->count == 1) {
                const TimelineItem &item = m_items.at(lane.items.at(cluster->first));
                text = item.toolTip.isEmpty()
                           ? u"%1\n%2"_s.arg(item.label, QLocale().toString(item.when.toLocalTime(),
                                                                            QLocale::ShortFormat))
                           : item.toolTip;
            } else {
                text = collapsedToolTip(lane, *cluster);
            }
        } else if (laneIndex >= 0 && help->pos().x() < m_plotLeft &&
                   help->pos().x() >= m_labelWidth && m_lanes.at(laneIndex).firstInRange > 0) {
            text = tr("Before %2: %1")
                       .arg(m_lanes.at(laneIndex).firstInRange)
                       .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(m_rangeStart).date(),
                                               QLocale::ShortFormat));
        } else if (laneIndex >= 0 && help->pos().x() > m_plotRight) {
            const Lane &lane = m_lanes.at(laneIndex);
            if (lane.endInRange < lane.times.size()) {
                text =
                    tr("After %2: %1")
                        .arg(lane.times.size() - lane.endInRange)
                        .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(m_rangeEnd).date(),
                                                QLocale::ShortFormat));
            }
        } else if (laneIndex >= 0 && help->pos().x() < m_labelWidth) {
            text = m_lanes.at(laneIndex).name;
        }
        if (text.isEmpty()) {
            QToolTip::hideText();
            event->ignore();
        } else {
            QToolTip::showText(help->globalPos(), text, this);
        }
        return true;
    }
    return QWidget::event(event);
}

QString TimelineView::collapsedToolTip(const Lane &lane, const Cluster &cluster) const
{
    constexpr int shown = 5;
    QStringList lines{tr("%1 tokens").arg(cluster.count)};
    for (int i = 0; i < std::min(shown, cluster.count); ++i) {
        const TimelineItem &item = m_items.at(lane.items.at(cluster.first + i));
        lines << u"%1 (%2)"_s.arg(
            item.label, QLocale().toString(item.when.toLocalTime().date(), QLocale::ShortFormat));
    }
    if (cluster.count > shown) {
        lines << tr("and %1 more").arg(cluster.count - shown);
    }
    return lines.join(u'\n');
}

void TimelineView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    setFocus(Qt::MouseFocusReason);
    const Location location = itemNear(event->position().toPoint());
    if (location.lane >= 0) {
        selectLocation(location, true);
    }
    event->accept();
}

void TimelineView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Left:
        moveSelection(0, -1);
        break;
    case Qt::Key_Right:
        moveSelection(0, 1);
        break;
    case Qt::Key_Up:
        moveSelection(-1, 0);
        break;
    case Qt::Key_Down:
        moveSelection(1, 0);
        break;
    case Qt::Key_Home:
        moveSelection(0, -int(m_items.size()));
        break;
    case Qt::Key_End:
        moveSelection(0, int(m_items.size()));
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        if (!m_selectedKey.isEmpty()) {
            Q_EMIT itemActivated(m_selectedKey);
        }
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void TimelineView::wheelEvent(QWheelEvent *event)
{
    if (m_scrollBar->isVisible()) {
        QCoreApplication::sendEvent(m_scrollBar, event);
        return;
    }
    QWidget::wheelEvent(event);
}

} // namespace keyward
