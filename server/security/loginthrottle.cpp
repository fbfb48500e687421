// SPDX-License-Identifier: GPL-3.0-or-later
#include "loginthrottle.h"

#include "secrets.h"
#include "storage/database.h"
#include "storage/sql.h"

using namespace Qt::StringLiterals;

namespace keyward::server {

namespace {
// Rows that left the window are deleted at most this often per process, by
// whichever failed login comes first: no timer, and no DELETE per login.
constexpr qint64 kPruneIntervalMs = 60 * 1000;

QString accountSubject(const QString &account)
{
    return u"account:"_s + sha256Hex(account.toUtf8());
}

QString addressSubject(const QString &address)
{
    return u"address:"_s + sha256Hex(address.toUtf8());
}

qint64 secondsUntil(qint64 momentMs, qint64 nowMs)
{
    // Rounded up: "try again in 0 seconds" must never be said to a blocked client.
    return qMax<qint64>(1, (momentMs - nowMs + 999) / 1000);
}
} // namespace

qint64 LoginThrottle::wait(QList<qint64> &failures, int limit, qint64 nowMs) const
{
    const qint64 windowStart = nowMs - m_limits.windowSeconds * 1000;
    failures.removeIf([windowStart](qint64 time) { return time <= windowStart; });
    if (failures.size() < limit)
        return 0;
    // Allowed again once only limit - 1 failures remain in the window.
    return secondsUntil(failures.at(failures.size() - limit) + m_limits.windowSeconds * 1000,
                        nowMs);
}

qint64 LoginThrottle::storedWait(const QString &subject, int limit, qint64 nowMs) const
{
    // The limit-th newest failure in the window: while it exists the subject
    // is blocked; when it leaves the window, limit - 1 remain.
    SqlQuery query(m_database->connection(),
                   u"SELECT failed_ms FROM login_failures WHERE subject = :subject "
                   "AND failed_ms > :start ORDER BY failed_ms DESC LIMIT 1 OFFSET :skip"_s);
    query.bind(u":subject"_s, subject)
        .bind(u":start"_s, nowMs - m_limits.windowSeconds * 1000)
        .bind(u":skip"_s, qMax(0, limit - 1))
        .exec();
    if (!query.next())
        return 0;
    return secondsUntil(query.value(0).toLongLong() + m_limits.windowSeconds * 1000, nowMs);
}

qint64 LoginThrottle::secondsUntilAllowed(const QString &account, const QString &address)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (m_database)
        return qMax(storedWait(accountSubject(account), m_limits.perAccount, now),
                    storedWait(addressSubject(address), m_limits.perAddress, now));
    QMutexLocker lock(&m_mutex);
    return qMax(wait(m_byAccount[account], m_limits.perAccount, now),
                wait(m_byAddress[address], m_limits.perAddress, now));
}

void LoginThrottle::recordFailure(const QString &account, const QString &address)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (!m_database) {
        QMutexLocker lock(&m_mutex);
        m_byAccount[account].append(now);
        m_byAddress[address].append(now);
        return;
    }
    {
        Transaction tx(*m_database);
        SqlQuery(tx.db(), u"INSERT INTO login_failures (subject, failed_ms) "
                          "VALUES (:account, :accountTime), (:address, :addressTime)"_s)
            .bind(u":account"_s, accountSubject(account))
            .bind(u":accountTime"_s, now)
            .bind(u":address"_s, addressSubject(address))
            .bind(u":addressTime"_s, now)
            .exec();
        tx.commit();
    }
    pruneStored(now);
}

void LoginThrottle::pruneStored(qint64 nowMs)
{
    qint64 last = m_lastPruneMs.load(std::memory_order_relaxed);
    if (nowMs - last < kPruneIntervalMs ||
        !m_lastPruneMs.compare_exchange_strong(last, nowMs, std::memory_order_relaxed))
        return;
    Transaction tx(*m_database);
    SqlQuery(tx.db(), u"DELETE FROM login_failures WHERE failed_ms <= :start"_s)
        .bind(u":start"_s, nowMs - m_limits.windowSeconds * 1000)
        .exec();
    tx.commit();
}

void LoginThrottle::recordSuccess(const QString &account)
{
    if (!m_database) {
        QMutexLocker lock(&m_mutex);
        m_byAccount.remove(account);
        return;
    }
    // Nothing to clear is the common case: checking first keeps a successful
    // login from taking the write lock.
    const QString subject = accountSubject(account);
    {
        SqlQuery any(m_database->connection(),
                     u"SELECT 1 FROM login_failures WHERE subject = :subject LIMIT 1"_s);
        any.bind(u":subject"_s, subject).exec();
        if (!any.next())
            return;
    }
    Transaction tx(*m_database);
    SqlQuery(tx.db(), u"DELETE FROM login_failures WHERE subject = :subject"_s)
        .bind(u":subject"_s, subject)
        .exec();
    tx.commit();
}

} // namespace keyward::server
