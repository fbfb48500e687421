// SPDX-License-Identifier: GPL-3.0-or-later
#include "colourswatch.h"

#include <QPainter>
#include <QPixmap>

namespace keyward {

QIcon colourSwatch(const QColor &colour, int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setBrush(colour);
    painter.setPen(QPen(colour.darker(150), 1.0));
    painter.drawRoundedRect(QRectF(0.5, 0.5, size - 1.0, size - 1.0), 3.0, 3.0);
    painter.end();
    return QIcon(pixmap);
}

} // namespace keyward
