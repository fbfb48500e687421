// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/expected.h"
#include "jwt/jwks.h"
#include "jwt/jws.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace keyward::claims {

/// Why a token's signature was not verified.
enum class NotVerifiedReason
{
    NoKey,         ///< no key source was given
    UnknownKey,    ///< no key in the source has the token's kid (or kid missing, several keys)
    BadSignature,  ///< the signature does not match (tampered token or wrong key)
    AlgorithmNone, ///< "alg": "none": an unsigned token is never accepted
    UnsupportedAlgorithm, ///< an algorithm other than EdDSA, ES256, RS256, HS256
    KeyTypeMismatch,      ///< the header asks for another algorithm than the key's
    Malformed,            ///< the token could not be decoded far enough to verify
};

/// The key(s) a token is verified against, built from what the user supplies
/// in the inspector. The algorithm always comes from the key, never from the
/// token header, and text that is a public key is never accepted as an HMAC
/// secret (the classic RS256 → HS256 algorithm-confusion attack).
class KeySource
{
    Q_DECLARE_TR_FUNCTIONS(keyward::claims::KeySource)

public:
    enum class Kind
    {
        None,
        Jwks,
        Pem,
        Jwk,
        Hmac
    };

    /// The active profile's server JWKS (already fetched and parsed).
    static KeySource fromJwks(const jwt::Jwks &keys);
    /// A PEM public (or private) key: SubjectPublicKeyInfo or PKCS#8.
    static Expected<KeySource, QString> fromPem(const QString &pemText);
    /// The content of a JWK or JWKS file: a single key object or {"keys":[…]}.
    static Expected<KeySource, QString> fromJwkFile(const QByteArray &content);
    /// An HS256 secret typed as text (its UTF-8 bytes are the key).
    static Expected<KeySource, QString> fromHmacText(const QString &secret);
    /// An HS256 secret in base64, standard or URL-safe alphabet, padding optional.
    static Expected<KeySource, QString> fromHmacBase64(const QString &encoded);

    KeySource() = default;

    Kind kind() const { return m_kind; }
    bool isNull() const { return m_kind == Kind::None; }
    /// "a key set with 2 keys", "a PEM RS256 key", … for the status line.
    QString description() const;
    const jwt::Jwks &keys() const { return m_keys; }

    /// Verifies \p jws against this source. On success, the key that matched.
    Expected<jwt::Jwk, NotVerifiedReason> verify(const jwt::CompactJws &jws) const;

private:
    Kind m_kind = Kind::None;
    jwt::Jwks m_keys;
};

/// A translated sentence for \p reason ("no key was given to check the signature").
QString notVerifiedText(NotVerifiedReason reason);

} // namespace keyward::claims
