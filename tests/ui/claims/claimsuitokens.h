// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "claims/keysource.h"
#include "claims/tokeninspection.h"
#include "jwt/jwk.h"
#include "jwt/jws.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <optional>

/// Real signed tokens for the claims widgets, built the way keyward-server
/// builds them, inspected at a fixed moment in UTC so texts are stable.
namespace keyward::claimsui::test {

using namespace Qt::StringLiterals;

inline const QString kIssuer = u"https://keyward.example"_s;

inline QDateTime fixedNow()
{
    return QDateTime(QDate(2026, 11, 22), QTime(12, 0), Qt::UTC);
}

inline QJsonObject serverClaims(const QString &jti, std::optional<QDateTime> expires,
                                const QDateTime &issued = fixedNow().addDays(-1))
{
    QJsonObject claims{{u"iss"_s, kIssuer},
                       {u"aud"_s, u"keyward-publish"_s},
                       {u"iat"_s, issued.toSecsSinceEpoch()},
                       {u"nbf"_s, issued.toSecsSinceEpoch()},
                       {u"jti"_s, jti},
                       {u"org"_s, u"acme"_s},
                       {u"team"_s, u"runners"_s},
                       {u"scope"_s, u"metrics:write"_s}};
    if (expires)
        claims.insert(u"exp"_s, expires->toSecsSinceEpoch());
    return claims;
}

inline claims::InspectionContext context(const claims::KeySource &keys = {})
{
    claims::InspectionContext context;
    context.now = fixedNow();
    context.keys = keys;
    context.displayZone = QTimeZone::utc();
    context.locale = QLocale(QLocale::English, QLocale::UnitedKingdom);
    return context;
}

inline claims::TokenInspection inspect(const QByteArray &token, const claims::KeySource &keys = {})
{
    return claims::TokenInspection::inspect(QString::fromLatin1(token), context(keys));
}

/// The public half as the server's JWKS publishes it.
inline claims::KeySource publicKeys(const jwt::Jwk &key)
{
    jwt::Jwks keys;
    auto parsed = jwt::Jwk::fromJson(key.toPublicJson());
    if (!parsed)
        qFatal("public JWK refused");
    keys.add(*parsed);
    return claims::KeySource::fromJwks(keys);
}

} // namespace keyward::claimsui::test
