// SPDX-License-Identifier: GPL-3.0-or-later
#include "tokenlistmodel.h"

#include "domain/relativetime.h"

#include <QCryptographicHash>

using namespace Qt::StringLiterals;

namespace keyward {

namespace {

QVariant optionalTime(const std::optional<QDateTime> &time)
{
    return time ? QVariant(*time) : QVariant();
}

} // namespace

TokenListModel::TokenListModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{}

void TokenListModel::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

void TokenListModel::setTokens(const QList<Token> &tokens)
{
    beginResetModel();
    m_rows.clear();
    m_rows.reserve(tokens.size());
    for (const Token &token : tokens) {
        m_rows.append(makeRow(token));
    }
    endResetModel();
}

void TokenListModel::addToken(const Token &token)
{
    const int row = rowCount();
    beginInsertRows({}, row, row);
    m_rows.append(makeRow(token));
    endInsertRows();
}

bool TokenListModel::updateToken(const Token &token)
{
    const int row = rowOf(token.id);
    if (row < 0) {
        return false;
    }
    m_rows[row] = makeRow(token);
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    return true;
}

bool TokenListModel::removeToken(const QString &id)
{
    const int row = rowOf(id);
    if (row < 0) {
        return false;
    }
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
    return true;
}

void TokenListModel::clear()
{
    setTokens({});
}

void TokenListModel::refreshTimes()
{
    if (m_rows.isEmpty()) {
        return;
    }
    // The time columns and the status: one signal for the whole block keeps
    // this cheap with many rows.
    Q_EMIT dataChanged(index(0, CreatedColumn), index(rowCount() - 1, StatusColumn));
}

int TokenListModel::rowOf(const QString &id) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).token.id == id) {
            return static_cast<int>(i);
        }
    }
    return -1;
}

void TokenListModel::setCapacity(int capacity)
{
    m_capacity = qMax(0, capacity);
}

QString TokenListModel::slotsText() const
{
    return tr("%1 of %n tokens", nullptr, m_capacity).arg(rowCount());
}

TokenListModel::Status TokenListModel::status(const Token &token, const QDateTime &now)
{
    if (!token.expires) {
        return Status::NeverExpires;
    }
    const qint64 left = now.secsTo(*token.expires);
    if (left <= 0) {
        return Status::Expired;
    }
    return left <= qint64(soonDays) * 24 * 60 * 60 ? Status::ExpiresSoon : Status::Active;
}

QString TokenListModel::statusText(Status status)
{
    switch (status) {
    case Status::Expired:
        return tr("Expired");
    case Status::ExpiresSoon:
        return tr("Expires soon");
    case Status::Active:
        return tr("Active");
    case Status::NeverExpires:
        return tr("Never expires");
    }
    return {};
}

QString TokenListModel::statusIconName(Status status)
{
    switch (status) {
    case Status::Expired:
        return u"dialog-error"_s;
    case Status::ExpiresSoon:
        return u"dialog-warning"_s;
    case Status::Active:
        return u"security-high"_s;
    case Status::NeverExpires:
        // Valid, but a token that never expires is the weaker choice.
        return u"security-medium"_s;
    }
    return {};
}

QString TokenListModel::fingerprint(const QString &value)
{
    const QByteArray digest =
        QCryptographicHash::hash(value.toUtf8(), QCryptographicHash::Sha256).toHex();
    return u"sha256:"_s + QString::fromLatin1(digest.left(8));
}

int TokenListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int TokenListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TokenListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(row, index.column(), now());
    case Qt::ToolTipRole:
        return toolTipText(row, index.column(), now());
    case RawDataRole:
        return rawData(row, index.column(), now());
    case TokenIdRole:
        return row.token.id;
    case ValueRole:
        return row.token.value ? QVariant(*row.token.value) : QVariant();
    case HasValueRole:
        return row.token.value.has_value();
    case StatusRole:
        return static_cast<int>(status(row.token, now()));
    case StatusIconNameRole:
        return statusIconName(status(row.token, now()));
    default:
        return {};
    }
}

QString TokenListModel::displayText(const Row &row, int column, const QDateTime &now) const
{
    const Token &token = row.token;
    switch (column) {
    case DescriptionColumn:
        return token.description;
    case IdColumn:
        return token.id;
    case CreatedColumn:
        return RelativeTime::text(token.created, now);
    case ExpiresColumn:
        return token.expires ? RelativeTime::text(*token.expires, now) : tr("never");
    case ScopesColumn:
        return token.scopes.isEmpty() ? u"—"_s : token.scopes.join(u", "_s);
    case LastUsedColumn:
        return token.lastUsed ? RelativeTime::text(*token.lastUsed, now) : tr("never used");
    case FingerprintColumn:
        return row.fingerprint.isEmpty() ? u"—"_s : row.fingerprint;
    case StatusColumn:
        return statusText(status(token, now));
    }
    return {};
}

QString TokenListModel::toolTipText(const Row &row, int column, const QDateTime &now) const
{
    const Token &token = row.token;
    switch (column) {
    case DescriptionColumn:
        return token.description;
    case IdColumn:
        return tr("Token id %1").arg(token.id);
    case CreatedColumn:
        return tr("Created %1 (%2)")
            .arg(RelativeTime::text(token.created, now), RelativeTime::absoluteText(token.created));
    case ExpiresColumn:
        if (!token.expires) {
            return tr("This token never expires.");
        }
        return (status(token, now) == Status::Expired ? tr("Expired %1 (%2)")
                                                      : tr("Expires %1 (%2)"))
            .arg(RelativeTime::text(*token.expires, now),
                 RelativeTime::absoluteText(*token.expires));
    case ScopesColumn:
        return token.scopes.isEmpty() ? tr("No scopes are listed for this token.")
                                      : tr("Scopes: %1").arg(token.scopes.join(u", "_s));
    case LastUsedColumn:
        if (!token.lastUsed) {
            return tr("No use of this token has been recorded.");
        }
        return tr("Last used %1 (%2)")
            .arg(RelativeTime::text(*token.lastUsed, now),
                 RelativeTime::absoluteText(*token.lastUsed));
    case FingerprintColumn:
        return row.fingerprint.isEmpty()
                   ? tr("The server shows a token's value only when it is created, so there is "
                        "no fingerprint to show.")
                   : tr("The start of the SHA-256 hash of the token's value: compare it with a "
                        "configuration file without revealing the token.");
    case StatusColumn:
        switch (status(token, now)) {
        case Status::Expired:
            return tr("This token has expired; applications using it are refused. Create a "
                      "new one or remove it.");
        case Status::ExpiresSoon:
            return tr("This token expires %1; rotate it before then.")
                .arg(RelativeTime::text(*token.expires, now));
        case Status::Active:
            return tr("This token is valid until %1.")
                .arg(RelativeTime::absoluteText(*token.expires));
        case Status::NeverExpires:
            return tr("This token is valid and never expires.");
        }
        return {};
    }
    return {};
}

QVariant TokenListModel::rawData(const Row &row, int column, const QDateTime &now) const
{
    const Token &token = row.token;
    switch (column) {
    case DescriptionColumn:
        return token.description;
    case IdColumn:
        return token.id;
    case CreatedColumn:
        return token.created;
    case ExpiresColumn:
        return optionalTime(token.expires);
    case ScopesColumn:
        return token.scopes;
    case LastUsedColumn:
        return optionalTime(token.lastUsed);
    case FingerprintColumn:
        return row.fingerprint;
    case StatusColumn:
        return static_cast<int>(status(token, now));
    }
    return {};
}

QVariant TokenListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case DescriptionColumn:
        return tr("Description");
    case IdColumn:
        return tr("Id");
    case CreatedColumn:
        return tr("Created");
    case ExpiresColumn:
        return tr("Expires");
    case ScopesColumn:
        return tr("Scopes");
    case LastUsedColumn:
        return tr("Last used");
    case FingerprintColumn:
        return tr("Fingerprint");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

QHash<int, QByteArray> TokenListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(RawDataRole, "rawData"_ba);
    names.insert(TokenIdRole, "tokenId"_ba);
    names.insert(ValueRole, "value"_ba);
    names.insert(HasValueRole, "hasValue"_ba);
    names.insert(StatusRole, "status"_ba);
    names.insert(StatusIconNameRole, "statusIconName"_ba);
    return names;
}

TokenListModel::Row TokenListModel::makeRow(const Token &token)
{
    const bool known = token.value && !token.value->isEmpty();
    return Row{token, known ? fingerprint(*token.value) : QString()};
}

} // namespace keyward
