// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <limits>
#include <memory>

namespace keyward::server {

/// A prepared statement kept for reuse, shared between the cache and the one
/// SqlQuery using it right now (so a cache reset never pulls a statement out
/// from under a live query).
struct CachedStatement
{
    QSqlQuery query;
    bool inUse = false;
};

/// The prepared statements of one connection, keyed by their text. Preparing
/// (parsing and planning) was a fifth of a publish request; every handler
/// runs the same few dozen statements, so a worker's connection prepares each
/// once. Bounded: statements built from variable parts cannot grow it without
/// limit; the least recently used unused one makes room.
class StatementCache
{
public:
    static constexpr int Capacity = 64;

    /// The cached statement for \p text, marked in use, or null when there is
    /// none or it is in use already (the caller prepares a private one).
    std::shared_ptr<CachedStatement> acquire(const QString &text)
    {
        const auto it = m_slots.find(text);
        if (it == m_slots.end() || it->statement->inUse)
            return nullptr;
        it->lastUse = ++m_clock;
        it->statement->inUse = true;
        return it->statement;
    }
    /// Keeps \p statement (already prepared, in use) for later acquire()s.
    void insert(const QString &text, std::shared_ptr<CachedStatement> statement)
    {
        if (m_slots.contains(text))
            return; // that text was in use: this one dies with its SqlQuery
        if (m_slots.size() >= Capacity)
            evictOne();
        if (m_slots.size() >= Capacity)
            return; // every one in use (deep nesting): not cached
        m_slots.insert(text, Slot{std::move(statement), ++m_clock});
    }
    void clear() { m_slots.clear(); }
    int size() const { return int(m_slots.size()); }

private:
    struct Slot
    {
        std::shared_ptr<CachedStatement> statement;
        quint64 lastUse = 0;
    };
    void evictOne()
    {
        auto victim = m_slots.end();
        quint64 oldest = std::numeric_limits<quint64>::max();
        for (auto it = m_slots.begin(); it != m_slots.end(); ++it) {
            if (!it->statement->inUse && it->lastUse < oldest) {
                oldest = it->lastUse;
                victim = it;
            }
        }
        if (victim != m_slots.end())
            m_slots.erase(victim);
    }

    QHash<QString, Slot> m_slots;
    quint64 m_clock = 0;
};

/// The calling thread's cache (defined in database.cpp, which owns the
/// per-thread connection state) for \p db (connections are per thread, see
/// Database), created on first use.
StatementCache &threadStatementCache(const QSqlDatabase &db);

/// Drops the calling thread's cached statements of connection \p name: a
/// (re)opened connection has none of them prepared.
void forgetThreadStatements(const QString &connectionName);

} // namespace keyward::server
