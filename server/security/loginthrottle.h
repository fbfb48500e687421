// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QString>

namespace keyward::server {

/// Slows down password guessing: too many failed logins for one account, or
/// from one address, within a window block further attempts until the oldest
/// failure leaves the window. Per process (several processes each apply it).
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

    /// Seconds until the next attempt may be made; 0 when allowed.
    qint64 secondsUntilAllowed(const QString &account, const QString &address);
    void recordFailure(const QString &account, const QString &address);
    /// A successful login clears the account's failures (not the address's).
    void recordSuccess(const QString &account);

private:
    qint64 wait(QList<qint64> &failures, int limit, qint64 now) const;

    Limits m_limits;
    QMutex m_mutex;
    QHash<QString, QList<qint64>> m_byAccount;
    QHash<QString, QList<qint64>> m_byAddress;
};

} // namespace keyward::server
