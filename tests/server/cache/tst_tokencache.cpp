// SPDX-License-Identifier: GPL-3.0-or-later
// The verified-token cache over HTTP: a token that was verified (and so
// cached) by earlier publishes is still refused at once when it is revoked,
// when its stored expiry passes, or when its signing key is retired.
// (Expiry by the token's own "exp" while cached is covered in
// tst_verifiedtokencache, which can move the clock.)
#include "tokenworld.h"

#include "jwt/jws.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using keyward::test::HttpClient;
using keyward::test::TokenWorld;

class TestTokenCache final : public QObject
{
    Q_OBJECT

private:
    TokenWorld m_world;

    static QJsonObject onePoint()
    {
        const QJsonObject point{{u"metric"_s, u"jobs"_s},
                                {u"value"_s, 1},
                                {u"timestamp"_s, QDateTime::currentSecsSinceEpoch()}};
        return {{u"metrics"_s, QJsonArray{point}}};
    }

    /// A new organization with a token of its own; the admin session in \p admin.
    QJsonObject organizationToken(const QString &stem, QString &admin, QString &org)
    {
        admin = m_world.newUser(stem);
        org = m_world.unique(stem);
        if (!m_world.createOrganization(admin, org))
            return {};
        return m_world.createToken(admin, u"/organizations/%1/tokens"_s.arg(org),
                                   {{u"description"_s, stem}});
    }

    /// Publishes three times: the first verifies the signature, the others
    /// are answered from the cache.
    bool publishCached(const QString &value, const QString &org, HttpClient::Scheme scheme)
    {
        auto client = m_world.client(value, scheme);
        for (int i = 0; i < 3; ++i) {
            const auto reply = client->post(u"/organizations/%1/metrics"_s.arg(org), onePoint());
            if (reply.status != 202) {
                qWarning() << "publish" << i << "answered" << reply.status << reply.detail();
                return false;
            }
        }
        return true;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_world.start(), qPrintable(m_world.lastError())); }

    void revokedWhileCachedIsRefused()
    {
        QString admin, org;
        const QJsonObject token = organizationToken(u"revoke"_s, admin, org);
        QVERIFY2(!token.isEmpty(), qPrintable(m_world.lastError()));
        const QString value = token.value(u"value"_s).toString();
        QVERIFY(publishCached(value, org, HttpClient::Scheme::Bearer));
        QCOMPARE(
            m_world.client(admin)
                ->del(u"/organizations/%1/tokens/%2"_s.arg(org, token.value(u"id"_s).toString()))
                .status,
            204);
        for (const auto scheme : {HttpClient::Scheme::Bearer, HttpClient::Scheme::Basic}) {
            const auto reply = m_world.client(value, scheme)
                                   ->post(u"/organizations/%1/metrics"_s.arg(org), onePoint());
            QCOMPARE(reply.status, 401);
            QVERIFY2(reply.detail().contains(u"revoked"_s), qPrintable(reply.detail()));
        }
    }

    void revokedThroughTheDatabaseIsRefused()
    {
        // Another process revoking (it shares only the database) looks like
        // the row disappearing under us.
        QString admin, org;
        const QJsonObject token = organizationToken(u"rowgone"_s, admin, org);
        QVERIFY2(!token.isEmpty(), qPrintable(m_world.lastError()));
        const QString value = token.value(u"value"_s).toString();
        QVERIFY(publishCached(value, org, HttpClient::Scheme::Basic));
        QVERIFY2(m_world.execSql(u"DELETE FROM tokens WHERE id = ?"_s,
                                 {token.value(u"id"_s).toString().toLongLong()}),
                 qPrintable(m_world.lastError()));
        const auto reply =
            m_world.client(value)->post(u"/organizations/%1/metrics"_s.arg(org), onePoint());
        QCOMPARE(reply.status, 401);
        QVERIFY2(reply.detail().contains(u"revoked"_s), qPrintable(reply.detail()));
    }

    void expiredWhileCachedIsRefused()
    {
        QString admin, org;
        const QJsonObject token = organizationToken(u"expire"_s, admin, org);
        QVERIFY2(!token.isEmpty(), qPrintable(m_world.lastError()));
        const QString value = token.value(u"value"_s).toString();
        QVERIFY(publishCached(value, org, HttpClient::Scheme::Bearer));
        QVERIFY2(m_world.execSql(u"UPDATE tokens SET stored_expires_ms = ? WHERE id = ?"_s,
                                 {QDateTime::currentMSecsSinceEpoch() - 1000,
                                  token.value(u"id"_s).toString().toLongLong()}),
                 qPrintable(m_world.lastError()));
        const auto reply =
            m_world.client(value)->post(u"/organizations/%1/metrics"_s.arg(org), onePoint());
        QCOMPARE(reply.status, 401);
        QVERIFY2(reply.detail().contains(u"expired"_s), qPrintable(reply.detail()));
    }

    // Last: it rotates the server's signing key.
    void retiredKeyWhileCachedIsRefused()
    {
        QString admin, org;
        const QJsonObject token = organizationToken(u"retire"_s, admin, org);
        QVERIFY2(!token.isEmpty(), qPrintable(m_world.lastError()));
        const QString value = token.value(u"value"_s).toString();
        const auto jws = keyward::jwt::parseCompact(value.toLatin1());
        QVERIFY(jws);
        const QString kid = jws->header.value(u"kid"_s).toString();
        QVERIFY(publishCached(value, org, HttpClient::Scheme::Bearer));

        QByteArray output;
        QCOMPARE(m_world.server().runCommand({u"keys"_s, u"rotate"_s}, {}, &output), 0);
        // Rotation alone keeps the cached token working.
        QVERIFY(publishCached(value, org, HttpClient::Scheme::Bearer));
        QCOMPARE(m_world.server().runCommand({u"keys"_s, u"retire"_s, kid}, {}, &output), 0);
        for (int i = 0; i < 2; ++i) {
            const auto reply =
                m_world.client(value)->post(u"/organizations/%1/metrics"_s.arg(org), onePoint());
            QCOMPARE(reply.status, 401);
            QVERIFY2(reply.detail().contains(u"retired"_s), qPrintable(reply.detail()));
        }
    }
};

QTEST_GUILESS_MAIN(TestTokenCache)
#include "tst_tokencache.moc"
