// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "journal/journalentry.h"

#include <QAbstractTableModel>
#include <QList>

namespace keyward {

/// The entries of one profile's change journal, newest first, for the
/// journal window. Filled in bulk; read-only.
class JournalEntryModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JournalEntryModel)

public:
    enum Column
    {
        TimeColumn,
        ActorColumn,
        ActionColumn,
        TargetColumn,
        FingerprintColumn,
        DetailColumn,
        ColumnCount
    };
    enum Role
    {
        SequenceRole = Qt::UserRole + 1,
        TimeRole,
    };

    explicit JournalEntryModel(QObject *parent = nullptr);

    /// \p entries oldest first, as ChangeJournal::entries() returns them.
    void setEntries(QList<JournalEntry> entries);
    const JournalEntry &entry(int row) const { return m_entries.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<JournalEntry> m_entries; ///< newest first
};

} // namespace keyward
