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

/// SHA-256 fetched once: an implicit fetch by name on every call is a
/// provider lookup under a lock.
const EVP_MD *sha256()
{
    static const ossl::Md md(EVP_MD_fetch(nullptr, "SHA256", nullptr));
    return md.get();
}

/// The fixed DER form of an ECDSA signature (SEQUENCE of two INTEGERs) built
/// from the JOSE r||s without BIGNUM allocations. \p out holds at least 72
/// bytes; returns the length.
qsizetype joseToDerInto(QByteArrayView jose, unsigned char *out)
{
    qsizetype length = 2;
    for (int half = 0; half < 2; ++half) {
        const unsigned char *scalar = ubytes(jose) + half * kP256ScalarSize;
        qsizetype skip = 0;
        while (skip < kP256ScalarSize - 1 && scalar[skip] == 0)
            ++skip;
        const bool pad = (scalar[skip] & 0x80) != 0; // keep the INTEGER positive
        const qsizetype size = kP256ScalarSize - skip + (pad ? 1 : 0);
        out[length++] = 0x02;
        out[length++] = static_cast<unsigned char>(size);
        if (pad)
            out[length++] = 0;
        std::memcpy(out + length, scalar + skip, size_t(kP256ScalarSize - skip));
        length += kP256ScalarSize - skip;
    }
    out[0] = 0x30;
    out[1] = static_cast<unsigned char>(length - 2); // at most 70: short form
    return length;
}

/// A verification context taken from the key's pool (or made) and given
/// back when done, so each is used by one thread at a time.
template <typename Ctx> class PooledContext
{
public:
    PooledContext(QMutex &mutex, std::vector<Ctx> &pool)
        : m_mutex(mutex)
        , m_pool(pool)
    {
        QMutexLocker lock(&m_mutex);
        if (!m_pool.empty()) {
            m_ctx = std::move(m_pool.back());
            m_pool.pop_back();
        }
    }
    ~PooledContext()
    {
        if (!m_ctx || m_broken)
            return;
        QMutexLocker lock(&m_mutex);
        m_pool.push_back(std::move(m_ctx));
    }
    Q_DISABLE_COPY_MOVE(PooledContext)

    Ctx &ctx() { return m_ctx; }
    /// Not returned to the pool (set up failed half-way).
    void discard() { m_broken = true; }

private:
    QMutex &m_mutex;
    std::vector<Ctx> &m_pool;
    Ctx m_ctx;
    bool m_broken = false;
};

/// RS256 / ES256: SHA-256 of the input, then EVP_PKEY_verify on a pooled
/// context already initialised with the padding and digest.
bool pooledVerify(EVP_PKEY *pkey, QMutex &mutex, std::vector<ossl::PKeyCtx> &pool,
                  QByteArrayView input, QByteArrayView signature, bool pkcs1)
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int digestSize = 0;
    if (EVP_Digest(input.data(), size_t(input.size()), digest, &digestSize, sha256(), nullptr) !=
        1) {
        ERR_clear_error();
        return false;
    }
    PooledContext<ossl::PKeyCtx> lease(mutex, pool);
    if (!lease.ctx()) {
        lease.ctx().reset(EVP_PKEY_CTX_new_from_pkey(nullptr, pkey, nullptr));
        if (!lease.ctx() || EVP_PKEY_verify_init(lease.ctx().get()) != 1 ||
            (pkcs1 && EVP_PKEY_CTX_set_rsa_padding(lease.ctx().get(), RSA_PKCS1_PADDING) != 1) ||
            EVP_PKEY_CTX_set_signature_md(lease.ctx().get(), sha256()) != 1) {
            lease.discard();
            ERR_clear_error();
            return false;
        }
    }
    const bool ok = EVP_PKEY_verify(lease.ctx().get(), ubytes(signature), size_t(signature.size()),
                                    digest, digestSize) == 1;
    if (!ok)
        ERR_clear_error();
    return ok;
}

/// EdDSA: the message is hashed inside the algorithm, so the one-shot
/// EVP_DigestVerify on a pooled, initialised context. OpenSSL 3.0 allows the
/// one-shot call again on the same context; should a later version refuse
/// that, a reused context that fails is dropped and the check repeated on a
/// fresh one, so a valid token is never refused for it.
bool pooledEdVerify(EVP_PKEY *pkey, QMutex &mutex, std::vector<ossl::MdCtx> &pool,
                    QByteArrayView input, QByteArrayView signature)
{
    for (int attempt = 0; attempt < 2; ++attempt) {
        PooledContext<ossl::MdCtx> lease(mutex, pool);
        const bool reused = bool(lease.ctx()) && attempt == 0;
        if (!lease.ctx() || attempt > 0) {
            lease.ctx().reset(EVP_MD_CTX_new());
            if (!lease.ctx() || EVP_DigestVerifyInit_ex(lease.ctx().get(), nullptr, nullptr,
                                                        nullptr, nullptr, pkey, nullptr) != 1) {
                lease.discard();
                ERR_clear_error();
                return false;
            }
        }
        const bool ok =
            EVP_DigestVerify(lease.ctx().get(), ubytes(signature), size_t(signature.size()),
                             ubytes(input), size_t(input.size())) == 1;
        if (ok)
            return true;
        ERR_clear_error();
        lease.discard();
        if (!reused)
            return false;
    }
    return false;
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
        return pooledEdVerify(m_data->pkey.get(), m_data->verifyPoolMutex, m_data->edVerifyPool,
                              signingInput, signature);
    case Algorithm::ES256: {
        // Range-check before DER conversion so that only the canonical JOSE
        // form with 0 < r,s < n can reach OpenSSL.
        if (!isValidScalar(signature.first(kP256ScalarSize)) ||
            !isValidScalar(signature.sliced(kP256ScalarSize)))
            return false;
        unsigned char der[2 + 2 * (3 + kP256ScalarSize)];
        const qsizetype derSize = joseToDerInto(signature, der);
        return pooledVerify(m_data->pkey.get(), m_data->verifyPoolMutex, m_data->verifyPool,
                            signingInput,
                            QByteArrayView(reinterpret_cast<const char *>(der), derSize), false);
    }
    case Algorithm::RS256:
        return pooledVerify(m_data->pkey.get(), m_data->verifyPoolMutex, m_data->verifyPool,
                            signingInput, signature, true);
    case Algorithm::HS256: {
        const QByteArray expected = hmacSha256(m_data->secret, signingInput);
        return expected.size() == kHs256Size &&
               CRYPTO_memcmp(expected.constData(), signature.data(), size_t(kHs256Size)) == 0;
    }
    }
    return false;
}

} // namespace keyward::jwt
