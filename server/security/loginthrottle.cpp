// SPDX-License-Identifier: GPL-3.0-or-later
#include "loginthrottle.h"

namespace keyward::server {

qint64 LoginThrottle::wait(QList<qint64> &failures, int limit, qint64 now) const
{
    const qint64 windowStart = now - m_limits.windowSeconds;
    failures.removeIf([windowStart](qint64 time) { return time <= windowStart; });
    if (failures.size() < limit)
        return 0;
    return failures.first() + m_limits.windowSeconds - now;
}

qint64 LoginThrottle::secondsUntilAllowed(const QString &account, const QString &address)
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QMutexLocker lock(&m_mutex);
    return qMax(wait(m_byAccount[account], m_limits.perAccount, now),
                wait(m_byAddress[address], m_limits.perAddress, now));
}

void LoginThrottle::recordFailure(const QString &account, const QString &address)
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QMutexLocker lock(&m_mutex);
    m_byAccount[account].append(now);
    m_byAddress[address].append(now);
}

void LoginThrottle::recordSuccess(const QString &account)
{
    QMutexLocker lock(&m_mutex);
    m_byAccount.remove(account);
}

} // namespace keyward::server
