// SPDX-License-Identifier: GPL-3.0-or-later
#include "claimsdiff.h"

#include "tokeninspection.h"

#include <QSet>

namespace keyward::claims {

QList<ClaimsDiffRow> ClaimsDiff::compare(const TokenInspection &left, const TokenInspection &right)
{
    QList<ClaimsDiffRow> rows;
    for (const ClaimSection section : {ClaimSection::Header, ClaimSection::Payload}) {
        const QJsonObject a = section == ClaimSection::Header ? left.header() : left.payload();
        const QJsonObject b = section == ClaimSection::Header ? right.header() : right.payload();
        QStringList names = a.keys();
        for (const QString &name : b.keys())
            if (!a.contains(name))
                names.append(name);
        for (const QString &name : ClaimCatalog::ordered(section, names)) {
            ClaimsDiffRow row;
            row.section = section;
            row.name = name;
            const ClaimRow *l = left.row(section, name);
            const ClaimRow *r = right.row(section, name);
            row.left = l ? l->value : QString();
            row.right = r ? r->value : QString();
            if (!a.contains(name))
                row.change = ClaimsDiffRow::Change::Added;
            else if (!b.contains(name))
                row.change = ClaimsDiffRow::Change::Removed;
            else if (a.value(name) != b.value(name))
                row.change = ClaimsDiffRow::Change::Changed;
            rows.append(row);
        }
    }
    return rows;
}

qsizetype ClaimsDiff::changedCount(const QList<ClaimsDiffRow> &rows)
{
    return std::count_if(rows.begin(), rows.end(), [](const ClaimsDiffRow &row) {
        return row.change != ClaimsDiffRow::Change::Same;
    });
}

} // namespace keyward::claims
