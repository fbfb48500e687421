// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditeventmodel.h"

#include "domain/relativetime.h"

#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace keyward {

AuditEventModel::AuditEventModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void AuditEventModel::clear()
{
    beginResetModel();
    m_events.clear();
    m_moreAvailable = false;
    m_fetching = false;
    endResetModel();
}

void AuditEventModel::appendEvents(const QList<AuditEvent> &events, bool moreAvailable)
{
    m_fetching = false;
    m_moreAvailable = moreAvailable;
    if (events.isEmpty()) {
        return;
    }
    const int first = int(m_events.size());
    beginInsertRows({}, first, first + int(events.size()) - 1);
    m_events.append(events);
    endInsertRows();
}

void AuditEventModel::cancelFetch()
{
    m_fetching = false;
}

QStringList AuditEventModel::actions() const
{
    QStringList actions;
    for (const AuditEvent &event : m_events) {
        actions.append(event.action);
    }
    actions.sort();
    actions.erase(std::unique(actions.begin(), actions.end()), actions.end());
    return actions;
}

void AuditEventModel::setNow(const QDateTime &now)
{
    m_now = now;
    if (!m_events.isEmpty()) {
        Q_EMIT dataChanged(index(0, TimeColumn), index(rowCount() - 1, TimeColumn),
                           {Qt::DisplayRole});
    }
}

QDateTime AuditEventModel::now() const
{
    return m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
}

int AuditEventModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int AuditEventModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool AuditEventModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_moreAvailable && !m_fetching;
}

void AuditEventModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent)) {
        return;
    }
    // The view asks again on every scroll; one request at a time.
    m_fetching = true;
    Q_EMIT moreRequested(oldestId());
}

QVariant AuditEventModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const AuditEvent &event = m_events.at(index.row());
    switch (role) {
    case IdRole:
        return event.id;
    case TimeRole:
        return event.time.toUTC();
    case ActorRole:
        return event.actor;
    case ActionRole:
        return event.action;
    case TargetRole:
        return event.target;
    case DetailRole:
        return event.detail;
    case RemoteRole:
        return event.remote;
    default:
        break;
    }
    const int column = index.column();
    if (role == Qt::DisplayRole) {
        switch (column) {
        case TimeColumn:
            return tr("%1 (%2)").arg(
                QLocale().toString(event.time.toLocalTime(), u"yyyy-MM-dd HH:mm:ss"_s),
                RelativeTime::text(event.time, now()));
        case ActorColumn:
            return event.actor;
        case ActionColumn:
            return event.action;
        case TargetColumn:
            return event.target;
        case DetailColumn:
            // One line: the view elides, the tooltip holds the whole text.
            return QString(event.detail).replace(u'\n', u' ');
        case RemoteColumn:
            return event.remote;
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        if (column == TimeColumn) {
            return tr("%1 UTC").arg(event.time.toUTC().toString(u"yyyy-MM-dd HH:mm:ss.zzz"_s));
        }
        if (column == DetailColumn || column == TargetColumn) {
            const QString &text = column == DetailColumn ? event.detail : event.target;
            return text.isEmpty() ? QVariant() : QVariant(text);
        }
    }
    return {};
}

QVariant AuditEventModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case ActorColumn:
        return tr("Actor");
    case ActionColumn:
        return tr("Action");
    case TargetColumn:
        return tr("Target");
    case DetailColumn:
        return tr("Detail");
    case RemoteColumn:
        return tr("Remote");
    default:
        return {};
    }
}

} // namespace keyward
