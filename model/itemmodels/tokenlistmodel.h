// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/token.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>

#include <functional>

namespace keyward {

/// The publishing tokens of an organization or team (or of every place the
/// user administers). Times show relative to "now" ("in 6 days") with the
/// absolute local time in the tooltip. A token's value never appears in
/// display or tooltip text: only ValueRole hands it out, for the copy action.
class TokenListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenListModel)

public:
    enum Column
    {
        DescriptionColumn,
        IdColumn,
        CreatedColumn,
        ExpiresColumn,
        ScopesColumn,
        LastUsedColumn,
        FingerprintColumn,
        StatusColumn,
        ColumnCount
    };
    enum DataRole
    {
        /// The column's raw value: QString, QDateTime (null QVariant for
        /// "never"), QStringList, or int of Status; for sorting proxies.
        RawDataRole = Qt::UserRole + 1,
        TokenIdRole,        ///< QString, whatever the column
        ValueRole,          ///< QString, or an invalid QVariant when unknown: only for copying
        HasValueRole,       ///< bool
        StatusRole,         ///< int of Status, whatever the column
        StatusIconNameRole, ///< freedesktop icon name of the status, whatever the column
    };
    /// Shown as text and icon, never as colour alone.
    enum class Status
    {
        Expired,
        ExpiresSoon,
        Active,
        NeverExpires
    };
    Q_ENUM(Status)

    using Clock = std::function<QDateTime()>;

    /// Tokens expiring within this many days are "expires soon".
    static constexpr int soonDays = 7;
    /// At most this many tokens per organization and per team (API rule).
    static constexpr int defaultCapacity = 3;

    explicit TokenListModel(QObject *parent = nullptr);

    /// Replaces the clock (tests pass a fixed "now"); call refreshTimes() if
    /// rows exist already.
    void setClock(Clock clock);
    QDateTime now() const { return m_clock(); }

    void setTokens(const QList<Token> &tokens);
    /// Appends a newly created token.
    void addToken(const Token &token);
    /// Replaces the token with the same id; false if not listed.
    bool updateToken(const Token &token);
    bool removeToken(const QString &id);
    void clear();
    /// Time passed: statuses and relative texts change. For a view's timer.
    void refreshTimes();

    int rowOf(const QString &id) const;
    const Token &token(int row) const { return m_rows.at(row).token; }

    int capacity() const { return m_capacity; }
    void setCapacity(int capacity);
    bool isFull() const { return rowCount() >= m_capacity; }
    /// "2 of 3 tokens".
    QString slotsText() const;

    static Status status(const Token &token, const QDateTime &now);
    static QString statusText(Status status);
    /// Icon names from the freedesktop theme; the UI maps them to its icons.
    static QString statusIconName(Status status);
    /// "sha256:" and the first 8 hex digits of SHA-256 over the value's UTF-8:
    /// enough to tell tokens apart and match a configuration file, useless
    /// for guessing the token.
    static QString fingerprint(const QString &value);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Row
    {
        Token token;
        QString fingerprint; ///< computed once: data() is called on every paint
    };
    static Row makeRow(const Token &token);
    QString displayText(const Row &row, int column, const QDateTime &now) const;
    QString toolTipText(const Row &row, int column, const QDateTime &now) const;
    QVariant rawData(const Row &row, int column, const QDateTime &now) const;

    Clock m_clock;
    int m_capacity = defaultCapacity;
    QList<Row> m_rows;
};

} // namespace keyward
