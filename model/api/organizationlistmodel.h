// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/namedrole.h"

#include <QAbstractTableModel>
#include <QList>

namespace keyward {

/// The organizations the logged-in user belongs to, with the user's role in
/// each (GET /users/organizations). Filled in bulk; sorting belongs to a proxy.
class OrganizationListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrganizationListModel)

public:
    enum Column
    {
        NameColumn,
        RoleColumn,
        ColumnCount
    };
    enum DataRole
    {
        /// The column's raw value: the name (QString) or the Role (int of keyward::Role).
        RawDataRole = Qt::UserRole + 1,
        /// The organization's name whatever the column, to act on a selected row.
        NameRole,
    };

    explicit OrganizationListModel(QObject *parent = nullptr);

    void setOrganizations(const QList<NamedRole> &organizations);
    const QList<NamedRole> &organizations() const { return m_organizations; }
    void clear();

    /// The translated, human name of a role ("Administrator").
    static QString roleDisplayName(Role role);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QList<NamedRole> m_organizations;
};

} // namespace keyward
