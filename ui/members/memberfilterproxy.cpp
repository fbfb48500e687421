// SPDX-License-Identifier: GPL-3.0-or-later
#include "memberfilterproxy.h"

#include "itemmodels/memberlistmodel.h"

namespace keyward {

MemberFilterProxy::MemberFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    // Raw values sort roles by rank (Administrator first), not alphabetically.
    setSortRole(MemberListModel::RawDataRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void MemberFilterProxy::setFilterText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_filter) {
        return;
    }
    m_filter = trimmed;
    invalidateFilter();
}

void MemberFilterProxy::setRolesEditable(bool editable)
{
    if (editable == m_rolesEditable) {
        return;
    }
    m_rolesEditable = editable;
    if (rowCount() > 0) {
        Q_EMIT dataChanged(index(0, MemberListModel::RoleColumn),
                           index(rowCount() - 1, MemberListModel::RoleColumn));
    }
}

void MemberFilterProxy::setCurrentUserEmail(const QString &email)
{
    m_currentUserEmail = email;
    if (rowCount() > 0) {
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    }
}

bool MemberFilterProxy::isCurrentUser(const QModelIndex &index) const
{
    return index.isValid() && !m_currentUserEmail.isEmpty() &&
           index.data(MemberListModel::EmailRole)
                   .toString()
                   .compare(m_currentUserEmail, Qt::CaseInsensitive) == 0;
}

QString MemberFilterProxy::ownRowReason()
{
    return tr("You cannot change or remove yourself; another administrator can.");
}

Qt::ItemFlags MemberFilterProxy::flags(const QModelIndex &index) const
{
    Qt::ItemFlags result = QSortFilterProxyModel::flags(index);
    if (index.isValid() && index.column() == MemberListModel::RoleColumn && m_rolesEditable &&
        !isCurrentUser(index)) {
        result |= Qt::ItemIsEditable;
    }
    return result;
}

QVariant MemberFilterProxy::data(const QModelIndex &index, int role) const
{
    if (role == Qt::DisplayRole && index.column() == MemberListModel::NameColumn &&
        isCurrentUser(index)) {
        return tr("%1 (you)").arg(QSortFilterProxyModel::data(index, role).toString());
    }
    if (role == Qt::ToolTipRole && index.column() == MemberListModel::RoleColumn &&
        m_rolesEditable && isCurrentUser(index)) {
        return ownRowReason();
    }
    return QSortFilterProxyModel::data(index, role);
}

bool MemberFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_filter.isEmpty()) {
        return true;
    }
    const QAbstractItemModel *model = sourceModel();
    const auto contains = [&](int column) {
        return model->index(sourceRow, column, sourceParent)
            .data(Qt::DisplayRole)
            .toString()
            .contains(m_filter, Qt::CaseInsensitive);
    };
    return contains(MemberListModel::NameColumn) || contains(MemberListModel::EmailColumn);
}

} // namespace keyward
