// SPDX-License-Identifier: GPL-3.0-or-later
// Jwk::sign / Jwk::verify: the OpenSSL EVP signature operations per algorithm.
#include "jwk.h"

#include "jwkdata.h"

#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/rsa.h>

#include <cstring>

namespace keyward::jwt {

namespace {

constexpr qsizetype kP256ScalarSize = 32;
constexpr qsizetype kEs256SignatureSize = 2 * kP256ScalarSize;
constexpr qsizetype kEd25519SignatureSize = 64;
constexpr qsizetype kHs256Size = 32;

// The order n of the P-256 base point (FIPS 186-4 §D.1.2.3), big-endian.
constexpr unsigned char kP256Order[kP256ScalarSize] = {
    0xFF, 0xFF, 0xFF, 0xFF, 0x00, 0x00, 0x00, 0x00, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF,
    0xBC, 0xE6, 0xFA, 0xAD, 0xA7, 0x17, 0x9E, 0x84, 0xF3, 0xB9, 0xCA, 0xC2, 0xFC, 0x63, 0x25, 0x51};

const unsigned char *ubytes(QByteArrayView data)
{
    return reinterpret_cast<const unsigned char *>(data.data());
}

/// 0 < value < n for a 32-byte big-endian scalar. Equal-length big-endian
/// byte strings compare like the numbers they encode.
bool isValidScalar(QByteArrayView value)
{
    static constexpr unsigned char kZero[kP256ScalarSize] = {};
    return std::memcmp(value.data(), kZero, kP256ScalarSize) != 0 &&
           std::memcmp(value.data(), kP256Order, kP256ScalarSize) < 0;
}

QByteArray derToJose(QByteArrayView der)
{
    const unsigned char *cursor = ubytes(der);
    const ossl::EcdsaSig sig(d2i_ECDSA_SIG(nullptr, &cursor, long(der.size())));
    if (!sig)
        return {};
    const BIGNUM *r = nullptr;
    const BIGNUM *s = nullptr;
    ECDSA_SIG_get0(sig.get(), &r, &s);
    QByteArray jose(kEs256SignatureSize, '\0');
    auto *out = reinterpret_cast<unsigned char *>(jose.data());
    if (BN_bn2binpad(r, out, kP256ScalarSize) != kP256ScalarSize ||
        BN_bn2binpad(s, out + kP256ScalarSize, kP256ScalarSize) != kP256ScalarSize)
        return {};
    return jose;
}

QByteArray joseToDer(QByteArrayView jose)
{
    ossl::Bn r(BN_bin2bn(ubytes(jose), kP256ScalarSize, nullptr));
    ossl::Bn s(BN_bin2bn(ubytes(jose) + kP256ScalarSize, kP256ScalarSize, nullptr));
    const ossl::EcdsaSig sig(ECDSA_SIG_new());
    if (!r || !s || !sig || ECDSA_SIG_set0(sig.get(), r.get(), s.get()) != 1)
        return {};
    // ECDSA_SIG_set0 took ownership.
    (void)r.release();
    (void)s.release();
    const int size = i2d_ECDSA_SIG(sig.get(), nullptr);
    if (size <= 0)
        return {};
    QByteArray der(size, '\0');
    auto *out = reinterpret_cast<unsigned char *>(der.data());
    if (i2d_ECDSA_SIG(sig.get(), &out) != size)
        return {};
    return der;
}

/// \p digest is nullptr for EdDSA (Ed25519 hashes internally).
QByteArray digestSign(EVP_PKEY *pkey, const char *digest, QByteArrayView input, bool pkcs1)
{
    const ossl::MdCtx ctx(EVP_MD_CTX_new());
    EVP_PKEY_CTX *pctx = nullptr;
    size_t size = 0;
    if (!ctx ||
        EVP_DigestSignInit_ex(ctx.get(), &pctx, digest, nullptr, nullptr, pkey, nullptr) != 1 ||
        (pkcs1 && EVP_PKEY_CTX_set_rsa_padding(pctx, RSA_PKCS1_PADDING) != 1) ||
        EVP_DigestSign(ctx.get(), nullptr, &size, ubytes(input), size_t(input.size())) != 1) {
        ERR_clear_error();
        return {};
    }
    QByteArray signature(qsizetype(size), '\0');
    if (EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char *>(signature.data()), &size,
                       ubytes(input), size_t(input.size())) != 1) {
        ERR_clear_error();
        return {};
    }
    signature.resize(qsizetype(size));
    return signature;
}

bool digestVerify(EVP_PKEY *pkey, const char *digest, QByteArrayView input,
                  QByteArrayView signature, bool pkcs1)
{
    const ossl::MdCtx ctx(EVP_MD_CTX_new());
    EVP_PKEY_CTX *pctx = nullptr;
    const bool ok =
        ctx &&
        EVP_DigestVerifyInit_ex(ctx.get(), &pctx, digest, nullptr, nullptr, pkey, nullptr) == 1 &&
        (!pkcs1 || EVP_PKEY_CTX_set_rsa_padding(pctx, RSA_PKCS1_PADDING) == 1) &&
        EVP_DigestVerify(ctx.get(), ubytes(signature), size_t(signature.size()), ubytes(input),
                         size_t(input.size())) == 1;
    if (!ok)
        ERR_clear_error();
    return ok;
}

QByteArray hmacSha256(const QByteArray &secret, QByteArrayView input)
{
    QByteArray mac(kHs256Size, '\0');
    size_t size = 0;
    // EVP_Q_mac is the one-shot form of EVP_MAC_init/update/final.
    if (!EVP_Q_mac(nullptr, "HMAC", nullptr, "SHA256", nullptr, secret.constData(),
                   size_t(secret.size()), ubytes(input), size_t(input.size()),
                   reinterpret_cast<unsigned char *>(mac.data()), size_t(mac.size()), &size) ||
        size != size_t(kHs256Size)) {
        ERR_clear_error();
        return {};
    }
    return mac;
}

} // namespace

qsizetype Jwk::signatureSize() const
{
    if (!m_data)
        return 0;
    switch (m_data->algorithm) {
    case Algorithm::EdDSA:
        return kEd25519SignatureSize;
    case Algorithm::ES256:
        return kEs256SignatureSize;
    case Algorithm::RS256:
        return EVP_PKEY_get_size(m_data->pkey.get());
    case Algorithm::HS256:
        return kHs256Size;
    }
    return 0;
}

QByteArray Jwk::sign(QByteArrayView signingInput) const
{
    if (!m_data || !m_data->hasPrivate)
        return {};
    switch (m_data->algorithm) {
    case Algorithm::EdDSA:
        return digestSign(m_data->pkey.get(), nullptr, signingInput, false);
    case Algorithm::ES256:
        // OpenSSL produces DER; JOSE wants the fixed-width r||s (RFC 7518 §3.4).
        return derToJose(digestSign(m_data->pkey.get(), "SHA256", signingInput, false));
    case Algorithm::RS256:
        return digestSign(m_data->pkey.get(), "SHA256", signingInput, true);
    case Algorithm::HS256:
        return hmacSha256(m_data->secret, signingInput);
    }
    return {};
}

bool Jwk::verify(QByteArrayView signingInput, QByteArrayView signature) const
{
    if (!m_data || signature.size() != signatureSize())
        return false;
    switch (m_data->algorithm) {
    case Algorithm::EdDSA:
        return digestVerify(m_data->pkey.get(), nullptr, signingInput, signature, false);
    case Algorithm::ES256: {
        // Range-check before DER conversion so that only the canonical JOSE
        // form with 0 < r,s < n can reach OpenSSL.
        if (!isValidScalar(signature.first(kP256ScalarSize)) ||
            !isValidScalar(signature.sliced(kP256ScalarSize)))
            return false;
        const QByteArray der = joseToDer(signature);
        return !der.isEmpty() &&
               digestVerify(m_data->pkey.get(), "SHA256", signingInput, der, false);
    }
    case Algorithm::RS256:
        return digestVerify(m_data->pkey.get(), "SHA256", signingInput, signature, true);
    case Algorithm::HS256: {
        const QByteArray expected = hmacSha256(m_data->secret, signingInput);
        return expected.size() == kHs256Size &&
               CRYPTO_memcmp(expected.constData(), signature.data(), size_t(kHs256Size)) == 0;
    }
    }
    return false;
}

} // namespace keyward::jwt
