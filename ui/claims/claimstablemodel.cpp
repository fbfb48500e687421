// SPDX-License-Identifier: GPL-3.0-or-later
#include "claimstablemodel.h"

#include <QFont>

using namespace Qt::StringLiterals;

namespace keyward {

using claims::ClaimRow;
using claims::ClaimSection;

ClaimsTableModel::ClaimsTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ClaimsTableModel::setRows(const QList<ClaimRow> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

void ClaimsTableModel::clear()
{
    setRows({});
}

int ClaimsTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ClaimsTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ClaimsTableModel::displayText(const ClaimRow &row, int column) const
{
    switch (column) {
    case SectionColumn:
        return row.section == ClaimSection::Header ? tr("Header") : tr("Payload");
    case ClaimColumn:
        return claims::TokenInspection::visibleText(row.name);
    case ValueColumn:
        // Time claims have their own columns; the raw NumericDate is what
        // admins compare with logs and other tools.
        if (row.time && row.raw.isDouble())
            return QString::number(qint64(row.raw.toDouble()));
        return row.value;
    case LocalTimeColumn:
        return row.time ? row.time->local : QString();
    case UtcColumn:
        return row.time ? row.time->utcText : QString();
    case RelativeColumn:
        return row.time ? row.time->relative : QString();
    default:
        return {};
    }
}

QString ClaimsTableModel::plainToolTip(const QStringList &paragraphs)
{
    QStringList escaped;
    for (const QString &paragraph : paragraphs) {
        if (!paragraph.isEmpty())
            escaped.append(paragraph.toHtmlEscaped().replace(u'\n', u"<br>"_s));
    }
    if (escaped.isEmpty())
        return {};
    return u"<qt>"_s + escaped.join(u"<br><br>"_s) + u"</qt>"_s;
}

QString ClaimsTableModel::toolTip(const ClaimRow &row, int column) const
{
    const QString name = claims::TokenInspection::visibleText(row.name);
    const QString explanation = row.explanation.isEmpty()
                                    ? tr("\"%1\" is not a claim Keyward knows.").arg(name)
                                    : row.explanation;
    if (column == ValueColumn)
        return plainToolTip({tr("%1: %2").arg(name, row.value), explanation});
    return plainToolTip({explanation});
}

QVariant ClaimsTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ClaimRow &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(row, index.column());
    case Qt::ToolTipRole:
        return toolTip(row, index.column());
    case Qt::AccessibleDescriptionRole:
        return row.explanation;
    case Qt::FontRole:
        if (index.column() == ClaimColumn) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    default:
        return {};
    }
}

QVariant ClaimsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SectionColumn:
        return tr("Part");
    case ClaimColumn:
        return tr("Claim");
    case ValueColumn:
        return tr("Value");
    case LocalTimeColumn:
        return tr("Local time");
    case UtcColumn:
        return tr("UTC");
    case RelativeColumn:
        return tr("Relative");
    default:
        return {};
    }
}

} // namespace keyward
