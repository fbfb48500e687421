// SPDX-License-Identifier: GPL-3.0-or-later
#include "expirylistmodel.h"

#include "domain/relativetime.h"
#include "rotationpolicies.h"

#include <algorithm>
#include <numeric>

using namespace Qt::StringLiterals;

namespace keyward {

namespace {

/// Urgency keys: the state in the high bits, then seconds since 1970 (clamped
/// to 41 bits, about 69,000 years) so earlier deadlines sort first.
constexpr int deadlineBits = 41;
constexpr qint64 deadlineMask = (qint64(1) << deadlineBits) - 1;

qint64 urgencyKey(const ExpiryAssessment &assessment)
{
    qint64 seconds = deadlineMask;
    if (assessment.deadline) {
        seconds = std::clamp<qint64>(assessment.deadline->toSecsSinceEpoch(), 0, deadlineMask);
    }
    return (qint64(assessment.state) << deadlineBits) | seconds;
}

QVariant optionalTime(const std::optional<QDateTime> &time)
{
    return time ? QVariant(*time) : QVariant(QMetaType::fromType<QDateTime>());
}

} // namespace

ExpiryListModel::ExpiryListModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
    , m_now(m_clock())
{}

ExpiryListModel::~ExpiryListModel() = default;

void ExpiryListModel::setRecords(QList<ExpiryRecord> records)
{
    beginResetModel();
    m_records = std::move(records);
    m_now = m_clock();
    m_rows.clear();
    m_rows.resize(m_records.size());
    m_rowByKey.clear();
    assessAll();
    // Held in urgency order, the view's default: the proxy then keeps the
    // source order and a keystroke over 100,000 rows only filters. Stable,
    // so equal urgencies keep the order they came in.
    QList<qsizetype> order(m_records.size());
    std::iota(order.begin(), order.end(), qsizetype(0));
    std::stable_sort(order.begin(), order.end(), [this](qsizetype l, qsizetype r) {
        return m_rows.at(l).urgency < m_rows.at(r).urgency;
    });
    if (!std::is_sorted(order.begin(), order.end())) {
        QList<ExpiryRecord> records;
        QList<Row> rows;
        records.reserve(m_records.size());
        rows.reserve(m_rows.size());
        for (const qsizetype i : order) {
            records.append(std::move(m_records[i]));
            rows.append(std::move(m_rows[i]));
        }
        m_records = std::move(records);
        m_rows = std::move(rows);
    }
    m_inUrgencyOrder = true;
    // The same text as joining the fields with '\n' and lower-casing, with no
    // list per row (toLower() on an unshared string works in place).
    QString environmentName;
    Environment environmentOfName = Environment::Production;
    for (qsizetype i = 0; i < m_records.size(); ++i) {
        const ExpiryRecord &record = m_records.at(i);
        const Token &token = record.token;
        if (i == 0 || record.environment != environmentOfName) {
            environmentOfName = record.environment;
            environmentName = environmentDisplayName(record.environment);
        }
        QString text;
        text.reserve(record.profileName.size() + environmentName.size() + token.org.size() +
                     token.team.size() + token.description.size() + token.id.size() + 5);
        text.append(record.profileName)
            .append(u'\n')
            .append(environmentName)
            .append(u'\n')
            .append(token.org)
            .append(u'\n')
            .append(token.team)
            .append(u'\n')
            .append(token.description)
            .append(u'\n')
            .append(token.id);
        m_rows[i].searchText = std::move(text).toLower().toUtf8();
    }
    endResetModel();
}

void ExpiryListModel::setClock(std::function<QDateTime()> clock)
{
    m_clock = clock ? std::move(clock) : [] {
        return QDateTime::currentDateTimeUtc();
    };
    refreshTime();
}

void ExpiryListModel::refreshTime()
{
    m_now = m_clock();
    recompute();
}

void ExpiryListModel::setRotationPolicies(const RotationPolicies *policies)
{
    if (m_policies == policies) {
        return;
    }
    disconnect(m_policiesConnection);
    m_policies = policies;
    if (policies) {
        m_policiesConnection =
            connect(policies, &RotationPolicies::changed, this, &ExpiryListModel::recompute);
    }
    recompute();
}

std::optional<int> ExpiryListModel::policyDays(const ExpiryRecord &record) const
{
    if (!m_policies || record.token.expires) {
        return std::nullopt;
    }
    return m_policies->daysFor(record.profileId, record.token.org);
}

bool ExpiryListModel::assessAll()
{
    bool anyChanged = false;
    for (qsizetype i = 0; i < m_records.size(); ++i) {
        const ExpiryRecord &record = m_records.at(i);
        ExpiryAssessment assessment = assessExpiry(record.token, m_now, policyDays(record));
        Row &row = m_rows[i];
        if (!(assessment == row.assessment)) {
            anyChanged = true;
            row.assessment = std::move(assessment);
        }
        row.urgency = urgencyKey(row.assessment);
    }
    if (anyChanged) {
        // Rows are not moved when time passes (no jumping under the user);
        // the proxy sorts for itself from then on.
        m_inUrgencyOrder =
            std::is_sorted(m_rows.cbegin(), m_rows.cend(),
                           [](const Row &l, const Row &r) { return l.urgency < r.urgency; });
    }
    return anyChanged;
}

void ExpiryListModel::recompute()
{
    const bool statesMoved = assessAll();
    if (m_records.isEmpty()) {
        return;
    }
    // The relative texts change with time even when no state does.
    Q_EMIT dataChanged(index(0, ExpiresColumn), index(rowCount() - 1, StatusColumn));
    if (statesMoved) {
        Q_EMIT statesChanged();
    }
}

QModelIndex ExpiryListModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || row >= m_records.size() ||
        column >= ColumnCount) {
        return {};
    }
    return createIndex(row, column);
}

int ExpiryListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int ExpiryListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ExpiryListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const int row = index.row();
    const ExpiryRecord &record = m_records.at(row);
    const Token &token = record.token;
    const Row &computed = m_rows.at(row);

    switch (role) {
    case RecordKeyRole:
        return record.key();
    case StateRole:
        return int(computed.assessment.state);
    case DeadlineRole:
        return optionalTime(computed.assessment.deadline);
    case UrgencyRole:
        return computed.urgency;
    case ExpiresRole:
        return optionalTime(token.expires);
    case LastUsedRole:
        return optionalTime(token.lastUsed);
    case SearchTextRole:
        return QString::fromUtf8(computed.searchText);
    case FromPolicyRole:
        return computed.assessment.fromPolicy;
    case StatusIconNameRole:
        return ExpiryStateText::iconName(computed.assessment.state);
    case Qt::DisplayRole:
        switch (index.column()) {
        case EnvironmentColumn:
            return environmentDisplayName(record.environment);
        case OrganizationColumn:
            return token.org;
        case TeamColumn:
            return token.team;
        case DescriptionColumn:
            return token.description;
        case ExpiresColumn:
            return token.expires ? RelativeTime::text(*token.expires, m_now) : tr("never");
        case LastUsedColumn:
            return token.lastUsed ? RelativeTime::text(*token.lastUsed, m_now) : tr("never");
        case StatusColumn:
            return ExpiryStateText::text(computed.assessment.state);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        switch (index.column()) {
        case EnvironmentColumn:
            return tr("Profile “%1” on %2")
                .arg(record.profileName, record.serverUrl.toDisplayString());
        case TeamColumn:
            return token.team.isEmpty() ? tr("An organization token") : QVariant();
        case ExpiresColumn:
            return token.expires ? RelativeTime::absoluteText(*token.expires)
                                 : tr("This token has no expiry.");
        case LastUsedColumn:
            return token.lastUsed ? RelativeTime::absoluteText(*token.lastUsed)
                                  : tr("Not used since it was created, or the server does not "
                                       "record use.");
        case StatusColumn:
            return statusToolTip(row);
        default:
            return {};
        }
    default:
        return {};
    }
}

QString ExpiryListModel::statusToolTip(int row) const
{
    const ExpiryAssessment &assessment = m_rows.at(row).assessment;
    if (!assessment.deadline) {
        return tr("This token never expires and no rotation policy applies to it.");
    }
    const QString when = RelativeTime::absoluteText(*assessment.deadline);
    if (assessment.fromPolicy) {
        const int days = policyDays(m_records.at(row)).value_or(0);
        // Spelled out rather than %n: the English source text must read well.
        const QString interval = days == 1 ? tr("every day") : tr("every %1 days").arg(days);
        return tr("No expiry; the rotation policy (%1 from creation) makes it due on %2. The "
                  "server still accepts it after that.")
            .arg(interval, when);
    }
    return assessment.state == ExpiryState::Expired ? tr("Expired on %1").arg(when)
                                                    : tr("Expires on %1").arg(when);
}

QVariant ExpiryListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case EnvironmentColumn:
        return tr("Environment");
    case OrganizationColumn:
        return tr("Organization");
    case TeamColumn:
        return tr("Team");
    case DescriptionColumn:
        return tr("Description");
    case ExpiresColumn:
        return tr("Expires");
    case LastUsedColumn:
        return tr("Last used");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

QHash<int, QByteArray> ExpiryListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(RecordKeyRole, "recordKey");
    names.insert(StateRole, "state");
    names.insert(DeadlineRole, "deadline");
    names.insert(UrgencyRole, "urgency");
    names.insert(ExpiresRole, "expires");
    names.insert(LastUsedRole, "lastUsed");
    names.insert(SearchTextRole, "searchText");
    names.insert(FromPolicyRole, "fromPolicy");
    names.insert(StatusIconNameRole, "statusIconName");
    return names;
}

std::optional<int> ExpiryListModel::rowOfKey(const QString &key) const
{
    // Built on first use: a key per row is megabytes at 100,000 rows, and
    // most loads never look a row up.
    if (m_rowByKey.isEmpty() && !m_records.isEmpty()) {
        m_rowByKey.reserve(m_records.size());
        for (qsizetype i = 0; i < m_records.size(); ++i)
            m_rowByKey.insert(m_records.at(i).key(), int(i));
    }
    const auto it = m_rowByKey.constFind(key);
    if (it == m_rowByKey.constEnd()) {
        return std::nullopt;
    }
    return *it;
}

QList<ExpiryEntry> ExpiryListModel::exportEntries(const QList<int> &rows) const
{
    QList<ExpiryEntry> entries;
    entries.reserve(rows.size());
    for (const int row : rows) {
        if (row < 0 || row >= m_records.size()) {
            continue;
        }
        const ExpiryRecord &record = m_records.at(row);
        ExpiryEntry entry;
        entry.environment = environmentDisplayName(record.environment);
        entry.profile = record.profileName;
        entry.server = record.serverUrl.host();
        entry.organization = record.token.org;
        entry.team = record.token.team;
        entry.tokenId = record.token.id;
        entry.description = record.token.description;
        entry.created = record.token.created;
        entry.expires = record.token.expires;
        entry.lastUsed = record.token.lastUsed;
        entry.status = ExpiryStateText::text(m_rows.at(row).assessment.state);
        entries.append(entry);
    }
    return entries;
}

} // namespace keyward
