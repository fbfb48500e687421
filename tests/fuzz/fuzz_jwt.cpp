// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the strict compact-JWS parser and everything the server
// does with a token it has not verified yet (signature check against keys of
// every algorithm, time rules), plus the JWK/JWKS readers fed the decoded
// header (attacker-controlled JSON that reaches Jwks::fromJson in clients).
#include "jwt/jwk.h"
#include "jwt/jwks.h"
#include "jwt/jws.h"

#include <QByteArrayView>
#include <QDateTime>
#include <QJsonArray>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace keyward::jwt;
using namespace Qt::StringLiterals;

namespace {
const Jwks &keys()
{
    // Generated once: key generation (RSA especially) would dominate each run.
    static const Jwks set = [] {
        Jwks result;
        result.add(Jwk::generate(Algorithm::EdDSA, u"ed"_s));
        result.add(Jwk::generate(Algorithm::ES256, u"ec"_s));
        result.add(Jwk::generate(Algorithm::RS256, u"rsa"_s));
        result.add(*Jwk::fromHmacSecret(QByteArray(32, 'k'), u"hs"_s));
        return result;
    }();
    return set;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView token(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto parsed = parseCompact(token);
    if (!parsed)
        return 0;
    // A parsed token never exceeds the size cap and keeps its signing input verbatim.
    if (token.size() > kMaxTokenSize || !token.startsWith(parsed->signingInput))
        std::abort();
    (void)verifySignature(*parsed, keys());
    for (const Jwk &key : keys().keys())
        (void)verifySignature(*parsed, key);
    TimeRules rules;
    rules.now = QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC);
    rules.leewaySeconds = 60;
    rules.requireExpiry = true;
    (void)checkTimes(parsed->claims, rules);
    // The header and claims are arbitrary objects: the key readers must cope.
    (void)Jwk::fromJson(parsed->header);
    (void)Jwks::fromJson(parsed->claims);
    QJsonObject wrapped;
    wrapped.insert(u"keys"_s, QJsonArray{parsed->header, parsed->claims});
    (void)Jwks::fromJson(wrapped);
    return 0;
}
