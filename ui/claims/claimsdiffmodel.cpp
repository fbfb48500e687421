// SPDX-License-Identifier: GPL-3.0-or-later
#include "claimsdiffmodel.h"

#include "claimstablemodel.h"

#include "claims/tokeninspection.h"

#include <QApplication>
#include <QFont>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace keyward {

using claims::ClaimsDiffRow;
using Change = claims::ClaimsDiffRow::Change;

ClaimsDiffModel::ClaimsDiffModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ClaimsDiffModel::setRows(const QList<ClaimsDiffRow> &rows, const QString &leftTitle,
                              const QString &rightTitle)
{
    beginResetModel();
    m_all = rows;
    m_leftTitle = leftTitle;
    m_rightTitle = rightTitle;
    rebuildVisible();
    endResetModel();
    Q_EMIT headerDataChanged(Qt::Horizontal, LeftColumn, RightColumn);
}

void ClaimsDiffModel::setShowSame(bool show)
{
    if (show == m_showSame)
        return;
    beginResetModel();
    m_showSame = show;
    rebuildVisible();
    endResetModel();
}

void ClaimsDiffModel::rebuildVisible()
{
    m_visible.clear();
    for (qsizetype i = 0; i < m_all.size(); ++i) {
        if (m_showSame || m_all.at(i).change != Change::Same)
            m_visible.append(i);
    }
}

qsizetype ClaimsDiffModel::changedCount() const
{
    return claims::ClaimsDiff::changedCount(m_all);
}

QString ClaimsDiffModel::changeText(Change change)
{
    switch (change) {
    case Change::Added:
        return tr("Added");
    case Change::Removed:
        return tr("Removed");
    case Change::Changed:
        return tr("Changed");
    case Change::Same:
        return tr("Same");
    }
    return {};
}

QIcon ClaimsDiffModel::changeIcon(Change change) const
{
    // The text says it all; the icon only helps scanning the column.
    QStyle *style = QApplication::style();
    switch (change) {
    case Change::Added:
        return QIcon::fromTheme(u"list-add"_s, style->standardIcon(QStyle::SP_FileDialogNewFolder));
    case Change::Removed:
        return QIcon::fromTheme(u"list-remove"_s, style->standardIcon(QStyle::SP_TrashIcon));
    case Change::Changed:
        return QIcon::fromTheme(u"document-edit"_s, style->standardIcon(QStyle::SP_BrowserReload));
    case Change::Same:
        return {};
    }
    return {};
}

int ClaimsDiffModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

int ClaimsDiffModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ClaimsDiffModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ClaimsDiffRow &row = diffRow(index.row());
    const QString name = claims::TokenInspection::visibleText(row.name);
    QString text;
    switch (index.column()) {
    case ClaimColumn:
        text = row.section == claims::ClaimSection::Header ? tr("%1 (header)").arg(name) : name;
        break;
    case LeftColumn:
        text = row.change == Change::Added ? tr("(absent)") : row.left;
        break;
    case RightColumn:
        text = row.change == Change::Removed ? tr("(absent)") : row.right;
        break;
    case ChangeColumn:
        text = changeText(row.change);
        break;
    default:
        break;
    }
    switch (role) {
    case Qt::DisplayRole:
        return text;
    case Qt::ToolTipRole:
        return ClaimsTableModel::plainToolTip(
            {text, claims::ClaimCatalog::explanation(row.section, row.name)});
    case Qt::DecorationRole:
        if (index.column() == ChangeColumn)
            return changeIcon(row.change);
        return {};
    case Qt::FontRole:
        // Weight, not colour, marks what differs; an absent side is a
        // remark, not a value.
        if ((index.column() == LeftColumn && row.change == Change::Added) ||
            (index.column() == RightColumn && row.change == Change::Removed)) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        if (row.change != Change::Same && index.column() != ClaimColumn) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    default:
        return {};
    }
}

QVariant ClaimsDiffModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ClaimColumn:
        return tr("Claim");
    case LeftColumn:
        return m_leftTitle.isEmpty() ? tr("Before") : m_leftTitle;
    case RightColumn:
        return m_rightTitle.isEmpty() ? tr("After") : m_rightTitle;
    case ChangeColumn:
        return tr("Change");
    default:
        return {};
    }
}

} // namespace keyward
