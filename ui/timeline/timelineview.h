// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timeline/timelineaxis.h"
#include "timeline/timelineitem.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QWidget>

#include <functional>

class QScrollBar;

namespace keyward {

/// The expiry review's timeline: one horizontal lane per group, a date axis,
/// a line for today and one marker per token. Painted in code rather than
/// with Qt Charts so that 100,000 tokens stay fast: markers closer than their
/// own width collapse into one marker with a count, and nothing is allocated
/// per item while painting.
class TimelineView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelineView)

public:
    enum class Range
    {
        Next90Days,
        NextYear,
        All,
    };
    Q_ENUM(Range)

    explicit TimelineView(QWidget *parent = nullptr);
    ~TimelineView() override;

    void setItems(QList<TimelineItem> items);
    void setRange(Range range);
    Range range() const { return m_range; }
    /// Tests inject a fixed "now"; the default is the current UTC time.
    void setClock(std::function<QDateTime()> clock);

    /// Selects without emitting itemActivated (the page mirrors its table).
    void setSelectedKey(const QString &key);
    QString selectedKey() const { return m_selectedKey; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    // For tests and the page's status line.
    /// Where the item's marker is drawn, in widget coordinates; invalid when
    /// the item is outside the range or its lane is scrolled away. A marker
    /// merged into a collapsed one is reported at its own date, which lies
    /// inside the collapsed marker.
    QPoint markerPosition(const QString &key) const;
    int todayLineX() const;
    int earlierCount(const QString &group) const;
    int laterCount(const QString &group) const;
    /// Item counts of the collapsed markers (those standing for more than one
    /// item) in a lane, left to right.
    QList<int> collapsedCounts(const QString &group) const;
    QStringList laneNames() const;
    QColor axisTextColour() const;

Q_SIGNALS:
    void itemActivated(const QString &key);

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Cluster
    {
        qreal x = 0;
        int first = 0; ///< position in the lane's sorted items
        int count = 0;
        ExpiryState state = ExpiryState::NeverExpires; ///< most urgent of its items
    };
    struct Lane
    {
        QString name;
        QList<int> items;    ///< indices into m_items, sorted by time
        QList<qint64> times; ///< parallel to items, ms since the epoch
        int firstInRange = 0;
        int endInRange = 0;
    };
    struct Location
    {
        int lane = -1;
        int position = -1;
    };

    void rebuildLanes();
    void updateRangeBounds();
    void invalidateLayout();
    void ensureLayout() const;
    void updateScrollBar();
    void updateAccessibleDescription();

    qreal xForTime(qint64 msecs) const;
    int laneTop(int lane) const;
    QRect lanesRect() const;
    int laneAt(int y) const;
    Location itemNear(QPoint pos) const;
    const Cluster *clusterAt(QPoint pos, int *laneIndex) const;
    Location locationOf(const QString &key) const;
    void selectLocation(Location location, bool activate);
    void moveSelection(int laneDelta, int positionDelta);
    void ensureLaneVisible(int lane);
    bool isDark() const;

    void paintAxis(QPainter &painter, const QList<TimelineTick> &ticks) const;
    void paintLanes(QPainter &painter, const QList<TimelineTick> &ticks) const;
    void paintLaneMarkers(QPainter &painter, int laneIndex, int top) const;
    void paintToday(QPainter &painter) const;
    void paintLegend(QPainter &painter) const;
    /// Lays the legend out in rows for the current width; returns its height.
    int legendLayout(QList<QPoint> *origins) const;
    int legendHeight() const;
    int axisHeight() const;
    int laneHeight() const;
    qreal markerSize() const;
    QRect todayLabelRect() const;
    QFont smallFont() const;
    QString collapsedToolTip(const Lane &lane, const Cluster &cluster) const;

    QList<TimelineItem> m_items;
    QList<Lane> m_lanes;
    QHash<QString, Location> m_locations;
    int m_undated = 0;
    Range m_range = Range::Next90Days;
    std::function<QDateTime()> m_clock;
    qint64 m_now = 0;
    qint64 m_rangeStart = 0;
    qint64 m_rangeEnd = 0;
    QString m_selectedKey;
    QScrollBar *m_scrollBar = nullptr;

    // Layout cache, rebuilt lazily when size, range or items change.
    mutable bool m_layoutValid = false;
    mutable int m_labelWidth = 0;
    mutable int m_earlierWidth = 0;
    mutable int m_laterWidth = 0;
    mutable qreal m_plotLeft = 0;
    mutable qreal m_plotRight = 0;
    mutable QList<QList<Cluster>> m_clusters; ///< per lane, left to right
};

} // namespace keyward
