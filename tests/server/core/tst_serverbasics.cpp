// SPDX-License-Identifier: GPL-3.0-or-later
// keyward-server's behaviour that no single resource owns: start-up, command
// line, health, routing errors, problem+json, signing keys and their CLI.
#include "httpclient.h"
#include "serverprocess.h"

#include "jwt/jwks.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;
using keyward::test::HttpClient;
using keyward::test::ServerProcess;

class TestServerBasics final : public QObject
{
    Q_OBJECT

private:
    ServerProcess m_server;

    static QByteArray runBinary(const QStringList &arguments, int *exitCode)
    {
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(ServerProcess::binary(), arguments);
        process.waitForFinished(30000);
        *exitCode = process.exitCode();
        return process.readAll();
    }

    static void verifyProblem(const HttpClient::Reply &reply, int status)
    {
        QCOMPARE(reply.status, status);
        QCOMPARE(reply.header("Content-Type"), "application/problem+json"_ba);
        const QJsonObject problem = reply.object();
        QCOMPARE(problem.value(u"status"_s).toInt(), status);
        QVERIFY(problem.value(u"type"_s).toString().startsWith(u"urn:keyward:problem:"_s));
        QVERIFY(!problem.value(u"title"_s).toString().isEmpty());
        QVERIFY(!problem.value(u"detail"_s).toString().isEmpty());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!ServerProcess::binary().isEmpty(), "KEYWARD_SERVER_BINARY not set");
        QVERIFY2(m_server.start(), qPrintable(m_server.lastError()));
    }

    void versionAndHelp()
    {
        int code = -1;
        QVERIFY(runBinary({u"--version"_s}, &code).startsWith("keyward-server "));
        QCOMPARE(code, 0);
        const QByteArray help = runBinary({u"--help"_s}, &code);
        QCOMPARE(code, 0);
        for (const char *option : {"--listen", "--database", "--mail-dir", "--mail-command",
                                   "--demo", "--issuer", "--key-dir", "--show-tokens-once",
                                   "--workers", "user add", "keys rotate", "keys retire"})
            QVERIFY2(help.contains(option), option);
    }

    void badCommandLinesSayWhy()
    {
        int code = 0;
        QByteArray output = runBinary({u"--listen"_s, u"nonsense"_s}, &code);
        QCOMPARE(code, 1);
        QVERIFY2(output.contains("HOST:PORT"), output);
        output = runBinary({u"--database"_s, u"mysql://x/y"_s}, &code);
        QCOMPARE(code, 1);
        QVERIFY2(output.contains("sqlite:PATH"), output);
        for (const QString &workers : {u"0"_s, u"257"_s, u"many"_s}) {
            output = runBinary({u"--workers"_s, workers}, &code);
            QCOMPARE(code, 1);
            QVERIFY2(output.contains("--workers must be a number from 1 to 256"), output);
        }
        output = runBinary({u"frobnicate"_s}, &code);
        QCOMPARE(code, 1);
        QVERIFY2(output.contains("Unknown command"), output);
    }

    void oneWorkerServes()
    {
        // The smallest pool still answers reads, sessions and publishes'
        // neighbours: nothing may wait for a second worker.
        ServerProcess single;
        QVERIFY2(m_server.startSibling(single, {u"--workers"_s, u"1"_s}),
                 qPrintable(single.lastError()));
        HttpClient client(single.baseUrl());
        QCOMPARE(client.get(u"/health"_s).status, 200);
        QCOMPARE(client.get(u"/users/info"_s).status, 401);
        QCOMPARE(client.get(u"/.well-known/jwks.json"_s).status, 200);
    }

    void health()
    {
        HttpClient client(m_server.baseUrl());
        const auto reply = client.get(u"/health"_s);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.object().value(u"status"_s).toString(), u"ok"_s);
        const auto cave = client.get(u"/_internal_/healthcheck"_s);
        QCOMPARE(cave.status, 200);
        QCOMPARE(cave.body, "healthy"_ba);
        QVERIFY(cave.header("Content-Type").startsWith("text/plain"));
    }

    void responsesAreNeverCached()
    {
        HttpClient client(m_server.baseUrl());
        QCOMPARE(client.get(u"/health"_s).header("Cache-Control"), "no-store"_ba);
    }

    void unknownPathIsProblem404()
    {
        HttpClient client(m_server.baseUrl());
        verifyProblem(client.get(u"/no/such/thing"_s), 404);
    }

    void wrongMethodIs405WithAllow()
    {
        HttpClient client(m_server.baseUrl());
        const auto reply = client.request("PUT", u"/health"_s);
        verifyProblem(reply, 405);
        QCOMPARE(reply.header("Allow"), "GET"_ba);
    }

    void credentialsRequiredIs401WithChallenge()
    {
        HttpClient client(m_server.baseUrl());
        const auto reply = client.get(u"/revocations"_s);
        verifyProblem(reply, 401);
        QVERIFY(reply.header("WWW-Authenticate").contains("Bearer"));
        QVERIFY(reply.header("WWW-Authenticate").contains("Basic"));
        client.setCredential(u"not-a-session"_s);
        verifyProblem(client.get(u"/revocations"_s), 401);
        const auto unsupported = client.request("GET", u"/revocations"_s, std::nullopt,
                                                {{"Authorization"_ba, "Digest username=x"_ba}});
        verifyProblem(unsupported, 401);
        QVERIFY(unsupported.detail().contains(u"Bearer and Basic"_s));
    }

    void oversizedBodyIs413WithoutSendingIt()
    {
        // The default cap is 1 MiB: announce 2 MiB, send a few bytes, and the
        // answer must come without the rest of the body.
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_server.port());
        QVERIFY(socket.waitForConnected(5000));
        socket.write(
            "POST /users/login HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
            "Content-Length: 2097152\r\n\r\n{\"email\":");
        QByteArray answer;
        QTRY_VERIFY_WITH_TIMEOUT((answer += socket.readAll()).contains("\r\n\r\n"), 10000);
        QVERIFY2(answer.startsWith("HTTP/1.1 413"), answer.constData());
        QVERIFY(answer.contains("application/problem+json"));
    }

    void clientsHangingUpMidRequestDoNotHurtTheServer()
    {
        // A login takes a while (Argon2id on a worker thread); closing the
        // connection meanwhile destroys the socket before the answer exists.
        // Seen from the app: a window closed while its requests were in flight.
        for (int attempt = 0; attempt < 5; ++attempt) {
            QTcpSocket socket;
            socket.connectToHost(QHostAddress::LocalHost, m_server.port());
            QVERIFY(socket.waitForConnected(5000));
            const QByteArray body = R"({"email":"nobody@example.com","password":"whatever it is"})";
            socket.write("POST /users/login HTTP/1.1\r\nHost: localhost\r\n"
                         "Content-Type: application/json\r\nContent-Length: " +
                         QByteArray::number(body.size()) + "\r\n\r\n" + body);
            QVERIFY(socket.waitForBytesWritten(5000));
            socket.abort();
        }
        QTest::qWait(1500); // let the logins finish with nobody to answer
        QVERIFY2(m_server.isRunning(), m_server.output().constData());
        HttpClient client(m_server.baseUrl());
        QCOMPARE(client.get(u"/health"_s).status, 200);
    }

    void jwksPublishesPublicKeysOnly()
    {
        HttpClient client(m_server.baseUrl());
        const auto reply = client.get(u"/.well-known/jwks.json"_s);
        QCOMPARE(reply.status, 200);
        const QJsonArray keys = reply.object().value(u"keys"_s).toArray();
        QCOMPARE(keys.size(), 1);
        const QJsonObject key = keys.first().toObject();
        QCOMPARE(key.value(u"alg"_s).toString(), u"EdDSA"_s);
        QVERIFY(!key.value(u"kid"_s).toString().isEmpty());
        QVERIFY(!key.contains(u"d"_s));
        QVERIFY(keyward::jwt::Jwks::fromJson(reply.object()).hasValue());
    }

    void keyFilesArePrivate()
    {
        const QDir keys(m_server.keyDirectory());
        const QFileInfoList files = keys.entryInfoList(QDir::Files);
        QVERIFY(files.size() >= 2); // a signing key and the token key
        for (const QFileInfo &file : files) {
            const auto others = QFileDevice::ReadGroup | QFileDevice::ReadOther |
                                QFileDevice::WriteGroup | QFileDevice::WriteOther;
            QVERIFY2(!(file.permissions() & others), qPrintable(file.fileName()));
        }
    }

    void keysRotateAndRetire()
    {
        HttpClient client(m_server.baseUrl());
        const QString firstKid = client.get(u"/.well-known/jwks.json"_s)
                                     .object()
                                     .value(u"keys"_s)
                                     .toArray()
                                     .first()
                                     .toObject()
                                     .value(u"kid"_s)
                                     .toString();
        QByteArray output;
        QCOMPARE(m_server.runCommand({u"keys"_s, u"rotate"_s}, {}, &output), 0);
        QVERIFY2(output.contains("new current signing key"), output);
        // The running server sees the new key at once: keys live in the database.
        QJsonArray keys =
            client.get(u"/.well-known/jwks.json"_s).object().value(u"keys"_s).toArray();
        QCOMPARE(keys.size(), 2);

        QCOMPARE(m_server.runCommand({u"keys"_s, u"list"_s}, {}, &output), 0);
        QVERIFY2(output.contains("current"), output);

        // The current key cannot be retired; the old one can.
        const QString newKid = keys.at(1).toObject().value(u"kid"_s).toString();
        QCOMPARE(m_server.runCommand({u"keys"_s, u"retire"_s, newKid}, {}, &output), 1);
        QVERIFY2(output.contains("rotate"), output);
        QCOMPARE(m_server.runCommand({u"keys"_s, u"retire"_s, firstKid}, {}, &output), 0);
        keys = client.get(u"/.well-known/jwks.json"_s).object().value(u"keys"_s).toArray();
        QCOMPARE(keys.size(), 1);
        QCOMPARE(keys.first().toObject().value(u"kid"_s).toString(), newKid);
        QCOMPARE(m_server.runCommand({u"keys"_s, u"retire"_s, u"nosuchkey"_s}, {}, &output), 1);
    }

    void stopsCleanlyOnSigterm()
    {
        QVERIFY(m_server.stop());
        QVERIFY2(m_server.start(), qPrintable(m_server.lastError()));
    }
};

QTEST_GUILESS_MAIN(TestServerBasics)
#include "tst_serverbasics.moc"
