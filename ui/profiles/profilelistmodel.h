// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "settings/connectionprofile.h"

#include <QAbstractListModel>
#include <QList>
#include <QUuid>

namespace keyward {

class ProfileStore;

/// The connection profiles of a ProfileStore as a list: the name, a second
/// line with server and environment, a colour swatch. Follows the store's
/// signals, so every view of the profiles stays current.
class ProfileListModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileListModel)

public:
    enum Role
    {
        IdRole = Qt::UserRole + 1, ///< QUuid
        DetailRole,                ///< "https://… · Production", the second line
        ServerUrlRole,             ///< QUrl
        EnvironmentRole,           ///< int (Environment)
        ColourRole,                ///< QColor, the effective colour
    };
    Q_ENUM(Role)

    /// \p store is not owned and must outlive the model.
    explicit ProfileListModel(ProfileStore *store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// The row of profile \p id, or an invalid index.
    QModelIndex indexOfId(const QUuid &id) const;
    QUuid idAt(int row) const;

private:
    void reload();
    void onAdded(const QUuid &id);
    void onUpdated(const QUuid &id);
    void onRemoved(const QUuid &id);
    int rowOf(const QUuid &id) const;

    ProfileStore *m_store;
    /// A copy, not the store's list: the store changes before it signals, and
    /// the model must still answer with the old rows inside begin…Rows().
    QList<ConnectionProfile> m_profiles;
};

} // namespace keyward
