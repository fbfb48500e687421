// SPDX-License-Identifier: GPL-3.0-or-later
#include "expiryfilterproxy.h"

#include "expirylistmodel.h"

namespace keyward {

namespace {

int compareTimes(const QVariant &l, const QVariant &r, bool nullIsLatest)
{
    const QDateTime lt = l.toDateTime();
    const QDateTime rt = r.toDateTime();
    if (!lt.isValid() && !rt.isValid()) {
        return 0;
    }
    if (!lt.isValid()) {
        return nullIsLatest ? 1 : -1;
    }
    if (!rt.isValid()) {
        return nullIsLatest ? -1 : 1;
    }
    return lt < rt ? -1 : (rt < lt ? 1 : 0);
}

} // namespace

ExpiryFilterProxy::ExpiryFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(false);
    sort(ExpiryListModel::StatusColumn, Qt::AscendingOrder);
}

void ExpiryFilterProxy::setSourceModel(QAbstractItemModel *sourceModel)
{
    if (m_model) {
        disconnect(m_model, nullptr, this, nullptr);
    }
    m_model = qobject_cast<ExpiryListModel *>(sourceModel);
    Q_ASSERT(!sourceModel || m_model);
    QSortFilterProxyModel::setSourceModel(sourceModel);
    if (m_model) {
        connect(m_model, &ExpiryListModel::statesChanged, this, [this] {
            applySort();
            invalidate();
        });
        // Connected after QSortFilterProxyModel's own handler: the mapping is
        // rebuilt by then, and the new rows are in urgency order again.
        connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
            if (sourceInRequestedOrder() != (sortColumn() < 0)) {
                applySort();
            }
        });
    }
    applySort();
}

void ExpiryFilterProxy::sort(int column, Qt::SortOrder order)
{
    m_sortColumn = column;
    m_sortOrder = order;
    applySort();
}

bool ExpiryFilterProxy::sourceInRequestedOrder() const
{
    return m_model && m_sortColumn == ExpiryListModel::StatusColumn &&
           m_sortOrder == Qt::AscendingOrder && m_model->inUrgencyOrder();
}

void ExpiryFilterProxy::applySort()
{
    if (sourceInRequestedOrder()) {
        QSortFilterProxyModel::sort(-1, Qt::AscendingOrder);
    } else {
        QSortFilterProxyModel::sort(m_sortColumn, m_sortOrder);
    }
}

void ExpiryFilterProxy::setFilter(Filter filter)
{
    if (filter == m_filter) {
        return;
    }
    m_filter = filter;
    refilter(false);
}

void ExpiryFilterProxy::setUnusedDays(int days)
{
    days = std::max(days, 0);
    if (days == m_unusedDays) {
        return;
    }
    const bool narrower = days > m_unusedDays;
    m_unusedDays = days;
    if (m_filter == Filter::UnusedForDays) {
        refilter(narrower);
    }
}

void ExpiryFilterProxy::setSearchText(const QString &text)
{
    const QString needle = text.trimmed().toLower();
    if (needle == m_needle) {
        return;
    }
    // Typing more letters only hides rows; no need to sort again.
    const bool narrower = needle.contains(m_needle);
    m_needle = needle;
    m_needleUtf8 = needle.toUtf8();
    refilter(narrower);
}

void ExpiryFilterProxy::refilter(bool onlyNarrower)
{
    Q_UNUSED(onlyNarrower)
    // One layout change, not invalidateFilter()'s row-by-row diff: a
    // keystroke over 100,000 rows hides or shows thousands of scattered
    // rows, and a view handles each removed or inserted range separately
    // (seconds in bench/app). The mapping is rebuilt filtered, and sorted
    // only when the model's urgency order is not the one asked for.
    invalidate();
}

bool ExpiryFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_model || sourceParent.isValid()) {
        return false;
    }
    const ExpiryState state = m_model->state(sourceRow);
    switch (m_filter) {
    case Filter::All:
        break;
    case Filter::Expired:
        if (state != ExpiryState::Expired && state != ExpiryState::RotationOverdue) {
            return false;
        }
        break;
    case Filter::Within7Days:
        if (state != ExpiryState::ExpiresWithin7Days &&
            state != ExpiryState::RotationDueWithin7Days) {
            return false;
        }
        break;
    case Filter::Within30Days:
        if (state != ExpiryState::ExpiresWithin7Days &&
            state != ExpiryState::RotationDueWithin7Days &&
            state != ExpiryState::ExpiresWithin30Days &&
            state != ExpiryState::RotationDueWithin30Days) {
            return false;
        }
        break;
    case Filter::NeverExpires:
        if (m_model->record(sourceRow).token.expires) {
            return false;
        }
        break;
    case Filter::UnusedForDays: {
        const std::optional<QDateTime> &lastUsed = m_model->record(sourceRow).token.lastUsed;
        if (lastUsed &&
            lastUsed->msecsTo(m_model->now()) <= qint64(m_unusedDays) * 24 * 60 * 60 * 1000) {
            return false;
        }
        break;
    }
    }
    return m_needle.isEmpty() ||
           m_model->searchTextContains(
               sourceRow, std::string_view(m_needleUtf8.constData(), size_t(m_needleUtf8.size())));
}

bool ExpiryFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (!m_model) {
        return QSortFilterProxyModel::lessThan(left, right);
    }
    const int l = left.row();
    const int r = right.row();
    int order = 0;
    switch (left.column()) {
    case ExpiryListModel::StatusColumn:
        break;
    case ExpiryListModel::ExpiresColumn:
        order = compareTimes(left.data(ExpiryListModel::ExpiresRole),
                             right.data(ExpiryListModel::ExpiresRole), true);
        break;
    case ExpiryListModel::LastUsedColumn:
        // Never used sorts as the oldest use: the first candidates to clean up.
        order = compareTimes(left.data(ExpiryListModel::LastUsedRole),
                             right.data(ExpiryListModel::LastUsedRole), false);
        break;
    default:
        order = QString::localeAwareCompare(left.data().toString(), right.data().toString());
        break;
    }
    if (order != 0) {
        return order < 0;
    }
    // Equal on the chosen column: the more urgent first, so ties stay useful.
    return m_model->urgency(l) < m_model->urgency(r);
}

} // namespace keyward
