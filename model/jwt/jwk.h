// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "algorithm.h"
#include "jwterror.h"

#include "domain/expected.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <memory>

namespace keyward::jwt {

/// One key: an asymmetric key pair or public key (Ed25519, P-256, RSA ≥ 2048)
/// held as an OpenSSL EVP_PKEY, or an HMAC secret. The algorithm belongs to the
/// key: verification never takes it from the token header.
///
/// Copies share one immutable key (cheap to copy); a Jwk may be used for
/// verification (and signing) from several threads at once.
class Jwk
{
public:
    /// A fresh private key for \p algorithm (RSA: 2048 bits; HS256: 32 random bytes).
    static Jwk generate(Algorithm algorithm, const QString &kid = {});
    /// PKCS#8/SubjectPublicKeyInfo PEM (private or public). The algorithm
    /// follows from the key type (RSA → RS256, P-256 → ES256, Ed25519 → EdDSA).
    static Expected<Jwk, JwtError> fromPem(const QByteArray &pem, const QString &kid = {});
    /// An HMAC secret (at least 32 bytes, RFC 7518 §3.2) for HS256.
    static Expected<Jwk, JwtError> fromHmacSecret(const QByteArray &secret,
                                                  const QString &kid = {});
    /// RFC 7517 JWK object (kty OKP/EC/RSA/oct). Private members are read when present.
    static Expected<Jwk, JwtError> fromJson(const QJsonObject &jwk);

    Jwk();
    ~Jwk();
    Jwk(const Jwk &);
    Jwk &operator=(const Jwk &);
    Jwk(Jwk &&) noexcept;
    Jwk &operator=(Jwk &&) noexcept;

    bool isNull() const;
    Algorithm algorithm() const;
    QString keyId() const;
    void setKeyId(const QString &kid);
    bool hasPrivateKey() const;
    /// RFC 7638 thumbprint (SHA-256, base64url): a stable kid when none is given.
    QString thumbprint() const;

    /// The public JWK with "kid" (the thumbprint when no key id is set), "alg"
    /// and "use":"sig"; never private members.
    /// Empty for HMAC keys (a shared secret has no public half).
    QJsonObject toPublicJson() const;
    /// PKCS#8 PEM of the private key (for the server's key files); empty if none.
    QByteArray toPrivatePem() const;
    /// SubjectPublicKeyInfo PEM; empty for HMAC.
    QByteArray toPublicPem() const;

    /// Signs \p signingInput (raw signature bytes: ES256 as JOSE r||s, 64 bytes).
    QByteArray sign(QByteArrayView signingInput) const;
    /// Verifies in constant time where it matters (HMAC). ES256 accepts only
    /// the 64-byte r||s form with 0 < r,s < n.
    bool verify(QByteArrayView signingInput, QByteArrayView signature) const;
    /// The exact length of a valid signature in bytes (RS256: the modulus
    /// size); 0 for a null key.
    qsizetype signatureSize() const;

private:
    struct Data;
    std::shared_ptr<const Data> m_data;
    QString m_kid;
};

} // namespace keyward::jwt
