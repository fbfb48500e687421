// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditfilterproxy.h"

#include "auditeventmodel.h"

namespace keyward {

AuditFilterProxy::AuditFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{}

void AuditFilterProxy::setActor(const QString &actor)
{
    if (actor.trimmed() == m_actor) {
        return;
    }
    m_actor = actor.trimmed();
    invalidateRowsFilter();
}

void AuditFilterProxy::setAction(const QString &action)
{
    if (action == m_action) {
        return;
    }
    m_action = action;
    invalidateRowsFilter();
}

void AuditFilterProxy::setTarget(const QString &target)
{
    if (target.trimmed() == m_target) {
        return;
    }
    m_target = target.trimmed();
    invalidateRowsFilter();
}

void AuditFilterProxy::setTimeRange(const std::optional<QDateTime> &from,
                                    const std::optional<QDateTime> &to)
{
    if (from == m_from && to == m_to) {
        return;
    }
    m_from = from;
    m_to = to;
    invalidateRowsFilter();
}

bool AuditFilterProxy::isFiltering() const
{
    return !m_actor.isEmpty() || !m_action.isEmpty() || !m_target.isEmpty() || m_from || m_to;
}

bool AuditFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_actor.isEmpty() &&
        !index.data(AuditEventModel::ActorRole).toString().contains(m_actor, Qt::CaseInsensitive)) {
        return false;
    }
    if (!m_action.isEmpty() && index.data(AuditEventModel::ActionRole).toString() != m_action) {
        return false;
    }
    if (!m_target.isEmpty() && !index.data(AuditEventModel::TargetRole)
                                    .toString()
                                    .contains(m_target, Qt::CaseInsensitive)) {
        return false;
    }
    if (m_from || m_to) {
        const QDateTime time = index.data(AuditEventModel::TimeRole).toDateTime();
        if ((m_from && time < *m_from) || (m_to && time > *m_to)) {
            return false;
        }
    }
    return true;
}

} // namespace keyward
