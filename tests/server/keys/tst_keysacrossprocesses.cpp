// SPDX-License-Identifier: GPL-3.0-or-later
// Signing keys with two server processes on one database (the load-balanced
// setup): after `keys rotate` both processes sign with the new key, publish
// both kids and keep verifying tokens of the old one; after `keys retire KID`
// both refuse those tokens at once with a 401 that says so, the key leaves
// both JWKS, and the refusal is counted as "retired_key" in the metrics.
#include "httpclient.h"
#include "serverprocess.h"

#include "jwt/jws.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using keyward::test::HttpClient;
using keyward::test::ServerProcess;

namespace {
constexpr auto kPassword = "rotating keys password";
constexpr auto kMetricsSecret = "keys-metrics-secret-0123456789";

QString kidOf(const QString &token)
{
    const auto jws = keyward::jwt::parseCompact(token.toLatin1());
    return jws ? jws->header.value(u"kid"_s).toString() : QString();
}
} // namespace

class TestKeysAcrossProcesses final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ServerProcess m_first;
    ServerProcess m_second;
    QString m_session;

    static QStringList publishedKids(ServerProcess &server)
    {
        QStringList kids;
        const QJsonArray keys = HttpClient(server.baseUrl())
                                    .get(u"/.well-known/jwks.json"_s)
                                    .object()
                                    .value(u"keys"_s)
                                    .toArray();
        for (const QJsonValue &key : keys)
            kids.append(key.toObject().value(u"kid"_s).toString());
        return kids;
    }

    static int publish(ServerProcess &server, const QString &token, QString *detail = nullptr)
    {
        HttpClient client(server.baseUrl());
        client.setCredential(token);
        const QJsonObject point{{u"metric"_s, u"jobs"_s},
                                {u"value"_s, 1},
                                {u"timestamp"_s, QDateTime::currentSecsSinceEpoch()}};
        const auto reply = client.post(u"/organizations/keysorg/metrics"_s,
                                       QJsonObject{{u"metrics"_s, QJsonArray{point}}});
        if (detail)
            *detail = reply.detail();
        return reply.status;
    }

    QString createToken(ServerProcess &server, const QString &description)
    {
        HttpClient client(server.baseUrl());
        client.setCredential(m_session);
        const auto reply = client.post(u"/organizations/keysorg/tokens"_s,
                                       QJsonObject{{u"description"_s, description}});
        return reply.status == 201 ? reply.object().value(u"value"_s).toString() : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString secretFile = m_dir.filePath(u"metrics-token"_s);
        QFile file(secretFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(kMetricsSecret) + '\n');
        file.close();
        QVERIFY2(m_first.start({u"--metrics-token"_s, secretFile}),
                 qPrintable(m_first.lastError()));
        QVERIFY2(m_first.startSibling(m_second), qPrintable(m_first.lastError()));
        QVERIFY(m_first.addUser(u"keys-admin@example.org"_s, QString::fromLatin1(kPassword)));
        m_session = HttpClient(m_first.baseUrl())
                        .login(u"keys-admin@example.org"_s, QString::fromLatin1(kPassword));
        QVERIFY(!m_session.isEmpty());
        HttpClient admin(m_first.baseUrl());
        admin.setCredential(m_session);
        QCOMPARE(admin
                     .post(u"/organizations"_s,
                           QJsonObject{{u"name"_s, u"keysorg"_s},
                                       {u"email"_s, u"ops@example.org"_s},
                                       {u"notification_url"_s, u"https://example.org/hook"_s}})
                     .status,
                 201);
    }

    void rotateThenRetire()
    {
        const QString old = createToken(m_first, u"signed by the first key"_s);
        QVERIFY(!old.isEmpty());
        const QString oldKid = kidOf(old);
        QVERIFY(!oldKid.isEmpty());
        // Room for two more tokens under the 3-token limit: the organization's
        // default token goes (the last one may not, so only after creating ours).
        HttpClient admin(m_first.baseUrl());
        admin.setCredential(m_session);
        const QJsonArray existing = admin.get(u"/organizations/keysorg/tokens"_s).array();
        for (const QJsonValue &token : existing) {
            if (token.toObject().value(u"value"_s).toString() == old)
                continue;
            QCOMPARE(admin
                         .del(u"/organizations/keysorg/tokens/%1"_s.arg(
                             token.toObject().value(u"id"_s).toVariant().toLongLong()))
                         .status,
                     204);
        }

        QByteArray output;
        QCOMPARE(m_first.runCommand({u"keys"_s, u"rotate"_s}, {}, &output), 0);
        // Both processes sign new tokens with the new current key at once.
        const QString fromFirst = createToken(m_first, u"after rotate, first process"_s);
        const QString fromSecond = createToken(m_second, u"after rotate, second process"_s);
        const QString newKid = kidOf(fromSecond);
        QVERIFY(!newKid.isEmpty());
        QVERIFY(newKid != oldKid);
        QCOMPARE(kidOf(fromFirst), newKid);
        QVERIFY2(output.contains(newKid.toUtf8()), output.constData());

        // Rotation breaks nothing: both kids published and verifying everywhere.
        for (ServerProcess *server : {&m_first, &m_second}) {
            const QStringList kids = publishedKids(*server);
            QVERIFY2(kids.contains(oldKid) && kids.contains(newKid), qPrintable(kids.join(u' ')));
            QCOMPARE(publish(*server, old), 202);
            QCOMPARE(publish(*server, fromSecond), 202);
        }
        QCOMPARE(m_first.runCommand({u"keys"_s, u"list"_s}, {}, &output), 0);
        QVERIFY2(output.contains(oldKid.toUtf8()) && output.contains("current"),
                 output.constData());

        QCOMPARE(m_first.runCommand({u"keys"_s, u"retire"_s, oldKid}, {}, &output), 0);
        // Neither process caches the key's state: the refusal is immediate in both.
        for (ServerProcess *server : {&m_first, &m_second}) {
            QString detail;
            QCOMPARE(publish(*server, old, &detail), 401);
            QVERIFY2(detail.contains(u"retired"_s) && detail.contains(oldKid), qPrintable(detail));
            QCOMPARE(publish(*server, fromFirst), 202);
            const QStringList kids = publishedKids(*server);
            QVERIFY2(!kids.contains(oldKid) && kids.contains(newKid), qPrintable(kids.join(u' ')));
        }
        QCOMPARE(m_first.runCommand({u"keys"_s, u"list"_s}, {}, &output), 0);
        QVERIFY2(output.contains("retired"), output.constData());

        // The first process counted its one refusal as a retired key.
        HttpClient scraper(m_first.baseUrl());
        scraper.setCredential(QString::fromLatin1(kMetricsSecret));
        const auto metrics = scraper.get(u"/internal/metrics"_s);
        QCOMPARE(metrics.status, 200);
        QVERIFY2(metrics.body.contains(
                     "keyward_token_verification_failures_total{reason=\"retired_key\"} 1\n"),
                 metrics.body.constData());
    }
};

QTEST_GUILESS_MAIN(TestKeysAcrossProcesses)
#include "tst_keysacrossprocesses.moc"
