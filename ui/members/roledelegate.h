// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/role.h"

#include <QHash>
#include <QStyledItemDelegate>

namespace keyward {

/// Edits the Role column in place with a combo box (Administrator, Member,
/// Viewer). Committing does not write to the model: it emits roleChosen(),
/// the panel asks the server, and the row only changes once the server
/// agreed. Meanwhile the cell shows the requested role greyed ("pending").
///
/// The editor's objectName is "memberRoleEditor".
class RoleDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RoleDelegate)

public:
    explicit RoleDelegate(QObject *parent = nullptr);

    /// Shows \p role greyed on \p email's row until clearPending().
    void setPending(const QString &email, Role role);
    void clearPending(const QString &email);
    bool isPending(const QString &email) const;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;
    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const override;

Q_SIGNALS:
    /// The user picked \p role for the member \p email (only when it differs).
    void roleChosen(const QString &email, keyward::Role role) const;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    QHash<QString, Role> m_pending;
};

} // namespace keyward
