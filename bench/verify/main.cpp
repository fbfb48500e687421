// SPDX-License-Identifier: GPL-3.0-or-later
// keyward-bench-verify: how many publishing tokens one core verifies per
// second through the server's own code path (tokenverifier::verify: strict
// parse, key, signature, nbf/exp, audience, jti; without the cache and
// without the database), per algorithm, and how many cache hits per second.
//
//   keyward-bench-verify [--seconds N] [--out DIR]
//
// With --out it also writes, per algorithm, DIR/<alg>.jwt (the token) and
// DIR/<alg>.pem (the public key) so that peers verify the very same tokens.
// Output: one line per figure, "<name> <operations per second>".
#include "auth/tokenverifier.h"
#include "auth/verifiedtokencache.h"
#include "jwt/jws.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonObject>

#include <atomic>
#include <cstdio>
#include <thread>

using namespace Qt::StringLiterals;
using namespace keyward;
using namespace keyward::server;

namespace {

/// Claims shaped like the ones TokenStore issues.
QJsonObject publishingClaims()
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    return {{u"iss"_s, u"http://127.0.0.1:8080"_s},
            {u"aud"_s, u"keyward-publish"_s},
            {u"iat"_s, now},
            {u"nbf"_s, now},
            {u"exp"_s, now + 3600},
            {u"jti"_s, u"42"_s},
            {u"org"_s, u"acme"_s},
            {u"team"_s, u"ops"_s},
            {u"scope"_s, u"metrics:write metrics:read"_s},
            {u"labels"_s, QJsonObject{{u"env"_s, u"production"_s}}}};
}

/// Runs \p operation in batches until \p seconds have passed; operations/s.
template <typename Operation> double rate(double seconds, Operation operation)
{
    QElapsedTimer timer;
    timer.start();
    qint64 count = 0;
    const qint64 limitNs = qint64(seconds * 1e9);
    qint64 elapsed = 0;
    do {
        for (int i = 0; i < 64; ++i)
            operation();
        count += 64;
        elapsed = timer.nsecsElapsed();
    } while (elapsed < limitNs);
    return double(count) * 1e9 / double(elapsed);
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(data) == data.size();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Token verification rate of keyward-server's code path."_s);
    parser.addHelpOption();
    const QCommandLineOption secondsOption(u"seconds"_s, u"Seconds per figure."_s, u"N"_s, u"3"_s);
    const QCommandLineOption outOption(u"out"_s, u"Write tokens and public keys here."_s, u"DIR"_s);
    parser.addOption(secondsOption);
    parser.addOption(outOption);
    parser.process(app);
    const double seconds = parser.value(secondsOption).toDouble();
    const QString out = parser.value(outOption);
    if (!out.isEmpty())
        QDir().mkpath(out);

    const struct
    {
        jwt::Algorithm algorithm;
        const char *name;
    } algorithms[] = {{jwt::Algorithm::RS256, "RS256"},
                      {jwt::Algorithm::ES256, "ES256"},
                      {jwt::Algorithm::EdDSA, "EdDSA"}};

    QByteArray cacheToken;
    for (const auto &entry : algorithms) {
        const QString kid = u"bench-"_s + QString::fromLatin1(entry.name);
        const jwt::Jwk key = jwt::Jwk::generate(entry.algorithm, kid);
        const QByteArray token = jwt::signCompact(publishingClaims(), key);
        const auto publicKey = jwt::Jwk::fromPem(key.toPublicPem(), kid);
        if (token.isEmpty() || !publicKey) {
            std::fprintf(stderr, "cannot create a %s key and token\n", entry.name);
            return 1;
        }
        if (!out.isEmpty() &&
            (!writeFile(out + u'/' + QString::fromLatin1(entry.name) + u".jwt"_s, token) ||
             !writeFile(out + u'/' + QString::fromLatin1(entry.name) + u".pem"_s,
                        key.toPublicPem()))) {
            std::fprintf(stderr, "cannot write to %s\n", qPrintable(out));
            return 1;
        }
        const tokenverifier::KeyLookup keys = [&publicKey](const QString &wanted, bool &) {
            return wanted == publicKey->keyId() ? std::optional<jwt::Jwk>(*publicKey)
                                                : std::nullopt;
        };
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        if (!tokenverifier::verify(token, keys, now)) {
            std::fprintf(stderr, "the %s token does not verify\n", entry.name);
            return 1;
        }
        bool failed = false;
        const double perSecond = rate(seconds, [&] {
            // The clock is read per token, as the server does.
            if (!tokenverifier::verify(token, keys, QDateTime::currentSecsSinceEpoch()))
                failed = true;
        });
        if (failed) {
            std::fprintf(stderr, "a %s verification failed during the run\n", entry.name);
            return 1;
        }
        std::printf("%s %.0f\n", entry.name, perSecond);
        std::fflush(stdout);
        if (entry.algorithm == jwt::Algorithm::ES256)
            cacheToken = token;
    }

    // The hit path: digest, shard lookup, token comparison, time check, copy
    // of the claims; a cache filled to its bound like a busy server's.
    VerifiedTokenCache cache;
    VerifiedClaims stored;
    stored.tokenId = 42;
    stored.expires = QDateTime::currentSecsSinceEpoch() + 3600;
    for (int i = 0; i < cache.capacity(); ++i)
        cache.insert(cacheToken + QByteArray::number(i), stored);
    cache.insert(cacheToken, stored);
    bool missed = false;
    const double hits = rate(seconds, [&] {
        if (!cache.lookup(cacheToken, QDateTime::currentSecsSinceEpoch()))
            missed = true;
    });
    if (missed) {
        std::fprintf(stderr, "the cached token was not found\n");
        return 1;
    }
    std::printf("cache-hit %.0f\n", hits);

    // Contention: two threads hitting at once, on different tokens (the
    // common case: many publishers) and on the same token (one shard, one
    // mutex). Per-thread rates are summed.
    for (const bool sameToken : {false, true}) {
        const QByteArray other = sameToken ? cacheToken : cacheToken + QByteArray::number(7);
        cache.insert(other, stored);
        std::atomic<bool> lost{false};
        double rates[2] = {};
        std::thread threads[2];
        for (int t = 0; t < 2; ++t) {
            threads[t] = std::thread([&, t] {
                const QByteArray &mine = t == 0 ? cacheToken : other;
                rates[t] = rate(seconds, [&] {
                    if (!cache.lookup(mine, QDateTime::currentSecsSinceEpoch()))
                        lost = true;
                });
            });
        }
        for (auto &thread : threads)
            thread.join();
        if (lost) {
            std::fprintf(stderr, "a cached token was not found\n");
            return 1;
        }
        std::printf("%s %.0f\n", sameToken ? "cache-hit-2-threads-same" : "cache-hit-2-threads",
                    rates[0] + rates[1]);
    }
    return 0;
}
