// SPDX-License-Identifier: GPL-3.0-or-later
#include "teamlistmodel.h"

using namespace Qt::StringLiterals;

namespace keyward {

TeamListModel::TeamListModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void TeamListModel::setTeams(const QList<Team> &teams)
{
    beginResetModel();
    m_teams = teams;
    endResetModel();
}

void TeamListModel::addTeam(const Team &team)
{
    if (const int row = rowOf(team.name); row >= 0) {
        m_teams[row] = team;
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    const int row = int(m_teams.size());
    beginInsertRows({}, row, row);
    m_teams.append(team);
    endInsertRows();
}

bool TeamListModel::removeTeam(const QString &name)
{
    const int row = rowOf(name);
    if (row < 0) {
        return false;
    }
    beginRemoveRows({}, row, row);
    m_teams.removeAt(row);
    endRemoveRows();
    return true;
}

void TeamListModel::clear()
{
    setTeams({});
}

int TeamListModel::rowOf(const QString &name) const
{
    for (int row = 0; row < m_teams.size(); ++row) {
        if (m_teams.at(row).name == name) {
            return row;
        }
    }
    return -1;
}

int TeamListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_teams.size());
}

int TeamListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TeamListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Team &team = m_teams.at(index.row());
    const int tokenCount = int(team.tokens.size());
    switch (role) {
    case NameRole:
        return team.name;
    case TokenCountRole:
        return tokenCount;
    case RawDataRole:
        return index.column() == NameColumn ? QVariant(team.name) : QVariant(tokenCount);
    case Qt::DisplayRole:
        if (index.column() == NameColumn) {
            return team.name;
        }
        return tr("%1 of %2").arg(tokenCount).arg(MaxTokens);
    case Qt::ToolTipRole:
        if (index.column() == TokensColumn) {
            return tr("Team %1 has %n of its %2 token slots in use.", nullptr, tokenCount)
                .arg(team.name)
                .arg(MaxTokens);
        }
        return {};
    case Qt::AccessibleTextRole:
        if (index.column() == NameColumn) {
            return team.name;
        }
        return tokenCount == 1 ? tr("1 token") : tr("%n tokens", nullptr, tokenCount);
    case Qt::TextAlignmentRole:
        if (index.column() == TokensColumn) {
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        }
        return {};
    default:
        return {};
    }
}

QVariant TeamListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case NameColumn:
        return tr("Team");
    case TokensColumn:
        return tr("Tokens");
    default:
        return {};
    }
}

QHash<int, QByteArray> TeamListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(RawDataRole, "rawData"_ba);
    names.insert(NameRole, "name"_ba);
    names.insert(TokenCountRole, "tokenCount"_ba);
    return names;
}

} // namespace keyward
