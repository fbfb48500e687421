// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace keyward {

/// Paints a ProfileListModel row as two lines: the name, and below it in a
/// quieter colour the server and environment (ProfileListModel::DetailRole),
/// so profiles with similar names stay distinguishable at a glance.
class ProfileItemDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileItemDelegate)

public:
    explicit ProfileItemDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace keyward
