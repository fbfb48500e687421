// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/expected.h"
#include "jwt/jwk.h"
#include "observability/metrics.h"

#include <QByteArrayView>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace keyward::server {

/// What the signature check and claim parse of a publishing token produced:
/// everything about the token that does not depend on the database. This is
/// what the verified-token cache keeps.
struct VerifiedClaims
{
    QString kid;
    qint64 tokenId = 0;
    std::optional<qint64> expires;   ///< "exp", seconds since the epoch
    std::optional<qint64> notBefore; ///< "nbf", seconds since the epoch
    QString organization;
    QString team;
    QStringList scopes;
    QMap<QString, QString> labels;
    QJsonObject attributes;
};

/// A refused token: the metric label and the sentence for the 401.
struct TokenFailure
{
    TokenRefusal reason = TokenRefusal::Malformed;
    QString message;
};

namespace tokenverifier {

/// Clock skew allowed between this server and the process that issued the token.
inline constexpr qint64 kLeewaySeconds = 30;

/// Finds the verification key for a kid; nullopt when unknown or retired.
/// The second result says "retired" (for the refusal's label).
using KeyLookup = std::function<std::optional<jwt::Jwk>(const QString &kid, bool &retired)>;

/// The database-free part of publishing-token verification in api.md's order:
/// strict parse, a known unretired key, the signature, nbf/exp at
/// \p nowSeconds, the publishing audience and a numeric jti. The server's
/// authenticator and bench/verify both run exactly this.
Expected<VerifiedClaims, TokenFailure> verify(QByteArrayView compact, const KeyLookup &keys,
                                              qint64 nowSeconds);

/// The nbf/exp decision alone, for a token whose signature was checked
/// earlier (a cache hit): the same rule and leeway as verify().
bool isWithinLifetime(const VerifiedClaims &claims, qint64 nowSeconds);

} // namespace tokenverifier
} // namespace keyward::server
