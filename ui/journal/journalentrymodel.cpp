// SPDX-License-Identifier: GPL-3.0-or-later
#include "journalentrymodel.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace keyward {

JournalEntryModel::JournalEntryModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void JournalEntryModel::setEntries(QList<JournalEntry> entries)
{
    std::reverse(entries.begin(), entries.end());
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

int JournalEntryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int JournalEntryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant JournalEntryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    const JournalEntry &entry = m_entries.at(index.row());
    switch (role) {
    case SequenceRole:
        return entry.sequence;
    case TimeRole:
        return entry.time;
    case Qt::ToolTipRole:
        if (index.column() == TimeColumn) {
            return entry.time.toUTC().toString(Qt::ISODateWithMs);
        }
        return index.column() == DetailColumn ? entry.detail : QVariant();
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case TimeColumn:
        // Compact and sortable as text; the tooltip has the exact UTC time.
        return entry.time.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s);
    case ActorColumn:
        return entry.actor;
    case ActionColumn:
        return journalActionName(entry.action);
    case TargetColumn:
        return entry.target;
    case FingerprintColumn:
        return entry.fingerprint;
    case DetailColumn:
        return entry.detail;
    default:
        return {};
    }
}

QVariant JournalEntryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case ActorColumn:
        return tr("Account");
    case ActionColumn:
        return tr("Action");
    case TargetColumn:
        return tr("Target");
    case FingerprintColumn:
        return tr("Token fingerprint");
    case DetailColumn:
        return tr("Detail");
    default:
        return {};
    }
}

} // namespace keyward
