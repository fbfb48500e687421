// SPDX-License-Identifier: GPL-3.0-or-later
#include "claimstesttokens.h"

#include "claims/tokensummary.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace keyward;
using namespace keyward::claims;
using namespace keyward::claims::test;

class TestTokenSummary : public QObject
{
    Q_OBJECT

private:
    jwt::Jwk m_key;
    KeySource m_keys;

    QString summary(const QByteArray &token, const KeySource &keys) const
    {
        return TokenSummary::describe(inspect(token, keys));
    }

    QByteArray token(const QStringList &scopes, std::optional<QDateTime> expires,
                     const QString &team = u"runners"_s,
                     const QDateTime &issued = fixedNow().addDays(-1)) const
    {
        return jwt::signCompact(
            serverClaims(u"42"_s, u"acme"_s, team, scopes, std::move(expires), issued), m_key);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_key = jwt::Jwk::generate(jwt::Algorithm::EdDSA, u"k2"_s);
        m_keys = KeySource::fromJwks(publicJwks(m_key));
    }

    void ourTokens_data()
    {
        QTest::addColumn<QStringList>("scopes");
        QTest::addColumn<QString>("team");
        QTest::addColumn<QDateTime>("expires");
        QTest::addColumn<QString>("expected");
        const QDateTime march(QDate(2027, 3, 12), QTime(14, 0), Qt::UTC);
        QTest::newRow("team write")
            << QStringList{u"metrics:write"_s} << u"runners"_s << march
            << u"Publishes metrics for team runners of acme until 12 March 2027, 14:00; "
               "signed by key k2."_s;
        QTest::newRow("org read, never expires")
            << QStringList{u"metrics:read"_s} << QString() << QDateTime()
            << u"Reads metrics for organization acme and its teams and never expires; "
               "signed by key k2."_s;
        QTest::newRow("both scopes")
            << QStringList{u"metrics:write"_s, u"metrics:read"_s} << u"runners"_s << march
            << u"Publishes and reads metrics for team runners of acme until 12 March 2027, "
               "14:00; signed by key k2."_s;
        QTest::newRow("pattern")
            << QStringList{u"metrics:write:billing.*"_s} << u"runners"_s << march
            << u"Publishes metrics matching billing.* for team runners of acme until "
               "12 March 2027, 14:00; signed by key k2."_s;
        QTest::newRow("write all, read pattern")
            << QStringList{u"metrics:write"_s, u"metrics:read:cpu.*"_s} << u"runners"_s << march
            << u"Publishes metrics and reads metrics matching cpu.* for team runners of acme "
               "until 12 March 2027, 14:00; signed by key k2."_s;
        QTest::newRow("no known scope")
            << QStringList{u"admin"_s} << u"runners"_s << march
            << u"Grants no known rights for team runners of acme until 12 March 2027, 14:00; "
               "signed by key k2."_s;
        QTest::newRow("expired")
            << QStringList{u"metrics:write"_s} << u"runners"_s << fixedNow().addSecs(-3 * 3600)
            << u"Publishes metrics for team runners of acme until 22 November 2026, 09:00 "
               "(expired 3 hours ago); signed by key k2."_s;
    }

    void ourTokens()
    {
        QFETCH(QStringList, scopes);
        QFETCH(QString, team);
        QFETCH(QDateTime, expires);
        QFETCH(QString, expected);
        const auto exp = expires.isValid() ? std::optional<QDateTime>(expires) : std::nullopt;
        QCOMPARE(summary(token(scopes, exp, team), m_keys), expected);
    }

    void notYetValid()
    {
        const QByteArray value = token({u"metrics:write"_s}, fixedNow().addDays(10), u"runners"_s,
                                       fixedNow().addSecs(2 * 3600));
        QCOMPARE(summary(value, m_keys),
                 u"Publishes metrics for team runners of acme from 22 November 2026, 14:00 "
                 "until 2 December 2026, 12:00; signed by key k2."_s);
    }

    void unverifiedAndRevoked()
    {
        const QByteArray value = token({u"metrics:write"_s}, std::nullopt);
        QCOMPARE(summary(value, {}),
                 u"Publishes metrics for team runners of acme and never expires; signature not "
                 "verified: no key was given to check the signature."_s);
        TokenInspection inspection = inspect(value, m_keys);
        inspection.markRevoked(QSet<QString>{u"42"_s});
        QCOMPARE(TokenSummary::describe(inspection),
                 u"Publishes metrics for team runners of acme and never expires, but revoked; "
                 "signed by key k2."_s);
    }

    void opaqueAndMalformed()
    {
        QCOMPARE(summary("3f2a9c0d1e8b4a7f9c6d5e4b3a2f1e0d"_ba, m_keys),
                 u"Opaque token: this server issues tokens without claims, so what it allows "
                 "and until when is known only to the server."_s);
        QCOMPARE(summary(jwt::base64UrlEncode(R"({"alg":"EdDSA"})") + ".bm90IGpzb24.AAAA", m_keys),
                 u"Not a readable token. The payload is not a JSON object."_s);
    }

    void foreignTokens()
    {
        const jwt::Jwk rsa = jwt::Jwk::generate(jwt::Algorithm::RS256);
        const QByteArray opstrace =
            jwt::signCompact(QJsonObject{{u"iss"_s, u"opstrace-cli"_s},
                                         {u"aud"_s, u"opstrace-cluster-prod"_s},
                                         {u"sub"_s, u"tenant-fraud"_s},
                                         {u"tenant"_s, u"fraud"_s}},
                             rsa);
        const KeySource pem = unwrap(KeySource::fromPem(QString::fromLatin1(rsa.toPublicPem())));
        QCOMPARE(summary(opstrace, pem),
                 u"Token for tenant fraud issued by opstrace-cli and never expires; signature "
                 "verified (RS256)."_s);
        // Only "sub": "tenant-<name>", as the Opstrace CLI writes it.
        const QByteArray subOnly = jwt::signCompact(
            QJsonObject{{u"iss"_s, u"opstrace-cli"_s}, {u"sub"_s, u"tenant-revenue"_s}}, rsa);
        QVERIFY(summary(subOnly, pem).startsWith(u"Token for tenant revenue issued by"_s));

        const QByteArray secret = "abacus-jwt-signing-secret-0123456789abcdef"_ba;
        const QByteArray abacus = jwt::signCompact(
            QJsonObject{{u"client_id"_s, u"abacus-linux-container"_s},
                        {u"iss"_s, u"https://uaa.cf.example/oauth/token"_s},
                        {u"scope"_s, QJsonArray{u"abacus.usage.linux-container.write"_s}},
                        {u"exp"_s, seconds(fixedNow().addSecs(12 * 3600))}},
            *jwt::Jwk::fromHmacSecret(secret));
        QCOMPARE(summary(abacus, unwrap(KeySource::fromHmacText(QString::fromLatin1(secret)))),
                 u"Token for client abacus-linux-container issued by "
                 "https://uaa.cf.example/oauth/token with scopes "
                 "abacus.usage.linux-container.write until 23 November 2026, 00:00; signature "
                 "verified (HS256)."_s);

        // Invisible characters in claims are spelled out, never passed through.
        const QByteArray spoofed = jwt::signCompact(
            QJsonObject{{u"org"_s, u"acme"_s + QChar(0x202E)}, {u"scope"_s, u"metrics:read"_s}},
            m_key);
        QVERIFY(
            summary(spoofed, m_keys).startsWith(u"Reads metrics for organization acme\\u202E "_s));

        const QByteArray anonymous = jwt::signCompact(QJsonObject{{u"foo"_s, 1}}, rsa);
        QCOMPARE(summary(anonymous, {}),
                 u"Token from an unnamed issuer and never expires; signature not verified: no "
                 "key was given to check the signature."_s);
    }
};

QTEST_GUILESS_MAIN(TestTokenSummary)
#include "tst_tokensummary.moc"
