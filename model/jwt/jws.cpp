// SPDX-License-Identifier: GPL-3.0-or-later
#include "jws.h"

#include "base64url.h"
#include "strictjson.h"

#include <QJsonDocument>
#include <QList>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace keyward::jwt {

namespace {

JwtError error(JwtErrorCode code, const QString &detail)
{
    return JwtError{code, detail};
}

/// Decodes one part as a strict JSON object; any failure other than a
/// repeated member name is reported as \p malformed.
Expected<QJsonObject, JwtError> decodeJsonPart(QByteArrayView part, JwtErrorCode malformed,
                                               const QString &partName)
{
    const auto decoded = base64UrlDecodeStrict(part);
    if (!decoded)
        return error(malformed, u"The token %1 is not canonical base64url."_s.arg(partName));
    auto object = parseStrictJsonObject(*decoded);
    if (!object) {
        if (object.error().code == JwtErrorCode::DuplicateKey)
            return error(JwtErrorCode::DuplicateKey,
                         u"The token %1 repeats a JSON member name."_s.arg(partName));
        return error(malformed, u"The token %1 is not a valid JSON object."_s.arg(partName));
    }
    return object;
}

// Beyond 2^53 a JSON number no longer holds every integer exactly.
constexpr double kMaxExactInteger = 9007199254740992.0;

/// Reads an optional NumericDate claim (RFC 7519 §2), here restricted to
/// integral seconds.
std::optional<JwtError> readNumericDate(const QJsonObject &claims, QLatin1String name,
                                        std::optional<qint64> &out)
{
    const QJsonValue value = claims.value(name);
    if (value.isUndefined())
        return std::nullopt;
    const double number = value.toDouble();
    if (!value.isDouble() || !std::isfinite(number) || std::trunc(number) != number ||
        std::fabs(number) > kMaxExactInteger)
        return error(JwtErrorCode::MalformedClaim,
                     u"The \"%1\" claim is not an integral number of seconds."_s.arg(name));
    out = static_cast<qint64>(number);
    return std::nullopt;
}

} // namespace

Expected<CompactJws, JwtError> parseCompact(QByteArrayView token)
{
    if (token.size() > kMaxTokenSize)
        return error(JwtErrorCode::TooLarge,
                     u"The token is longer than %1 bytes."_s.arg(kMaxTokenSize));
    // Views, not split(): no copies of the token on the publish path.
    QByteArrayView parts[3];
    qsizetype count = 0;
    for (qsizetype start = 0;;) {
        const qsizetype dot = token.indexOf('.', start);
        const QByteArrayView part = token.sliced(start, (dot < 0 ? token.size() : dot) - start);
        if (count < 3)
            parts[count] = part;
        ++count;
        if (dot < 0)
            break;
        start = dot + 1;
    }
    if (count != 3)
        return error(JwtErrorCode::MalformedStructure,
                     u"The token has %1 dot-separated parts instead of 3."_s.arg(count));

    auto header = decodeJsonPart(parts[0], JwtErrorCode::MalformedHeader, u"header"_s);
    if (!header)
        return header.error();
    const QJsonValue alg = header->value("alg"_L1);
    if (!alg.isString())
        return error(JwtErrorCode::MalformedHeader, u"The token header has no \"alg\" string."_s);
    if (!algorithmFromName(alg.toString()))
        return error(JwtErrorCode::UnsupportedAlgorithm,
                     u"The token's algorithm is not one of EdDSA, ES256, RS256 or HS256."_s);
    // We implement no JWS extensions, so any "crit" list names one we do not
    // understand (RFC 7515 §4.1.11 requires refusing the token).
    if (header->contains("crit"_L1))
        return error(JwtErrorCode::UnknownCritical,
                     u"The token header lists critical extensions."_s);
    const QJsonValue kid = header->value("kid"_L1);
    if (!kid.isUndefined() && !kid.isString())
        return error(JwtErrorCode::MalformedHeader, u"The token header \"kid\" is not a string."_s);

    auto claims = decodeJsonPart(parts[1], JwtErrorCode::MalformedPayload, u"payload"_s);
    if (!claims)
        return claims.error();

    const auto signature = base64UrlDecodeStrict(parts[2]);
    if (!signature || signature->isEmpty())
        return error(JwtErrorCode::MalformedSignature,
                     u"The token signature is missing or not canonical base64url."_s);

    CompactJws jws;
    jws.header = std::move(header).value();
    jws.claims = std::move(claims).value();
    jws.signingInput = token.first(parts[0].size() + 1 + parts[1].size()).toByteArray();
    jws.signature = *signature;
    return jws;
}

QByteArray signCompactRaw(QByteArrayView headerJson, QByteArrayView payloadJson, const Jwk &key)
{
    const QByteArray signingInput =
        base64UrlEncode(headerJson) + '.' + base64UrlEncode(payloadJson);
    const QByteArray signature = key.sign(signingInput);
    if (signature.isEmpty())
        return {};
    return signingInput + '.' + base64UrlEncode(signature);
}

QByteArray signCompact(const QJsonObject &claims, const Jwk &key)
{
    QJsonObject header{{u"alg"_s, algorithmName(key.algorithm())}, {u"typ"_s, u"JWT"_s}};
    if (!key.keyId().isEmpty())
        header.insert("kid"_L1, key.keyId());
    return signCompactRaw(QJsonDocument(header).toJson(QJsonDocument::Compact),
                          QJsonDocument(claims).toJson(QJsonDocument::Compact), key);
}

Expected<bool, JwtError> verifySignature(const CompactJws &jws, const Jwk &key)
{
    if (key.isNull())
        return error(JwtErrorCode::InvalidKey, u"No key was given to verify the token."_s);
    const auto headerAlgorithm = algorithmFromName(jws.header.value("alg"_L1).toString());
    if (!headerAlgorithm)
        return error(JwtErrorCode::UnsupportedAlgorithm,
                     u"The token's algorithm is not one of EdDSA, ES256, RS256 or HS256."_s);
    // The key decides the algorithm; a header asking for another one is an
    // attack (e.g. HS256 "signed" with an RSA public key as the secret).
    if (*headerAlgorithm != key.algorithm())
        return error(JwtErrorCode::AlgorithmMismatch,
                     u"The token asks for %1 but the key is a %2 key."_s.arg(
                         algorithmName(*headerAlgorithm), algorithmName(key.algorithm())));
    const QJsonValue kid = jws.header.value("kid"_L1);
    if (kid.isString() && !key.keyId().isEmpty() && kid.toString() != key.keyId())
        return error(JwtErrorCode::UnknownKey,
                     u"The token names a different key than the one given."_s);
    if (jws.signature.size() != key.signatureSize())
        return error(
            JwtErrorCode::MalformedSignature,
            u"The token signature is %1 bytes long instead of %2."_s.arg(jws.signature.size())
                .arg(key.signatureSize()));
    if (!key.verify(jws.signingInput, jws.signature))
        return error(JwtErrorCode::BadSignature, u"The token signature does not verify."_s);
    return true;
}

Expected<bool, JwtError> verifySignature(const CompactJws &jws, const Jwks &keys)
{
    const QJsonValue kid = jws.header.value("kid"_L1);
    const Jwk *key = nullptr;
    if (!kid.isUndefined()) {
        if (!kid.isString())
            return error(JwtErrorCode::MalformedHeader,
                         u"The token header \"kid\" is not a string."_s);
        key = keys.find(kid.toString());
        if (!key)
            return error(JwtErrorCode::UnknownKey, u"No key has the token's key id."_s);
    } else if (keys.keys().size() == 1) {
        key = &keys.keys().constFirst();
    } else if (keys.keys().isEmpty()) {
        return error(JwtErrorCode::UnknownKey, u"The key set is empty."_s);
    } else {
        return error(
            JwtErrorCode::MissingKeyId,
            u"The token has no key id and the key set has %1 keys."_s.arg(keys.keys().size()));
    }
    return verifySignature(jws, *key);
}

Expected<bool, JwtError> checkTimes(const QJsonObject &claims, const TimeRules &rules)
{
    std::optional<qint64> exp;
    std::optional<qint64> nbf;
    std::optional<qint64> iat;
    if (auto e = readNumericDate(claims, "exp"_L1, exp))
        return *e;
    if (auto e = readNumericDate(claims, "nbf"_L1, nbf))
        return *e;
    if (auto e = readNumericDate(claims, "iat"_L1, iat))
        return *e;
    if (!exp && rules.requireExpiry)
        return error(JwtErrorCode::MissingExpiry, u"The token has no \"exp\" claim."_s);

    // Bounded so the additions below cannot overflow (claims are <= 2^53).
    constexpr qint64 kMaxLeeway = qint64(10) * 365 * 24 * 3600;
    const qint64 leeway = std::clamp<qint64>(rules.leewaySeconds, 0, kMaxLeeway);
    const qint64 now = rules.now.toSecsSinceEpoch();
    if (exp && now >= *exp + leeway)
        return error(JwtErrorCode::Expired, u"The token expired at %1."_s.arg(*exp));
    if (nbf && now < *nbf - leeway)
        return error(JwtErrorCode::NotYetValid, u"The token is not valid before %1."_s.arg(*nbf));
    return true;
}

} // namespace keyward::jwt
