// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jwk.h"

#include <QJsonObject>
#include <QList>

namespace keyward::jwt {

/// A JSON Web Key Set (RFC 7517 §5).
class Jwks
{
public:
    /// Reads {"keys":[…]}; keys of unknown kty are skipped, malformed keys of a
    /// known kty are an error naming the index.
    static Expected<Jwks, JwtError> fromJson(const QJsonObject &json);

    void add(const Jwk &key) { m_keys.append(key); }
    const QList<Jwk> &keys() const { return m_keys; }
    /// The key with \p kid, or nullptr.
    const Jwk *find(const QString &kid) const;
    /// {"keys":[public JWKs]}.
    QJsonObject toJson() const;

private:
    QList<Jwk> m_keys;
};

} // namespace keyward::jwt
