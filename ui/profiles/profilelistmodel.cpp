// SPDX-License-Identifier: GPL-3.0-or-later
#include "profilelistmodel.h"

#include "colourswatch.h"
#include "settings/profilestore.h"

#include <QColor>
#include <QIcon>

using namespace Qt::StringLiterals;

namespace keyward {

namespace {
constexpr int swatchSize = 14;
} // namespace

ProfileListModel::ProfileListModel(ProfileStore *store, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
    , m_profiles(store->profiles())
{
    connect(m_store, &ProfileStore::profilesReloaded, this, &ProfileListModel::reload);
    connect(m_store, &ProfileStore::profileAdded, this, &ProfileListModel::onAdded);
    connect(m_store, &ProfileStore::profileUpdated, this, &ProfileListModel::onUpdated);
    connect(m_store, &ProfileStore::profileRemoved, this, &ProfileListModel::onRemoved);
}

int ProfileListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_profiles.size());
}

QVariant ProfileListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const ConnectionProfile &profile = m_profiles.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return profile.name;
    case DetailRole:
        return tr("%1 · %2").arg(profile.serverUrl.toDisplayString(),
                                 environmentDisplayName(profile.environment));
    case Qt::ToolTipRole:
        return tr("%1\n%2\nEnvironment: %3")
            .arg(profile.name, profile.serverUrl.toDisplayString(),
                 environmentDisplayName(profile.environment));
    case Qt::AccessibleTextRole:
        return tr("%1, %2, %3")
            .arg(profile.name, environmentDisplayName(profile.environment),
                 profile.serverUrl.toDisplayString());
    case Qt::DecorationRole:
        return colourSwatch(QColor(profile.effectiveColour()), swatchSize);
    case IdRole:
        return profile.id;
    case ServerUrlRole:
        return profile.serverUrl;
    case EnvironmentRole:
        return static_cast<int>(profile.environment);
    case ColourRole:
        return QColor(profile.effectiveColour());
    default:
        return {};
    }
}

QHash<int, QByteArray> ProfileListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "profileId"_ba);
    names.insert(DetailRole, "detail"_ba);
    names.insert(ServerUrlRole, "serverUrl"_ba);
    names.insert(EnvironmentRole, "environment"_ba);
    names.insert(ColourRole, "colour"_ba);
    return names;
}

QModelIndex ProfileListModel::indexOfId(const QUuid &id) const
{
    const int row = rowOf(id);
    return row < 0 ? QModelIndex() : index(row);
}

QUuid ProfileListModel::idAt(int row) const
{
    return row >= 0 && row < m_profiles.size() ? m_profiles.at(row).id : QUuid();
}

int ProfileListModel::rowOf(const QUuid &id) const
{
    for (int row = 0; row < m_profiles.size(); ++row) {
        if (m_profiles.at(row).id == id) {
            return row;
        }
    }
    return -1;
}

void ProfileListModel::reload()
{
    beginResetModel();
    m_profiles = m_store->profiles();
    endResetModel();
}

void ProfileListModel::onAdded(const QUuid &id)
{
    const std::optional<ConnectionProfile> profile = m_store->find(id);
    if (!profile || rowOf(id) >= 0) {
        return;
    }
    const int row = static_cast<int>(m_profiles.size());
    beginInsertRows({}, row, row);
    m_profiles.append(*profile);
    endInsertRows();
}

void ProfileListModel::onUpdated(const QUuid &id)
{
    const int row = rowOf(id);
    const std::optional<ConnectionProfile> profile = m_store->find(id);
    if (row < 0 || !profile) {
        reload();
        return;
    }
    m_profiles[row] = *profile;
    const QModelIndex changed = index(row);
    Q_EMIT dataChanged(changed, changed);
}

void ProfileListModel::onRemoved(const QUuid &id)
{
    const int row = rowOf(id);
    if (row < 0) {
        return;
    }
    beginRemoveRows({}, row, row);
    m_profiles.removeAt(row);
    endRemoveRows();
}

} // namespace keyward
