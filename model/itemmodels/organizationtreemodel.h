// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/namedrole.h"

#include <QAbstractItemModel>
#include <QList>

namespace keyward {

/// Organizations the user belongs to (top level) and, below each, the user's
/// teams in it. Teams are loaded lazily: the first fetchMore() on an
/// organization asks for them with teamsRequested(); setTeams() delivers.
/// Two levels only, so an index's internal id is 0 for an organization and
/// organization row + 1 for a team: no node objects, no per-row allocation.
class OrganizationTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrganizationTreeModel)

public:
    enum Column
    {
        NameColumn,
        RoleColumn,
        ColumnCount
    };
    enum DataRole
    {
        NameRole = Qt::UserRole + 1, ///< QString: the organization's or team's name
        RoleRole,                    ///< int of keyward::Role: the user's role there
        KindRole,                    ///< int of Kind
        OrganizationRole,            ///< QString: the organization (itself, or the team's)
        LoadingRole,                 ///< bool: an organization whose teams are being fetched
    };
    enum class Kind
    {
        Organization,
        Team
    };
    Q_ENUM(Kind)

    explicit OrganizationTreeModel(QObject *parent = nullptr);

    /// Replaces everything; every organization's teams are unknown again.
    void setOrganizations(const QList<NamedRole> &organizations);
    void clear();
    /// Replaces the teams of \p organization (ignored if it is not listed).
    void setTeams(const QString &organization, const QList<NamedRole> &teams);
    /// After a failed team request: the next fetchMore() asks again.
    void cancelTeamsRequest(const QString &organization);

    /// The organization row's index, invalid if not listed.
    QModelIndex organizationIndex(const QString &organization, int column = NameColumn) const;
    int organizationCount() const { return static_cast<int>(m_organizations.size()); }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    /// The view opened \p organization: fetch its teams, then call setTeams().
    void teamsRequested(const QString &organization);

private:
    enum class TeamsState
    {
        Unknown,
        Requested,
        Loaded
    };
    struct OrganizationRow
    {
        NamedRole organization;
        QList<NamedRole> teams;
        TeamsState state = TeamsState::Unknown;
    };

    static constexpr quintptr organizationId = 0;
    bool isOrganization(const QModelIndex &index) const { return index.internalId() == 0; }
    int organizationRowOf(const QString &organization) const;

    QList<OrganizationRow> m_organizations;
};

} // namespace keyward
