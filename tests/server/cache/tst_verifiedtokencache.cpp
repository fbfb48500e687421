// SPDX-License-Identifier: GPL-3.0-or-later
// VerifiedTokenCache: bounded, least recently used out first, time honoured
// on every hit, no token answered by another's entry, safe under threads.
#include "auth/verifiedtokencache.h"

#include <QTest>
#include <QtConcurrent>

#include <atomic>

using namespace Qt::StringLiterals;
using keyward::server::VerifiedClaims;
using keyward::server::VerifiedTokenCache;

namespace {

constexpr qint64 kNow = 1'800'000'000;

VerifiedClaims claims(qint64 tokenId, std::optional<qint64> expires = kNow + 3600,
                      const QString &kid = u"k1"_s)
{
    VerifiedClaims claims;
    claims.tokenId = tokenId;
    claims.kid = kid;
    claims.expires = expires;
    claims.scopes = {u"metrics:write"_s};
    return claims;
}

QByteArray token(int i)
{
    return "header.payload-" + QByteArray::number(i) + ".signature";
}

} // namespace

class TestVerifiedTokenCache final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hitReturnsWhatWasStored()
    {
        VerifiedTokenCache cache;
        QVERIFY(!cache.lookup(token(1), kNow));
        cache.insert(token(1), claims(7));
        const auto hit = cache.lookup(token(1), kNow);
        QVERIFY(hit);
        QCOMPARE(hit->tokenId, 7);
        QCOMPARE(hit->scopes, QStringList{u"metrics:write"_s});
        QCOMPARE(cache.hits(), 1u);
        QCOMPARE(cache.misses(), 1u);
    }

    void sizeIsBounded()
    {
        VerifiedTokenCache cache(160);
        QCOMPARE(cache.capacity(), 160);
        for (int i = 0; i < 5000; ++i)
            cache.insert(token(i), claims(i));
        QVERIFY(cache.size() <= cache.capacity());
        // Every shard is full: the bound is reached, not merely respected.
        QVERIFY(cache.size() > cache.capacity() / 2);
    }

    void leastRecentlyUsedGoesFirst()
    {
        // One entry per shard: tokens are spread by digest, so find two
        // tokens that share a shard and fill it.
        VerifiedTokenCache cache(VerifiedTokenCache::kShards * 2);
        const auto shardOf = [](const QByteArray &t) {
            return VerifiedTokenCache::digestOf(t).bytes[0] & (VerifiedTokenCache::kShards - 1);
        };
        QList<QByteArray> sameShard;
        for (int i = 0; sameShard.size() < 3; ++i) {
            if (shardOf(token(i)) == shardOf(token(0)))
                sameShard.append(token(i));
        }
        cache.insert(sameShard[0], claims(0));
        cache.insert(sameShard[1], claims(1));
        QVERIFY(cache.lookup(sameShard[0], kNow)); // now the most recent
        cache.insert(sameShard[2], claims(2));     // evicts sameShard[1]
        QVERIFY(cache.lookup(sameShard[0], kNow));
        QVERIFY(!cache.lookup(sameShard[1], kNow));
        QVERIFY(cache.lookup(sameShard[2], kNow));
    }

    void expiryIsHonouredOnEveryHit()
    {
        VerifiedTokenCache cache;
        cache.insert(token(1), claims(1, kNow + 10));
        QVERIFY(cache.lookup(token(1), kNow));
        // Within the 30 s leeway the server also accepts a fresh token.
        QVERIFY(cache.lookup(token(1), kNow + 10 + 29));
        QVERIFY(!cache.lookup(token(1), kNow + 10 + 30));
        // Dropped, not only hidden: going back in time does not revive it.
        QVERIFY(!cache.lookup(token(1), kNow));
        QCOMPARE(cache.size(), 0);
    }

    void notBeforeIsHonoured()
    {
        VerifiedTokenCache cache;
        VerifiedClaims future = claims(1);
        future.notBefore = kNow + 100;
        cache.insert(token(1), future);
        QVERIFY(!cache.lookup(token(1), kNow));
        QVERIFY(cache.lookup(token(1), kNow + 100));
    }

    void aDigestCollisionCannotAnswerForAnotherToken()
    {
        // Force two different tokens onto one digest: the stored token bytes
        // are compared, so the second one misses.
        VerifiedTokenCache cache;
        const VerifiedTokenCache::Digest digest = VerifiedTokenCache::digestOf(token(1));
        cache.insert(token(1), digest, claims(1));
        QVERIFY(!cache.lookup(token(2), digest, kNow));
        QVERIFY(!cache.lookup(token(1) + "x", digest, kNow));
        QVERIFY(!cache.lookup(token(1).chopped(1), digest, kNow));
        QCOMPARE(cache.lookup(token(1), digest, kNow)->tokenId, 1);
        // A real digest differs for a one-byte change.
        QVERIFY(VerifiedTokenCache::digestOf(token(1)) !=
                VerifiedTokenCache::digestOf(token(1) + "x"));
    }

    void removeAndRemoveKey()
    {
        VerifiedTokenCache cache;
        cache.insert(token(1), claims(1, kNow + 3600, u"old"_s));
        cache.insert(token(2), claims(2, kNow + 3600, u"old"_s));
        cache.insert(token(3), claims(3, kNow + 3600, u"new"_s));
        cache.remove(token(3));
        QVERIFY(!cache.lookup(token(3), kNow));
        cache.insert(token(3), claims(3, kNow + 3600, u"new"_s));
        cache.removeKey(u"old"_s);
        QVERIFY(!cache.lookup(token(1), kNow));
        QVERIFY(!cache.lookup(token(2), kNow));
        QVERIFY(cache.lookup(token(3), kNow));
        cache.clear();
        QCOMPARE(cache.size(), 0);
    }

    void concurrentUse()
    {
        VerifiedTokenCache cache(512);
        std::atomic<int> wrong{0};
        QList<int> workers{0, 1, 2, 3, 4, 5, 6, 7};
        QtConcurrent::blockingMap(workers, [&cache, &wrong](int worker) {
            for (int i = 0; i < 4000; ++i) {
                const int id = (worker * 7919 + i) % 1000;
                if (const auto hit = cache.lookup(token(id), kNow)) {
                    if (hit->tokenId != id)
                        ++wrong;
                } else {
                    cache.insert(token(id), claims(id));
                }
                if (i % 97 == 0)
                    cache.remove(token((id + 1) % 1000));
            }
        });
        QCOMPARE(wrong.load(), 0);
        QVERIFY(cache.size() <= cache.capacity());
        QCOMPARE(cache.hits() + cache.misses(), 8u * 4000u);
        QVERIFY(cache.hits() > 0);
    }
};

QTEST_GUILESS_MAIN(TestVerifiedTokenCache)
#include "tst_verifiedtokencache.moc"
