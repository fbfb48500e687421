// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tokenverifier.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QMutex>

#include <array>
#include <atomic>
#include <cstring>
#include <list>
#include <memory>
#include <optional>

namespace keyward::server {

/// Publishing tokens whose signature and claims were already checked, so a
/// publisher sending the same token again costs a lookup instead of a
/// signature verification. Bounded (least recently used entries go first),
/// thread-safe and sharded: handlers run on a worker pool, and one mutex for
/// every lookup would serialise them.
///
/// The cache only remembers what the token's bytes prove. What can change
/// after issue (revocation, stored expiry, the key's retirement) is asked of
/// the database by the caller on every hit, and time is checked here on
/// every hit.
class VerifiedTokenCache
{
public:
    /// SHA-256 of the compact token.
    struct Digest
    {
        std::array<unsigned char, 32> bytes{};
        friend bool operator==(const Digest &, const Digest &) = default;
        /// The digest is already uniform; bytes 8.. because byte 0 picks the
        /// shard and so carries no information within one.
        friend size_t qHash(const Digest &digest, size_t seed = 0) noexcept
        {
            size_t value = 0;
            std::memcpy(&value, digest.bytes.data() + 8, sizeof value);
            return value ^ seed;
        }
    };

    explicit VerifiedTokenCache(qsizetype capacity = 10000);
    ~VerifiedTokenCache();
    Q_DISABLE_COPY_MOVE(VerifiedTokenCache)

    static Digest digestOf(QByteArrayView token);

    /// The cached claims when \p token was verified before and is within its
    /// nbf/exp at \p nowSeconds. An expired entry is dropped.
    std::optional<VerifiedClaims> lookup(QByteArrayView token, qint64 nowSeconds);
    /// As lookup() with a digest computed by the caller (tests use it to
    /// force two tokens onto one digest).
    std::optional<VerifiedClaims> lookup(QByteArrayView token, const Digest &digest,
                                         qint64 nowSeconds);
    void insert(QByteArrayView token, const VerifiedClaims &claims);
    void insert(QByteArrayView token, const Digest &digest, const VerifiedClaims &claims);
    /// Forgets \p token (it was refused on a hit).
    void remove(QByteArrayView token);
    /// Forgets every token signed with \p kid.
    void removeKey(const QString &kid);
    void clear();

    qsizetype size() const;
    qsizetype capacity() const { return m_shardCapacity * kShards; }
    quint64 hits() const { return m_hits.load(std::memory_order_relaxed); }
    quint64 misses() const { return m_misses.load(std::memory_order_relaxed); }

    /// Power of two: the shard is the digest's first byte masked. 16 shards
    /// keep the chance that two of a handful of workers meet on one mutex low.
    static constexpr qsizetype kShards = 16;

private:
    struct Entry
    {
        Digest digest;
        QByteArray
            token; ///< compared on every hit: no digest collision can answer for another token
        VerifiedClaims claims;
    };
    struct Shard
    {
        mutable QMutex mutex;
        std::list<Entry> recency; ///< most recently used first
        QHash<Digest, std::list<Entry>::iterator> index;
    };
    Shard &shardFor(const Digest &digest);

    qsizetype m_shardCapacity;
    std::array<std::unique_ptr<Shard>, kShards> m_shards;
    std::atomic<quint64> m_hits{0};
    std::atomic<quint64> m_misses{0};
};

} // namespace keyward::server
