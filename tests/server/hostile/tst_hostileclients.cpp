// SPDX-License-Identifier: GPL-3.0-or-later
// Hostile HTTP clients against the real keyward-server over loopback sockets:
// what tests/server/guard checks on the guard alone, here end to end through
// the binary's wiring (its options, the guard in front of Qt HttpServer and
// the routes behind), plus what only a real process shows: its memory.
#include "httpclient.h"
#include "serverprocess.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <memory>
#include <vector>

#include <unistd.h>

using namespace Qt::StringLiterals;
using keyward::test::HttpClient;
using keyward::test::ServerProcess;

namespace {
constexpr int kIdleTimeoutMs = 1500;
constexpr int kWait = 20 * kIdleTimeoutMs;

/// Collects whatever the server sends as it arrives, so an answer followed by
/// a close is still seen.
struct RawClient
{
    explicit RawClient(quint16 port)
    {
        QObject::connect(&socket, &QIODevice::readyRead, &socket,
                         [this] { received += socket.readAll(); });
        socket.connectToHost(QHostAddress::LocalHost, port);
    }
    bool connected() { return socket.waitForConnected(kWait); }
    bool closed() const { return socket.state() == QAbstractSocket::UnconnectedState; }
    void send(const QByteArray &bytes) { socket.write(bytes); }
    QJsonObject problem() const
    {
        const qsizetype end = received.indexOf("\r\n\r\n");
        return QJsonDocument::fromJson(end < 0 ? QByteArray() : received.mid(end + 4)).object();
    }

    QTcpSocket socket;
    QByteArray received;
};

/// The keyward-server started by this process (the only child of ours
/// running that binary), found through /proc because ServerProcess keeps its
/// QProcess to itself.
qint64 serverPid()
{
    const QString binary = QFileInfo(ServerProcess::binary()).canonicalFilePath();
    const QStringList entries = QDir(u"/proc"_s).entryList(QDir::Dirs);
    for (const QString &entry : entries) {
        bool ok = false;
        const qint64 pid = entry.toLongLong(&ok);
        if (!ok)
            continue;
        QFile stat(u"/proc/%1/stat"_s.arg(pid));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        // "pid (comm) state ppid …": comm may hold spaces, so split after ')'.
        const QByteArray line = stat.readAll();
        const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
        if (fields.size() < 2 || fields.at(1).toLongLong() != getpid())
            continue;
        if (QFileInfo(u"/proc/%1/exe"_s.arg(pid)).canonicalFilePath() == binary)
            return pid;
    }
    return -1;
}

/// VmRSS of \p pid in KiB, or -1.
qint64 residentKiB(qint64 pid)
{
    QFile status(u"/proc/%1/status"_s.arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

QByteArray headerBlock(const QByteArray &requestLine, int extraHeaders, const QByteArray &more = {})
{
    QByteArray r = requestLine + "\r\nHost: localhost\r\n"_ba;
    for (int i = 0; i < extraHeaders; ++i)
        r += "X-Filler-" + QByteArray::number(i) + ": v\r\n";
    return r + more + "\r\n";
}
} // namespace

class TestHostileClients final : public QObject
{
    Q_OBJECT

    ServerProcess m_server;
    qint64 m_pid = -1;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.start({u"--idle-timeout"_s, QString::number(kIdleTimeoutMs)}),
                 qPrintable(m_server.lastError()));
        m_pid = serverPid();
        QVERIFY2(m_pid > 0, "the server's process was not found in /proc");
    }

    void hugeBodyAnsweredBeforeItIsSentAndNeverBuffered()
    {
        // Warm up, so the first request's one-time allocations do not count.
        HttpClient http(m_server.baseUrl());
        QCOMPARE(http.get(u"/health"_s).status, 200);
        const qint64 before = residentKiB(m_pid);
        QVERIFY(before > 0);

        constexpr qint64 kBody = 20 * 1024 * 1024;
        RawClient client(m_server.port());
        QVERIFY(client.connected());
        client.send("POST /users/login HTTP/1.1\r\nHost: localhost\r\nContent-Type: "
                    "application/json\r\nContent-Length: " +
                    QByteArray::number(kBody) + "\r\n\r\n");
        // Stream the body at once, as a client that does not wait for
        // "100 Continue" would; the answer must come before the last byte.
        const QByteArray chunk(256 * 1024, '{');
        qint64 sent = 0;
        while (sent < kBody && !client.closed() && !client.received.contains("\r\n\r\n")) {
            client.send(chunk);
            sent += chunk.size();
            client.socket.waitForBytesWritten(kWait);
            QCoreApplication::processEvents();
        }
        QTRY_VERIFY_WITH_TIMEOUT(client.received.contains("\r\n\r\n"), kWait);
        QVERIFY2(sent < kBody, "the answer came only after the whole body was sent");
        QVERIFY2(client.received.startsWith("HTTP/1.1 413"), client.received.constData());
        QCOMPARE(client.problem().value(u"status"_s).toInt(), 413);
        QVERIFY(!client.problem().value(u"detail"_s).toString().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(client.closed(), kWait);
        QCOMPARE(http.get(u"/health"_s).status, 200);
        const qint64 after = residentKiB(m_pid);
        qInfo("server VmRSS %lld KiB before, %lld KiB after (%lld KiB of body offered)", before,
              after, sent / 1024);
        QVERIFY2(after - before < 4 * 1024,
                 qPrintable(u"the server grew by %1 KiB"_s.arg(after - before)));
    }

    void idleAndSlowDripConnectionsDoNotStarveOthers()
    {
        constexpr int kEach = 100;
        std::vector<std::unique_ptr<RawClient>> idle;
        std::vector<std::unique_ptr<RawClient>> drip;
        for (int i = 0; i < kEach; ++i) {
            idle.push_back(std::make_unique<RawClient>(m_server.port()));
            drip.push_back(std::make_unique<RawClient>(m_server.port()));
        }
        for (auto &client : idle)
            QVERIFY(client->connected());
        for (auto &client : drip)
            QVERIFY(client->connected());
        // One header byte at a time, each well inside the idle timeout: only
        // the header deadline can end these.
        const QByteArray request = headerBlock("GET /health HTTP/1.1", 50);
        qsizetype position = 0;
        QTimer dripper;
        connect(&dripper, &QTimer::timeout, this, [&] {
            for (auto &client : drip) {
                if (!client->closed())
                    client->send(request.mid(position % request.size(), 1));
            }
            ++position;
        });
        dripper.start(kIdleTimeoutMs / 5);

        // With all 200 open, others are served.
        HttpClient http(m_server.baseUrl());
        for (int i = 0; i < 5; ++i)
            QCOMPARE(http.get(u"/health"_s).status, 200);
        QCOMPARE(std::count_if(idle.begin(), idle.end(), [](auto &c) { return c->closed(); }), 0);

        const auto allClosed = [](const std::vector<std::unique_ptr<RawClient>> &clients) {
            return std::all_of(clients.begin(), clients.end(), [](auto &c) { return c->closed(); });
        };
        const auto open = [](const std::vector<std::unique_ptr<RawClient>> &clients) {
            return QByteArray::number(std::count_if(clients.begin(), clients.end(),
                                                    [](auto &c) { return !c->closed(); }));
        };
        QTRY_VERIFY2_WITH_TIMEOUT(allClosed(idle), ("idle still open: " + open(idle)).constData(),
                                  kWait);
        QTRY_VERIFY2_WITH_TIMEOUT(allClosed(drip), ("drip still open: " + open(drip)).constData(),
                                  kWait);
        // A partial request is told why before the close.
        for (auto &client : drip)
            QVERIFY2(client->received.isEmpty() || client->received.startsWith("HTTP/1.1 408"),
                     client->received.left(40).constData());
        QVERIFY2(position < request.size(), "a drip finished its request; the deadline never hit");
        QCOMPARE(http.get(u"/health"_s).status, 200);
    }

    void headerCount_data()
    {
        QTest::addColumn<int>("extraHeaders");
        QTest::addColumn<int>("status");
        QTest::newRow("100 header lines") << 99 << 200;
        QTest::newRow("101 header lines") << 100 << 400;
        QTest::newRow("500 header lines") << 499 << 400;
    }

    void headerCount()
    {
        QFETCH(int, extraHeaders);
        QFETCH(int, status);
        RawClient client(m_server.port());
        QVERIFY(client.connected());
        client.send(headerBlock("GET /health HTTP/1.1", extraHeaders));
        QTRY_VERIFY_WITH_TIMEOUT(client.received.contains("\r\n\r\n"), kWait);
        QVERIFY2(client.received.startsWith("HTTP/1.1 " + QByteArray::number(status)),
                 client.received.left(60).constData());
        if (status != 200) {
            QCOMPARE(client.problem().value(u"status"_s).toInt(), status);
            QTRY_VERIFY_WITH_TIMEOUT(client.closed(), kWait);
        }
    }

    void duplicateAuthorization()
    {
        RawClient client(m_server.port());
        QVERIFY(client.connected());
        client.send(headerBlock("GET /users/info HTTP/1.1", 0,
                                "Authorization: Bearer a\r\nAuthorization: Bearer b\r\n"));
        QTRY_VERIFY_WITH_TIMEOUT(client.received.contains("\r\n\r\n"), kWait);
        QVERIFY2(client.received.startsWith("HTTP/1.1 400"), client.received.left(60).constData());
        QCOMPARE(client.problem().value(u"status"_s).toInt(), 400);
        QVERIFY(client.problem()
                    .value(u"detail"_s)
                    .toString()
                    .contains(u"Authorization"_s, Qt::CaseInsensitive));
        QTRY_VERIFY_WITH_TIMEOUT(client.closed(), kWait);

        // The same name in another case is the same header.
        RawClient mixed(m_server.port());
        QVERIFY(mixed.connected());
        mixed.send(headerBlock("GET /users/info HTTP/1.1", 0,
                               "authorization: Bearer a\r\nAUTHORIZATION: Basic Yjo=\r\n"));
        QTRY_VERIFY_WITH_TIMEOUT(mixed.received.contains("\r\n\r\n"), kWait);
        QVERIFY2(mixed.received.startsWith("HTTP/1.1 400"), mixed.received.left(60).constData());
    }

    void lyingContentLengthClosedAfterTimeout()
    {
        RawClient client(m_server.port());
        QVERIFY(client.connected());
        client.send("POST /users/login HTTP/1.1\r\nHost: localhost\r\nContent-Type: "
                    "application/json\r\nContent-Length: 100\r\n\r\n{\"email\":"_ba);
        // Nothing answers a request that is still arriving…
        HttpClient http(m_server.baseUrl());
        QCOMPARE(http.get(u"/health"_s).status, 200);
        QVERIFY(client.received.isEmpty());
        // …until the deadline ends it.
        QTRY_VERIFY_WITH_TIMEOUT(client.closed(), kWait);
        QVERIFY2(client.received.isEmpty() || client.received.startsWith("HTTP/1.1 408"),
                 client.received.left(60).constData());
    }

    void serverStillHealthy()
    {
        HttpClient http(m_server.baseUrl());
        QCOMPARE(http.get(u"/health"_s).status, 200);
        QVERIFY(m_server.isRunning());
    }

    void cleanupTestCase() { QVERIFY(m_server.stop()); }
};

QTEST_GUILESS_MAIN(TestHostileClients)
#include "tst_hostileclients.moc"
