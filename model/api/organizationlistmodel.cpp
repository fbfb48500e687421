// SPDX-License-Identifier: GPL-3.0-or-later
#include "organizationlistmodel.h"

#include "itemmodels/roletext.h"

using namespace Qt::StringLiterals;

namespace keyward {

OrganizationListModel::OrganizationListModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void OrganizationListModel::setOrganizations(const QList<NamedRole> &organizations)
{
    beginResetModel();
    m_organizations = organizations;
    endResetModel();
}

void OrganizationListModel::clear()
{
    setOrganizations({});
}

QString OrganizationListModel::roleDisplayName(Role role)
{
    return RoleText::displayName(role); // one wording for a role in every list
}

int OrganizationListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_organizations.size());
}

int OrganizationListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OrganizationListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const NamedRole &entry = m_organizations.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return index.column() == NameColumn ? entry.name : roleDisplayName(entry.role);
    case RawDataRole:
        return index.column() == NameColumn ? QVariant(entry.name)
                                            : QVariant(static_cast<int>(entry.role));
    case NameRole:
        return entry.name;
    default:
        return {};
    }
}

QVariant OrganizationListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case NameColumn:
        return tr("Organization");
    case RoleColumn:
        return tr("Your role");
    default:
        return {};
    }
}

QHash<int, QByteArray> OrganizationListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(RawDataRole, "rawData"_ba);
    names.insert(NameRole, "name"_ba);
    return names;
}

} // namespace keyward
