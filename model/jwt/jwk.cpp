// SPDX-License-Identifier: GPL-3.0-or-later
#include "jwk.h"

#include "base64url.h"
#include "jwkdata.h"

#include <QCryptographicHash>
#include <QList>

#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/rand.h>

#include <cstring>
#include <utility>
#include <vector>

using namespace Qt::StringLiterals;

namespace keyward::jwt {

namespace {

constexpr int kMinRsaBits = 2048;
constexpr qsizetype kMinHmacSecret = 32;
constexpr qsizetype kEd25519KeySize = 32;
constexpr qsizetype kP256CoordinateSize = 32;

JwtError invalidKey(const QString &detail)
{
    // A failed OpenSSL call leaves entries in the thread's error queue; they
    // must not leak into an unrelated later call on the same pool thread.
    ERR_clear_error();
    return JwtError{JwtErrorCode::InvalidKey, detail};
}

const unsigned char *bytes(const QByteArray &data)
{
    return reinterpret_cast<const unsigned char *>(data.constData());
}

QByteArray bnToBytes(const BIGNUM *bn, int padTo)
{
    const int size = padTo > 0 ? padTo : BN_num_bytes(bn);
    QByteArray out(size, '\0');
    auto *dst = reinterpret_cast<unsigned char *>(out.data());
    if (padTo > 0 ? BN_bn2binpad(bn, dst, padTo) != padTo : BN_bn2bin(bn, dst) != size)
        return {};
    return out;
}

QByteArray bnParam(const EVP_PKEY *pkey, const char *name, int padTo = 0)
{
    BIGNUM *raw = nullptr;
    if (EVP_PKEY_get_bn_param(pkey, name, &raw) != 1)
        return {};
    const ossl::Bn bn(raw);
    return bnToBytes(bn.get(), padTo);
}

/// What the key type says the algorithm is, or why the key is unusable.
Expected<Algorithm, JwtError> algorithmOf(const EVP_PKEY *pkey)
{
    if (EVP_PKEY_is_a(pkey, "ED25519"))
        return Algorithm::EdDSA;
    if (EVP_PKEY_is_a(pkey, "EC")) {
        char group[64] = {};
        size_t length = 0;
        if (EVP_PKEY_get_utf8_string_param(pkey, OSSL_PKEY_PARAM_GROUP_NAME, group, sizeof group,
                                           &length) == 1 &&
            (std::strcmp(group, "prime256v1") == 0 || std::strcmp(group, "P-256") == 0))
            return Algorithm::ES256;
        return invalidKey(u"The elliptic-curve key is not on the P-256 curve."_s);
    }
    if (EVP_PKEY_is_a(pkey, "RSA")) {
        if (EVP_PKEY_get_bits(pkey) < kMinRsaBits)
            return invalidKey(u"The RSA key is shorter than 2048 bits."_s);
        return Algorithm::RS256;
    }
    return invalidKey(u"The key type is not Ed25519, P-256 or RSA."_s);
}

/// Refuses points off the curve, inconsistent key pairs and malformed RSA
/// parameters before the key is ever used.
bool keyIsConsistent(EVP_PKEY *pkey, bool hasPrivate)
{
    const ossl::PKeyCtx ctx(EVP_PKEY_CTX_new_from_pkey(nullptr, pkey, nullptr));
    if (!ctx)
        return false;
    return hasPrivate ? EVP_PKEY_check(ctx.get()) == 1 : EVP_PKEY_public_check(ctx.get()) == 1;
}

ossl::PKey pkeyFromParams(const char *type, OSSL_PARAM_BLD *builder, bool hasPrivate)
{
    const ossl::Params params(OSSL_PARAM_BLD_to_param(builder));
    const ossl::PKeyCtx ctx(EVP_PKEY_CTX_new_from_name(nullptr, type, nullptr));
    if (!params || !ctx || EVP_PKEY_fromdata_init(ctx.get()) != 1)
        return {};
    EVP_PKEY *raw = nullptr;
    if (EVP_PKEY_fromdata(ctx.get(), &raw, hasPrivate ? EVP_PKEY_KEYPAIR : EVP_PKEY_PUBLIC_KEY,
                          params.get()) != 1)
        return {};
    return ossl::PKey(raw);
}

/// Reads base64url members of a JWK object, remembering the first problem.
class MemberReader
{
public:
    explicit MemberReader(const QJsonObject &json)
        : m_json(json)
    {}

    bool has(const char *name) const { return m_json.contains(QLatin1String(name)); }

    QByteArray read(const char *name, bool required, qsizetype exactSize = 0)
    {
        if (m_error)
            return {};
        const QJsonValue value = m_json.value(QLatin1String(name));
        if (value.isUndefined()) {
            if (required)
                m_error =
                    invalidKey(u"The JWK member \"%1\" is missing."_s.arg(QLatin1String(name)));
            return {};
        }
        const auto decoded =
            value.isString() ? base64UrlDecodeStrict(value.toString().toLatin1()) : std::nullopt;
        if (!decoded || decoded->isEmpty()) {
            m_error = invalidKey(
                u"The JWK member \"%1\" is not canonical base64url."_s.arg(QLatin1String(name)));
            return {};
        }
        if (exactSize > 0 && decoded->size() != exactSize) {
            m_error = invalidKey(
                u"The JWK member \"%1\" has the wrong length."_s.arg(QLatin1String(name)));
            return {};
        }
        return *decoded;
    }

    const std::optional<JwtError> &error() const { return m_error; }

private:
    const QJsonObject &m_json;
    std::optional<JwtError> m_error;
};

Expected<ossl::PKey, JwtError> okpFromJson(const QJsonObject &json, bool &hasPrivate)
{
    if (json.value("crv"_L1).toString() != "Ed25519"_L1)
        return invalidKey(u"The OKP key is not an Ed25519 key."_s);
    MemberReader reader(json);
    const QByteArray x = reader.read("x", true, kEd25519KeySize);
    QByteArray d = reader.read("d", false, kEd25519KeySize);
    if (reader.error())
        return *reader.error();
    hasPrivate = !d.isEmpty();
    if (!hasPrivate) {
        ossl::PKey pkey(EVP_PKEY_new_raw_public_key_ex(nullptr, "ED25519", nullptr, bytes(x),
                                                       size_t(x.size())));
        if (!pkey)
            return invalidKey(u"The Ed25519 public key is unusable."_s);
        return pkey;
    }
    ossl::PKey pkey(
        EVP_PKEY_new_raw_private_key_ex(nullptr, "ED25519", nullptr, bytes(d), size_t(d.size())));
    OPENSSL_cleanse(d.data(), size_t(d.size()));
    unsigned char derived[kEd25519KeySize] = {};
    size_t derivedSize = sizeof derived;
    if (!pkey || EVP_PKEY_get_raw_public_key(pkey.get(), derived, &derivedSize) != 1 ||
        derivedSize != size_t(x.size()) || std::memcmp(derived, x.constData(), derivedSize) != 0)
        return invalidKey(u"The Ed25519 private key does not match its public key."_s);
    return pkey;
}

Expected<ossl::PKey, JwtError> ecFromJson(const QJsonObject &json, bool &hasPrivate)
{
    if (json.value("crv"_L1).toString() != "P-256"_L1)
        return invalidKey(u"The EC key is not on the P-256 curve."_s);
    MemberReader reader(json);
    const QByteArray x = reader.read("x", true, kP256CoordinateSize);
    const QByteArray y = reader.read("y", true, kP256CoordinateSize);
    QByteArray d = reader.read("d", false, kP256CoordinateSize);
    if (reader.error())
        return *reader.error();
    hasPrivate = !d.isEmpty();

    const QByteArray point = QByteArray(1, '\x04') + x + y; // SEC 1 uncompressed form
    const ossl::ParamBld builder(OSSL_PARAM_BLD_new());
    ossl::SecretBn scalar;
    if (hasPrivate) {
        scalar.reset(BN_bin2bn(bytes(d), int(d.size()), nullptr));
        OPENSSL_cleanse(d.data(), size_t(d.size()));
    }
    if (!builder ||
        OSSL_PARAM_BLD_push_utf8_string(builder.get(), OSSL_PKEY_PARAM_GROUP_NAME, "prime256v1",
                                        0) != 1 ||
        OSSL_PARAM_BLD_push_octet_string(builder.get(), OSSL_PKEY_PARAM_PUB_KEY, point.constData(),
                                         size_t(point.size())) != 1 ||
        (hasPrivate && (!scalar || OSSL_PARAM_BLD_push_BN(builder.get(), OSSL_PKEY_PARAM_PRIV_KEY,
                                                          scalar.get()) != 1)))
        return invalidKey(u"The EC key could not be assembled."_s);
    ossl::PKey pkey = pkeyFromParams("EC", builder.get(), hasPrivate);
    if (!pkey)
        return invalidKey(u"The EC point is not on the P-256 curve."_s);
    return pkey;
}

Expected<ossl::PKey, JwtError> rsaFromJson(const QJsonObject &json, bool &hasPrivate)
{
    static constexpr const char *kPrivateMembers[] = {"d", "p", "q", "dp", "dq", "qi"};
    static constexpr const char *kParamNames[] = {
        OSSL_PKEY_PARAM_RSA_D,         OSSL_PKEY_PARAM_RSA_FACTOR1,
        OSSL_PKEY_PARAM_RSA_FACTOR2,   OSSL_PKEY_PARAM_RSA_EXPONENT1,
        OSSL_PKEY_PARAM_RSA_EXPONENT2, OSSL_PKEY_PARAM_RSA_COEFFICIENT1};
    MemberReader reader(json);
    if (json.contains("oth"_L1))
        return invalidKey(u"RSA keys with more than two primes are not supported."_s);
    hasPrivate = reader.has("d");
    // RFC 7518 §6.3.2: once any CRT member is present all must be; we require
    // them with "d" so OpenSSL can check the key pair before it is used.
    for (const char *name : kPrivateMembers) {
        if (reader.has(name) != hasPrivate)
            return invalidKey(u"The RSA private key must have all of d, p, q, dp, dq and qi."_s);
    }
    const QByteArray n = reader.read("n", true);
    const QByteArray e = reader.read("e", true);
    QList<QByteArray> secrets;
    if (hasPrivate) {
        for (const char *name : kPrivateMembers)
            secrets.append(reader.read(name, true));
    }
    if (reader.error())
        return *reader.error();

    const ossl::ParamBld builder(OSSL_PARAM_BLD_new());
    const ossl::Bn nBn(BN_bin2bn(bytes(n), int(n.size()), nullptr));
    const ossl::Bn eBn(BN_bin2bn(bytes(e), int(e.size()), nullptr));
    std::vector<ossl::SecretBn> secretBns;
    bool ok = builder && nBn && eBn &&
              OSSL_PARAM_BLD_push_BN(builder.get(), OSSL_PKEY_PARAM_RSA_N, nBn.get()) == 1 &&
              OSSL_PARAM_BLD_push_BN(builder.get(), OSSL_PKEY_PARAM_RSA_E, eBn.get()) == 1;
    for (qsizetype i = 0; ok && i < secrets.size(); ++i) {
        secretBns.emplace_back(BN_bin2bn(bytes(secrets[i]), int(secrets[i].size()), nullptr));
        OPENSSL_cleanse(secrets[i].data(), size_t(secrets[i].size()));
        ok = secretBns.back() &&
             OSSL_PARAM_BLD_push_BN(builder.get(), kParamNames[i], secretBns.back().get()) == 1;
    }
    if (!ok)
        return invalidKey(u"The RSA key could not be assembled."_s);
    ossl::PKey pkey = pkeyFromParams("RSA", builder.get(), hasPrivate);
    if (!pkey)
        return invalidKey(u"The RSA key parameters are invalid."_s);
    return pkey;
}

/// The RFC 7638 required members in lexicographic order (also the public
/// members of toPublicJson).
QList<std::pair<QString, QString>> requiredMembers(Algorithm algorithm, const EVP_PKEY *pkey,
                                                   const QByteArray &secret)
{
    switch (algorithm) {
    case Algorithm::EdDSA: {
        unsigned char raw[kEd25519KeySize] = {};
        size_t size = sizeof raw;
        if (EVP_PKEY_get_raw_public_key(pkey, raw, &size) != 1)
            return {};
        const QByteArray x(reinterpret_cast<const char *>(raw), qsizetype(size));
        return {{u"crv"_s, u"Ed25519"_s},
                {u"kty"_s, u"OKP"_s},
                {u"x"_s, QString::fromLatin1(base64UrlEncode(x))}};
    }
    case Algorithm::ES256:
        return {{u"crv"_s, u"P-256"_s},
                {u"kty"_s, u"EC"_s},
                {u"x"_s, QString::fromLatin1(base64UrlEncode(
                             bnParam(pkey, OSSL_PKEY_PARAM_EC_PUB_X, kP256CoordinateSize)))},
                {u"y"_s, QString::fromLatin1(base64UrlEncode(
                             bnParam(pkey, OSSL_PKEY_PARAM_EC_PUB_Y, kP256CoordinateSize)))}};
    case Algorithm::RS256:
        return {
            {u"e"_s, QString::fromLatin1(base64UrlEncode(bnParam(pkey, OSSL_PKEY_PARAM_RSA_E)))},
            {u"kty"_s, u"RSA"_s},
            {u"n"_s, QString::fromLatin1(base64UrlEncode(bnParam(pkey, OSSL_PKEY_PARAM_RSA_N)))}};
    case Algorithm::HS256:
        return {{u"k"_s, QString::fromLatin1(base64UrlEncode(secret))}, {u"kty"_s, u"oct"_s}};
    }
    return {};
}

QByteArray readBio(BIO *bio)
{
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return size > 0 ? QByteArray(data, qsizetype(size)) : QByteArray();
}

int refusePassphrase(char *, int, int, void *)
{
    // Without a callback OpenSSL would prompt on the terminal for an
    // encrypted PEM; key files here are never encrypted.
    return 0;
}

} // namespace

Jwk::Data::~Data()
{
    if (!secret.isEmpty())
        OPENSSL_cleanse(secret.data(), size_t(secret.size()));
}

Jwk::Jwk() = default;
Jwk::~Jwk() = default;
Jwk::Jwk(const Jwk &) = default;
Jwk &Jwk::operator=(const Jwk &) = default;
Jwk::Jwk(Jwk &&) noexcept = default;
Jwk &Jwk::operator=(Jwk &&) noexcept = default;

Jwk Jwk::generate(Algorithm algorithm, const QString &kid)
{
    auto data = std::make_shared<Data>();
    data->algorithm = algorithm;
    data->hasPrivate = true;
    switch (algorithm) {
    case Algorithm::EdDSA:
        data->pkey.reset(EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519"));
        break;
    case Algorithm::ES256:
        data->pkey.reset(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"));
        break;
    case Algorithm::RS256:
        data->pkey.reset(
            EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", static_cast<size_t>(kMinRsaBits)));
        break;
    case Algorithm::HS256:
        data->secret.resize(kMinHmacSecret);
        if (RAND_bytes(reinterpret_cast<unsigned char *>(data->secret.data()),
                       int(data->secret.size())) != 1)
            return {};
        break;
    }
    if (algorithm != Algorithm::HS256 && !data->pkey) {
        ERR_clear_error();
        return {};
    }
    Jwk key;
    key.m_data = std::move(data);
    key.m_kid = kid;
    return key;
}

Expected<Jwk, JwtError> Jwk::fromPem(const QByteArray &pem, const QString &kid)
{
    bool hasPrivate = true;
    ossl::Bio bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    ossl::PKey pkey(bio ? PEM_read_bio_PrivateKey_ex(bio.get(), nullptr, refusePassphrase, nullptr,
                                                     nullptr, nullptr)
                        : nullptr);
    if (!pkey) {
        ERR_clear_error();
        hasPrivate = false;
        bio.reset(BIO_new_mem_buf(pem.constData(), int(pem.size())));
        pkey.reset(bio ? PEM_read_bio_PUBKEY_ex(bio.get(), nullptr, refusePassphrase, nullptr,
                                                nullptr, nullptr)
                       : nullptr);
    }
    if (!pkey)
        return invalidKey(u"The PEM text holds no readable private or public key."_s);
    auto algorithm = algorithmOf(pkey.get());
    if (!algorithm)
        return algorithm.error();
    if (!keyIsConsistent(pkey.get(), hasPrivate))
        return invalidKey(u"The key fails OpenSSL's consistency check."_s);
    auto data = std::make_shared<Data>();
    data->algorithm = *algorithm;
    data->pkey = std::move(pkey);
    data->hasPrivate = hasPrivate;
    Jwk key;
    key.m_data = std::move(data);
    key.m_kid = kid;
    return key;
}

Expected<Jwk, JwtError> Jwk::fromHmacSecret(const QByteArray &secret, const QString &kid)
{
    if (secret.size() < kMinHmacSecret)
        return invalidKey(u"The HMAC secret is shorter than 32 bytes."_s);
    auto data = std::make_shared<Data>();
    data->algorithm = Algorithm::HS256;
    data->secret = QByteArray(secret.constData(), secret.size()); // own copy, cleansed on release
    data->hasPrivate = true;
    Jwk key;
    key.m_data = std::move(data);
    key.m_kid = kid;
    return key;
}

Expected<Jwk, JwtError> Jwk::fromJson(const QJsonObject &jwk)
{
    const QJsonValue kidValue = jwk.value("kid"_L1);
    if (!kidValue.isUndefined() && !kidValue.isString())
        return invalidKey(u"The JWK member \"kid\" is not a string."_s);
    const QJsonValue use = jwk.value("use"_L1);
    if (!use.isUndefined() && use.toString() != "sig"_L1)
        return invalidKey(u"The JWK is not meant for signatures."_s);
    const QString kty = jwk.value("kty"_L1).toString();

    Expected<Jwk, JwtError> result = Jwk();
    if (kty == "oct"_L1) {
        MemberReader reader(jwk);
        QByteArray k = reader.read("k", true);
        if (reader.error())
            return *reader.error();
        result = fromHmacSecret(k, kidValue.toString());
        OPENSSL_cleanse(k.data(), size_t(k.size()));
    } else {
        bool hasPrivate = false;
        Expected<ossl::PKey, JwtError> pkey = invalidKey(u"The JWK key type is not supported."_s);
        if (kty == "OKP"_L1)
            pkey = okpFromJson(jwk, hasPrivate);
        else if (kty == "EC"_L1)
            pkey = ecFromJson(jwk, hasPrivate);
        else if (kty == "RSA"_L1)
            pkey = rsaFromJson(jwk, hasPrivate);
        if (!pkey)
            return pkey.error();
        auto algorithm = algorithmOf(pkey->get());
        if (!algorithm)
            return algorithm.error();
        if (!keyIsConsistent(pkey->get(), hasPrivate))
            return invalidKey(u"The key fails OpenSSL's consistency check."_s);
        auto data = std::make_shared<Data>();
        data->algorithm = *algorithm;
        data->pkey = std::move(*pkey);
        data->hasPrivate = hasPrivate;
        Jwk key;
        key.m_data = std::move(data);
        key.m_kid = kidValue.toString();
        result = std::move(key);
    }
    if (!result)
        return result;
    const QJsonValue alg = jwk.value("alg"_L1);
    if (!alg.isUndefined() && alg.toString() != algorithmName(result->algorithm()))
        return invalidKey(u"The JWK \"alg\" member does not match the key type."_s);
    return result;
}

bool Jwk::isNull() const
{
    return !m_data;
}

Algorithm Jwk::algorithm() const
{
    return m_data ? m_data->algorithm : Algorithm::HS256;
}

QString Jwk::keyId() const
{
    return m_kid;
}

void Jwk::setKeyId(const QString &kid)
{
    m_kid = kid;
}

bool Jwk::hasPrivateKey() const
{
    return m_data && m_data->hasPrivate;
}

QString Jwk::thumbprint() const
{
    if (!m_data)
        return {};
    const auto members = requiredMembers(m_data->algorithm, m_data->pkey.get(), m_data->secret);
    if (members.isEmpty())
        return {};
    // RFC 7638 §3: no whitespace, members sorted; every value here is a fixed
    // name or base64url, so no JSON escaping is needed.
    QByteArray canonical = "{";
    for (const auto &[name, value] : members) {
        if (canonical.size() > 1)
            canonical += ',';
        canonical += '"' + name.toLatin1() + "\":\"" + value.toLatin1() + '"';
    }
    canonical += '}';
    return QString::fromLatin1(
        base64UrlEncode(QCryptographicHash::hash(canonical, QCryptographicHash::Sha256)));
}

QJsonObject Jwk::toPublicJson() const
{
    if (!m_data || m_data->algorithm == Algorithm::HS256)
        return {};
    QJsonObject json;
    for (const auto &[name, value] : requiredMembers(m_data->algorithm, m_data->pkey.get(), {}))
        json.insert(name, value);
    json.insert("kid"_L1, m_kid.isEmpty() ? thumbprint() : m_kid);
    json.insert("alg"_L1, algorithmName(m_data->algorithm));
    json.insert("use"_L1, u"sig"_s);
    return json;
}

QByteArray Jwk::toPrivatePem() const
{
    if (!m_data || !m_data->pkey || !m_data->hasPrivate)
        return {};
    const ossl::Bio bio(BIO_new(BIO_s_mem()));
    // PEM_write_bio_PrivateKey writes PKCS#8 ("BEGIN PRIVATE KEY") in OpenSSL 3.
    if (!bio || PEM_write_bio_PrivateKey(bio.get(), m_data->pkey.get(), nullptr, nullptr, 0,
                                         nullptr, nullptr) != 1) {
        ERR_clear_error();
        return {};
    }
    return readBio(bio.get());
}

QByteArray Jwk::toPublicPem() const
{
    if (!m_data || !m_data->pkey)
        return {};
    const ossl::Bio bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_PUBKEY(bio.get(), m_data->pkey.get()) != 1) {
        ERR_clear_error();
        return {};
    }
    return readBio(bio.get());
}

} // namespace keyward::jwt
