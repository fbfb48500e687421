// SPDX-License-Identifier: GPL-3.0-or-later
#include "expirystatusdelegate.h"

#include "expiry/expiryassessment.h"
#include "expiry/expirylistmodel.h"
#include "tokens/tokentableproxy.h"

namespace keyward {

ExpiryStatusDelegate::ExpiryStatusDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

QIcon ExpiryStatusDelegate::icon(ExpiryState state)
{
    return TokenTableProxy::statusIcon(ExpiryStateText::iconName(state));
}

void ExpiryStatusDelegate::initStyleOption(QStyleOptionViewItem *option,
                                           const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QVariant state = index.data(ExpiryListModel::StateRole);
    if (!state.isValid()) {
        return;
    }
    const auto slot = std::size_t(state.toInt());
    if (slot >= m_icons.size()) {
        return;
    }
    if (m_icons[slot].isNull()) {
        m_icons[slot] = icon(ExpiryState(state.toInt()));
    }
    option->icon = m_icons[slot];
    option->features |= QStyleOptionViewItem::HasDecoration;
}

} // namespace keyward
