// SPDX-License-Identifier: GPL-3.0-or-later
#include "profileitemdelegate.h"

#include "profilelistmodel.h"

#include <QApplication>
#include <QPainter>

namespace keyward {

namespace {
constexpr int margin = 4;
constexpr int swatchGap = 8;
} // namespace

ProfileItemDelegate::ProfileItemDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

void ProfileItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();

    // The background and focus frame from the style; the content ourselves.
    const QString name = opt.text;
    const QIcon icon = opt.icon;
    opt.text.clear();
    opt.icon = QIcon();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QRect content = opt.rect.adjusted(margin, margin, -margin, -margin);
    const QSize iconSize = opt.decorationSize;
    const QFontMetrics nameMetrics(opt.font);
    const QRect iconRect(content.left(),
                         content.top() + (nameMetrics.height() - iconSize.height()) / 2,
                         iconSize.width(), iconSize.height());
    icon.paint(painter, iconRect);

    const bool selected = opt.state.testFlag(QStyle::State_Selected);
    const QPalette::ColorGroup group =
        opt.state.testFlag(QStyle::State_Enabled) ? QPalette::Normal : QPalette::Disabled;
    const QColor textColour =
        opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor detailColour = textColour;
    if (!selected) {
        detailColour = opt.palette.color(group, QPalette::PlaceholderText);
    }

    const int textLeft = iconRect.right() + swatchGap;
    QRect nameRect(textLeft, content.top(), content.right() - textLeft, nameMetrics.height());
    painter->save();
    QFont nameFont = opt.font;
    nameFont.setBold(true);
    painter->setFont(nameFont);
    painter->setPen(textColour);
    const QFontMetrics boldMetrics(nameFont);
    painter->drawText(nameRect, Qt::AlignLeft | Qt::AlignVCenter,
                      boldMetrics.elidedText(name, Qt::ElideRight, nameRect.width()));

    const QString detail = index.data(ProfileListModel::DetailRole).toString();
    QRect detailRect = nameRect.translated(0, nameMetrics.height());
    painter->setFont(opt.font);
    painter->setPen(detailColour);
    painter->drawText(detailRect, Qt::AlignLeft | Qt::AlignVCenter,
                      nameMetrics.elidedText(detail, Qt::ElideMiddle, detailRect.width()));
    painter->restore();
}

QSize ProfileItemDelegate::sizeHint(const QStyleOptionViewItem &option,
                                    const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QFontMetrics metrics(opt.font);
    return {200, 2 * metrics.height() + 2 * margin};
}

} // namespace keyward
