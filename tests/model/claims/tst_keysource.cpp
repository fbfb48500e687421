// SPDX-License-Identifier: GPL-3.0-or-later
#include "claimstesttokens.h"

#include "claims/keysource.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace keyward;
using namespace keyward::claims;
using namespace keyward::claims::test;

Q_DECLARE_METATYPE(keyward::jwt::Algorithm)
Q_DECLARE_METATYPE(keyward::claims::KeySource::Kind)

class TestKeySource : public QObject
{
    Q_OBJECT

private:
    jwt::Jwk signingKey(jwt::Algorithm algorithm) const
    {
        switch (algorithm) {
        case jwt::Algorithm::EdDSA:
            return m_ed;
        case jwt::Algorithm::ES256:
            return m_es;
        case jwt::Algorithm::RS256:
            return m_rs;
        case jwt::Algorithm::HS256:
            return m_hs;
        }
        return {};
    }

    /// A source of kind \p source holding the verification key for \p key.
    Expected<KeySource, QString> sourceFor(const jwt::Jwk &key, const QString &source,
                                           const QByteArray &secret) const
    {
        const bool hmac = key.algorithm() == jwt::Algorithm::HS256;
        QJsonObject jwk = key.toPublicJson();
        if (hmac)
            jwk = QJsonObject{{u"kty"_s, u"oct"_s},
                              {u"kid"_s, key.keyId()},
                              {u"alg"_s, u"HS256"_s},
                              {u"k"_s, QString::fromLatin1(jwt::base64UrlEncode(secret))}};
        if (source == "jwks"_L1)
            return KeySource::fromJwks(publicJwks(key));
        if (source == "pem"_L1)
            return KeySource::fromPem(QString::fromLatin1(key.toPublicPem()));
        if (source == "private pem"_L1)
            return KeySource::fromPem(QString::fromLatin1(key.toPrivatePem()));
        if (source == "jwk file"_L1)
            return KeySource::fromJwkFile(compact(jwk));
        if (source == "jwks file"_L1)
            return KeySource::fromJwkFile(
                QJsonDocument(QJsonObject{{u"keys"_s, QJsonArray{jwk}}}).toJson());
        if (source == "hmac text"_L1)
            return KeySource::fromHmacText(QString::fromLatin1(secret));
        if (source == "hmac base64"_L1)
            return KeySource::fromHmacBase64(QString::fromLatin1(secret.toBase64()));
        if (source == "hmac base64url"_L1)
            return KeySource::fromHmacBase64(QString::fromLatin1(
                secret.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)));
        return u"unknown source in test"_s;
    }

    jwt::Jwk m_ed;
    jwt::Jwk m_es;
    jwt::Jwk m_rs;
    jwt::Jwk m_hs;
    jwt::Jwk m_otherRs;

private Q_SLOTS:
    void initTestCase()
    {
        m_ed = jwt::Jwk::generate(jwt::Algorithm::EdDSA, u"k-ed"_s);
        m_es = jwt::Jwk::generate(jwt::Algorithm::ES256, u"k-es"_s);
        m_rs = jwt::Jwk::generate(jwt::Algorithm::RS256, u"k-rs"_s);
        m_otherRs = jwt::Jwk::generate(jwt::Algorithm::RS256, u"k-rs"_s);
        m_hs = *jwt::Jwk::fromHmacSecret(kHmacSecret, u"k-hs"_s);
        QVERIFY(!m_ed.isNull() && !m_es.isNull() && !m_rs.isNull() && !m_otherRs.isNull());
    }

    void verifiesEveryAlgorithmWithEverySource_data()
    {
        QTest::addColumn<jwt::Algorithm>("algorithm");
        QTest::addColumn<QString>("source");
        QTest::addColumn<KeySource::Kind>("kind");
        for (const auto algorithm :
             {jwt::Algorithm::EdDSA, jwt::Algorithm::ES256, jwt::Algorithm::RS256}) {
            const QString name = jwt::algorithmName(algorithm);
            QTest::addRow("%s jwks", qPrintable(name))
                << algorithm << u"jwks"_s << KeySource::Kind::Jwks;
            QTest::addRow("%s pem", qPrintable(name))
                << algorithm << u"pem"_s << KeySource::Kind::Pem;
            QTest::addRow("%s private pem", qPrintable(name))
                << algorithm << u"private pem"_s << KeySource::Kind::Pem;
            QTest::addRow("%s jwk file", qPrintable(name))
                << algorithm << u"jwk file"_s << KeySource::Kind::Jwk;
            QTest::addRow("%s jwks file", qPrintable(name))
                << algorithm << u"jwks file"_s << KeySource::Kind::Jwks;
        }
        const auto hs = jwt::Algorithm::HS256;
        QTest::newRow("HS256 hmac text") << hs << u"hmac text"_s << KeySource::Kind::Hmac;
        QTest::newRow("HS256 hmac base64") << hs << u"hmac base64"_s << KeySource::Kind::Hmac;
        QTest::newRow("HS256 hmac base64url") << hs << u"hmac base64url"_s << KeySource::Kind::Hmac;
        QTest::newRow("HS256 jwk file") << hs << u"jwk file"_s << KeySource::Kind::Jwk;
        QTest::newRow("HS256 jwks file") << hs << u"jwks file"_s << KeySource::Kind::Jwks;
    }

    void verifiesEveryAlgorithmWithEverySource()
    {
        QFETCH(jwt::Algorithm, algorithm);
        QFETCH(QString, source);
        QFETCH(KeySource::Kind, kind);
        const jwt::Jwk key = signingKey(algorithm);
        const QByteArray token =
            jwt::signCompact(serverClaims(u"7"_s, u"acme"_s, u"runners"_s, {u"metrics:write"_s},
                                          fixedNow().addDays(6)),
                             key);
        QVERIFY(!token.isEmpty());

        const KeySource keys = unwrap(sourceFor(key, source, kHmacSecret));
        QCOMPARE(keys.kind(), kind);
        QVERIFY(!keys.description().isEmpty());
        const TokenInspection inspection = inspect(token, keys);
        QCOMPARE(inspection.kind(), TokenInspection::Kind::Jwt);
        QVERIFY2(inspection.isVerified(), qPrintable(inspection.signatureText()));
        QCOMPARE(inspection.algorithm(), jwt::algorithmName(algorithm));
        QVERIFY(inspection.signatureText().contains(key.keyId()));

        // The same source refuses a tampered payload.
        QList<QByteArray> parts = token.split('.');
        QJsonObject claims =
            QJsonDocument::fromJson(*jwt::base64UrlDecodeStrict(parts[1])).object();
        claims.insert(u"scope"_s, u"metrics:write metrics:read"_s);
        parts[1] = jwt::base64UrlEncode(compact(claims));
        const TokenInspection tampered = inspect(parts.join('.'), keys);
        QCOMPARE(tampered.kind(), TokenInspection::Kind::Jwt);
        QVERIFY(!tampered.isVerified());
        QCOMPARE(tampered.notVerifiedReason(), NotVerifiedReason::BadSignature);
    }

    void wrongKeyFails()
    {
        const QByteArray token = jwt::signCompact(
            serverClaims(u"7"_s, u"acme"_s, {}, {u"metrics:write"_s}, std::nullopt), m_rs);
        // Same kid, other key material: the key set finds the key, the signature fails.
        const TokenInspection viaJwks = inspect(token, KeySource::fromJwks(publicJwks(m_otherRs)));
        QCOMPARE(viaJwks.notVerifiedReason(), NotVerifiedReason::BadSignature);
        const TokenInspection viaPem = inspect(
            token, unwrap(KeySource::fromPem(QString::fromLatin1(m_otherRs.toPublicPem()))));
        QCOMPARE(viaPem.notVerifiedReason(), NotVerifiedReason::BadSignature);
        // Another algorithm's key: a type mismatch, never a silent pass.
        const TokenInspection viaEd =
            inspect(token, unwrap(KeySource::fromPem(QString::fromLatin1(m_ed.toPublicPem()))));
        QCOMPARE(viaEd.notVerifiedReason(), NotVerifiedReason::KeyTypeMismatch);
        // Another HMAC secret.
        const TokenInspection hs =
            inspect(jwt::signCompact(serverClaims(u"7"_s, u"acme"_s, {}, {}, std::nullopt), m_hs),
                    unwrap(KeySource::fromHmacText(u"a completely different shared secret!!"_s)));
        QCOMPARE(hs.notVerifiedReason(), NotVerifiedReason::BadSignature);
    }

    void unknownKidFails()
    {
        jwt::Jwk renamed = m_es;
        renamed.setKeyId(u"k9"_s);
        const QByteArray token =
            jwt::signCompact(serverClaims(u"7"_s, u"acme"_s, {}, {}, std::nullopt), renamed);
        const TokenInspection inspection = inspect(token, KeySource::fromJwks(publicJwks(m_es)));
        QVERIFY(!inspection.isVerified());
        QCOMPARE(inspection.notVerifiedReason(), NotVerifiedReason::UnknownKey);
        QVERIFY(inspection.signatureText().contains(u"key id"_s));
    }

    void noKeyIsSaid()
    {
        const QByteArray token =
            jwt::signCompact(serverClaims(u"7"_s, u"acme"_s, {}, {}, std::nullopt), m_es);
        const TokenInspection inspection = inspect(token);
        QCOMPARE(inspection.notVerifiedReason(), NotVerifiedReason::NoKey);
        QVERIFY(inspection.signatureText().startsWith(u"Signature not verified: no key"_s));
    }

    void algNoneIsNeverAccepted()
    {
        const QByteArray token =
            jwt::base64UrlEncode(R"({"alg":"none","typ":"JWT","kid":"k-rs"})") + '.' +
            jwt::base64UrlEncode(compact(serverClaims(u"7"_s, u"acme"_s, {}, {}, std::nullopt))) +
            '.';
        for (const KeySource &keys :
             {KeySource(), KeySource::fromJwks(publicJwks(m_rs)),
              unwrap(KeySource::fromHmacText(QString::fromLatin1(kHmacSecret)))}) {
            const TokenInspection inspection = inspect(token, keys);
            QCOMPARE(inspection.kind(), TokenInspection::Kind::Jwt);
            QVERIFY(!inspection.isVerified());
            QCOMPARE(inspection.notVerifiedReason(), NotVerifiedReason::AlgorithmNone);
            QVERIFY(inspection.hasWarning(WarningCode::AlgorithmNone));
        }
        // "None" in another case is the same thing.
        const QByteArray mixed = jwt::base64UrlEncode(R"({"alg":"NoNe"})") + '.' +
                                 jwt::base64UrlEncode(R"({"sub":"x"})") + '.';
        QCOMPARE(inspect(mixed, KeySource::fromJwks(publicJwks(m_rs))).notVerifiedReason(),
                 NotVerifiedReason::AlgorithmNone);
    }

    void algorithmConfusionFails()
    {
        // The attacker knows the RS256 public key and "signs" an HS256 token
        // with its PEM text as the HMAC secret.
        const QByteArray publicPem = m_rs.toPublicPem();
        const jwt::Jwk forged = *jwt::Jwk::fromHmacSecret(publicPem, u"k-rs"_s);
        const QByteArray token =
            jwt::signCompact(serverClaims(u"7"_s, u"acme"_s, {},
                                          {u"metrics:write"_s, u"metrics:read"_s}, std::nullopt),
                             forged);

        // Verifying with the public key as PEM, JWK, or in the server's key set fails.
        for (const KeySource &keys : {unwrap(KeySource::fromPem(QString::fromLatin1(publicPem))),
                                      unwrap(KeySource::fromJwkFile(compact(m_rs.toPublicJson()))),
                                      KeySource::fromJwks(publicJwks(m_rs))}) {
            const TokenInspection inspection = inspect(token, keys);
            QVERIFY(!inspection.isVerified());
            QCOMPARE(inspection.notVerifiedReason(), NotVerifiedReason::KeyTypeMismatch);
        }
        // And the public key is refused as an HMAC secret in every spelling.
        QByteArray body = publicPem;
        const QByteArray der = QByteArray::fromBase64(body.replace("-----BEGIN PUBLIC KEY-----", "")
                                                          .replace("-----END PUBLIC KEY-----", "")
                                                          .simplified()
                                                          .replace(' ', ""));
        QVERIFY(der.size() > 200);
        const QList<Expected<KeySource, QString>> refused{
            KeySource::fromHmacText(QString::fromLatin1(m_rs.toPublicPem())),
            KeySource::fromHmacBase64(QString::fromLatin1(m_rs.toPublicPem().toBase64())),
            KeySource::fromHmacText(QString::fromLatin1(der.toBase64())),
            KeySource::fromHmacBase64(QString::fromLatin1(der.toBase64())),
            KeySource::fromHmacText(QString::fromUtf8(compact(m_rs.toPublicJson())))};
        for (const auto &result : refused) {
            QVERIFY(!result);
            QVERIFY2(result.error().contains(u"public key"_s), qPrintable(result.error()));
        }
    }

    void badInputsHaveSentences_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("pem empty") << u"pem"_s << ""_ba << u"Paste a PEM"_s;
        QTest::newRow("pem no armor") << u"pem"_s << "hello"_ba << u"not PEM"_s;
        QTest::newRow("pem garbage")
            << u"pem"_s << "-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----"_ba
            << u"cannot be used"_s;
        QTest::newRow("pem pkcs1") << u"pem"_s
                                   << "-----BEGIN RSA PUBLIC KEY-----\nAA\n-----END RSA PUBLIC "
                                      "KEY-----"_ba
                                   << u"PKCS#1"_s;
        QTest::newRow("pem encrypted")
            << u"pem"_s << "-----BEGIN ENCRYPTED PRIVATE KEY-----\nAA\n"_ba << u"passphrase"_s;
        QTest::newRow("pem certificate") << u"pem"_s
                                         << "-----BEGIN CERTIFICATE-----\nAA\n-----END "
                                            "CERTIFICATE-----"_ba
                                         << u"certificate"_s;
        QTest::newRow("jwk not json") << u"jwk"_s << "{nope"_ba << u"not valid JSON"_s;
        QTest::newRow("jwk array") << u"jwk"_s << "[]"_ba << u"no JSON object"_s;
        QTest::newRow("jwk neither") << u"jwk"_s << R"({"a":1})"_ba << u"neither a JWK"_s;
        QTest::newRow("jwk incomplete")
            << u"jwk"_s << R"({"kty":"RSA","n":"AQAB"})"_ba << u"JWK cannot be used"_s;
        QTest::newRow("jwk bad kty")
            << u"jwk"_s << R"({"kty":"XYZ"})"_ba << u"JWK cannot be used"_s;
        QTest::newRow("jwks not list") << u"jwk"_s << R"({"keys":{}})"_ba << u"not a list"_s;
        QTest::newRow("jwks empty") << u"jwk"_s << R"({"keys":[]})"_ba << u"no key"_s;
        QTest::newRow("jwks bad key") << u"jwk"_s << R"({"keys":[{"kty":"EC","crv":"P-256"}]})"_ba
                                      << u"key set cannot be used"_s;
        QTest::newRow("hmac empty") << u"text"_s << ""_ba << u"Enter the shared secret"_s;
        QTest::newRow("hmac short") << u"text"_s << "secret"_ba << u"too short: 6 of at least 32"_s;
        QTest::newRow("b64 empty") << u"base64"_s << "  "_ba << u"base64"_s;
        QTest::newRow("b64 invalid") << u"base64"_s << "not*base64!"_ba << u"not valid base64"_s;
        QTest::newRow("b64 short")
            << u"base64"_s << "c2VjcmV0"_ba << u"too short: 6 of at least 32"_s;
    }

    void badInputsHaveSentences()
    {
        QFETCH(QString, kind);
        QFETCH(QByteArray, input);
        QFETCH(QString, expected);
        const QString text = QString::fromUtf8(input);
        const Expected<KeySource, QString> result =
            kind == "pem"_L1    ? KeySource::fromPem(text)
            : kind == "jwk"_L1  ? KeySource::fromJwkFile(input)
            : kind == "text"_L1 ? KeySource::fromHmacText(text)
                                : KeySource::fromHmacBase64(text);
        QVERIFY(!result);
        QVERIFY2(result.error().contains(expected), qPrintable(result.error()));
        QVERIFY(result.error().endsWith(u'.') || result.error().endsWith(u')'));
    }

    void keySetWithSeveralKeysNeedsKid()
    {
        jwt::Jwks keys = publicJwks(m_es);
        keys.add(*jwt::Jwk::fromJson(m_ed.toPublicJson()));
        jwt::Jwk noKid = m_es;
        noKid.setKeyId({});
        const QByteArray token =
            jwt::signCompact(serverClaims(u"7"_s, u"acme"_s, {}, {}, std::nullopt), noKid);
        QCOMPARE(inspect(token, KeySource::fromJwks(keys)).notVerifiedReason(),
                 NotVerifiedReason::UnknownKey);
        // With the kid it verifies against the right member of the set.
        const QByteArray withKid =
            jwt::signCompact(serverClaims(u"7"_s, u"acme"_s, {}, {}, std::nullopt), m_ed);
        QVERIFY(inspect(withKid, KeySource::fromJwks(keys)).isVerified());
    }
};

QTEST_GUILESS_MAIN(TestKeySource)
#include "tst_keysource.moc"
