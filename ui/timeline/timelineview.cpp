// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelineview.h"

#include <QEvent>
#include <QFontMetrics>
#include <QScrollBar>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace keyward {

namespace {
constexpr qint64 dayMsecs = 24LL * 60 * 60 * 1000;
constexpr int minimumLabelColumn = 60;
constexpr int labelPadding = 16;
constexpr int edgeCountPadding = 10;

bool moreUrgent(ExpiryState a, ExpiryState b)
{
    return int(a) < int(b);
}
} // namespace

TimelineView::TimelineView(QWidget *parent)
    : QWidget(parent)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
    , m_scrollBar(new QScrollBar(Qt::Vertical, this))
{
    setObjectName(u"timelineView"_s);
    setAccessibleName(tr("Expiry timeline"));
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    m_scrollBar->setObjectName(u"timelineScrollBar"_s);
    m_scrollBar->setAccessibleName(tr("Scroll timeline lanes"));
    m_scrollBar->hide();
    connect(m_scrollBar, &QScrollBar::valueChanged, this, [this] { update(); });
    updateRangeBounds();
    updateAccessibleDescription();
}

TimelineView::~TimelineView() = default;

void TimelineView::setItems(QList<TimelineItem> items)
{
    m_items = std::move(items);
    rebuildLanes();
    updateRangeBounds();
    updateScrollBar();
    updateAccessibleDescription();
    update();
}

void TimelineView::setRange(Range range)
{
    if (m_range == range) {
        return;
    }
    m_range = range;
    updateRangeBounds();
    updateAccessibleDescription();
    update();
}

void TimelineView::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
    updateRangeBounds();
    updateAccessibleDescription();
    update();
}

void TimelineView::setSelectedKey(const QString &key)
{
    if (m_selectedKey == key) {
        return;
    }
    m_selectedKey = key;
    const Location location = locationOf(key);
    if (location.lane >= 0) {
        ensureLaneVisible(location.lane);
    }
    update();
}

QSize TimelineView::sizeHint() const
{
    return {600, 220};
}

QSize TimelineView::minimumSizeHint() const
{
    return {300, axisHeight() + laneHeight() * 2 + fontMetrics().height() + 8};
}

void TimelineView::rebuildLanes()
{
    m_lanes.clear();
    m_locations.clear();
    m_undated = 0;
    QHash<QString, int> laneOfGroup;
    for (int i = 0; i < m_items.size(); ++i) {
        const TimelineItem &item = m_items.at(i);
        if (!item.when.isValid()) {
            ++m_undated;
            continue;
        }
        auto it = laneOfGroup.find(item.group);
        if (it == laneOfGroup.end()) {
            it = laneOfGroup.insert(item.group, int(m_lanes.size()));
            m_lanes.append(Lane{item.group, {}, {}, 0, 0});
        }
        m_lanes[*it].items.append(i);
    }
    std::sort(m_lanes.begin(), m_lanes.end(), [](const Lane &a, const Lane &b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    for (int laneIndex = 0; laneIndex < m_lanes.size(); ++laneIndex) {
        Lane &lane = m_lanes[laneIndex];
        QList<qint64> times;
        times.reserve(lane.items.size());
        // Sorting (time, index) pairs keeps equal dates in input order.
        QList<std::pair<qint64, int>> keyed;
        keyed.reserve(lane.items.size());
        for (const int index : std::as_const(lane.items)) {
            keyed.append({m_items.at(index).when.toMSecsSinceEpoch(), index});
        }
        std::sort(keyed.begin(), keyed.end());
        for (int position = 0; position < keyed.size(); ++position) {
            lane.items[position] = keyed.at(position).second;
            times.append(keyed.at(position).first);
            m_locations.insert(m_items.at(keyed.at(position).second).key, {laneIndex, position});
        }
        lane.times = std::move(times);
    }
}

void TimelineView::updateRangeBounds()
{
    m_now = m_clock().toMSecsSinceEpoch();
    switch (m_range) {
    case Range::Next90Days:
        m_rangeStart = m_now - 7 * dayMsecs;
        m_rangeEnd = m_now + 90 * dayMsecs;
        break;
    case Range::NextYear:
        m_rangeStart = m_now - 30 * dayMsecs;
        m_rangeEnd = m_now + 365 * dayMsecs;
        break;
    case Range::All: {
        qint64 first = std::numeric_limits<qint64>::max();
        qint64 last = std::numeric_limits<qint64>::min();
        for (const Lane &lane : std::as_const(m_lanes)) {
            first = std::min(first, lane.times.first());
            last = std::max(last, lane.times.last());
        }
        if (m_lanes.isEmpty()) {
            first = m_now - 7 * dayMsecs;
            last = m_now + 90 * dayMsecs;
        }
        // A little air on both sides so the outermost markers are not cut
        // in half by the plot's edges.
        const qint64 pad = std::max<qint64>(dayMsecs, (last - first) / 40);
        m_rangeStart = first - pad;
        m_rangeEnd = last + pad;
        break;
    }
    }
    for (Lane &lane : m_lanes) {
        lane.firstInRange =
            int(std::lower_bound(lane.times.cbegin(), lane.times.cend(), m_rangeStart) -
                lane.times.cbegin());
        lane.endInRange = int(std::upper_bound(lane.times.cbegin(), lane.times.cend(), m_rangeEnd) -
                              lane.times.cbegin());
    }
    invalidateLayout();
}

void TimelineView::invalidateLayout()
{
    m_layoutValid = false;
}

qreal TimelineView::markerSize() const
{
    return std::max(10.0, fontMetrics().height() * 0.65);
}

int TimelineView::axisHeight() const
{
    return fontMetrics().height() + 12;
}

int TimelineView::laneHeight() const
{
    return std::max(30, QFontMetrics(smallFont()).height() + int(markerSize() * 1.6) + 8);
}

QFont TimelineView::smallFont() const
{
    QFont small = font();
    small.setPointSizeF(std::max(6.0, small.pointSizeF() * 0.82));
    return small;
}

QRect TimelineView::lanesRect() const
{
    const int scrollBarWidth = m_scrollBar->isVisibleTo(this) ? m_scrollBar->sizeHint().width() : 0;
    const int top = axisHeight();
    return {0, top, std::max(0, width() - scrollBarWidth),
            std::max(0, height() - top - legendHeight())};
}

void TimelineView::ensureLayout() const
{
    if (m_layoutValid) {
        return;
    }
    m_layoutValid = true;
    const QFontMetrics metrics = fontMetrics();
    const QFontMetrics smallMetrics(smallFont());
    const QRect lanes = lanesRect();
    int widestName = 0;
    int mostEarlier = 0;
    int mostLater = 0;
    for (const Lane &lane : m_lanes) {
        widestName = std::max(widestName, metrics.horizontalAdvance(lane.name));
        mostEarlier = std::max(mostEarlier, lane.firstInRange);
        mostLater = std::max(mostLater, int(lane.times.size()) - lane.endInRange);
    }
    m_labelWidth = std::clamp(widestName + labelPadding, minimumLabelColumn,
                              std::max(minimumLabelColumn, int(lanes.width() * 0.3)));
    const int markerRoom = int(std::ceil(markerSize())) + 2;
    m_earlierWidth =
        mostEarlier > 0
            ? smallMetrics.horizontalAdvance(tr("%1 earlier").arg(mostEarlier)) + edgeCountPadding
            : markerRoom;
    m_laterWidth = mostLater > 0 ? smallMetrics.horizontalAdvance(tr("%1 later").arg(mostLater)) +
                                       edgeCountPadding
                                 : markerRoom;
    m_plotLeft = m_labelWidth + m_earlierWidth;
    m_plotRight = std::max(m_plotLeft + 1, qreal(lanes.right() - m_laterWidth));

    // Markers closer than their own width are merged: the lanes are sorted,
    // so one pass per lane finds runs starting at a marker and ending one
    // marker width later.
    const qreal merge = markerSize();
    m_clusters.resize(m_lanes.size());
    for (int laneIndex = 0; laneIndex < m_lanes.size(); ++laneIndex) {
        const Lane &lane = m_lanes.at(laneIndex);
        QList<Cluster> &clusters = m_clusters[laneIndex];
        clusters.clear();
        int i = lane.firstInRange;
        while (i < lane.endInRange) {
            const qreal firstX = xForTime(lane.times.at(i));
            Cluster cluster{firstX, i, 1, m_items.at(lane.items.at(i)).state};
            qreal lastX = firstX;
            int j = i + 1;
            for (; j < lane.endInRange; ++j) {
                const qreal x = xForTime(lane.times.at(j));
                if (x - firstX >= merge) {
                    break;
                }
                lastX = x;
                const ExpiryState state = m_items.at(lane.items.at(j)).state;
                if (moreUrgent(state, cluster.state)) {
                    cluster.state = state;
                }
            }
            cluster.count = j - i;
            cluster.x = (firstX + lastX) / 2.0;
            clusters.append(cluster);
            i = j;
        }
    }
}

qreal TimelineView::xForTime(qint64 msecs) const
{
    const double span = double(std::max<qint64>(1, m_rangeEnd - m_rangeStart));
    return m_plotLeft + double(msecs - m_rangeStart) / span * (m_plotRight - m_plotLeft);
}

int TimelineView::laneTop(int lane) const
{
    return lanesRect().top() + lane * laneHeight() - m_scrollBar->value();
}

int TimelineView::laneAt(int y) const
{
    const QRect lanes = lanesRect();
    if (y < lanes.top() || y > lanes.bottom()) {
        return -1;
    }
    const int lane = (y - lanes.top() + m_scrollBar->value()) / laneHeight();
    return lane < m_lanes.size() ? lane : -1;
}

void TimelineView::updateScrollBar()
{
    const int total = int(m_lanes.size()) * laneHeight();
    const int available = height() - axisHeight() - legendHeight();
    const bool needed = total > available && available > 0;
    m_scrollBar->setVisible(needed);
    m_scrollBar->setRange(0, needed ? total - available : 0);
    m_scrollBar->setPageStep(std::max(1, available));
    m_scrollBar->setSingleStep(laneHeight());
    const int barWidth = m_scrollBar->sizeHint().width();
    m_scrollBar->setGeometry(width() - barWidth, axisHeight(), barWidth, std::max(0, available));
    invalidateLayout();
}

void TimelineView::updateAccessibleDescription()
{
    int upcoming = 0;
    int expiredShown = 0;
    int earlier = 0;
    int later = 0;
    for (const Lane &lane : std::as_const(m_lanes)) {
        earlier += lane.firstInRange;
        later += int(lane.times.size()) - lane.endInRange;
        const auto nowIt = std::lower_bound(lane.times.cbegin() + lane.firstInRange,
                                            lane.times.cbegin() + lane.endInRange, m_now);
        const int beforeNow = int(nowIt - lane.times.cbegin()) - lane.firstInRange;
        expiredShown += beforeNow;
        upcoming += lane.endInRange - lane.firstInRange - beforeNow;
    }
    QStringList parts;
    switch (m_range) {
    case Range::Next90Days:
        parts << (upcoming == 1 ? tr("1 token expires in the next 90 days.")
                                : tr("%1 tokens expire in the next 90 days.").arg(upcoming));
        break;
    case Range::NextYear:
        parts << (upcoming == 1 ? tr("1 token expires in the next year.")
                                : tr("%1 tokens expire in the next year.").arg(upcoming));
        break;
    case Range::All:
        parts << (upcoming == 1 ? tr("1 token expires in the future.")
                                : tr("%1 tokens expire in the future.").arg(upcoming));
        break;
    }
    if (expiredShown > 0) {
        parts << tr("%1 already expired or overdue.").arg(expiredShown);
    }
    if (earlier > 0) {
        parts << tr("%1 earlier than the range shown.").arg(earlier);
    }
    if (later > 0) {
        parts << tr("%1 later than the range shown.").arg(later);
    }
    if (m_undated > 0) {
        parts << tr("%1 without a date.").arg(m_undated);
    }
    setAccessibleDescription(parts.join(u' '));
}

TimelineView::Location TimelineView::locationOf(const QString &key) const
{
    return key.isEmpty() ? Location{} : m_locations.value(key);
}

QPoint TimelineView::markerPosition(const QString &key) const
{
    const Location location = locationOf(key);
    if (location.lane < 0) {
        return {};
    }
    const Lane &lane = m_lanes.at(location.lane);
    if (location.position < lane.firstInRange || location.position >= lane.endInRange) {
        return {};
    }
    ensureLayout();
    const QRect lanes = lanesRect();
    const int y = laneTop(location.lane) + laneHeight() / 2 + int(markerSize() * 0.3);
    if (y < lanes.top() || y > lanes.bottom()) {
        return {};
    }
    return {int(std::lround(xForTime(lane.times.at(location.position)))), y};
}

int TimelineView::todayLineX() const
{
    ensureLayout();
    return int(std::lround(xForTime(m_now)));
}

int TimelineView::earlierCount(const QString &group) const
{
    for (const Lane &lane : m_lanes) {
        if (lane.name == group) {
            return lane.firstInRange;
        }
    }
    return 0;
}

int TimelineView::laterCount(const QString &group) const
{
    for (const Lane &lane : m_lanes) {
        if (lane.name == group) {
            return int(lane.times.size()) - lane.endInRange;
        }
    }
    return 0;
}

QList<int> TimelineView::collapsedCounts(const QString &group) const
{
    ensureLayout();
    QList<int> counts;
    for (int laneIndex = 0; laneIndex < m_lanes.size(); ++laneIndex) {
        if (m_lanes.at(laneIndex).name != group) {
            continue;
        }
        for (const Cluster &cluster : m_clusters.at(laneIndex)) {
            if (cluster.count > 1) {
                counts.append(cluster.count);
            }
        }
    }
    return counts;
}

QStringList TimelineView::laneNames() const
{
    QStringList names;
    names.reserve(m_lanes.size());
    for (const Lane &lane : m_lanes) {
        names.append(lane.name);
    }
    return names;
}

QColor TimelineView::axisTextColour() const
{
    return palette().color(QPalette::WindowText);
}

bool TimelineView::isDark() const
{
    return palette().color(QPalette::Base).lightness() < 128;
}

void TimelineView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    updateScrollBar();
}

void TimelineView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::PaletteChange ||
        event->type() == QEvent::LocaleChange) {
        updateScrollBar();
        update();
    }
}

} // namespace keyward
