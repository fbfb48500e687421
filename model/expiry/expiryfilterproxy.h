// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QPointer>
#include <QSortFilterProxyModel>

namespace keyward {

class ExpiryListModel;

/// Filters and sorts the expiry review. Sorted by urgency (the Status
/// column, ascending) unless the user picks another column; filtering reads
/// the model's precomputed states and search texts, so a keystroke over
/// 100,000 rows builds no strings.
///
/// The sort and filter are not dynamic: when time passes or a policy
/// changes, the source's statesChanged() re-sorts and re-filters once,
/// instead of rows jumping on every dataChanged().
class ExpiryFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExpiryFilterProxy)

public:
    enum class Filter
    {
        All,
        Expired,       ///< expired or rotation overdue
        Within7Days,   ///< expires or rotation due in the next 7 days (not passed)
        Within30Days,  ///< expires or rotation due in the next 30 days (not passed)
        NeverExpires,  ///< tokens without an expiry, with or without a rotation policy
        UnusedForDays, ///< last used more than unusedDays() ago, or never used
    };
    Q_ENUM(Filter)

    explicit ExpiryFilterProxy(QObject *parent = nullptr);

    /// Must be an ExpiryListModel.
    void setSourceModel(QAbstractItemModel *sourceModel) override;

    void setFilter(Filter filter);
    Filter filter() const { return m_filter; }
    void setUnusedDays(int days);
    int unusedDays() const { return m_unusedDays; }
    /// Sorting by Status ascending (the default) keeps the source's order
    /// while the model holds its rows by urgency, so filtering never sorts.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    /// The column and order last asked for with sort(); sortColumn() is -1
    /// while the urgency order comes from the model.
    int requestedSortColumn() const { return m_sortColumn; }
    Qt::SortOrder requestedSortOrder() const { return m_sortOrder; }
    /// Case-insensitive substring of profile, environment, organization,
    /// team, description or id; blank matches everything.
    void setSearchText(const QString &text);
    QString searchText() const { return m_needle; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void refilter(bool onlyNarrower);
    /// Sorts as requested, or not at all when the source is in that order.
    void applySort();
    bool sourceInRequestedOrder() const;

    QPointer<ExpiryListModel> m_model;
    Filter m_filter = Filter::All;
    int m_unusedDays = 90;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QString m_needle;        ///< lower case, trimmed
    QByteArray m_needleUtf8; ///< m_needle in UTF-8, as the model's search texts are
};

} // namespace keyward
