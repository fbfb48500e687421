// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/team.h"

#include <QAbstractTableModel>
#include <QList>

namespace keyward {

/// The teams of one organization: name and how many of its three token slots
/// are used. Filled in bulk (one reset); sorting and filtering belong to a
/// QSortFilterProxyModel on top.
class TeamListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TeamListModel)

public:
    enum Column
    {
        NameColumn,
        TokensColumn,
        ColumnCount
    };
    enum DataRole
    {
        /// The column's raw value: the name (QString) or the token count (int).
        RawDataRole = Qt::UserRole + 1,
        /// The team's name whatever the column: the key to act on a row.
        NameRole,
        /// The number of tokens whatever the column.
        TokenCountRole,
    };

    /// At most this many tokens per team (api.md).
    static constexpr int MaxTokens = 3;

    explicit TeamListModel(QObject *parent = nullptr);

    /// Replaces every row.
    void setTeams(const QList<Team> &teams);
    /// Adds \p team at the end (the proxy sorts), or replaces a team of that name.
    void addTeam(const Team &team);
    /// Removes the team named \p name; false if not listed.
    bool removeTeam(const QString &name);
    void clear();

    const QList<Team> &teams() const { return m_teams; }
    int rowOf(const QString &name) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QList<Team> m_teams;
};

} // namespace keyward
