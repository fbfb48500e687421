// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "claims/tokeninspection.h"

#include <QAbstractTableModel>
#include <QList>

namespace keyward {

/// The rows of one inspected token for the claims table: header parameters,
/// then payload claims. Every text is display text from an untrusted token:
/// DisplayRole is plain text, ToolTipRole is escaped HTML.
class ClaimsTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClaimsTableModel)

public:
    enum Column
    {
        SectionColumn,
        ClaimColumn,
        ValueColumn,
        LocalTimeColumn,
        UtcColumn,
        RelativeColumn,
        ColumnCount
    };

    explicit ClaimsTableModel(QObject *parent = nullptr);

    void setRows(const QList<claims::ClaimRow> &rows);
    void clear();
    const claims::ClaimRow &claimRow(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /// \p text made safe for a tooltip: Qt renders tooltips that look like
    /// HTML as rich text, so claim text is escaped and wrapped in <qt> to make
    /// the escaping (not a guess) decide how it is shown.
    static QString plainToolTip(const QStringList &paragraphs);

private:
    QString displayText(const claims::ClaimRow &row, int column) const;
    QString toolTip(const claims::ClaimRow &row, int column) const;

    QList<claims::ClaimRow> m_rows;
};

} // namespace keyward
