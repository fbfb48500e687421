// SPDX-License-Identifier: GPL-3.0-or-later
#include "memberlistmodel.h"

#include "roletext.h"

using namespace Qt::StringLiterals;

namespace keyward {

MemberListModel::MemberListModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void MemberListModel::setMembers(const QList<Membership> &members, int totalCount)
{
    beginResetModel();
    m_members = members;
    m_totalCount = qMax(totalCount, static_cast<int>(m_members.size()));
    m_fetchPending = false;
    endResetModel();
}

void MemberListModel::appendMembers(const QList<Membership> &members, int totalCount)
{
    // When members are added while paging, the server's offsets shift and the
    // new page repeats the tail of the previous one; only that tail (at most
    // a page) needs checking, which keeps appending linear in the page size.
    const qsizetype tail = qMax<qsizetype>(0, m_members.size() - members.size());
    const auto listed = [&](const QString &email, const QList<Membership> &list, qsizetype from) {
        for (qsizetype i = from; i < list.size(); ++i) {
            if (list.at(i).user.email.compare(email, Qt::CaseInsensitive) == 0) {
                return true;
            }
        }
        return false;
    };
    QList<Membership> fresh;
    fresh.reserve(members.size());
    for (const Membership &member : members) {
        if (!listed(member.user.email, m_members, tail) && !listed(member.user.email, fresh, 0)) {
            fresh.append(member);
        }
    }
    const int first = static_cast<int>(m_members.size());
    if (!fresh.isEmpty()) {
        beginInsertRows({}, first, first + static_cast<int>(fresh.size()) - 1);
        m_members.append(fresh);
        endInsertRows();
    }
    if (totalCount >= 0) {
        m_totalCount = totalCount;
    }
    // A short page means the server has no more, whatever the count said;
    // without this a shrinking list would ask for the same offset forever.
    if (fresh.isEmpty() || m_totalCount < m_members.size()) {
        m_totalCount = static_cast<int>(m_members.size());
    }
    // Only now: views may call fetchMore() from the insertion signals, and the
    // page being inserted must not be asked for again.
    m_fetchPending = false;
}

bool MemberListModel::updateMember(const Membership &member)
{
    const int row = rowOf(member.user.email);
    if (row < 0) {
        return false;
    }
    m_members[row] = member;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    return true;
}

bool MemberListModel::removeMember(const QString &email)
{
    const int row = rowOf(email);
    if (row < 0) {
        return false;
    }
    beginRemoveRows({}, row, row);
    m_members.removeAt(row);
    m_totalCount = qMax(static_cast<int>(m_members.size()), m_totalCount - 1);
    endRemoveRows();
    return true;
}

void MemberListModel::clear()
{
    setMembers({});
}

void MemberListModel::cancelFetch()
{
    m_fetchPending = false;
}

int MemberListModel::rowOf(const QString &email) const
{
    // Emails are case-insensitive in practice; the server compares them so too.
    for (qsizetype i = 0; i < m_members.size(); ++i) {
        if (m_members.at(i).user.email.compare(email, Qt::CaseInsensitive) == 0) {
            return static_cast<int>(i);
        }
    }
    return -1;
}

QString MemberListModel::displayName(const User &user)
{
    const QString name = (user.firstName + u' ' + user.lastName).trimmed();
    return name.isEmpty() ? user.email : name;
}

int MemberListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_members.size());
}

int MemberListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool MemberListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_fetchPending && m_members.size() < m_totalCount;
}

void MemberListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent)) {
        return;
    }
    m_fetchPending = true;
    Q_EMIT moreRequested(static_cast<int>(m_members.size()));
}

QVariant MemberListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Membership &member = m_members.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return displayName(member.user);
        case EmailColumn:
            return member.user.email;
        case RoleColumn:
            return RoleText::displayName(member.role);
        }
        return {};
    case Qt::ToolTipRole:
        switch (index.column()) {
        case NameColumn:
        case EmailColumn:
            return tr("%1 <%2>").arg(displayName(member.user), member.user.email);
        case RoleColumn:
            return RoleText::description(member.role);
        }
        return {};
    case RawDataRole:
        switch (index.column()) {
        case NameColumn:
            return displayName(member.user);
        case EmailColumn:
            return member.user.email;
        case RoleColumn:
            return static_cast<int>(member.role);
        }
        return {};
    case EmailRole:
        return member.user.email;
    case RoleRole:
        return static_cast<int>(member.role);
    default:
        return {};
    }
}

QVariant MemberListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case NameColumn:
        return tr("Name");
    case EmailColumn:
        return tr("Email");
    case RoleColumn:
        return tr("Role");
    default:
        return {};
    }
}

QHash<int, QByteArray> MemberListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(RawDataRole, "rawData"_ba);
    names.insert(EmailRole, "email"_ba);
    names.insert(RoleRole, "role"_ba);
    return names;
}

} // namespace keyward
