// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jwk.h"
#include "jwks.h"
#include "jwterror.h"

#include "domain/expected.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QJsonObject>

namespace keyward::jwt {

/// Tokens larger than this are refused before any decoding (8 KiB covers an
/// RS256 token with generous claims; anything bigger is abuse).
inline constexpr qsizetype kMaxTokenSize = 8 * 1024;

/// A compact JWS split and decoded, not yet verified.
struct CompactJws
{
    QJsonObject header;
    QJsonObject claims;
    QByteArray signingInput; ///< "<header>.<payload>" exactly as received
    QByteArray signature;    ///< decoded signature bytes
};

/// Strict parse: size cap, exactly three parts, canonical base64url in each,
/// header and payload JSON objects without duplicate keys, header "alg" a
/// supported algorithm (never "none"), "crit" refused.
Expected<CompactJws, JwtError> parseCompact(QByteArrayView token);

/// Signs \p claims with \p key. Header: {"alg": key's algorithm, "typ":"JWT",
/// "kid": key id (omitted when empty)}.
QByteArray signCompact(const QJsonObject &claims, const Jwk &key);
/// Signs exactly the given header and payload bytes (for known-answer tests).
QByteArray signCompactRaw(QByteArrayView headerJson, QByteArrayView payloadJson, const Jwk &key);

/// Checks the signature with \p key; the header's alg must equal the key's.
Expected<bool, JwtError> verifySignature(const CompactJws &jws, const Jwk &key);
/// Finds the key by the header's kid (a single-key set may omit kid) and verifies.
Expected<bool, JwtError> verifySignature(const CompactJws &jws, const Jwks &keys);

struct TimeRules
{
    QDateTime now = QDateTime::currentDateTimeUtc();
    qint64 leewaySeconds = 0;
    bool requireExpiry = false;
};
/// exp/nbf/iat must be integral numbers when present; exp required when
/// rules.requireExpiry; now < exp + leeway; now >= nbf - leeway.
Expected<bool, JwtError> checkTimes(const QJsonObject &claims, const TimeRules &rules);

} // namespace keyward::jwt
