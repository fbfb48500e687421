// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "claims/keysource.h"
#include "claims/tokeninspection.h"
#include "jwt/base64url.h"
#include "jwt/jwk.h"
#include "jwt/jws.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace keyward::claims::test {

using namespace Qt::StringLiterals;

inline const QString kIssuer = u"https://keyward.example"_s;
inline const QByteArray kHmacSecret = "correct horse battery staple, but longer!"_ba;

/// A fixed "now" so relative texts and time states are stable.
inline QDateTime fixedNow()
{
    return QDateTime(QDate(2026, 11, 22), QTime(12, 0), Qt::UTC);
}

inline qint64 seconds(const QDateTime &when)
{
    return when.toSecsSinceEpoch();
}

/// The claims keyward-server puts into a token (server/services/tokenstore.cpp).
inline QJsonObject serverClaims(const QString &jti, const QString &org, const QString &team,
                                const QStringList &scopes, std::optional<QDateTime> expires,
                                const QDateTime &issued = fixedNow().addDays(-1))
{
    QJsonObject claims{{u"iss"_s, kIssuer},
                       {u"aud"_s, u"keyward-publish"_s},
                       {u"iat"_s, seconds(issued)},
                       {u"nbf"_s, seconds(issued)},
                       {u"jti"_s, jti},
                       {u"org"_s, org},
                       {u"scope"_s, scopes.join(u' ')}};
    if (expires)
        claims.insert(u"exp"_s, seconds(*expires));
    if (!team.isEmpty())
        claims.insert(u"team"_s, team);
    return claims;
}

inline InspectionContext context(const KeySource &keys = {},
                                 std::optional<QString> issuer = std::nullopt)
{
    InspectionContext context;
    context.now = fixedNow();
    context.expectedIssuer = std::move(issuer);
    context.keys = keys;
    context.displayZone = QTimeZone::utc();
    context.locale = QLocale(QLocale::English, QLocale::UnitedKingdom);
    return context;
}

inline TokenInspection inspect(const QByteArray &token, const KeySource &keys = {},
                               std::optional<QString> issuer = std::nullopt)
{
    return TokenInspection::inspect(QString::fromLatin1(token), context(keys, std::move(issuer)));
}

inline QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

/// A token with exactly the given header, signed with \p key.
inline QByteArray signWithHeader(const QJsonObject &header, const QJsonObject &claims,
                                 const jwt::Jwk &key)
{
    return jwt::signCompactRaw(compact(header), compact(claims), key);
}

/// The public half as the server's JWKS would publish it.
inline jwt::Jwks publicJwks(const jwt::Jwk &key)
{
    jwt::Jwks keys;
    auto parsed = jwt::Jwk::fromJson(key.toPublicJson());
    if (!parsed)
        qFatal("public JWK refused: %s", qPrintable(parsed.error().detail));
    keys.add(*parsed);
    return keys;
}

template <typename T> T unwrap(Expected<T, QString> result)
{
    if (!result)
        qFatal("unexpected error: %s", qPrintable(result.error()));
    return std::move(result).value();
}

} // namespace keyward::claims::test
