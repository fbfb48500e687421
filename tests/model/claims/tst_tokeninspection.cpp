// SPDX-License-Identifier: GPL-3.0-or-later
#include "claimstesttokens.h"

#include "claims/tokeninspection.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace keyward;
using namespace keyward::claims;
using namespace keyward::claims::test;

Q_DECLARE_METATYPE(keyward::claims::TokenPart)

class TestTokenInspection : public QObject
{
    Q_OBJECT

private:
    jwt::Jwk m_key;
    jwt::Jwks m_jwks;

    QByteArray ourToken(std::optional<QDateTime> expires, const QString &team = u"runners"_s,
                        QJsonObject extra = {})
    {
        QJsonObject claims =
            serverClaims(u"42"_s, u"acme"_s, team, {u"metrics:write"_s}, std::move(expires));
        for (auto it = extra.begin(); it != extra.end(); ++it)
            claims.insert(it.key(), it.value());
        return jwt::signCompact(claims, m_key);
    }

    static QByteArray part(const QByteArray &json) { return jwt::base64UrlEncode(json); }

private Q_SLOTS:
    void initTestCase()
    {
        m_key = jwt::Jwk::generate(jwt::Algorithm::ES256, u"k2"_s);
        m_jwks = publicJwks(m_key);
    }

    void ourServerToken()
    {
        const QByteArray token = ourToken(fixedNow().addDays(6), u"runners"_s,
                                          {{u"labels"_s, QJsonObject{{u"env"_s, u"prod"_s}}},
                                           {u"attrs"_s, QJsonObject{{u"max_past"_s, 3600}}}});
        const TokenInspection inspection =
            inspect(" Bearer "_ba + token.left(20) + "\n  "_ba + token.mid(20) + "\n"_ba,
                    KeySource::fromJwks(m_jwks), kIssuer);
        QCOMPARE(inspection.kind(), TokenInspection::Kind::Jwt);
        QVERIFY(inspection.isVerified());
        QCOMPARE(inspection.keyId(), u"k2"_s);
        QCOMPARE(inspection.timeState(), TokenInspection::TimeState::Valid);
        QVERIFY2(inspection.warnings().isEmpty(), qPrintable(inspection.warnings().value(0).text));
        QCOMPARE(inspection.tokenId(), u"42"_s);
        QCOMPARE(inspection.scopes(), QStringList{u"metrics:write"_s});

        // Header rows first, registered names first.
        QStringList names;
        for (const ClaimRow &row : inspection.rows())
            names.append(row.name);
        QCOMPARE(names, (QStringList{u"alg"_s, u"typ"_s, u"kid"_s, u"iss"_s, u"aud"_s, u"exp"_s,
                                     u"nbf"_s, u"iat"_s, u"jti"_s, u"org"_s, u"team"_s, u"scope"_s,
                                     u"labels"_s, u"attrs"_s}));
        for (const ClaimRow &row : inspection.rows())
            QVERIFY2(!row.explanation.isEmpty(), qPrintable(row.name));

        const ClaimRow *exp = inspection.row(ClaimSection::Payload, u"exp"_s);
        QVERIFY(exp && exp->time);
        QCOMPARE(exp->time->local, u"28 November 2026, 12:00"_s);
        QCOMPARE(exp->time->utcText, u"2026-11-28 12:00:00 UTC"_s);
        QCOMPARE(exp->time->relative, u"in 6 days"_s);
        QCOMPARE(exp->value, u"28 November 2026, 12:00 (in 6 days)"_s);
        QVERIFY(exp->explanation.contains(u"UTC: 2026-11-28"_s));
        const ClaimRow *iat = inspection.row(ClaimSection::Payload, u"iat"_s);
        QCOMPARE(iat->time->relative, u"yesterday"_s);
        const ClaimRow *scope = inspection.row(ClaimSection::Payload, u"scope"_s);
        QVERIFY(scope->explanation.contains(u"metrics:write — may publish metrics"_s));
        QCOMPARE(inspection.row(ClaimSection::Payload, u"labels"_s)->value, u"env=prod"_s);
        QVERIFY(inspection.row(ClaimSection::Payload, u"attrs"_s)
                    ->explanation.contains(u"max_past — oldest accepted"_s));
        QVERIFY(inspection.payloadJson().contains(u"\"org\": \"acme\""_s));
        QVERIFY(inspection.headerJson().contains(u"\"kid\": \"k2\""_s));
        QCOMPARE(inspection.statusText(),
                 u"Signature verified (ES256, key k2) · valid until 28 November 2026, 12:00 "
                 "(in 6 days)"_s);
    }

    void timeStates()
    {
        const KeySource keys = KeySource::fromJwks(m_jwks);
        const TokenInspection expired = inspect(ourToken(fixedNow().addSecs(-3 * 3600)), keys);
        QCOMPARE(expired.timeState(), TokenInspection::TimeState::Expired);
        QCOMPARE(expired.expiresAt(), fixedNow().addSecs(-3 * 3600));
        QVERIFY(expired.timeText().contains(u"3 hours ago"_s));
        QVERIFY(expired.isVerified()); // expiry does not change what the signature says

        const TokenInspection notYet =
            inspect(jwt::signCompact(serverClaims(u"1"_s, u"acme"_s, {}, {}, fixedNow().addDays(30),
                                                  fixedNow().addSecs(7200)),
                                     m_key),
                    keys);
        QCOMPARE(notYet.timeState(), TokenInspection::TimeState::NotYetValid);
        QCOMPARE(notYet.notBefore(), fixedNow().addSecs(7200));
        QVERIFY(notYet.timeText().contains(u"in 2 hours"_s));

        const TokenInspection forever = inspect(ourToken(std::nullopt), keys);
        QCOMPARE(forever.timeState(), TokenInspection::TimeState::NoExpiry);
        QVERIFY(forever.hasWarning(WarningCode::NoExpiry));
        QVERIFY(!forever.hasWarning(WarningCode::ExpiryFarAway));
        QCOMPARE(forever.timeText(), u"never expires"_s);

        const TokenInspection farAway = inspect(ourToken(fixedNow().addYears(3)), keys);
        QCOMPARE(farAway.timeState(), TokenInspection::TimeState::Valid);
        QVERIFY(farAway.hasWarning(WarningCode::ExpiryFarAway));
        QVERIFY(!farAway.hasWarning(WarningCode::NoExpiry));
        const TokenInspection nearEnough = inspect(ourToken(fixedNow().addYears(1)), keys);
        QVERIFY(!nearEnough.hasWarning(WarningCode::ExpiryFarAway));

        const TokenInspection badExp =
            inspect(ourToken(std::nullopt, {}, {{u"exp"_s, u"tomorrow"_s}}), keys);
        QVERIFY(badExp.hasWarning(WarningCode::MalformedClaim));
        QVERIFY(!badExp.hasWarning(WarningCode::NoExpiry));
    }

    void unknownCritical()
    {
        const QJsonObject header{{u"alg"_s, u"ES256"_s},
                                 {u"kid"_s, u"k2"_s},
                                 {u"crit"_s, QJsonArray{u"b64"_s}},
                                 {u"b64"_s, false}};
        const QByteArray token = signWithHeader(
            header, serverClaims(u"1"_s, u"acme"_s, {}, {}, fixedNow().addDays(1)), m_key);
        const TokenInspection inspection = inspect(token, KeySource::fromJwks(m_jwks));
        QCOMPARE(inspection.kind(), TokenInspection::Kind::Jwt);
        QVERIFY(inspection.hasWarning(WarningCode::UnknownCritical));
        QVERIFY(inspection.warnings().constFirst().text.contains(u"b64"_s));
        QVERIFY(!inspection.row(ClaimSection::Header, u"crit"_s)->explanation.isEmpty());
        // Without crit: no such warning.
        QVERIFY(!inspect(ourToken(fixedNow().addDays(1)), KeySource::fromJwks(m_jwks))
                     .hasWarning(WarningCode::UnknownCritical));
    }

    void malformedParts_data()
    {
        QTest::addColumn<QByteArray>("token");
        QTest::addColumn<TokenPart>("part");
        QTest::addColumn<QString>("reason");
        const QByteArray header = part(R"({"alg":"ES256","kid":"k2"})");
        const QByteArray payload = part(R"({"sub":"x"})");
        const QByteArray signature = part(QByteArray(64, 'x'));
        QTest::newRow("empty") << ""_ba << TokenPart::Whole << u"empty"_s;
        QTest::newRow("two parts")
            << header + '.' + payload << TokenPart::Whole << u"2 dot-separated parts"_s;
        QTest::newRow("four parts")
            << header + '.' + payload + ".a.b" << TokenPart::Whole << u"4 dot-separated parts"_s;
        QTest::newRow("jwe") << part(R"({"alg":"RSA-OAEP","enc":"A256GCM"})") + ".b.c.d.e"
                             << TokenPart::Whole << u"encrypted"_s;
        QTest::newRow("too large")
            << QByteArray(9000, 'a') + ".b.c" << TokenPart::Whole << u"longer than"_s;
        QTest::newRow("header not base64url")
            << "ey!!." + payload + '.' + signature << TokenPart::Header << u"base64url"_s;
        QTest::newRow("header padded")
            << part(R"({"alg":"ES256"})") + "=." + payload + '.' + signature << TokenPart::Header
            << u"base64url"_s;
        QTest::newRow("header not object") << part("[1,2]") + '.' + payload + '.' + signature
                                           << TokenPart::Header << u"not a JSON object"_s;
        QTest::newRow("header without alg")
            << part(R"({"typ":"JWT"})") + '.' + payload + '.' + signature << TokenPart::Header
            << u"no \"alg\""_s;
        QTest::newRow("header duplicate")
            << part(R"({"alg":"ES256","alg":"none"})") + '.' + payload + '.' + signature
            << TokenPart::Header << u"repeats a member name"_s;
        QTest::newRow("header empty")
            << "." + payload + '.' + signature << TokenPart::Header << u"empty"_s;
        QTest::newRow("payload not base64url")
            << header + ".a*b." + signature << TokenPart::Payload << u"base64url"_s;
        QTest::newRow("payload not json") << header + '.' + part("hello") + '.' + signature
                                          << TokenPart::Payload << u"not a JSON object"_s;
        QTest::newRow("payload duplicate exp")
            << header + '.' + part(R"({"exp":1,"exp":99999999999})") + '.' + signature
            << TokenPart::Payload << u"repeats a member name"_s;
        QTest::newRow("signature not base64url")
            << header + '.' + payload + ".ab+c" << TokenPart::Signature << u"base64url"_s;
        QTest::newRow("signature missing")
            << header + '.' + payload + '.' << TokenPart::Signature << u"missing"_s;
    }

    void malformedParts()
    {
        QFETCH(QByteArray, token);
        QFETCH(TokenPart, part);
        QFETCH(QString, reason);
        const TokenInspection inspection = inspect(token, KeySource::fromJwks(m_jwks));
        QCOMPARE(inspection.kind(), TokenInspection::Kind::Malformed);
        QVERIFY(!inspection.malformations().isEmpty());
        QCOMPARE(inspection.malformations().constFirst().part, part);
        QVERIFY2(inspection.malformations().constFirst().reason.contains(reason),
                 qPrintable(inspection.malformations().constFirst().reason));
        QVERIFY(!inspection.isVerified());
        QCOMPARE(inspection.notVerifiedReason(), NotVerifiedReason::Malformed);
        QVERIFY(inspection.hasWarning(WarningCode::MalformedPart));
        QVERIFY(inspection.signatureText().startsWith(u"Malformed token: "_s));
        const QString partWord = part == TokenPart::Header      ? u"header"_s
                                 : part == TokenPart::Payload   ? u"payload"_s
                                 : part == TokenPart::Signature ? u"signature"_s
                                                                : u"token"_s;
        QVERIFY2(inspection.warnings().constFirst().text.contains(partWord),
                 qPrintable(inspection.warnings().constFirst().text));
    }

    void malformedSignatureStillShowsClaims()
    {
        const QByteArray token = part(R"({"alg":"ES256"})") + '.' + part(R"({"sub":"x"})") + ".@";
        const TokenInspection inspection = inspect(token);
        QCOMPARE(inspection.kind(), TokenInspection::Kind::Malformed);
        QCOMPARE(inspection.payload().value(u"sub"_s).toString(), u"x"_s);
        QVERIFY(inspection.row(ClaimSection::Payload, u"sub"_s));
    }

    void everySingleByteChangeFailsVerification()
    {
        const QByteArray token = ourToken(fixedNow().addDays(1));
        const KeySource keys = KeySource::fromJwks(m_jwks);
        QVERIFY(inspect(token, keys).isVerified());
        for (qsizetype i = 0; i < token.size(); ++i) {
            for (const char replacement : {'A', '_', '.'}) {
                if (token.at(i) == replacement)
                    continue;
                QByteArray changed = token;
                changed[i] = replacement;
                const TokenInspection inspection = inspect(changed, keys);
                QVERIFY2(!inspection.isVerified(), qPrintable(u"byte %1"_s.arg(i)));
                QVERIFY(!inspection.statusText().isEmpty());
            }
        }
    }

    void extremeTimesDoNotBreak()
    {
        for (const double exp : {9007199254740992.0, -9007199254740992.0, 0.0, 1e300, 1.5}) {
            const TokenInspection inspection =
                inspect(ourToken(std::nullopt, {}, {{u"exp"_s, exp}}));
            QCOMPARE(inspection.kind(), TokenInspection::Kind::Jwt);
            QVERIFY(!inspection.statusText().isEmpty());
            QVERIFY(!inspection.hasWarning(WarningCode::NoExpiry));
        }
        const TokenInspection unreadable = inspect(ourToken(std::nullopt, {}, {{u"exp"_s, 1.5}}));
        QVERIFY(unreadable.hasWarning(WarningCode::MalformedClaim));
        QCOMPARE(unreadable.timeState(), TokenInspection::TimeState::Unreadable);
        QVERIFY(unreadable.statusText().endsWith(u"the expiry or start time cannot be read"_s));
        QCOMPARE(inspect(ourToken(std::nullopt, {}, {{u"exp"_s, 0}})).timeState(),
                 TokenInspection::TimeState::Expired);
    }

    void hiddenCharactersAreShown()
    {
        // "acme" followed by a zero-width space and a right-to-left override.
        const QString org = u"acme"_s + QChar(0x200B) + QChar(0x202E) + u"nimda"_s;
        const QByteArray token = jwt::signCompact(
            QJsonObject{{u"org"_s, org}, {u"team"_s, u"a\nb"_s}, {u"note"_s, u"C:\\users"_s}},
            m_key);
        const TokenInspection inspection = inspect(token, KeySource::fromJwks(m_jwks));
        QVERIFY(inspection.isVerified());
        QCOMPARE(inspection.payload().value(u"org"_s).toString(), org); // raw value kept
        QCOMPARE(inspection.row(ClaimSection::Payload, u"org"_s)->value,
                 u"acme\\u200B\\u202Enimda"_s);
        QCOMPARE(inspection.row(ClaimSection::Payload, u"team"_s)->value, u"a\\u000Ab"_s);
        QVERIFY(inspection.payloadJson().contains(u"\\u202E"_s));
        QVERIFY(inspection.payloadJson().contains(u'\n')); // indentation kept
        QVERIFY(!inspection.payloadJson().contains(QChar(0x202E)));
        QVERIFY(inspection.hasWarning(WarningCode::HiddenCharacters));

        // A backslash followed by "u" is not a hidden character.
        const TokenInspection plain =
            inspect(jwt::signCompact(QJsonObject{{u"note"_s, u"C:\\users"_s}}, m_key), {});
        QVERIFY(!plain.hasWarning(WarningCode::HiddenCharacters));
    }

    void issuerMismatch()
    {
        const QByteArray token = ourToken(fixedNow().addDays(1));
        QVERIFY(!inspect(token, {}, kIssuer + u'/').hasWarning(WarningCode::IssuerMismatch));
        QVERIFY(!inspect(token, {}, u"HTTPS://Keyward.Example"_s)
                     .hasWarning(WarningCode::IssuerMismatch));
        QVERIFY(!inspect(token).hasWarning(WarningCode::IssuerMismatch));
        const TokenInspection other = inspect(token, {}, u"https://staging.keyward.example"_s);
        QVERIFY(other.hasWarning(WarningCode::IssuerMismatch));
        QVERIFY(other.warnings().constLast().text.contains(u"belongs to another environment"_s));
        QVERIFY(other.warnings().constLast().text.contains(u"https://staging.keyward.example"_s));
        const TokenInspection noIss =
            inspect(jwt::signCompact(QJsonObject{{u"sub"_s, u"x"_s}}, m_key), {}, kIssuer);
        QVERIFY(noIss.hasWarning(WarningCode::IssuerMismatch));
    }

    void opaqueCaveValue()
    {
        const TokenInspection inspection = inspect("Zm9vYmFyYmF6cXV4Y2F2ZXRva2VuMTIzNDU2Nzg5MA"_ba,
                                                   KeySource::fromJwks(m_jwks), kIssuer);
        QCOMPARE(inspection.kind(), TokenInspection::Kind::Opaque);
        QVERIFY(inspection.rows().isEmpty());
        QVERIFY(inspection.warnings().isEmpty());
        QVERIFY(!inspection.isVerified());
        QCOMPARE(inspection.statusText(),
                 u"Opaque token — this server issues tokens without claims"_s);
        // Dotted values of other systems are opaque too, unless they start like a JWT.
        QCOMPARE(inspect("v1.8f3ac0ffee"_ba).kind(), TokenInspection::Kind::Opaque);
        QCOMPARE(inspect("acme.runners.8f3a.c0ffee"_ba).kind(), TokenInspection::Kind::Opaque);
        QCOMPARE(inspect("eyJhbGciOiJFUzI1NiJ9.e30"_ba).kind(), TokenInspection::Kind::Malformed);
        TokenInspection revoked = inspection;
        revoked.setRevoked(true);
        QVERIFY(revoked.statusText().endsWith(u" · revoked"_s));
    }

    void revocation()
    {
        TokenInspection inspection = inspect(ourToken(fixedNow().addDays(1)));
        QVERIFY(!inspection.markRevoked(QSet<QString>{u"41"_s, u"43"_s}));
        QVERIFY(!inspection.isRevoked());
        QVERIFY(inspection.markRevoked(QSet<QString>{u"41"_s, u"42"_s}));
        QVERIFY(inspection.isRevoked());
        QVERIFY(inspection.statusText().endsWith(u" · revoked"_s));

        TokenInspection listed = inspect(ourToken(fixedNow().addDays(1)));
        const QDateTime at(QDate(2026, 11, 20), QTime(8, 30), Qt::UTC);
        QVERIFY(!listed.markRevoked(QList<Revocation>{{u"7"_s, at}}));
        QVERIFY(listed.markRevoked(QList<Revocation>{{u"7"_s, at}, {u"42"_s, at}}));
        QCOMPARE(listed.revokedAt(), at);
        QVERIFY(listed.statusText().endsWith(u"revoked on 2026-11-20 08:30 UTC"_s));

        // A token without jti can never match a list.
        TokenInspection noJti = inspect(jwt::signCompact(QJsonObject{{u"sub"_s, u"x"_s}}, m_key));
        QVERIFY(!noJti.markRevoked(QSet<QString>{QString()}));
    }

    void abacusStyleHs256()
    {
        const QByteArray secret = "abacus-jwt-signing-secret-0123456789abcdef"_ba;
        const jwt::Jwk key = *jwt::Jwk::fromHmacSecret(secret);
        const QJsonObject claims{
            {u"jti"_s, u"9f1c2e"_s},
            {u"sub"_s, u"abacus-linux-container"_s},
            {u"client_id"_s, u"abacus-linux-container"_s},
            {u"cid"_s, u"abacus-linux-container"_s},
            {u"azp"_s, u"abacus-linux-container"_s},
            {u"grant_type"_s, u"client_credentials"_s},
            {u"zid"_s, u"uaa"_s},
            {u"scope"_s, QJsonArray{u"abacus.usage.linux-container.write"_s,
                                    u"abacus.usage.linux-container.read"_s}},
            {u"authorities"_s, QJsonArray{u"abacus.usage.linux-container.write"_s}},
            {u"iss"_s, u"https://uaa.cf.example/oauth/token"_s},
            {u"aud"_s, QJsonArray{u"abacus"_s, u"abacus.usage"_s}},
            {u"iat"_s, seconds(fixedNow().addSecs(-600))},
            {u"exp"_s, seconds(fixedNow().addSecs(43200 - 600))}};
        const QByteArray token = jwt::signCompact(claims, key);
        const TokenInspection inspection =
            inspect(token, unwrap(KeySource::fromHmacText(QString::fromLatin1(secret))), kIssuer);
        QCOMPARE(inspection.kind(), TokenInspection::Kind::Jwt);
        QVERIFY(inspection.isVerified());
        QCOMPARE(inspection.algorithm(), u"HS256"_s);
        QCOMPARE(inspection.scopes(), (QStringList{u"abacus.usage.linux-container.write"_s,
                                                   u"abacus.usage.linux-container.read"_s}));
        const ClaimRow *scope = inspection.row(ClaimSection::Payload, u"scope"_s);
        QVERIFY(scope->explanation.contains(u"may submit usage for resource linux-container"_s));
        QVERIFY(
            scope->explanation.contains(u"may read usage reports of resource linux-container"_s));
        QVERIFY(!inspection.row(ClaimSection::Payload, u"client_id"_s)->explanation.isEmpty());
        QCOMPARE(inspection.row(ClaimSection::Payload, u"aud"_s)->value, u"abacus, abacus.usage"_s);
        QVERIFY(inspection.hasWarning(WarningCode::IssuerMismatch));
        QCOMPARE(inspection.timeState(), TokenInspection::TimeState::Valid);
    }

    void opstraceStyleRs256()
    {
        const jwt::Jwk key = jwt::Jwk::generate(jwt::Algorithm::RS256); // the CLI sets no kid
        const QJsonObject claims{{u"iss"_s, u"opstrace-cli"_s},
                                 {u"aud"_s, u"opstrace-cluster-prod"_s},
                                 {u"sub"_s, u"tenant-fraud"_s},
                                 {u"tenant"_s, u"fraud"_s},
                                 {u"iat"_s, seconds(fixedNow().addDays(-100))}};
        const QByteArray token = jwt::signCompact(claims, key);
        const TokenInspection inspection =
            inspect(token, unwrap(KeySource::fromPem(QString::fromLatin1(key.toPublicPem()))));
        QCOMPARE(inspection.kind(), TokenInspection::Kind::Jwt);
        QVERIFY(inspection.isVerified());
        QCOMPARE(inspection.keyId(), QString());
        QCOMPARE(inspection.signatureText(), u"Signature verified (RS256)"_s);
        QCOMPARE(inspection.row(ClaimSection::Payload, u"tenant"_s)->value, u"fraud"_s);
        QVERIFY(inspection.row(ClaimSection::Payload, u"tenant"_s)
                    ->explanation.contains(u"Opstrace"_s));
        QVERIFY(inspection.hasWarning(WarningCode::NoExpiry));
        QCOMPARE(inspection.row(ClaimSection::Payload, u"iat"_s)->time->relative,
                 u"3 months ago"_s);
    }
};

QTEST_GUILESS_MAIN(TestTokenInspection)
#include "tst_tokeninspection.moc"
