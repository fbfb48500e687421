// SPDX-License-Identifier: GPL-3.0-or-later
// Why SHA-256 and not a faster keyed hash (SipHash, xxHash): the entry is
// found by the digest, but a hit also compares the stored token bytes, so
// the choice of hash does not decide correctness, only how often two tokens
// share a bucket. SHA-256 costs about a microsecond for a token of a few
// hundred bytes (against tens to hundreds of microseconds for the signature
// check it saves), its output is uniform without a secret seed that would
// have to be managed, and the same digest can be logged or compared across
// processes without revealing the token.
#include "verifiedtokencache.h"

#include <openssl/evp.h>

namespace keyward::server {

VerifiedTokenCache::VerifiedTokenCache(qsizetype capacity)
    : m_shardCapacity(qMax<qsizetype>(1, capacity / kShards))
{
    for (auto &shard : m_shards)
        shard = std::make_unique<Shard>();
}

VerifiedTokenCache::~VerifiedTokenCache() = default;

VerifiedTokenCache::Digest VerifiedTokenCache::digestOf(QByteArrayView token)
{
    Digest digest{};
    unsigned int size = 0;
    // SHA-256 fetched once: with EVP_sha256() EVP_Digest looks the
    // implementation up in the provider on every call, which costs more than
    // hashing a token. EVP_Digest only fails on allocation failure, after
    // which the all-zero digest still works: the token bytes are compared on
    // every hit.
    static EVP_MD *const sha256 = EVP_MD_fetch(nullptr, "SHA256", nullptr);
    EVP_Digest(token.data(), size_t(token.size()), digest.bytes.data(), &size, sha256, nullptr);
    return digest;
}

VerifiedTokenCache::Shard &VerifiedTokenCache::shardFor(const Digest &digest)
{
    return *m_shards[digest.bytes[0] & (kShards - 1)];
}

std::optional<VerifiedClaims> VerifiedTokenCache::lookup(QByteArrayView token, qint64 nowSeconds)
{
    return lookup(token, digestOf(token), nowSeconds);
}

std::optional<VerifiedClaims> VerifiedTokenCache::lookup(QByteArrayView token, const Digest &digest,
                                                         qint64 nowSeconds)
{
    Shard &shard = shardFor(digest);
    {
        QMutexLocker lock(&shard.mutex);
        const auto found = shard.index.constFind(digest);
        if (found != shard.index.constEnd() && (*found)->token == token) {
            const auto entry = *found;
            if (tokenverifier::isWithinLifetime(entry->claims, nowSeconds)) {
                shard.recency.splice(shard.recency.begin(), shard.recency, entry);
                VerifiedClaims claims = entry->claims;
                lock.unlock();
                m_hits.fetch_add(1, std::memory_order_relaxed);
                return claims;
            }
            // Past exp it never becomes valid again: drop it. Before nbf it
            // will, so it stays.
            if (entry->claims.expires &&
                nowSeconds >= *entry->claims.expires + tokenverifier::kLeewaySeconds) {
                shard.index.erase(found);
                shard.recency.erase(entry);
            }
        }
    }
    m_misses.fetch_add(1, std::memory_order_relaxed);
    return std::nullopt;
}

void VerifiedTokenCache::insert(QByteArrayView token, const VerifiedClaims &claims)
{
    insert(token, digestOf(token), claims);
}

void VerifiedTokenCache::insert(QByteArrayView token, const Digest &digest,
                                const VerifiedClaims &claims)
{
    Shard &shard = shardFor(digest);
    QMutexLocker lock(&shard.mutex);
    if (const auto found = shard.index.find(digest); found != shard.index.end()) {
        // Same digest: either the same token verified twice concurrently, or
        // (astronomically unlikely) another token; the newest one wins.
        shard.recency.erase(*found);
        shard.index.erase(found);
    }
    shard.recency.push_front(Entry{digest, token.toByteArray(), claims});
    shard.index.insert(digest, shard.recency.begin());
    while (shard.recency.size() > size_t(m_shardCapacity)) {
        shard.index.remove(shard.recency.back().digest);
        shard.recency.pop_back();
    }
}

void VerifiedTokenCache::remove(QByteArrayView token)
{
    const Digest digest = digestOf(token);
    Shard &shard = shardFor(digest);
    QMutexLocker lock(&shard.mutex);
    if (const auto found = shard.index.find(digest);
        found != shard.index.end() && (*found)->token == token) {
        shard.recency.erase(*found);
        shard.index.erase(found);
    }
}

void VerifiedTokenCache::removeKey(const QString &kid)
{
    for (auto &shard : m_shards) {
        QMutexLocker lock(&shard->mutex);
        for (auto it = shard->recency.begin(); it != shard->recency.end();) {
            if (it->claims.kid == kid) {
                shard->index.remove(it->digest);
                it = shard->recency.erase(it);
            } else {
                ++it;
            }
        }
    }
}

void VerifiedTokenCache::clear()
{
    for (auto &shard : m_shards) {
        QMutexLocker lock(&shard->mutex);
        shard->index.clear();
        shard->recency.clear();
    }
}

qsizetype VerifiedTokenCache::size() const
{
    qsizetype total = 0;
    for (const auto &shard : m_shards) {
        QMutexLocker lock(&shard->mutex);
        total += qsizetype(shard->recency.size());
    }
    return total;
}

} // namespace keyward::server
