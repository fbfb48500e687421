// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

namespace keyward {

/// The members list as the panel shows it: filtered by a text over name and
/// email (case-insensitive), sortable on every column, and with the Role
/// column editable only where the user may change the role: never on their
/// own row, because the server refuses changing yourself (400).
class MemberFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemberFilterProxy)

public:
    explicit MemberFilterProxy(QObject *parent = nullptr);

    void setFilterText(const QString &text);
    QString filterText() const { return m_filter; }

    /// Whether roles may be changed inline (the user is an administrator here).
    void setRolesEditable(bool editable);
    /// The logged-in user's email: their row is never editable.
    void setCurrentUserEmail(const QString &email);
    bool isCurrentUser(const QModelIndex &index) const;

    /// Why a member cannot change or remove themselves, for tooltips.
    static QString ownRowReason();

    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_filter;
    QString m_currentUserEmail;
    bool m_rolesEditable = false;
};

} // namespace keyward
