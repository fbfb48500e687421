// SPDX-License-Identifier: GPL-3.0-or-later
#include "csv.h"

using namespace Qt::StringLiterals;

namespace keyward {

QString csvCell(QString text)
{
    if (!text.isEmpty() &&
        (text.front() == u'=' || text.front() == u'+' || text.front() == u'-' ||
         text.front() == u'@' || text.front() == u'\t' || text.front() == u'\r')) {
        text.prepend(u'\'');
    }
    if (text.contains(u',') || text.contains(u'"') || text.contains(u'\n') ||
        text.contains(u'\r')) {
        text.replace(u"\""_s, u"\"\""_s);
        return u'"' + text + u'"';
    }
    return text;
}

QByteArray csvRow(const QStringList &cells)
{
    QStringList quoted;
    quoted.reserve(cells.size());
    for (const QString &cell : cells) {
        quoted.append(csvCell(cell));
    }
    return quoted.join(u',').toUtf8() + "\r\n";
}

} // namespace keyward
