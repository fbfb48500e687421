// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/user.h"

#include <QAbstractListModel>
#include <QList>

namespace keyward {

/// The users a search found, for the add-member completer: shown as
/// "Jane Doe <jane@example.com>", completing to the email (Qt::EditRole).
class UserSuggestionModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserSuggestionModel)

public:
    enum DataRole
    {
        EmailRole = Qt::UserRole + 1,
    };

    explicit UserSuggestionModel(QObject *parent = nullptr);

    void setUsers(const QList<User> &users);
    void clear() { setUsers({}); }
    const QList<User> &users() const { return m_users; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QList<User> m_users;
};

} // namespace keyward
