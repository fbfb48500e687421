// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "claims/claimsdiff.h"

#include <QAbstractTableModel>
#include <QIcon>
#include <QList>

namespace keyward {

/// Two tokens' claims side by side; unchanged rows are hidden unless asked
/// for, so a rotation shows what moved at a glance.
class ClaimsDiffModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClaimsDiffModel)

public:
    enum Column
    {
        ClaimColumn,
        LeftColumn,
        RightColumn,
        ChangeColumn,
        ColumnCount
    };

    explicit ClaimsDiffModel(QObject *parent = nullptr);

    void setRows(const QList<claims::ClaimsDiffRow> &rows, const QString &leftTitle,
                 const QString &rightTitle);
    void setShowSame(bool show);
    bool showSame() const { return m_showSame; }
    /// Rows whose change is not Same, shown or not.
    qsizetype changedCount() const;
    const claims::ClaimsDiffRow &diffRow(int row) const { return m_all.at(m_visible.at(row)); }

    static QString changeText(claims::ClaimsDiffRow::Change change);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void rebuildVisible();
    QIcon changeIcon(claims::ClaimsDiffRow::Change change) const;

    QList<claims::ClaimsDiffRow> m_all;
    QList<qsizetype> m_visible;
    QString m_leftTitle;
    QString m_rightTitle;
    bool m_showSame = false;
};

} // namespace keyward
