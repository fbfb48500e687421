// SPDX-License-Identifier: GPL-3.0-or-later
#include "jwt/base64url.h"
#include "jwt/jws.h"
#include "jwt/strictjson.h"
#include "rfcvectors.h"
#include "testtokens.h"

#include <QJsonArray>
#include <QTest>

#include <openssl/bn.h>
#include <openssl/ec.h>

using namespace Qt::StringLiterals;
using namespace keyward::jwt;
using namespace keyward::jwt::test;

namespace {

// The order n of the P-256 group (FIPS 186-4 §D.1.2.3).
const QByteArray kP256Order =
    QByteArray::fromHex("FFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551");

QByteArray part(const QByteArray &token, int index)
{
    return token.split('.').value(index);
}

QByteArray withPart(const QByteArray &token, int index, const QByteArray &replacement)
{
    QList<QByteArray> parts = token.split('.');
    parts[index] = replacement;
    return parts.join('.');
}

QByteArray withSignature(const QByteArray &token, const QByteArray &signature)
{
    return withPart(token, 2, base64UrlEncode(signature));
}

QByteArray decodedSignature(const QByteArray &token)
{
    return base64UrlDecodeStrict(part(token, 2)).value_or(QByteArray());
}

/// n - s for a 32-byte big-endian s: the other valid ECDSA signature.
QByteArray negateModOrder(const QByteArray &s)
{
    BIGNUM *n =
        BN_bin2bn(reinterpret_cast<const unsigned char *>(kP256Order.constData()), 32, nullptr);
    BIGNUM *value =
        BN_bin2bn(reinterpret_cast<const unsigned char *>(s.constData()), int(s.size()), nullptr);
    BN_sub(value, n, value);
    QByteArray out(32, '\0');
    BN_bn2binpad(value, reinterpret_cast<unsigned char *>(out.data()), 32);
    BN_free(n);
    BN_free(value);
    return out;
}

QByteArray joseToDer(const QByteArray &jose)
{
    const auto *raw = reinterpret_cast<const unsigned char *>(jose.constData());
    ECDSA_SIG *sig = ECDSA_SIG_new();
    ECDSA_SIG_set0(sig, BN_bin2bn(raw, 32, nullptr), BN_bin2bn(raw + 32, 32, nullptr));
    QByteArray der(i2d_ECDSA_SIG(sig, nullptr), '\0');
    auto *out = reinterpret_cast<unsigned char *>(der.data());
    i2d_ECDSA_SIG(sig, &out);
    ECDSA_SIG_free(sig);
    return der;
}

/// The base64url alphabet index of \p c with its lowest bit flipped.
char flipLowBit(char c)
{
    static const QByteArray alphabet =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"_ba;
    return alphabet.at(alphabet.indexOf(c) ^ 1);
}

Jwk publicOnly(const Jwk &key)
{
    auto copy = Jwk::fromJson(key.toPublicJson());
    return copy ? *copy : Jwk();
}

const QJsonObject kClaims{
    {u"sub"_s, u"alice"_s}, {u"jti"_s, u"tok-1"_s}, {u"exp"_s, qint64(4102444800)}};

} // namespace

class TestJws final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_hmac = Jwk::generate(Algorithm::HS256, u"h"_s);
        m_ec = Jwk::generate(Algorithm::ES256, u"e"_s);
        m_ed = Jwk::generate(Algorithm::EdDSA, u"d"_s);
        m_rsa = Jwk::generate(Algorithm::RS256, u"r"_s);
    }

    // --- Known answers -------------------------------------------------

    void rfc7515A1Hs256()
    {
        const Jwk key = keyFromJson(kA1Jwk);
        const auto verified = parseAndVerify(kA1Token, key);
        QVERIFY2(verified.hasValue(), verified ? "" : qPrintable(verified.error().detail));
        QCOMPARE(signCompactRaw(kA1Header, kRfc7515Payload, key), QByteArray(kA1Token));

        const auto jws = parseCompact(kA1Token);
        QVERIFY(jws.hasValue());
        QCOMPARE(jws->claims.value("iss"_L1).toString(), u"joe"_s);
        QCOMPARE(jws->claims.value("exp"_L1).toInteger(), 1300819380);
        QCOMPARE(jws->claims.value("http://example.com/is_root"_L1).toBool(), true);
        QCOMPARE(jws->header.value("typ"_L1).toString(), u"JWT"_s);
    }

    void rfc7515A2Rs256()
    {
        const Jwk key = keyFromJson(kA2Jwk);
        const auto verified = parseAndVerify(kA2Token, key);
        QVERIFY2(verified.hasValue(), verified ? "" : qPrintable(verified.error().detail));
        QVERIFY(parseAndVerify(kA2Token, publicOnly(key)).hasValue());
        // RSASSA-PKCS1-v1_5 is deterministic: signing reproduces the RFC token.
        QCOMPARE(signCompactRaw(kA2Header, kRfc7515Payload, key), QByteArray(kA2Token));
    }

    void rfc7515A3Es256()
    {
        const Jwk key = keyFromJson(kA3Jwk);
        const auto verified = parseAndVerify(kA3Token, key);
        QVERIFY2(verified.hasValue(), verified ? "" : qPrintable(verified.error().detail));
        QVERIFY(parseAndVerify(kA3Token, publicOnly(key)).hasValue());
        // ECDSA is randomized: a fresh signature differs but verifies.
        const QByteArray token = signCompactRaw("{\"alg\":\"ES256\"}", kRfc7515Payload, key);
        QCOMPARE(token.left(token.lastIndexOf('.')),
                 QByteArray(kA3Token).left(QByteArray(kA3Token).lastIndexOf('.')));
        QVERIFY(token != QByteArray(kA3Token));
        QCOMPARE(decodedSignature(token).size(), 64);
        QVERIFY(parseAndVerify(token, publicOnly(key)).hasValue());
    }

    void rfc8037A4Ed25519()
    {
        const Jwk key = keyFromJson(kEd25519Jwk);
        // Ed25519 is deterministic: the exact RFC 8037 A.4 token.
        const QByteArray token = signCompactRaw(kEd25519Header, kEd25519Payload, key);
        QCOMPARE(token, QByteArray(kEd25519Token));
        const QByteArray input = token.left(token.lastIndexOf('.'));
        QVERIFY(publicOnly(key).verify(input, decodedSignature(token)));
        // The RFC's payload is plain text, which a JWT parser must refuse.
        QCOMPARE(errorCode(parseCompact(kEd25519Token)), code(JwtErrorCode::MalformedPayload));
    }

    // --- Round trips ---------------------------------------------------

    void signCompactRoundTrip_data()
    {
        QTest::addColumn<Algorithm>("algorithm");
        QTest::newRow("EdDSA") << Algorithm::EdDSA;
        QTest::newRow("ES256") << Algorithm::ES256;
        QTest::newRow("RS256") << Algorithm::RS256;
        QTest::newRow("HS256") << Algorithm::HS256;
    }
    void signCompactRoundTrip()
    {
        QFETCH(Algorithm, algorithm);
        const Jwk &key = keyFor(algorithm);
        const QByteArray token = signCompact(kClaims, key);
        const auto jws = parseCompact(token);
        QVERIFY(jws.hasValue());
        QCOMPARE(jws->header.value("alg"_L1).toString(), algorithmName(algorithm));
        QCOMPARE(jws->header.value("typ"_L1).toString(), u"JWT"_s);
        QCOMPARE(jws->header.value("kid"_L1).toString(), key.keyId());
        QCOMPARE(jws->claims, kClaims);
        QCOMPARE(jws->signingInput, token.left(token.lastIndexOf('.')));
        QVERIFY(verifySignature(*jws, key).hasValue());
        if (algorithm != Algorithm::HS256)
            QVERIFY(verifySignature(*jws, publicOnly(key)).hasValue());

        Jwk anonymous = key;
        anonymous.setKeyId({});
        QVERIFY(!parseCompact(signCompact(kClaims, anonymous))->header.contains("kid"_L1));
        QVERIFY(signCompact(kClaims, Jwk()).isEmpty());
    }

    // --- Refusals ------------------------------------------------------

    void refusesAlgNone_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QByteArray>("signature");
        QTest::addColumn<int>("expected");
        const int unsupported = code(JwtErrorCode::UnsupportedAlgorithm);
        QTest::newRow("none, empty signature")
            << "{\"alg\":\"none\"}"_ba << QByteArray() << unsupported;
        QTest::newRow("none, with signature") << "{\"alg\":\"none\"}"_ba
                                              << "AAAA"_ba << unsupported;
        QTest::newRow("None") << "{\"alg\":\"None\"}"_ba
                              << "AAAA"_ba << unsupported;
        QTest::newRow("NONE") << "{\"alg\":\"NONE\"}"_ba
                              << "AAAA"_ba << unsupported;
        QTest::newRow("HS512") << "{\"alg\":\"HS512\"}"_ba
                               << "AAAA"_ba << unsupported;
        QTest::newRow("PS256") << "{\"alg\":\"PS256\"}"_ba
                               << "AAAA"_ba << unsupported;
        QTest::newRow("empty alg") << "{\"alg\":\"\"}"_ba
                                   << "AAAA"_ba << unsupported;
        QTest::newRow("no alg") << "{\"typ\":\"JWT\"}"_ba
                                << "AAAA"_ba << code(JwtErrorCode::MalformedHeader);
        QTest::newRow("alg null") << "{\"alg\":null}"_ba
                                  << "AAAA"_ba << code(JwtErrorCode::MalformedHeader);
        QTest::newRow("alg array") << "{\"alg\":[\"HS256\"]}"_ba
                                   << "AAAA"_ba << code(JwtErrorCode::MalformedHeader);
    }
    void refusesAlgNone()
    {
        QFETCH(QByteArray, header);
        QFETCH(QByteArray, signature);
        QFETCH(int, expected);
        const QByteArray token = base64UrlEncode(header) + '.' +
                                 base64UrlEncode("{\"sub\":\"admin\"}") + '.' + signature;
        QCOMPARE(errorCode(parseCompact(token)), expected);
    }

    void refusesHmacSignedWithPublicKey_data()
    {
        QTest::addColumn<Algorithm>("algorithm");
        QTest::addColumn<bool>("pemAsSecret");
        QTest::newRow("RS256, PEM") << Algorithm::RS256 << true;
        QTest::newRow("RS256, JWK") << Algorithm::RS256 << false;
        QTest::newRow("ES256, PEM") << Algorithm::ES256 << true;
        QTest::newRow("ES256, JWK") << Algorithm::ES256 << false;
        QTest::newRow("EdDSA, PEM") << Algorithm::EdDSA << true;
    }
    void refusesHmacSignedWithPublicKey()
    {
        // The classic attack: the verifier's public key is public, so an
        // attacker uses its bytes as an HMAC secret and sets "alg":"HS256".
        QFETCH(Algorithm, algorithm);
        QFETCH(bool, pemAsSecret);
        const Jwk victim = publicOnly(keyFor(algorithm));
        const QByteArray secret =
            pemAsSecret ? victim.toPublicPem() : QJsonDocument(victim.toPublicJson()).toJson();
        auto forger = Jwk::fromHmacSecret(secret, victim.keyId());
        QVERIFY(forger.hasValue());
        const QByteArray forged = signCompact(kClaims, *forger);
        QVERIFY(parseAndVerify(forged, *forger).hasValue()); // a well-formed HS256 token
        QCOMPARE(errorCode(parseAndVerify(forged, victim)), code(JwtErrorCode::AlgorithmMismatch));
        Jwks set;
        set.add(victim);
        QCOMPARE(errorCode(parseAndVerify(forged, set)), code(JwtErrorCode::AlgorithmMismatch));
    }

    void refusesOtherAlgorithms()
    {
        // An EdDSA token presented to an ES256 key, and so on: never attempted.
        QCOMPARE(errorCode(parseAndVerify(signCompact(kClaims, m_ed), m_ec)),
                 code(JwtErrorCode::AlgorithmMismatch));
        QCOMPARE(errorCode(parseAndVerify(signCompact(kClaims, m_rsa), m_hmac)),
                 code(JwtErrorCode::AlgorithmMismatch));
        QCOMPARE(errorCode(parseAndVerify(signCompact(kClaims, m_ec), Jwk())),
                 code(JwtErrorCode::InvalidKey));
    }

    void refusesKidMismatch()
    {
        Jwk other = m_ec;
        other.setKeyId(u"someone-else"_s);
        const QByteArray token = signCompact(kClaims, m_ec);
        QCOMPARE(errorCode(parseAndVerify(token, other)), code(JwtErrorCode::UnknownKey));
        Jwks set;
        set.add(other);
        QCOMPARE(errorCode(parseAndVerify(token, set)), code(JwtErrorCode::UnknownKey));
        const QByteArray numericKid =
            signCompactRaw("{\"alg\":\"ES256\",\"kid\":7}", "{\"sub\":\"x\"}", m_ec);
        QCOMPARE(errorCode(parseCompact(numericKid)), code(JwtErrorCode::MalformedHeader));
    }

    void checkTimes_data()
    {
        QTest::addColumn<QByteArray>("claims");
        QTest::addColumn<bool>("requireExpiry");
        QTest::addColumn<qint64>("leeway");
        QTest::addColumn<int>("expected");
        const int ok = -1;
        const int malformed = code(JwtErrorCode::MalformedClaim);
        // now = 1700000000
        QTest::newRow("no claims") << "{}"_ba << false << 0LL << ok;
        QTest::newRow("missing exp, required")
            << "{}"_ba << true << 0LL << code(JwtErrorCode::MissingExpiry);
        QTest::newRow("missing exp, nbf only, required")
            << "{\"nbf\":1}"_ba << true << 0LL << code(JwtErrorCode::MissingExpiry);
        QTest::newRow("exp future") << "{\"exp\":1700000001}"_ba << true << 0LL << ok;
        QTest::newRow("exp now") << "{\"exp\":1700000000}"_ba << true << 0LL
                                 << code(JwtErrorCode::Expired);
        QTest::newRow("exp past") << "{\"exp\":1600000000}"_ba << true << 0LL
                                  << code(JwtErrorCode::Expired);
        QTest::newRow("exp past within leeway") << "{\"exp\":1699999990}"_ba << true << 30LL << ok;
        QTest::newRow("exp past, negative leeway ignored")
            << "{\"exp\":1700000000}"_ba << true << -100LL << code(JwtErrorCode::Expired);
        QTest::newRow("exp string") << "{\"exp\":\"1800000000\"}"_ba << true << 0LL << malformed;
        QTest::newRow("exp float") << "{\"exp\":1.5}"_ba << false << 0LL << malformed;
        QTest::newRow("exp fractional future")
            << "{\"exp\":1800000000.25}"_ba << false << 0LL << malformed;
        QTest::newRow("exp bool") << "{\"exp\":true}"_ba << false << 0LL << malformed;
        QTest::newRow("exp null") << "{\"exp\":null}"_ba << false << 0LL << malformed;
        QTest::newRow("exp array") << "{\"exp\":[1800000000]}"_ba << false << 0LL << malformed;
        QTest::newRow("exp huge") << "{\"exp\":1e300}"_ba << false << 0LL << malformed;
        QTest::newRow("exp beyond 2^53")
            << "{\"exp\":9007199254740994}"_ba << false << 0LL << malformed;
        // JSON cannot tell 1800000000.0 from 1800000000 once parsed; the value is integral.
        QTest::newRow("exp integral with .0") << "{\"exp\":1800000000.0}"_ba << false << 0LL << ok;
        QTest::newRow("nbf future") << "{\"exp\":1800000000,\"nbf\":1700000010}"_ba << true << 0LL
                                    << code(JwtErrorCode::NotYetValid);
        QTest::newRow("nbf future within leeway")
            << "{\"exp\":1800000000,\"nbf\":1700000010}"_ba << true << 10LL << ok;
        QTest::newRow("nbf now") << "{\"nbf\":1700000000}"_ba << false << 0LL << ok;
        QTest::newRow("nbf string") << "{\"nbf\":\"0\"}"_ba << false << 0LL << malformed;
        QTest::newRow("iat float") << "{\"iat\":1.5}"_ba << false << 0LL << malformed;
        QTest::newRow("iat string") << "{\"iat\":\"now\"}"_ba << false << 0LL << malformed;
        QTest::newRow("iat integral") << "{\"iat\":1699999999}"_ba << false << 0LL << ok;
    }
    void checkTimes()
    {
        QFETCH(QByteArray, claims);
        QFETCH(bool, requireExpiry);
        QFETCH(qint64, leeway);
        QFETCH(int, expected);
        const auto object = parseStrictJsonObject(claims);
        QVERIFY(object.hasValue());
        TimeRules rules;
        rules.now = QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC);
        rules.requireExpiry = requireExpiry;
        rules.leewaySeconds = leeway;
        const auto result = keyward::jwt::checkTimes(*object, rules);
        QCOMPARE(errorCode(result), expected);
        if (result)
            QVERIFY(*result);
    }

    void refusesNonCanonicalBase64_data()
    {
        QTest::addColumn<QByteArray>("token");
        QTest::addColumn<int>("expected");
        const QByteArray token = signCompact(kClaims, m_ec);
        const QByteArray h = part(token, 0);
        const QByteArray p = part(token, 1);
        const QByteArray s = part(token, 2);
        const int badHeader = code(JwtErrorCode::MalformedHeader);
        const int badPayload = code(JwtErrorCode::MalformedPayload);
        const int badSignature = code(JwtErrorCode::MalformedSignature);
        QTest::newRow("padded signature") << h + '.' + p + '.' + s + "==" << badSignature;
        QTest::newRow("padded signature =") << h + '.' + p + '.' + s + '=' << badSignature;
        QTest::newRow("padded header") << h + "=." + p + '.' + s << badHeader;
        QTest::newRow("padded payload") << h + '.' + p + "=." + s << badPayload;
        QTest::newRow("space in payload")
            << h + '.' + p.left(4) + ' ' + p.mid(4) + '.' + s << badPayload;
        QTest::newRow("newline before signature") << h + '.' + p + ".\n" + s << badSignature;
        QTest::newRow("trailing newline") << token + '\n' << badSignature;
        QTest::newRow("trailing CRLF") << token + "\r\n" << badSignature;
        QTest::newRow("leading space") << ' ' + token << badHeader;
        QTest::newRow("tab in header")
            << h.left(3) + '\t' + h.mid(3) + '.' + p + '.' + s << badHeader;
        // 64 signature bytes leave 4 unused bits in the last character.
        const char last = s.back();
        const QByteArray flipped = s.left(s.size() - 1) + flipLowBit(last);
        QTest::newRow("signature unused bits") << h + '.' + p + '.' + flipped << badSignature;
    }
    void refusesNonCanonicalBase64()
    {
        QFETCH(QByteArray, token);
        QFETCH(int, expected);
        QCOMPARE(errorCode(parseAndVerify(token, m_ec)), expected);
    }

    void unusedBitsOnlyChangeTheSpelling()
    {
        const QByteArray token = signCompact(kClaims, m_ec);
        const QByteArray s = part(token, 2);
        const QByteArray flipped = s.left(s.size() - 1) + flipLowBit(s.back());
        // Lenient decoders see the same signature, which would verify:
        QCOMPARE(QByteArray::fromBase64(flipped, QByteArray::Base64UrlEncoding),
                 decodedSignature(token));
        QVERIFY(!base64UrlDecodeStrict(flipped).has_value());

        // The same for the header: a 16-byte header leaves 4 unused bits.
        const QByteArray header = "{\"alg\":\"HS256\" }";
        QCOMPARE(header.size() % 3, 1);
        const QByteArray good = signCompactRaw(header, "{\"sub\":\"x\"}", m_hmac);
        QVERIFY(parseAndVerify(good, m_hmac).hasValue());
        const QByteArray h = part(good, 0);
        const QByteArray bad = withPart(good, 0, h.left(h.size() - 1) + flipLowBit(h.back()));
        QCOMPARE(errorCode(parseAndVerify(bad, m_hmac)), code(JwtErrorCode::MalformedHeader));
    }

    void refusesStandardBase64Alphabet()
    {
        // Find a signature whose standard-alphabet spelling differs ('+' or '/').
        QByteArray token;
        QByteArray standard;
        for (int attempt = 0; attempt < 200 && standard.isEmpty(); ++attempt) {
            token = signCompact(QJsonObject{{u"n"_s, attempt}}, m_ec);
            const QByteArray candidate =
                decodedSignature(token).toBase64(QByteArray::OmitTrailingEquals);
            if (candidate.contains('+') || candidate.contains('/'))
                standard = candidate;
        }
        QVERIFY(!standard.isEmpty());
        QVERIFY(parseAndVerify(token, m_ec).hasValue());
        QCOMPARE(errorCode(parseAndVerify(withPart(token, 2, standard), m_ec)),
                 code(JwtErrorCode::MalformedSignature));
    }

    void refusesDuplicateMembers_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QByteArray>("payload");
        QTest::newRow("duplicate exp") << "{\"alg\":\"HS256\"}"_ba
                                       << "{\"exp\":1,\"exp\":2}"_ba;
        QTest::newRow("duplicate sub, escaped") << "{\"alg\":\"HS256\"}"_ba
                                                << "{\"sub\":\"a\",\"s\\u0075b\":\"admin\"}"_ba;
        QTest::newRow("duplicate nested") << "{\"alg\":\"HS256\"}"_ba
                                          << "{\"ctx\":{\"role\":\"u\",\"role\":\"admin\"}}"_ba;
        QTest::newRow("duplicate alg") << "{\"alg\":\"HS256\",\"alg\":\"HS256\"}"_ba
                                       << "{\"sub\":\"x\"}"_ba;
        QTest::newRow("duplicate alg, different") << "{\"alg\":\"none\",\"alg\":\"HS256\"}"_ba
                                                  << "{\"sub\":\"x\"}"_ba;
        QTest::newRow("duplicate kid") << "{\"alg\":\"HS256\",\"kid\":\"h\",\"kid\":\"x\"}"_ba
                                       << "{\"sub\":\"x\"}"_ba;
    }
    void refusesDuplicateMembers()
    {
        QFETCH(QByteArray, header);
        QFETCH(QByteArray, payload);
        const QByteArray token = signCompactRaw(header, payload, m_hmac); // correctly signed
        QCOMPARE(errorCode(parseAndVerify(token, m_hmac)), code(JwtErrorCode::DuplicateKey));
    }

    void refusesBadEs256Signatures_data()
    {
        QTest::addColumn<QByteArray>("signature");
        QTest::addColumn<int>("expected");
        const QByteArray valid = decodedSignature(signCompact(kClaims, m_ec));
        const QByteArray r = valid.left(32);
        const QByteArray s = valid.mid(32);
        const int bad = code(JwtErrorCode::BadSignature);
        QTest::newRow("all zero") << QByteArray(64, '\0') << bad;
        QTest::newRow("r zero") << QByteArray(32, '\0') + s << bad;
        QTest::newRow("s zero") << r + QByteArray(32, '\0') << bad;
        QTest::newRow("r = n") << kP256Order + s << bad;
        QTest::newRow("s = n") << r + kP256Order << bad;
        QTest::newRow("r all ones") << QByteArray(32, '\xff') + s << bad;
        QTest::newRow("s all ones") << r + QByteArray(32, '\xff') << bad;
        QTest::newRow("DER encoded") << joseToDer(valid) << code(JwtErrorCode::MalformedSignature);
        QTest::newRow("65 bytes") << valid + '\0' << code(JwtErrorCode::MalformedSignature);
        QTest::newRow("63 bytes") << valid.left(63) << code(JwtErrorCode::MalformedSignature);
    }
    void refusesBadEs256Signatures()
    {
        QFETCH(QByteArray, signature);
        QFETCH(int, expected);
        const QByteArray token = withSignature(signCompact(kClaims, m_ec), signature);
        QCOMPARE(errorCode(parseAndVerify(token, m_ec)), expected);
    }

    void derSignatureIsAValidSignatureInTheWrongForm()
    {
        // The DER form holds the same (r, s): refused for its form, not its value.
        const QByteArray token = signCompact(kClaims, m_ec);
        const QByteArray der = joseToDer(decodedSignature(token));
        QVERIFY(der.size() != 64);
        QVERIFY(!m_ec.verify(token.left(token.lastIndexOf('.')), der));
    }

    void refusesTruncatedTokens_data()
    {
        QTest::addColumn<QByteArray>("token");
        QTest::addColumn<int>("expected");
        const QByteArray token = signCompact(kClaims, m_ec);
        const QByteArray h = part(token, 0);
        const QByteArray p = part(token, 1);
        const QByteArray s = part(token, 2);
        const int structure = code(JwtErrorCode::MalformedStructure);
        const int badSignature = code(JwtErrorCode::MalformedSignature);
        QTest::newRow("empty") << QByteArray() << structure;
        QTest::newRow("header only") << h << structure;
        QTest::newRow("missing signature part") << h + '.' + p << structure;
        QTest::newRow("empty signature") << h + '.' + p + '.' << badSignature;
        QTest::newRow("four parts") << token + '.' + s << structure;
        QTest::newRow("dots only") << ".."_ba << code(JwtErrorCode::MalformedHeader);
        QTest::newRow("empty payload") << h + ".." + s << code(JwtErrorCode::MalformedPayload);
        QTest::newRow("signature cut by 1") << token.chopped(1) << badSignature;
        QTest::newRow("signature cut by 2") << token.chopped(2) << badSignature;
        QTest::newRow("signature cut by 4") << token.chopped(4) << badSignature;
        QTest::newRow("signature cut to half") << h + '.' + p + '.' + s.left(43) << badSignature;
    }
    void refusesTruncatedTokens()
    {
        QFETCH(QByteArray, token);
        QFETCH(int, expected);
        QCOMPARE(errorCode(parseAndVerify(token, m_ec)), expected);
    }

    void refusesSplicedAndTamperedTokens_data() { signCompactRoundTrip_data(); }
    void refusesSplicedAndTamperedTokens()
    {
        QFETCH(Algorithm, algorithm);
        const Jwk &key = keyFor(algorithm);
        const QByteArray user = signCompact(QJsonObject{{u"sub"_s, u"alice"_s}}, key);
        const QByteArray admin = signCompact(QJsonObject{{u"sub"_s, u"admin"_s}}, key);
        QVERIFY(parseAndVerify(user, key).hasValue());
        const QByteArray spliced = withPart(admin, 2, part(user, 2));
        QCOMPARE(errorCode(parseAndVerify(spliced, key)), code(JwtErrorCode::BadSignature));
        const QByteArray tampered = withPart(
            user, 1,
            base64UrlEncode(
                QJsonDocument(QJsonObject{{u"sub"_s, u"alicf"_s}}).toJson(QJsonDocument::Compact)));
        QCOMPARE(errorCode(parseAndVerify(tampered, key)), code(JwtErrorCode::BadSignature));
        // The signature of another key of the same algorithm.
        const Jwk stranger = Jwk::generate(algorithm, key.keyId());
        QCOMPARE(errorCode(parseAndVerify(signCompact(kClaims, stranger), key)),
                 code(JwtErrorCode::BadSignature));
    }

    void refusesOversizedTokens()
    {
        QCOMPARE(errorCode(parseCompact(QByteArray(kMaxTokenSize + 1, 'a'))),
                 code(JwtErrorCode::TooLarge));
        // At the cap the size is fine and the next check speaks.
        QCOMPARE(errorCode(parseCompact(QByteArray(kMaxTokenSize, 'a'))),
                 code(JwtErrorCode::MalformedStructure));
        const QByteArray big =
            signCompact(QJsonObject{{u"pad"_s, QString(kMaxTokenSize, u'x')}}, m_hmac);
        QVERIFY(big.size() > kMaxTokenSize);
        QCOMPARE(errorCode(parseAndVerify(big, m_hmac)), code(JwtErrorCode::TooLarge));
    }

    void refusesCriticalHeader_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::newRow("crit exp") << "{\"alg\":\"HS256\",\"crit\":[\"exp\"],\"exp\":1}"_ba;
        QTest::newRow("crit b64") << "{\"alg\":\"HS256\",\"crit\":[\"b64\"],\"b64\":false}"_ba;
        QTest::newRow("crit empty") << "{\"alg\":\"HS256\",\"crit\":[]}"_ba;
        QTest::newRow("crit not a list") << "{\"alg\":\"HS256\",\"crit\":\"x\"}"_ba;
    }
    void refusesCriticalHeader()
    {
        QFETCH(QByteArray, header);
        const QByteArray token = signCompactRaw(header, "{\"sub\":\"x\"}", m_hmac);
        QCOMPARE(errorCode(parseAndVerify(token, m_hmac)), code(JwtErrorCode::UnknownCritical));
    }

    void es256MalleabilityAndJtiRevocation()
    {
        // ECDSA signatures are malleable: if (r, s) is valid, so is (r, n - s).
        // OpenSSL does not enforce a "low s" rule, so the second spelling of
        // the same claims verifies too. Token strings (and any hash of them)
        // therefore do not identify a token; the server revokes by "jti",
        // which is inside the signed payload and identical in both.
        const QByteArray token = signCompact(kClaims, m_ec);
        const QByteArray signature = decodedSignature(token);
        const QByteArray twin =
            withSignature(token, signature.left(32) + negateModOrder(signature.mid(32)));
        QVERIFY(twin != token);
        QVERIFY(parseAndVerify(token, m_ec).hasValue());
        const auto twinResult = parseAndVerify(twin, m_ec);
        QVERIFY2(twinResult.hasValue(), "OpenSSL accepts the high-s twin signature");

        const QString jti = parseCompact(token)->claims.value("jti"_L1).toString();
        const QString twinJti = parseCompact(twin)->claims.value("jti"_L1).toString();
        QCOMPARE(jti, u"tok-1"_s);
        QCOMPARE(twinJti, jti);
        const QSet<QString> revoked{jti};
        QVERIFY(revoked.contains(twinJti));
    }

private:
    const Jwk &keyFor(Algorithm algorithm) const
    {
        switch (algorithm) {
        case Algorithm::EdDSA:
            return m_ed;
        case Algorithm::ES256:
            return m_ec;
        case Algorithm::RS256:
            return m_rsa;
        case Algorithm::HS256:
            break;
        }
        return m_hmac;
    }

    Jwk m_hmac;
    Jwk m_ec;
    Jwk m_ed;
    Jwk m_rsa;
};

QTEST_GUILESS_MAIN(TestJws)
#include "tst_jws.moc"
