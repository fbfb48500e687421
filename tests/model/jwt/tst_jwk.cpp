// SPDX-License-Identifier: GPL-3.0-or-later
#include "jwt/base64url.h"
#include "jwt/jwk.h"
#include "rfcvectors.h"
#include "testtokens.h"

#include <QJsonDocument>
#include <QTest>

#include <openssl/evp.h>
#include <openssl/pem.h>

#include <atomic>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;
using namespace keyward::jwt;
using namespace keyward::jwt::test;

namespace {

/// A PEM key OpenSSL can make but Keyward must refuse.
QByteArray foreignPrivatePem(EVP_PKEY *pkey)
{
    QByteArray pem;
    BIO *bio = BIO_new(BIO_s_mem());
    if (PEM_write_bio_PrivateKey(bio, pkey, nullptr, nullptr, 0, nullptr, nullptr) == 1) {
        char *data = nullptr;
        const long size = BIO_get_mem_data(bio, &data);
        pem = QByteArray(data, qsizetype(size));
    }
    BIO_free(bio);
    EVP_PKEY_free(pkey);
    return pem;
}

const QStringList kPrivateMembers = {u"d"_s,  u"p"_s,  u"q"_s, u"dp"_s,
                                     u"dq"_s, u"qi"_s, u"k"_s, u"oth"_s};

} // namespace

class TestJwk final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void algorithmNames()
    {
        for (Algorithm a : {Algorithm::EdDSA, Algorithm::ES256, Algorithm::RS256, Algorithm::HS256})
            QCOMPARE(algorithmFromName(algorithmName(a)), std::optional(a));
        QVERIFY(!algorithmFromName(u"none"_s));
        QVERIFY(!algorithmFromName(u"None"_s));
        QVERIFY(!algorithmFromName(u"hs256"_s));
        QVERIFY(!algorithmFromName(u"RS384"_s));
        QVERIFY(!algorithmFromName(u"ES256 "_s));
        QVERIFY(!algorithmFromName(QString()));
    }

    void messages()
    {
        QSet<QString> seen;
        for (int c = int(JwtErrorCode::TooLarge); c <= int(JwtErrorCode::InvalidKey); ++c) {
            const QString message = messageFor(JwtErrorCode(c));
            QVERIFY(!message.isEmpty());
            QVERIFY(message.endsWith(u'.'));
            QVERIFY2(!seen.contains(message), qPrintable(message));
            seen.insert(message);
        }
    }

    void nullKey()
    {
        const Jwk key;
        QVERIFY(key.isNull());
        QVERIFY(!key.hasPrivateKey());
        QVERIFY(key.sign("x").isEmpty());
        QVERIFY(!key.verify("x", QByteArray(64, 'a')));
        QVERIFY(key.toPublicJson().isEmpty());
        QVERIFY(key.thumbprint().isEmpty());
    }

    void generateSignVerify_data()
    {
        QTest::addColumn<Algorithm>("algorithm");
        QTest::addColumn<int>("signatureSize");
        QTest::newRow("EdDSA") << Algorithm::EdDSA << 64;
        QTest::newRow("ES256") << Algorithm::ES256 << 64;
        QTest::newRow("RS256") << Algorithm::RS256 << 256;
        QTest::newRow("HS256") << Algorithm::HS256 << 32;
    }
    void generateSignVerify()
    {
        QFETCH(Algorithm, algorithm);
        QFETCH(int, signatureSize);
        const Jwk key = Jwk::generate(algorithm, u"k1"_s);
        QVERIFY(!key.isNull());
        QCOMPARE(key.algorithm(), algorithm);
        QCOMPARE(key.keyId(), u"k1"_s);
        QVERIFY(key.hasPrivateKey());
        QCOMPARE(key.signatureSize(), signatureSize);

        const QByteArray input = "header.payload"_ba;
        const QByteArray signature = key.sign(input);
        QCOMPARE(signature.size(), signatureSize);
        QVERIFY(key.verify(input, signature));
        QVERIFY(!key.verify("header.payloaD"_ba, signature));
        QByteArray tampered = signature;
        tampered[tampered.size() / 2] = char(tampered[tampered.size() / 2] ^ 0x01);
        QVERIFY(!key.verify(input, tampered));
        QVERIFY(!key.verify(input, signature.first(signature.size() - 1)));
        QVERIFY(!key.verify(input, signature + '\0'));
        QVERIFY(!key.verify(input, {}));

        const Jwk other = Jwk::generate(algorithm);
        QVERIFY(!other.verify(input, signature));
        QVERIFY(key.thumbprint() != other.thumbprint());
    }

    void copiesShareTheKey()
    {
        const Jwk key = Jwk::generate(Algorithm::ES256, u"a"_s);
        Jwk copy = key;
        copy.setKeyId(u"b"_s);
        QCOMPARE(key.keyId(), u"a"_s); // the kid is per copy
        QCOMPARE(copy.thumbprint(), key.thumbprint());
        QVERIFY(copy.verify("x"_ba, key.sign("x"_ba)));
        Jwk moved = std::move(copy);
        QVERIFY(moved.verify("x"_ba, key.sign("x"_ba)));
    }

    void pemRoundTrip_data() { generateSignVerify_data(); }
    void pemRoundTrip()
    {
        QFETCH(Algorithm, algorithm);
        const Jwk key = Jwk::generate(algorithm);
        if (algorithm == Algorithm::HS256) {
            QVERIFY(key.toPrivatePem().isEmpty());
            QVERIFY(key.toPublicPem().isEmpty());
            return;
        }
        const QByteArray privatePem = key.toPrivatePem();
        QVERIFY(privatePem.startsWith("-----BEGIN PRIVATE KEY-----")); // PKCS#8
        const auto reloaded = Jwk::fromPem(privatePem, u"kid"_s);
        QVERIFY(reloaded.hasValue());
        QVERIFY(reloaded->hasPrivateKey());
        QCOMPARE(reloaded->algorithm(), algorithm);
        QCOMPARE(reloaded->keyId(), u"kid"_s);
        QCOMPARE(reloaded->thumbprint(), key.thumbprint());
        QVERIFY(key.verify("in"_ba, reloaded->sign("in"_ba)));

        const QByteArray publicPem = key.toPublicPem();
        QVERIFY(publicPem.startsWith("-----BEGIN PUBLIC KEY-----")); // SPKI
        const auto publicKey = Jwk::fromPem(publicPem);
        QVERIFY(publicKey.hasValue());
        QVERIFY(!publicKey->hasPrivateKey());
        QCOMPARE(publicKey->thumbprint(), key.thumbprint());
        QVERIFY(publicKey->verify("in"_ba, key.sign("in"_ba)));
        QVERIFY(publicKey->sign("in"_ba).isEmpty());
        QVERIFY(publicKey->toPrivatePem().isEmpty());
    }

    void pemRefusals()
    {
        QCOMPARE(errorCode(Jwk::fromPem("not a key"_ba)), code(JwtErrorCode::InvalidKey));
        QCOMPARE(errorCode(Jwk::fromPem({})), code(JwtErrorCode::InvalidKey));
        const QByteArray rsa1024 =
            foreignPrivatePem(EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t(1024)));
        QVERIFY(!rsa1024.isEmpty());
        QCOMPARE(errorCode(Jwk::fromPem(rsa1024)), code(JwtErrorCode::InvalidKey));
        const QByteArray p384 =
            foreignPrivatePem(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-384"));
        QVERIFY(!p384.isEmpty());
        QCOMPARE(errorCode(Jwk::fromPem(p384)), code(JwtErrorCode::InvalidKey));
        const QByteArray x25519 = foreignPrivatePem(EVP_PKEY_Q_keygen(nullptr, nullptr, "X25519"));
        QVERIFY(!x25519.isEmpty());
        QCOMPARE(errorCode(Jwk::fromPem(x25519)), code(JwtErrorCode::InvalidKey));
    }

    void hmacSecret()
    {
        QCOMPARE(errorCode(Jwk::fromHmacSecret(QByteArray(31, 'x'))),
                 code(JwtErrorCode::InvalidKey));
        const auto key = Jwk::fromHmacSecret(QByteArray(32, 'x'), u"h"_s);
        QVERIFY(key.hasValue());
        QCOMPARE(key->algorithm(), Algorithm::HS256);
        QVERIFY(key->toPublicJson().isEmpty()); // a shared secret has no public half
        QCOMPARE(errorCode(Jwk::fromJson(jsonObject("{\"kty\":\"oct\",\"k\":\"c2hvcnQ\"}"))),
                 code(JwtErrorCode::InvalidKey));
    }

    void rfc8037Thumbprint()
    {
        // RFC 8037 A.3: the RFC 7638 thumbprint of the A.1 key.
        const Jwk key = keyFromJson(kEd25519Jwk);
        QCOMPARE(key.algorithm(), Algorithm::EdDSA);
        QVERIFY(key.hasPrivateKey());
        QCOMPARE(key.thumbprint(), QString::fromLatin1(kEd25519Thumbprint));
        QJsonObject publicOnly = jsonObject(kEd25519Jwk);
        publicOnly.remove("d"_L1);
        const auto publicKey = Jwk::fromJson(publicOnly);
        QVERIFY(publicKey.hasValue());
        QVERIFY(!publicKey->hasPrivateKey());
        QCOMPARE(publicKey->thumbprint(), QString::fromLatin1(kEd25519Thumbprint));
    }

    void rfc7515KeysLoad()
    {
        const Jwk rsa = keyFromJson(kA2Jwk);
        QCOMPARE(rsa.algorithm(), Algorithm::RS256);
        QVERIFY(rsa.hasPrivateKey());
        QCOMPARE(rsa.signatureSize(), 256);
        const Jwk ec = keyFromJson(kA3Jwk);
        QCOMPARE(ec.algorithm(), Algorithm::ES256);
        QVERIFY(ec.hasPrivateKey());
        const Jwk oct = keyFromJson(kA1Jwk);
        QCOMPARE(oct.algorithm(), Algorithm::HS256);
        // The exported public members are exactly the RFC's.
        const QJsonObject ecJson = ec.toPublicJson();
        QCOMPARE(ecJson.value("x"_L1).toString(), jsonObject(kA3Jwk).value("x"_L1).toString());
        QCOMPARE(ecJson.value("y"_L1).toString(), jsonObject(kA3Jwk).value("y"_L1).toString());
        const QJsonObject rsaJson = rsa.toPublicJson();
        QCOMPARE(rsaJson.value("n"_L1).toString(), jsonObject(kA2Jwk).value("n"_L1).toString());
        QCOMPARE(rsaJson.value("e"_L1).toString(), u"AQAB"_s);
    }

    void publicJsonHasNoPrivateMembers_data() { generateSignVerify_data(); }
    void publicJsonHasNoPrivateMembers()
    {
        QFETCH(Algorithm, algorithm);
        const Jwk key = Jwk::generate(algorithm, u"kid-1"_s);
        const QJsonObject json = key.toPublicJson();
        if (algorithm == Algorithm::HS256) {
            QVERIFY(json.isEmpty());
            return;
        }
        for (const QString &member : kPrivateMembers)
            QVERIFY2(!json.contains(member), qPrintable(member));
        QCOMPARE(json.value("kid"_L1).toString(), u"kid-1"_s);
        QCOMPARE(json.value("alg"_L1).toString(), algorithmName(algorithm));
        QCOMPARE(json.value("use"_L1).toString(), u"sig"_s);

        const auto reloaded = Jwk::fromJson(json);
        QVERIFY2(reloaded.hasValue(), reloaded ? "" : qPrintable(reloaded.error().detail));
        QVERIFY(!reloaded->hasPrivateKey());
        QCOMPARE(reloaded->keyId(), u"kid-1"_s);
        QCOMPARE(reloaded->thumbprint(), key.thumbprint());
        QVERIFY(reloaded->verify("abc"_ba, key.sign("abc"_ba)));

        // Without a kid the public JWK names the key by its thumbprint.
        Jwk anonymous = key;
        anonymous.setKeyId({});
        QCOMPARE(anonymous.toPublicJson().value("kid"_L1).toString(), key.thumbprint());
    }

    void jsonRefusals_data()
    {
        QTest::addColumn<QByteArray>("json");
        const QByteArray x = "\"x\":\"11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo\"";
        const QByteArray ecx = "\"x\":\"f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU\"";
        const QByteArray ecy = "\"y\":\"x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0\"";
        QTest::newRow("no kty") << "{" + x + "}";
        QTest::newRow("unknown kty") << "{\"kty\":\"XYZ\"," + x + "}";
        QTest::newRow("X25519") << "{\"kty\":\"OKP\",\"crv\":\"X25519\"," + x + "}";
        QTest::newRow("OKP no x") << "{\"kty\":\"OKP\",\"crv\":\"Ed25519\"}"_ba;
        QTest::newRow("OKP short x")
            << "{\"kty\":\"OKP\",\"crv\":\"Ed25519\",\"x\":\"11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcH\"}"_ba;
        QTest::newRow("OKP padded x")
            << "{\"kty\":\"OKP\",\"crv\":\"Ed25519\",\"x\":\"11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo=\"}"_ba;
        QTest::newRow("OKP x number") << "{\"kty\":\"OKP\",\"crv\":\"Ed25519\",\"x\":5}"_ba;
        // The RFC 8037 private key with another key's public half.
        QTest::newRow("OKP d does not match x")
            << "{\"kty\":\"OKP\",\"crv\":\"Ed25519\",\"d\":\"nWGxne_"
               "9WmC6hEr0kuwsxERJxWl7MmkZcDusAxyuf2A\","
               "\"x\":\"f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU\"}"_ba;
        QTest::newRow("EC P-384") << "{\"kty\":\"EC\",\"crv\":\"P-384\"," + ecx + "," + ecy + "}";
        QTest::newRow("EC no y") << "{\"kty\":\"EC\",\"crv\":\"P-256\"," + ecx + "}";
        // y of the RFC point with its last byte changed: not on the curve.
        QTest::newRow("EC point off the curve")
            << "{\"kty\":\"EC\",\"crv\":\"P-256\"," + ecx +
                   ",\"y\":\"x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a4\"}";
        QTest::newRow("EC d does not match")
            << "{\"kty\":\"EC\",\"crv\":\"P-256\"," + ecx + "," + ecy +
                   ",\"d\":\"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAE\"}";
        QTest::newRow("RSA 1024-bit n") << "{\"kty\":\"RSA\",\"e\":\"AQAB\",\"n\":\"" +
                                               base64UrlEncode(QByteArray(128, '\xc3')) + "\"}";
        QTest::newRow("RSA no e") << "{\"kty\":\"RSA\",\"n\":\"AQAB\"}"_ba;
        QTest::newRow("alg mismatch")
            << "{\"kty\":\"OKP\",\"crv\":\"Ed25519\",\"alg\":\"ES256\"," + x + "}";
        QTest::newRow("use enc") << "{\"kty\":\"OKP\",\"crv\":\"Ed25519\",\"use\":\"enc\"," + x +
                                        "}";
        QTest::newRow("kid number") << "{\"kty\":\"OKP\",\"crv\":\"Ed25519\",\"kid\":1," + x + "}";
    }
    void jsonRefusals()
    {
        QFETCH(QByteArray, json);
        const QJsonObject object = QJsonDocument::fromJson(json).object();
        QVERIFY2(!object.isEmpty(), json.constData());
        QCOMPARE(errorCode(Jwk::fromJson(object)), code(JwtErrorCode::InvalidKey));
    }

    void rsaPartialPrivateKeyRefused()
    {
        QJsonObject json = jsonObject(kA2Jwk);
        json.remove("qi"_L1);
        QCOMPARE(errorCode(Jwk::fromJson(json)), code(JwtErrorCode::InvalidKey));
        QJsonObject publicWithFactor = jsonObject(kA2Jwk);
        for (const char *member : {"d", "q", "dp", "dq", "qi"})
            publicWithFactor.remove(QLatin1String(member));
        QCOMPARE(errorCode(Jwk::fromJson(publicWithFactor)), code(JwtErrorCode::InvalidKey));
    }

    void concurrentVerification_data() { generateSignVerify_data(); }
    void concurrentVerification()
    {
        // The server verifies on a thread pool with one shared key.
        QFETCH(Algorithm, algorithm);
        const Jwk key = Jwk::generate(algorithm);
        const QByteArray input = "eyJhbGciOiJ9.eyJzdWIiOiJ4In0"_ba;
        const QByteArray signature = key.sign(input);
        std::atomic<int> good{0};
        std::atomic<int> bad{0};
        std::vector<std::thread> threads;
        for (int t = 0; t < 4; ++t) {
            threads.emplace_back([&, t] {
                const Jwk copy = key; // copies share the same EVP_PKEY
                for (int i = 0; i < 50; ++i) {
                    const Jwk &use = (i % 2) ? copy : key;
                    use.verify(input, signature) ? ++good : ++bad;
                    if (use.verify(input + char('0' + t), signature))
                        ++bad;
                }
            });
        }
        for (auto &thread : threads)
            thread.join();
        QCOMPARE(good.load(), 200);
        QCOMPARE(bad.load(), 0);
    }
};

QTEST_GUILESS_MAIN(TestJwk)
#include "tst_jwk.moc"
