// SPDX-License-Identifier: GPL-3.0-or-later
#include "usersuggestionmodel.h"

#include "itemmodels/memberlistmodel.h"

namespace keyward {

UserSuggestionModel::UserSuggestionModel(QObject *parent)
    : QAbstractListModel(parent)
{}

void UserSuggestionModel::setUsers(const QList<User> &users)
{
    beginResetModel();
    m_users = users;
    endResetModel();
}

int UserSuggestionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_users.size());
}

QVariant UserSuggestionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const User &user = m_users.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole: {
        const QString name = MemberListModel::displayName(user);
        return name == user.email ? user.email : tr("%1 <%2>").arg(name, user.email);
    }
    case Qt::EditRole:
    case EmailRole:
        // The completer writes the completion role into the field: the email.
        return user.email;
    default:
        return {};
    }
}

} // namespace keyward
