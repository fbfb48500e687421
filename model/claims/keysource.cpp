// SPDX-License-Identifier: GPL-3.0-or-later
#include "keysource.h"

#include "jwt/algorithm.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QRegularExpression>

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include <memory>

using namespace Qt::StringLiterals;

namespace keyward::claims {

namespace {

// RFC 7518 §3.2: an HS256 key must be at least as long as the hash output.
constexpr qsizetype kMinHmacSecret = 32;

struct BioFree
{
    void operator()(BIO *bio) const { BIO_free(bio); }
};
struct X509Free
{
    void operator()(X509 *cert) const { X509_free(cert); }
};
struct PKeyFree
{
    void operator()(EVP_PKEY *key) const { EVP_PKEY_free(key); }
};

/// True when \p der is a DER SubjectPublicKeyInfo: the bytes of a public key.
bool isDerPublicKey(const QByteArray &der)
{
    if (der.size() < 16 || static_cast<unsigned char>(der.at(0)) != 0x30)
        return false;
    const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
    std::unique_ptr<EVP_PKEY, PKeyFree> key(d2i_PUBKEY(nullptr, &p, long(der.size())));
    ERR_clear_error();
    return key != nullptr;
}

/// Lenient base64 (standard or URL-safe, padding optional, whitespace ignored).
std::optional<QByteArray> decodeAnyBase64(QString text)
{
    text.remove(QRegularExpression(u"\\s"_s));
    while (text.endsWith(u'='))
        text.chop(1);
    if (text.isEmpty())
        return std::nullopt;
    text.replace(u'-', u'+').replace(u'_', u'/');
    static const QRegularExpression alphabet(u"^[A-Za-z0-9+/]*$"_s);
    if (!alphabet.match(text).hasMatch() || text.size() % 4 == 1)
        return std::nullopt;
    while (text.size() % 4 != 0)
        text.append(u'=');
    auto result =
        QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!result)
        return std::nullopt;
    return *result;
}

/// Public key material offered as an HMAC secret: accepting it would let
/// anyone holding the public key forge tokens (algorithm confusion).
bool looksLikePublicKey(const QByteArray &secret)
{
    if (secret.contains("-----BEGIN"))
        return true;
    const QByteArray trimmed = secret.trimmed();
    if (trimmed.startsWith('{')) {
        const QJsonObject object = QJsonDocument::fromJson(trimmed).object();
        if (object.contains("kty"_L1) || object.contains("keys"_L1))
            return true;
    }
    if (isDerPublicKey(secret))
        return true;
    const auto decoded = decodeAnyBase64(QString::fromLatin1(trimmed));
    return decoded && isDerPublicKey(*decoded);
}

/// The SubjectPublicKeyInfo PEM of an X.509 certificate's key, or empty.
QByteArray publicKeyOfCertificate(const QByteArray &pem)
{
    std::unique_ptr<BIO, BioFree> in(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    std::unique_ptr<X509, X509Free> cert(in ? PEM_read_bio_X509(in.get(), nullptr, nullptr, nullptr)
                                            : nullptr);
    EVP_PKEY *key = cert ? X509_get0_pubkey(cert.get()) : nullptr;
    std::unique_ptr<BIO, BioFree> out(BIO_new(BIO_s_mem()));
    QByteArray result;
    if (key && out && PEM_write_bio_PUBKEY(out.get(), key) == 1) {
        char *data = nullptr;
        const long size = BIO_get_mem_data(out.get(), &data);
        result = QByteArray(data, qsizetype(size));
    }
    ERR_clear_error();
    return result;
}

Expected<KeySource, QString> hmacSource(const QByteArray &secret)
{
    if (looksLikePublicKey(secret))
        return KeySource::tr(
            "This is a public key, not a shared secret. Using a public key as an HS256 secret "
            "would let anyone forge tokens; verify with it as a PEM or JWK key instead.");
    if (secret.size() < kMinHmacSecret)
        return KeySource::tr("The secret is too short: %1 of at least 32 bytes an HS256 secret "
                             "needs (RFC 7518, section 3.2).")
            .arg(secret.size());
    auto key = jwt::Jwk::fromHmacSecret(secret);
    if (!key)
        return key.error().detail;
    jwt::Jwks keys;
    keys.add(*key);
    return KeySource::fromJwks(keys);
}

} // namespace

KeySource KeySource::fromJwks(const jwt::Jwks &keys)
{
    KeySource source;
    source.m_kind = Kind::Jwks;
    source.m_keys = keys;
    return source;
}

Expected<KeySource, QString> KeySource::fromPem(const QString &pemText)
{
    QByteArray pem = pemText.trimmed().toUtf8();
    if (pem.isEmpty())
        return tr("Paste a PEM public key (it starts with \"-----BEGIN PUBLIC KEY-----\").");
    if (!pem.contains("-----BEGIN"))
        return tr("This is not PEM text: a PEM key starts with \"-----BEGIN PUBLIC KEY-----\".");
    if (pem.contains("-----BEGIN ENCRYPTED PRIVATE KEY") || pem.contains("Proc-Type: 4,ENCRYPTED"))
        return tr("The private key is protected by a passphrase; paste the public key instead.");
    if (pem.contains("-----BEGIN RSA PUBLIC KEY"))
        return tr("This is a PKCS#1 \"RSA PUBLIC KEY\"; convert it with "
                  "\"openssl rsa -RSAPublicKey_in -pubout\" and paste the result.");
    if (pem.contains("-----BEGIN CERTIFICATE")) {
        pem = publicKeyOfCertificate(pem);
        if (pem.isEmpty())
            return tr("The certificate cannot be read.");
    }
    auto key = jwt::Jwk::fromPem(pem);
    if (!key)
        return tr("The PEM key cannot be used: %1").arg(key.error().detail);
    if (key->algorithm() == jwt::Algorithm::HS256)
        return tr("The PEM text holds no public key.");
    KeySource source;
    source.m_kind = Kind::Pem;
    source.m_keys.add(*key);
    return source;
}

Expected<KeySource, QString> KeySource::fromJwkFile(const QByteArray &content)
{
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(content.trimmed(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return tr("The file is not valid JSON: %1 (at character %2).")
            .arg(parseError.errorString())
            .arg(parseError.offset);
    if (!document.isObject())
        return tr("The file holds no JSON object; a JWK or a key set {\"keys\": […]} is needed.");
    const QJsonObject object = document.object();
    KeySource source;
    if (object.contains("keys"_L1)) {
        if (!object.value("keys"_L1).isArray())
            return tr("The key set's \"keys\" member is not a list.");
        auto keys = jwt::Jwks::fromJson(object);
        if (!keys)
            return tr("The key set cannot be used: %1").arg(keys.error().detail);
        if (keys->keys().isEmpty())
            return tr("The key set holds no key of a supported type (OKP, EC, RSA or oct).");
        source.m_kind = Kind::Jwks;
        source.m_keys = *keys;
        return source;
    }
    if (!object.contains("kty"_L1))
        return tr("The JSON object is neither a JWK (no \"kty\") nor a key set (no \"keys\").");
    auto key = jwt::Jwk::fromJson(object);
    if (!key)
        return tr("The JWK cannot be used: %1").arg(key.error().detail);
    source.m_kind = Kind::Jwk;
    source.m_keys.add(*key);
    return source;
}

Expected<KeySource, QString> KeySource::fromHmacText(const QString &secret)
{
    if (secret.isEmpty())
        return tr("Enter the shared secret the token was signed with.");
    auto source = hmacSource(secret.toUtf8());
    if (source)
        source->m_kind = Kind::Hmac;
    return source;
}

Expected<KeySource, QString> KeySource::fromHmacBase64(const QString &encoded)
{
    if (encoded.trimmed().isEmpty())
        return tr("Enter the shared secret in base64.");
    const auto secret = decodeAnyBase64(encoded);
    if (!secret)
        return tr("The secret is not valid base64 (standard or URL-safe alphabet).");
    auto source = hmacSource(*secret);
    if (source)
        source->m_kind = Kind::Hmac;
    return source;
}

QString KeySource::description() const
{
    const QString algorithm =
        m_keys.keys().isEmpty() ? QString() : jwt::algorithmName(m_keys.keys().first().algorithm());
    switch (m_kind) {
    case Kind::None:
        return tr("no key");
    case Kind::Jwks:
        return m_keys.keys().size() == 1 ? tr("a key set with one key")
                                         : tr("a key set with %1 keys").arg(m_keys.keys().size());
    case Kind::Pem:
        return tr("a PEM %1 key").arg(algorithm);
    case Kind::Jwk:
        return tr("a JWK %1 key").arg(algorithm);
    case Kind::Hmac:
        return tr("an HS256 shared secret");
    }
    return {};
}

Expected<jwt::Jwk, NotVerifiedReason> KeySource::verify(const jwt::CompactJws &jws) const
{
    const QJsonValue alg = jws.header.value("alg"_L1);
    if (alg.isString() && alg.toString().compare("none"_L1, Qt::CaseInsensitive) == 0)
        return NotVerifiedReason::AlgorithmNone;
    if (!alg.isString() || !jwt::algorithmFromName(alg.toString()))
        return NotVerifiedReason::UnsupportedAlgorithm;
    if (m_kind == Kind::None || m_keys.keys().isEmpty())
        return NotVerifiedReason::NoKey;

    // A key given on its own (PEM, single JWK, secret) is the one the user
    // means, whatever kid the token names; a key set is searched by kid.
    const bool single = m_kind != Kind::Jwks;
    const jwt::Jwk *key = nullptr;
    if (single) {
        key = &m_keys.keys().constFirst();
    } else {
        const QJsonValue kid = jws.header.value("kid"_L1);
        if (kid.isString())
            key = m_keys.find(kid.toString());
        else if (kid.isUndefined() && m_keys.keys().size() == 1)
            key = &m_keys.keys().constFirst();
        if (!key)
            return NotVerifiedReason::UnknownKey;
    }
    const auto result = jwt::verifySignature(jws, *key);
    if (result)
        return *key;
    switch (result.error().code) {
    case jwt::JwtErrorCode::AlgorithmMismatch:
        return NotVerifiedReason::KeyTypeMismatch;
    case jwt::JwtErrorCode::UnknownKey:
    case jwt::JwtErrorCode::MissingKeyId:
        return NotVerifiedReason::UnknownKey;
    case jwt::JwtErrorCode::UnsupportedAlgorithm:
        return NotVerifiedReason::UnsupportedAlgorithm;
    case jwt::JwtErrorCode::InvalidKey:
        return NotVerifiedReason::NoKey;
    default:
        return NotVerifiedReason::BadSignature;
    }
}

QString notVerifiedText(NotVerifiedReason reason)
{
    switch (reason) {
    case NotVerifiedReason::NoKey:
        return KeySource::tr("no key was given to check the signature");
    case NotVerifiedReason::UnknownKey:
        return KeySource::tr("no key matches the token's key id");
    case NotVerifiedReason::BadSignature:
        return KeySource::tr("the signature does not match: the token was altered or signed "
                             "with another key");
    case NotVerifiedReason::AlgorithmNone:
        return KeySource::tr("the token is unsigned (\"alg\": \"none\") and must never be "
                             "accepted");
    case NotVerifiedReason::UnsupportedAlgorithm:
        return KeySource::tr("the token's algorithm is not one of EdDSA, ES256, RS256 or HS256");
    case NotVerifiedReason::KeyTypeMismatch:
        return KeySource::tr("the token's algorithm does not match the key's type");
    case NotVerifiedReason::Malformed:
        return KeySource::tr("the token is malformed, so its signature cannot be checked");
    }
    return {};
}

} // namespace keyward::claims
