// SPDX-License-Identifier: GPL-3.0-or-later
#include "organizationtreemodel.h"

#include "roletext.h"

using namespace Qt::StringLiterals;

namespace keyward {

OrganizationTreeModel::OrganizationTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{}

void OrganizationTreeModel::setOrganizations(const QList<NamedRole> &organizations)
{
    beginResetModel();
    m_organizations.clear();
    m_organizations.reserve(organizations.size());
    for (const NamedRole &organization : organizations) {
        m_organizations.append(OrganizationRow{organization, {}, TeamsState::Unknown});
    }
    endResetModel();
}

void OrganizationTreeModel::clear()
{
    setOrganizations({});
}

void OrganizationTreeModel::setTeams(const QString &organization, const QList<NamedRole> &teams)
{
    const int row = organizationRowOf(organization);
    if (row < 0) {
        return;
    }
    const QModelIndex parentIndex = index(row, NameColumn);
    OrganizationRow &entry = m_organizations[row];
    if (!entry.teams.isEmpty()) {
        beginRemoveRows(parentIndex, 0, static_cast<int>(entry.teams.size()) - 1);
        entry.teams.clear();
        endRemoveRows();
    }
    const bool wasLoading = entry.state == TeamsState::Requested;
    entry.state = TeamsState::Loaded;
    if (!teams.isEmpty()) {
        beginInsertRows(parentIndex, 0, static_cast<int>(teams.size()) - 1);
        entry.teams = teams;
        endInsertRows();
    }
    if (wasLoading || teams.isEmpty()) {
        // LoadingRole changed, and with no teams so did hasChildren(): let
        // views drop the expander and the "loading" hint.
        Q_EMIT dataChanged(parentIndex, index(row, ColumnCount - 1));
    }
}

void OrganizationTreeModel::cancelTeamsRequest(const QString &organization)
{
    const int row = organizationRowOf(organization);
    if (row < 0 || m_organizations.at(row).state != TeamsState::Requested) {
        return;
    }
    m_organizations[row].state = TeamsState::Unknown;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1), {LoadingRole});
}

QModelIndex OrganizationTreeModel::organizationIndex(const QString &organization, int column) const
{
    const int row = organizationRowOf(organization);
    return row < 0 ? QModelIndex() : index(row, column);
}

QModelIndex OrganizationTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent)) {
        return {};
    }
    if (!parent.isValid()) {
        return createIndex(row, column, organizationId);
    }
    return createIndex(row, column, static_cast<quintptr>(parent.row()) + 1);
}

QModelIndex OrganizationTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || isOrganization(child)) {
        return {};
    }
    return createIndex(static_cast<int>(child.internalId() - 1), NameColumn, organizationId);
}

int OrganizationTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid()) {
        return static_cast<int>(m_organizations.size());
    }
    // Only the first column has children, as QTreeView expects.
    if (parent.column() != NameColumn || !isOrganization(parent)) {
        return 0;
    }
    return static_cast<int>(m_organizations.at(parent.row()).teams.size());
}

int OrganizationTreeModel::columnCount(const QModelIndex &parent) const
{
    Q_UNUSED(parent)
    return ColumnCount;
}

bool OrganizationTreeModel::hasChildren(const QModelIndex &parent) const
{
    if (!parent.isValid()) {
        return !m_organizations.isEmpty();
    }
    if (parent.column() != NameColumn || !isOrganization(parent)) {
        return false;
    }
    const OrganizationRow &entry = m_organizations.at(parent.row());
    // Until the teams are known, offer an expander so the view asks for them.
    return entry.state != TeamsState::Loaded || !entry.teams.isEmpty();
}

bool OrganizationTreeModel::canFetchMore(const QModelIndex &parent) const
{
    if (!parent.isValid() || parent.column() != NameColumn || !isOrganization(parent)) {
        return false;
    }
    return m_organizations.at(parent.row()).state == TeamsState::Unknown;
}

void OrganizationTreeModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent)) {
        return;
    }
    OrganizationRow &entry = m_organizations[parent.row()];
    entry.state = TeamsState::Requested;
    Q_EMIT teamsRequested(entry.organization.name);
}

QVariant OrganizationTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    const bool organization = isOrganization(index);
    const OrganizationRow &orgRow =
        m_organizations.at(organization ? index.row() : static_cast<int>(index.internalId() - 1));
    const NamedRole &entry = organization ? orgRow.organization : orgRow.teams.at(index.row());

    switch (role) {
    case Qt::DisplayRole:
        return index.column() == NameColumn ? entry.name : RoleText::displayName(entry.role);
    case Qt::ToolTipRole:
        if (index.column() == RoleColumn) {
            return RoleText::description(entry.role);
        }
        if (organization) {
            return orgRow.state == TeamsState::Requested
                       ? tr("Organization %1 (loading its teams…)").arg(entry.name)
                       : tr("Organization %1").arg(entry.name);
        }
        return tr("Team %1 of %2").arg(entry.name, orgRow.organization.name);
    case NameRole:
        return entry.name;
    case RoleRole:
        return static_cast<int>(entry.role);
    case KindRole:
        return static_cast<int>(organization ? Kind::Organization : Kind::Team);
    case OrganizationRole:
        return orgRow.organization.name;
    case LoadingRole:
        return organization && orgRow.state == TeamsState::Requested;
    default:
        return {};
    }
}

QVariant OrganizationTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case NameColumn:
        return tr("Name");
    case RoleColumn:
        return tr("Your role");
    default:
        return {};
    }
}

Qt::ItemFlags OrganizationTreeModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags result = QAbstractItemModel::flags(index);
    if (index.isValid() && !isOrganization(index)) {
        result |= Qt::ItemNeverHasChildren;
    }
    return result;
}

QHash<int, QByteArray> OrganizationTreeModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(NameRole, "name"_ba);
    names.insert(RoleRole, "role"_ba);
    names.insert(KindRole, "kind"_ba);
    names.insert(OrganizationRole, "organization"_ba);
    names.insert(LoadingRole, "loading"_ba);
    return names;
}

int OrganizationTreeModel::organizationRowOf(const QString &organization) const
{
    for (qsizetype i = 0; i < m_organizations.size(); ++i) {
        if (m_organizations.at(i).organization.name == organization) {
            return static_cast<int>(i);
        }
    }
    return -1;
}

} // namespace keyward
