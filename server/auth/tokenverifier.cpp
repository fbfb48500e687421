// SPDX-License-Identifier: GPL-3.0-or-later
#include "tokenverifier.h"

#include "jwt/jws.h"
#include "services/tokenstore.h"

using namespace Qt::StringLiterals;

namespace keyward::server::tokenverifier {

namespace {

TokenFailure failure(TokenRefusal reason, const QString &message)
{
    return TokenFailure{reason, message};
}

std::optional<qint64> wholeSeconds(const QJsonObject &claims, QLatin1StringView name)
{
    // jwt::checkTimes already refused non-integral values.
    const QJsonValue value = claims.value(name);
    if (!value.isDouble())
        return std::nullopt;
    return qint64(value.toDouble());
}

} // namespace

Expected<VerifiedClaims, TokenFailure> verify(QByteArrayView compact, const KeyLookup &keys,
                                              qint64 nowSeconds)
{
    const auto jws = jwt::parseCompact(compact);
    if (!jws)
        return failure(TokenRefusal::Malformed,
                       u"The token is malformed: %1"_s.arg(jws.error().detail));
    const QString kid = jws->header.value("kid"_L1).toString();
    bool retired = false;
    const auto key = keys(kid, retired);
    if (!key)
        return failure(retired ? TokenRefusal::RetiredKey : TokenRefusal::UnknownKey,
                       u"The token is signed by an unknown or retired key ('%1')."_s.arg(kid));
    const auto signature = jwt::verifySignature(*jws, *key);
    if (!signature)
        return failure(TokenRefusal::BadSignature,
                       u"The token's signature is invalid: %1"_s.arg(signature.error().detail));
    jwt::TimeRules rules;
    rules.now = QDateTime::fromSecsSinceEpoch(nowSeconds, Qt::UTC);
    rules.leewaySeconds = kLeewaySeconds;
    const auto times = jwt::checkTimes(jws->claims, rules);
    if (!times)
        return failure(TokenRefusal::Time,
                       u"The token is not valid now: %1"_s.arg(times.error().detail));
    const QJsonObject &claims = jws->claims;
    if (claims.value("aud"_L1).toString() != QLatin1StringView(TokenStore::kAudience))
        return failure(TokenRefusal::WrongAudience,
                       u"The token is not meant for publishing (wrong audience)."_s);
    bool ok = false;
    const qint64 tokenId = claims.value("jti"_L1).toString().toLongLong(&ok);
    if (!ok)
        return failure(TokenRefusal::InvalidClaims, u"The token has no valid 'jti' claim."_s);

    VerifiedClaims verified;
    verified.kid = kid;
    verified.tokenId = tokenId;
    verified.expires = wholeSeconds(claims, "exp"_L1);
    verified.notBefore = wholeSeconds(claims, "nbf"_L1);
    // The claims are the source of truth for what the token may do.
    verified.organization = claims.value("org"_L1).toString();
    verified.team = claims.value("team"_L1).toString();
    verified.scopes = claims.value("scope"_L1).toString().split(u' ', Qt::SkipEmptyParts);
    const QJsonObject labels = claims.value("labels"_L1).toObject();
    for (auto it = labels.begin(); it != labels.end(); ++it)
        verified.labels.insert(it.key(), it.value().toString());
    verified.attributes = claims.value("attrs"_L1).toObject();
    return verified;
}

bool isWithinLifetime(const VerifiedClaims &claims, qint64 nowSeconds)
{
    if (claims.expires && nowSeconds >= *claims.expires + kLeewaySeconds)
        return false;
    if (claims.notBefore && nowSeconds < *claims.notBefore - kLeewaySeconds)
        return false;
    return true;
}

} // namespace keyward::server::tokenverifier
