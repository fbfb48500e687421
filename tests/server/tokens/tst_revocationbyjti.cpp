// SPDX-License-Identifier: GPL-3.0-or-later
// ECDSA signatures are malleable: (r, s) and (r, n - s) both verify. A server
// that revoked token strings would let the second spelling through; ours
// revokes the jti, so both spellings die together.
#include "tokenworld.h"

#include "jwt/base64url.h"

#include <QJsonArray>
#include <QTest>

#include <openssl/bn.h>

#include <memory>

using namespace Qt::StringLiterals;
using keyward::test::HttpClient;
using keyward::test::TokenWorld;

namespace {
// The order n of P-256 (SEC 2, secp256r1).
constexpr auto kP256Order = "FFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551";

using BigNumber = std::unique_ptr<BIGNUM, decltype(&BN_free)>;

/// The same token with s replaced by n - s: a different string, the same claims.
QByteArray respell(const QByteArray &token)
{
    const qsizetype dot = token.lastIndexOf('.');
    const auto signature =
        keyward::jwt::base64UrlDecodeStrict(QByteArrayView(token).sliced(dot + 1));
    if (!signature || signature->size() != 64)
        return {};
    BIGNUM *order = nullptr;
    BN_hex2bn(&order, kP256Order);
    BigNumber n(order, &BN_free);
    BigNumber s(BN_bin2bn(reinterpret_cast<const unsigned char *>(signature->constData()) + 32, 32,
                          nullptr),
                &BN_free);
    BigNumber flipped(BN_new(), &BN_free);
    BN_sub(flipped.get(), n.get(), s.get());
    QByteArray respelled = signature->left(32);
    respelled.resize(64);
    BN_bn2binpad(flipped.get(), reinterpret_cast<unsigned char *>(respelled.data()) + 32, 32);
    return token.left(dot + 1) + keyward::jwt::base64UrlEncode(respelled);
}
} // namespace

class TestRevocationByJti final : public QObject
{
    Q_OBJECT

private:
    TokenWorld m_world;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_world.start({u"--key-algorithm"_s, u"ES256"_s}),
                 qPrintable(m_world.lastError()));
    }

    void bothSpellingsDieWithTheJti()
    {
        const QString admin = m_world.newUser(u"admin"_s);
        const QString org = m_world.unique(u"malleable"_s);
        QVERIFY2(m_world.createOrganization(admin, org), qPrintable(m_world.lastError()));
        const QJsonObject token =
            m_world.createToken(admin, u"/organizations/%1/tokens"_s.arg(org),
                                QJsonObject{{u"description"_s, u"to revoke"_s}});
        const QByteArray value = token.value(u"value"_s).toString().toLatin1();
        QVERIFY(!value.isEmpty());
        const QByteArray other = respell(value);
        QVERIFY(!other.isEmpty());
        QVERIFY(other != value);

        const QJsonObject point{{u"metric"_s, u"jobs"_s},
                                {u"value"_s, 1},
                                {u"timestamp"_s, QDateTime::currentSecsSinceEpoch()}};
        const QJsonObject body{{u"metrics"_s, QJsonArray{point}}};
        const QString publish = u"/organizations/%1/metrics"_s.arg(org);
        // Before revocation both spellings are valid signatures of the same token.
        for (const QByteArray &spelling : {value, other}) {
            const auto reply = m_world.client(QString::fromLatin1(spelling))->post(publish, body);
            QVERIFY2(reply.status == 202, qPrintable(reply.detail()));
        }

        auto adminClient = m_world.client(admin);
        QCOMPARE(
            adminClient
                ->del(u"/organizations/%1/tokens/%2"_s.arg(org, token.value(u"id"_s).toString()))
                .status,
            204);
        for (const QByteArray &spelling : {value, other}) {
            const auto reply = m_world.client(QString::fromLatin1(spelling))->post(publish, body);
            QCOMPARE(reply.status, 401);
            QVERIFY2(reply.detail().contains(u"revoked"_s), qPrintable(reply.detail()));
        }
        // Verifiers elsewhere learn it by jti, once.
        const QJsonArray revoked = adminClient->get(u"/revocations"_s).array();
        int matches = 0;
        for (const QJsonValue &entry : revoked)
            matches +=
                entry.toObject().value(u"jti"_s).toString() == token.value(u"id"_s).toString();
        QCOMPARE(matches, 1);
    }
};

QTEST_GUILESS_MAIN(TestRevocationByJti)
#include "tst_revocationbyjti.moc"
