// SPDX-License-Identifier: GPL-3.0-or-later
// keyward-server --cave-compatible: the extension routes a CAVE server lacks
// answer exactly as an unknown route does, and the CAVE routes keep working.
#include "httpclient.h"
#include "serverprocess.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using keyward::test::HttpClient;
using keyward::test::ServerProcess;

namespace {
const QString Password = u"Cave-compat1ble-passw0rd"_s;
const QString Email = u"cave@example.com"_s;
} // namespace

class TestCaveCompatible final : public QObject
{
    Q_OBJECT

private:
    ServerProcess m_server;
    HttpClient::Reply m_unknownRoute;

    std::unique_ptr<HttpClient> m_http;

    /// The same answer an unknown route gets: 404 problem+json, same type and title.
    void verifyLikeUnknownRoute(const QByteArray &method, const QString &path,
                                const std::optional<QJsonValue> &body = std::nullopt)
    {
        const HttpClient::Reply reply = m_http->request(method, path, body);
        QCOMPARE(reply.status, 404);
        QCOMPARE(reply.header("Content-Type"), m_unknownRoute.header("Content-Type"));
        QCOMPARE(reply.object().value(u"type"_s), m_unknownRoute.object().value(u"type"_s));
        QCOMPARE(reply.object().value(u"title"_s), m_unknownRoute.object().value(u"title"_s));
        // The detail names the path asked for; otherwise it is the same sentence.
        QCOMPARE(reply.object().value(u"detail"_s).toString(),
                 m_unknownRoute.object()
                     .value(u"detail"_s)
                     .toString()
                     .replace(u"/no/such/route"_s, path.section(u'?', 0, 0)));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!ServerProcess::binary().isEmpty(), "KEYWARD_SERVER_BINARY not set");
        QVERIFY2(m_server.start({u"--cave-compatible"_s}), qPrintable(m_server.lastError()));
        QVERIFY(m_server.addUser(Email, Password));
        m_http = std::make_unique<HttpClient>(m_server.baseUrl());
        const QString session = m_http->login(Email, Password);
        QVERIFY(!session.isEmpty());
        m_http->setCredential(session);
        HttpClient &http = *m_http;
        m_unknownRoute = http.get(u"/no/such/route"_s);
        QCOMPARE(m_unknownRoute.status, 404);
        QCOMPARE(http.post(u"/organizations"_s,
                           QJsonObject{{u"name"_s, u"cave-org"_s},
                                       {u"email"_s, u"ops@example.com"_s},
                                       {u"notification_url"_s, u"https://example.com/hook"_s}})
                     .status,
                 201);
        QCOMPARE(http.post(u"/organizations/cave-org/teams"_s, QJsonObject{{u"name"_s, u"ops"_s}})
                     .status,
                 201);
    }

    void helpNamesTheFlag()
    {
        QProcess process;
        process.start(ServerProcess::binary(), {u"--help"_s});
        QVERIFY(process.waitForFinished(30000));
        const QByteArray help = process.readAllStandardOutput();
        QVERIFY(help.contains("--cave-compatible"));
        QVERIFY(help.contains("extension fields"));
    }

    void userTokensIsUnknown()
    {
        verifyLikeUnknownRoute("GET", u"/users/tokens"_s);
        verifyLikeUnknownRoute("GET", u"/users/tokens?limit=10"_s);
    }

    void rotateIsUnknown()
    {
        HttpClient &http = *m_http;
        const HttpClient::Reply organizationTokens = http.get(u"/organizations/cave-org/tokens"_s);
        QCOMPARE(organizationTokens.status, 200);
        QCOMPARE(organizationTokens.array().size(), 1);
        const QString organizationTokenId =
            organizationTokens.array().first().toObject().value(u"id"_s).toString();
        verifyLikeUnknownRoute(
            "POST", u"/organizations/cave-org/tokens/%1/rotate"_s.arg(organizationTokenId),
            QJsonObject{});

        const HttpClient::Reply teamTokens =
            http.get(u"/organizations/cave-org/teams/ops/tokens"_s);
        QCOMPARE(teamTokens.status, 200);
        const QString teamTokenId = teamTokens.array().first().toObject().value(u"id"_s).toString();
        verifyLikeUnknownRoute(
            "POST", u"/organizations/cave-org/teams/ops/tokens/%1/rotate"_s.arg(teamTokenId),
            QJsonObject{{u"grace_seconds"_s, 60}});
        // Nothing was rotated: still one token each.
        QCOMPARE(http.get(u"/organizations/cave-org/tokens"_s).array().size(), 1);
        QCOMPARE(http.get(u"/organizations/cave-org/teams/ops/tokens"_s).array().size(), 1);
    }

    void auditIsUnknown()
    {
        verifyLikeUnknownRoute("GET", u"/organizations/cave-org/audit"_s);
        verifyLikeUnknownRoute("GET", u"/organizations/no-such-org/audit?limit=5"_s);
    }

    void caveRoutesStillWork()
    {
        HttpClient &http = *m_http;
        const HttpClient::Reply organizations = http.get(u"/users/organizations"_s);
        QCOMPARE(organizations.status, 200);
        QCOMPARE(organizations.array(),
                 QJsonArray{QJsonObject({{u"name"_s, u"cave-org"_s}, {u"role"_s, u"admin"_s}})});
        QCOMPARE(http.get(u"/users/organizations/cave-org/teams"_s).status, 200);
        QCOMPARE(http.get(u"/organizations/cave-org/teams"_s).status, 200);

        // Token objects keep their extension fields.
        const QJsonObject token =
            http.get(u"/organizations/cave-org/tokens"_s).array().first().toObject();
        QVERIFY(token.contains(u"value"_s));
        QVERIFY(token.contains(u"expires"_s));
        QCOMPARE(token.value(u"format"_s).toString(), u"jwt"_s);

        // Creating and deleting (create-then-delete rotation) still works.
        const HttpClient::Reply created = http.post(u"/organizations/cave-org/tokens"_s,
                                                    QJsonObject{{u"description"_s, u"next"_s}});
        QCOMPARE(created.status, 201);
        const QString id = created.object().value(u"id"_s).toString();
        QCOMPARE(http.del(u"/organizations/cave-org/tokens/"_s + id).status, 204);
    }

    void cleanupTestCase() { m_server.stop(); }
};

QTEST_GUILESS_MAIN(TestCaveCompatible)
#include "tst_cavecompatible.moc"
