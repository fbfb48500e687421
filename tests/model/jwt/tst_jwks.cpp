// SPDX-License-Identifier: GPL-3.0-or-later
#include "jwt/jwks.h"
#include "jwt/jws.h"
#include "rfcvectors.h"
#include "testtokens.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace keyward::jwt;
using namespace keyward::jwt::test;

class TestJwks final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_private = {Jwk::generate(Algorithm::EdDSA, u"ed"_s),
                     Jwk::generate(Algorithm::ES256, u"ec"_s),
                     Jwk::generate(Algorithm::RS256, u"rsa"_s)};
        for (const Jwk &key : std::as_const(m_private))
            QVERIFY(!key.isNull());
    }

    void roundTripVerifiesTokens()
    {
        Jwks published;
        for (const Jwk &key : std::as_const(m_private))
            published.add(key);
        published.add(Jwk::generate(Algorithm::HS256, u"hmac"_s)); // never published
        const QJsonObject json = published.toJson();
        const QByteArray text = QJsonDocument(json).toJson(QJsonDocument::Compact);
        for (const char *member :
             {"\"d\"", "\"p\"", "\"q\"", "\"dp\"", "\"dq\"", "\"qi\"", "\"k\""})
            QVERIFY2(!text.contains(member), member);
        QCOMPARE(json.value("keys"_L1).toArray().size(), 3);

        const auto reloaded = Jwks::fromJson(json);
        QVERIFY2(reloaded.hasValue(), reloaded ? "" : qPrintable(reloaded.error().detail));
        QCOMPARE(reloaded->keys().size(), 3);
        for (const Jwk &key : std::as_const(m_private)) {
            const Jwk *found = reloaded->find(key.keyId());
            QVERIFY(found);
            QVERIFY(!found->hasPrivateKey());
            QCOMPARE(found->algorithm(), key.algorithm());
            const QByteArray token = signCompact(QJsonObject{{u"sub"_s, u"alice"_s}}, key);
            const auto verified = parseAndVerify(token, *reloaded);
            QVERIFY2(verified.hasValue(), verified ? "" : qPrintable(verified.error().detail));
        }
    }

    void findByKid()
    {
        Jwks set;
        set.add(m_private[0]);
        set.add(m_private[1]);
        QCOMPARE(set.find(u"ec"_s)->algorithm(), Algorithm::ES256);
        QVERIFY(!set.find(u"nope"_s));
        QVERIFY(!set.find(QString()));
    }

    void keySelection()
    {
        const Jwk &ec = m_private[1];
        const QByteArray withKid = signCompact(QJsonObject{{u"sub"_s, u"a"_s}}, ec);
        Jwk anonymous = ec;
        anonymous.setKeyId({});
        const QByteArray withoutKid = signCompact(QJsonObject{{u"sub"_s, u"a"_s}}, anonymous);

        Jwks single;
        single.add(ec);
        QVERIFY(parseAndVerify(withKid, single).hasValue());
        QVERIFY(parseAndVerify(withoutKid, single).hasValue()); // one key: kid may be omitted

        Jwks several;
        several.add(m_private[0]);
        several.add(ec);
        QVERIFY(parseAndVerify(withKid, several).hasValue());
        QCOMPARE(errorCode(parseAndVerify(withoutKid, several)), code(JwtErrorCode::MissingKeyId));

        Jwks others;
        others.add(m_private[0]);
        others.add(m_private[2]);
        QCOMPARE(errorCode(parseAndVerify(withKid, others)), code(JwtErrorCode::UnknownKey));
        QCOMPARE(errorCode(parseAndVerify(withKid, Jwks())), code(JwtErrorCode::UnknownKey));
        QCOMPARE(errorCode(parseAndVerify(withoutKid, Jwks())), code(JwtErrorCode::UnknownKey));

        // A kid naming a key of another type: found, then refused by algorithm.
        Jwk impostor = m_private[0];
        impostor.setKeyId(u"ec"_s);
        Jwks wrongType;
        wrongType.add(impostor);
        QCOMPARE(errorCode(parseAndVerify(withKid, wrongType)),
                 code(JwtErrorCode::AlgorithmMismatch));
    }

    void skipsForeignKeys()
    {
        QJsonArray keys;
        keys.append(jsonObject("{\"kty\":\"XYZ\",\"kid\":\"future\"}"));
        keys.append(jsonObject("{\"kty\":\"EC\",\"crv\":\"P-384\",\"kid\":\"p384\",\"x\":\"AA\","
                               "\"y\":\"AA\"}"));
        keys.append(jsonObject("{\"kty\":\"OKP\",\"crv\":\"X25519\",\"x\":\"AA\"}"));
        keys.append(jsonObject("{\"kty\":\"RSA\",\"use\":\"enc\",\"n\":\"AA\",\"e\":\"AQAB\"}"));
        keys.append(jsonObject("{\"kty\":\"RSA\",\"alg\":\"PS256\",\"n\":\"AA\",\"e\":\"AQAB\"}"));
        keys.append(m_private[1].toPublicJson());
        const auto set = Jwks::fromJson(QJsonObject{{u"keys"_s, keys}});
        QVERIFY2(set.hasValue(), set ? "" : qPrintable(set.error().detail));
        QCOMPARE(set->keys().size(), 1);
        QVERIFY(set->find(u"ec"_s));
    }

    void refusesMalformedKeys()
    {
        QCOMPARE(errorCode(Jwks::fromJson(QJsonObject{})), code(JwtErrorCode::InvalidKey));
        QCOMPARE(errorCode(Jwks::fromJson(jsonObject("{\"keys\":{}}"))),
                 code(JwtErrorCode::InvalidKey));
        QCOMPARE(errorCode(Jwks::fromJson(jsonObject("{\"keys\":[1]}"))),
                 code(JwtErrorCode::InvalidKey));

        QJsonObject broken = m_private[1].toPublicJson();
        broken.insert("y"_L1, u"AAAA"_s);
        const auto result = Jwks::fromJson(
            QJsonObject{{u"keys"_s, QJsonArray{m_private[0].toPublicJson(), broken}}});
        QCOMPARE(errorCode(result), code(JwtErrorCode::InvalidKey));
        QVERIFY2(result.error().detail.startsWith(u"Key 1:"_s), qPrintable(result.error().detail));

        const auto duplicate = Jwks::fromJson(QJsonObject{
            {u"keys"_s, QJsonArray{m_private[1].toPublicJson(), m_private[1].toPublicJson()}}});
        QCOMPARE(errorCode(duplicate), code(JwtErrorCode::InvalidKey));
    }

private:
    QList<Jwk> m_private;
};

QTEST_GUILESS_MAIN(TestJwks)
#include "tst_jwks.moc"
