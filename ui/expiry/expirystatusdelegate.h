// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "expiry/expirystate.h"

#include <QIcon>
#include <QStyledItemDelegate>

#include <array>

namespace keyward {

/// Paints the expiry review's Status column as icon + text, so a state is
/// never told by colour alone. The model layer has no Gui; the icon comes
/// from the model's StatusIconNameRole.
class ExpiryStatusDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExpiryStatusDelegate)

public:
    explicit ExpiryStatusDelegate(QObject *parent = nullptr);

    /// The icon painted for \p state (theme icon, else a standard pixmap).
    static QIcon icon(ExpiryState state);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    /// Nine states, a handful of icons: built once per delegate, not per
    /// painted cell (and not static, so none outlives the application).
    mutable std::array<QIcon, 9> m_icons;
};

} // namespace keyward
