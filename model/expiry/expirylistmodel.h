// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "expiryassessment.h"
#include "expiryexport.h"
#include "expiryrecord.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMetaObject>
#include <QPointer>

#include <functional>
#include <optional>
#include <string_view>

namespace keyward {

class RotationPolicies;

/// The expiry review's rows: every token of every profile, with its state
/// worked out against a clock and the rotation policies. Everything a
/// filter or sort needs (state, urgency, lower-case search text) is computed
/// once per reset or recomputation, never in data(), so 100,000 rows stay
/// fast to filter on every keystroke.
class ExpiryListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExpiryListModel)

public:
    enum Column
    {
        EnvironmentColumn,
        OrganizationColumn,
        TeamColumn,
        DescriptionColumn,
        ExpiresColumn,
        LastUsedColumn,
        StatusColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    /// Whatever the column.
    enum DataRole
    {
        RecordKeyRole = Qt::UserRole + 1, ///< QString, ExpiryRecord::key()
        StateRole,                        ///< int of ExpiryState
        DeadlineRole,   ///< QDateTime: expiry or rotation due date; invalid when none
        UrgencyRole,    ///< qlonglong: ascending = most urgent first (state, then deadline)
        ExpiresRole,    ///< QDateTime, invalid when the token never expires
        LastUsedRole,   ///< QDateTime, invalid when never used (or unknown)
        SearchTextRole, ///< QString, lower case: profile, environment, org, team, description, id
        FromPolicyRole, ///< bool: the deadline comes from a rotation policy
        StatusIconNameRole, ///< QString, freedesktop icon name of the state
    };

    explicit ExpiryListModel(QObject *parent = nullptr);
    ~ExpiryListModel() override;

    /// Replaces every row (one model reset). The rows are reordered by
    /// urgency (stable): record(row) is not \p records.at(row).
    void setRecords(QList<ExpiryRecord> records);
    /// Whether the rows are in ascending urgency order: true after
    /// setRecords(), false once a recomputation moved a state out of order.
    bool inUrgencyOrder() const { return m_inUrgencyOrder; }
    const QList<ExpiryRecord> &records() const { return m_records; }

    /// The clock "now" is read from; the default is the current UTC time.
    /// Setting one recomputes at once.
    void setClock(std::function<QDateTime()> clock);
    /// The moment the states were last computed for.
    QDateTime now() const { return m_now; }
    /// Reads the clock again and recomputes the states (call it on a timer).
    void refreshTime();

    /// Policies for tokens without an expiry (not owned; may be null).
    /// Their changed() signal recomputes the states.
    void setRotationPolicies(const RotationPolicies *policies);

    /// Without hasIndex()'s two virtual calls: the proxy's sort asks for two
    /// indexes per comparison, millions when 100,000 rows come back.
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// \p row must be valid.
    const ExpiryRecord &record(int row) const { return m_records.at(row); }
    const ExpiryAssessment &assessment(int row) const { return m_rows.at(row).assessment; }
    ExpiryState state(int row) const { return m_rows.at(row).assessment.state; }
    qint64 urgency(int row) const { return m_rows.at(row).urgency; }
    QString searchText(int row) const { return QString::fromUtf8(m_rows.at(row).searchText); }
    /// Whether the row's search text contains \p needle (lower case, UTF-8):
    /// a byte search, which the filter runs over every row per keystroke.
    bool searchTextContains(int row, std::string_view needle) const
    {
        const QByteArray &text = m_rows.at(row).searchText;
        return std::string_view(text.constData(), size_t(text.size())).find(needle) !=
               std::string_view::npos;
    }
    std::optional<int> rowOfKey(const QString &key) const;

    /// The rows as ExpiryExport writes them, in the order given.
    QList<ExpiryEntry> exportEntries(const QList<int> &rows) const;

Q_SIGNALS:
    /// Some row's state or deadline changed without a reset (time passed or a
    /// policy changed): filters and sort orders built on them are stale.
    void statesChanged();

private:
    struct Row
    {
        ExpiryAssessment assessment;
        qint64 urgency = 0;
        QByteArray searchText; ///< UTF-8: half the memory, and substring search stays exact
    };

    std::optional<int> policyDays(const ExpiryRecord &record) const;
    /// Recomputes the states; returns true if any state or deadline changed.
    bool assessAll();
    void recompute();
    QString statusToolTip(int row) const;

    QList<ExpiryRecord> m_records;
    QList<Row> m_rows;
    mutable QHash<QString, int> m_rowByKey; ///< filled by rowOfKey() on first use
    std::function<QDateTime()> m_clock;
    QDateTime m_now;
    QPointer<const RotationPolicies> m_policies;
    QMetaObject::Connection m_policiesConnection;
    bool m_inUrgencyOrder = true;
};

} // namespace keyward
