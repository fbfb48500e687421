// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/membership.h"

#include <QAbstractTableModel>
#include <QList>

namespace keyward {

/// Members of an organization or team. Filled in bulk by setMembers() or page
/// by page: with a total count known (X-Total-Count), canFetchMore() holds
/// while rows are missing and fetchMore() asks for the next page with
/// moreRequested(offset); appendMembers() delivers it.
class MemberListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemberListModel)

public:
    enum Column
    {
        NameColumn,
        EmailColumn,
        RoleColumn,
        ColumnCount
    };
    enum DataRole
    {
        /// The column's raw value: full name, email (QString) or int of keyward::Role.
        RawDataRole = Qt::UserRole + 1,
        /// The member's email whatever the column: the key to act on a row.
        EmailRole,
        /// int of keyward::Role whatever the column.
        RoleRole,
    };

    explicit MemberListModel(QObject *parent = nullptr);

    /// Replaces every row. \p totalCount is how many members the server has
    /// (for paging); -1 means \p members is the whole list.
    void setMembers(const QList<Membership> &members, int totalCount = -1);
    /// Adds the next page at the end. Rows repeating the previous page's tail
    /// are skipped: pages shift when someone is added meanwhile.
    void appendMembers(const QList<Membership> &members, int totalCount = -1);
    /// Replaces the member with the same email; false if not listed.
    bool updateMember(const Membership &member);
    /// Removes the member with \p email; false if not listed.
    bool removeMember(const QString &email);
    void clear();
    /// After a failed page request: the next fetchMore() asks again.
    void cancelFetch();

    const QList<Membership> &members() const { return m_members; }
    int totalCount() const { return m_totalCount; }
    int rowOf(const QString &email) const;
    /// "First Last", or the email when the user has no name yet (an invited,
    /// unconfirmed account).
    static QString displayName(const User &user);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    /// Fetch the members from \p offset on, then call appendMembers().
    void moreRequested(int offset);

private:
    int m_totalCount = 0;
    bool m_fetchPending = false;
    QList<Membership> m_members;
};

} // namespace keyward
