// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/auditevent.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>

namespace keyward {

/// The audit events of one organization as far as they are loaded, newest
/// first. The trail is paged backwards with `before` (the last loaded id):
/// while more events are available, canFetchMore() holds and fetchMore()
/// asks for the next page once with moreRequested(beforeId); appendEvents()
/// delivers it. The model never talks to the server itself.
class AuditEventModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditEventModel)

public:
    enum Column
    {
        TimeColumn,
        ActorColumn,
        ActionColumn,
        TargetColumn,
        DetailColumn,
        RemoteColumn,
        ColumnCount
    };

    /// Raw values, the same in every column (filters, exports, tests).
    enum Roles
    {
        IdRole = Qt::UserRole + 1,
        TimeRole, ///< QDateTime, UTC
        ActorRole,
        ActionRole,
        TargetRole,
        DetailRole,
        RemoteRole,
    };

    explicit AuditEventModel(QObject *parent = nullptr);

    /// Forgets every event (a new organization, or a reload).
    void clear();
    /// Adds the next (older) page at the end; \p moreAvailable says whether
    /// the server holds still older events.
    void appendEvents(const QList<AuditEvent> &events, bool moreAvailable);
    /// After a failed page request: the next fetchMore() asks again.
    void cancelFetch();

    bool isFetching() const { return m_fetching; }
    bool moreAvailable() const { return m_moreAvailable; }
    const QList<AuditEvent> &events() const { return m_events; }
    /// The id to page further back from: the oldest loaded event's.
    QString oldestId() const { return m_events.isEmpty() ? QString() : m_events.last().id; }
    /// The distinct actions loaded so far, sorted.
    QStringList actions() const;

    /// The clock relative times are computed against (tests pin it).
    void setNow(const QDateTime &now);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    /// The view scrolled to the end: load the page before \p beforeId.
    void moreRequested(const QString &beforeId);

private:
    QDateTime now() const;

    QList<AuditEvent> m_events;
    QDateTime m_now;
    bool m_moreAvailable = false;
    bool m_fetching = false;
};

} // namespace keyward
