// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "usagescan/usagematch.h"

#include <QAbstractTableModel>
#include <QList>

namespace keyward {

/// The results of a usage scan as a table (file, line, masked line). Rows
/// only ever hold masked text, so copying a cell cannot leak the secret.
class UsageMatchModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UsageMatchModel)

public:
    enum Column
    {
        FileColumn,
        LineColumn,
        TextColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role
    {
        FilePathRole = Qt::UserRole + 1, ///< full path (the File column shows it too)
        LineNumberRole,                  ///< int, for sorting
    };

    explicit UsageMatchModel(QObject *parent = nullptr);

    void append(const QList<UsageMatch> &matches);
    void clear();
    const UsageMatch &matchAt(int row) const { return m_matches.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<UsageMatch> m_matches;
};

} // namespace keyward
