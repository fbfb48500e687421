// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QString>

#include <atomic>

namespace keyward::server {

class Database;

/// Slows down password guessing: too many failed logins for one account, or
/// from one address, within a window block further attempts until enough
/// failures have left the window.
///
/// With a Database the failures live in its login_failures table, so every
/// keyward-server process on that database (several behind a load balancer)
/// counts the same failures: N processes do not allow N times the guesses.
/// Accounts and addresses are stored as SHA-256 digests: people type
/// passwords into the email field, and those must not end up in a table.
/// Without a Database (unit tests, tools) the failures are kept in memory.
class LoginThrottle
{
public:
    struct Limits
    {
        int perAccount = 10;
        int perAddress = 50;
        qint64 windowSeconds = 15 * 60;
    };

    LoginThrottle() = default;
    explicit LoginThrottle(Limits limits)
        : m_limits(limits)
    {}
    explicit LoginThrottle(Database &database)
        : m_database(&database)
    {}
    LoginThrottle(Database &database, Limits limits)
        : m_limits(limits)
        , m_database(&database)
    {}

    /// Seconds until the next attempt may be made; 0 when allowed.
    qint64 secondsUntilAllowed(const QString &account, const QString &address);
    void recordFailure(const QString &account, const QString &address);
    /// A successful login clears the account's failures (not the address's).
    void recordSuccess(const QString &account);

private:
    qint64 wait(QList<qint64> &failures, int limit, qint64 nowMs) const;
    qint64 storedWait(const QString &subject, int limit, qint64 nowMs) const;
    void pruneStored(qint64 nowMs);

    Limits m_limits;
    Database *m_database = nullptr;
    std::atomic<qint64> m_lastPruneMs{0};
    QMutex m_mutex;
    QHash<QString, QList<qint64>> m_byAccount;
    QHash<QString, QList<qint64>> m_byAddress;
};

} // namespace keyward::server
