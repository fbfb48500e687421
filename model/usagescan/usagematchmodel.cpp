// SPDX-License-Identifier: GPL-3.0-or-later
#include "usagescan/usagematchmodel.h"

namespace keyward {

UsageMatchModel::UsageMatchModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void UsageMatchModel::append(const QList<UsageMatch> &matches)
{
    if (matches.isEmpty()) {
        return;
    }
    const int first = int(m_matches.size());
    beginInsertRows({}, first, first + int(matches.size()) - 1);
    m_matches += matches;
    endInsertRows();
}

void UsageMatchModel::clear()
{
    if (m_matches.isEmpty()) {
        return;
    }
    beginResetModel();
    m_matches.clear();
    endResetModel();
}

int UsageMatchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_matches.size());
}

int UsageMatchModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UsageMatchModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const UsageMatch &match = m_matches.at(index.row());
    switch (role) {
    case FilePathRole:
        return match.filePath;
    case LineNumberRole:
        return match.lineNumber;
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case FileColumn:
            return match.filePath;
        case LineColumn:
            return match.lineNumber;
        case TextColumn:
            if (role == Qt::ToolTipRole && match.occurrences > 1) {
                return tr("%1 (%n occurrence(s) on this line)", nullptr, match.occurrences)
                    .arg(match.maskedLine);
            }
            return match.maskedLine;
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        if (index.column() == LineColumn) {
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        }
        return {};
    default:
        return {};
    }
}

QVariant UsageMatchModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case FileColumn:
        return tr("File");
    case LineColumn:
        return tr("Line");
    case TextColumn:
        return tr("Text (token masked)");
    default:
        return {};
    }
}

} // namespace keyward
