// SPDX-License-Identifier: GPL-3.0-or-later
#include "http/guardedtcpserver.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;
using keyward::server::GuardedTcpServer;
using keyward::server::GuardLimits;

namespace {

// Waits are upper bounds, far above the 500 ms idle timeout the fixture uses.
constexpr int kWait = 10000;

GuardLimits smallLimits()
{
    GuardLimits limits;
    limits.maxRequestBytes = 64 * 1024;
    limits.maxHeaderBytes = 4 * 1024;
    limits.idleTimeoutMs = 500;
    limits.maxConnections = 20;
    return limits;
}

// A real QHttpServer bound to the guard on a loopback port.
struct Fixture
{
    explicit Fixture(const GuardLimits &limits = smallLimits())
    {
        http.route(u"/"_s, [this] {
            ++handled;
            return u"ok"_s;
        });
        http.route(u"/echo"_s, [this](const QHttpServerRequest &request) {
            ++handled;
            return QString::number(request.body().size());
        });
        // Answers after three idle timeouts, as a slow handler returning a QFuture does
        // (the worker's sleep stands for slow work; the test itself never sleeps).
        http.route(u"/slow"_s, [delay = limits.idleTimeoutMs * 3] {
            return QtConcurrent::run([delay] {
                QThread::msleep(ulong(delay));
                return QHttpServerResponse(u"late"_s);
            });
        });
        guard = new GuardedTcpServer(limits);
        if (guard->listen(QHostAddress::LocalHost, 0))
            http.bind(guard); // takes ownership
        port = guard->serverPort();
    }

    QHttpServer http;
    GuardedTcpServer *guard = nullptr;
    quint16 port = 0;
    int handled = 0;
};

// A raw HTTP client: whatever the server sends is collected as it arrives, so an answer
// followed by a reset is still seen.
struct Client
{
    explicit Client(quint16 port)
    {
        QObject::connect(&socket, &QIODevice::readyRead, &socket,
                         [this] { received += socket.readAll(); });
        socket.connectToHost(QHostAddress::LocalHost, port);
    }

    bool connected() { return socket.waitForConnected(kWait); }
    bool closed() const { return socket.state() == QAbstractSocket::UnconnectedState; }
    int responses() const { return int(received.count("HTTP/1.1 ")); }
    void send(const QByteArray &bytes) { socket.write(bytes); }

    QTcpSocket socket;
    QByteArray received;
};

QByteArray get(const QByteArray &path = "/"_ba)
{
    return "GET " + path + " HTTP/1.1\r\nHost: localhost\r\n\r\n";
}

QByteArray post(const QByteArray &body)
{
    return "POST /echo HTTP/1.1\r\nHost: localhost\r\nContent-Length: " +
           QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

} // namespace

class TestGuardedTcpServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void getAndPost();
    void keepAliveSequential();
    void pipelined();
    void pipelinedRefusalKeepsOrder();
    void contentLengthAboveCapAnsweredWithoutBody();
    void hugeStreamedBody();
    void bodyAtCapAccepted();
    void tooManyHeaders();
    void headerBlockTooLarge();
    void duplicateHeaders_data();
    void duplicateHeaders();
    void chunkedRefused();
    void idleConnectionClosed();
    void idleKeepAliveClosed();
    void slowHandlerIsNotIdle();
    void slowDripClosedByDeadline();
    void lyingContentLengthClosed();
    void slowClientsDoNotBlockOthers();
    void connectionCap();
    void limitsConfigurable();
};

void TestGuardedTcpServer::getAndPost()
{
    Fixture f;
    QVERIFY(f.port != 0);
    Client c(f.port);
    QVERIFY(c.connected());
    c.send(get());
    QTRY_VERIFY_WITH_TIMEOUT(c.received.endsWith("\r\n\r\nok"), kWait);
    QVERIFY(c.received.startsWith("HTTP/1.1 200"));
    c.received.clear();
    c.send(post(QByteArray(1234, 'x')));
    QTRY_VERIFY_WITH_TIMEOUT(c.received.endsWith("\r\n\r\n1234"), kWait);
    QVERIFY(c.received.startsWith("HTTP/1.1 200"));
    QCOMPARE(f.handled, 2);
}

void TestGuardedTcpServer::keepAliveSequential()
{
    Fixture f;
    Client c(f.port);
    QVERIFY(c.connected());
    for (int i = 1; i <= 3; ++i) {
        c.send(i == 2 ? post("abc"_ba) : get());
        QTRY_COMPARE_WITH_TIMEOUT(c.responses(), i, kWait);
    }
    QTRY_VERIFY_WITH_TIMEOUT(c.received.endsWith("\r\n\r\nok"), kWait);
    QVERIFY(c.received.contains("\r\n\r\n3HTTP/1.1 200"));
    QVERIFY(!c.closed());
    QCOMPARE(f.guard->activeConnections(), 1);
}

void TestGuardedTcpServer::pipelined()
{
    Fixture f;
    Client c(f.port);
    QVERIFY(c.connected());
    c.send(post("hello"_ba) + get());
    QTRY_COMPARE_WITH_TIMEOUT(c.responses(), 2, kWait);
    QTRY_VERIFY_WITH_TIMEOUT(c.received.endsWith("\r\n\r\nok"), kWait);
    QVERIFY(c.received.contains("\r\n\r\n5HTTP/1.1 200"));
    QCOMPARE(f.handled, 2);
}

void TestGuardedTcpServer::pipelinedRefusalKeepsOrder()
{
    Fixture f;
    Client c(f.port);
    QVERIFY(c.connected());
    c.send(get() + "POST /echo HTTP/1.1\r\nHost: localhost\r\nContent-Length: 999999\r\n\r\n");
    QTRY_COMPARE_WITH_TIMEOUT(c.responses(), 2, kWait);
    QTRY_VERIFY(c.received.contains("413"));
    QVERIFY(c.received.startsWith("HTTP/1.1 200"));
    QVERIFY(c.received.indexOf("HTTP/1.1 413") > c.received.indexOf("\r\n\r\nok"));
    QTRY_VERIFY_WITH_TIMEOUT(c.closed(), kWait);
    QCOMPARE(f.handled, 1);
}

void TestGuardedTcpServer::contentLengthAboveCapAnsweredWithoutBody()
{
    Fixture f;
    QSignalSpy refused(f.guard, &GuardedTcpServer::requestRefused);
    Client c(f.port);
    QVERIFY(c.connected());
    // Only the headers and a few body bytes: the answer must not wait for the body.
    c.send(
        "POST /echo HTTP/1.1\r\nHost: localhost\r\nContent-Length: 10000000\r\n\r\n0123456789"_ba);
    QTRY_VERIFY_WITH_TIMEOUT(c.received.startsWith("HTTP/1.1 413"), kWait);
    QTRY_VERIFY_WITH_TIMEOUT(c.received.contains("\"status\":413"), kWait);
    QVERIFY(c.received.contains("Content-Type: application/problem+json"));
    QVERIFY(c.received.contains("\"title\":"));
    QVERIFY(c.received.contains("\"detail\":"));
    // The same problem types as every handler's errors.
    QVERIFY(c.received.contains("\"type\":\"urn:keyward:problem:payload-too-large\""));
    QTRY_VERIFY_WITH_TIMEOUT(c.closed(), kWait);
    QCOMPARE(f.handled, 0);
    QCOMPARE(refused.size(), 1);
    QCOMPARE(refused.at(0).at(1).toInt(), 413);
    QCOMPARE(refused.at(0).at(0).value<QHostAddress>(), QHostAddress(QHostAddress::LocalHost));
}

void TestGuardedTcpServer::hugeStreamedBody()
{
    Fixture f;
    Client c(f.port);
    QVERIFY(c.connected());
    const qint64 size = 20 * 1024 * 1024;
    c.send("POST /echo HTTP/1.1\r\nHost: localhost\r\nContent-Length: " + QByteArray::number(size) +
           "\r\n\r\n");
    c.send(QByteArray(size, 'x'));
    QTRY_VERIFY_WITH_TIMEOUT(c.received.startsWith("HTTP/1.1 413"), kWait);
    QTRY_VERIFY_WITH_TIMEOUT(c.closed(), kWait);
    QCOMPARE(f.handled, 0);
}

void TestGuardedTcpServer::bodyAtCapAccepted()
{
    Fixture f;
    Client c(f.port);
    QVERIFY(c.connected());
    const QByteArray body(smallLimits().maxRequestBytes, 'y');
    c.send(post(body));
    QTRY_VERIFY_WITH_TIMEOUT(c.received.endsWith("\r\n\r\n" + QByteArray::number(body.size())),
                             kWait);
    QVERIFY(c.received.startsWith("HTTP/1.1 200"));
}

void TestGuardedTcpServer::tooManyHeaders()
{
    Fixture f;
    const auto request = [](int extra) {
        QByteArray r = "GET / HTTP/1.1\r\nHost: localhost\r\n"_ba;
        for (int i = 0; i < extra; ++i)
            r += "X-H" + QByteArray::number(i) + ": v\r\n";
        return r + "\r\n";
    };
    Client ok(f.port);
    QVERIFY(ok.connected());
    ok.send(request(99)); // 100 header lines: allowed
    QTRY_VERIFY_WITH_TIMEOUT(ok.received.endsWith("\r\n\r\nok"), kWait);

    Client c(f.port);
    QVERIFY(c.connected());
    c.send(request(100)); // 101 header lines
    QTRY_VERIFY_WITH_TIMEOUT(c.received.startsWith("HTTP/1.1 400"), kWait);
    QTRY_VERIFY_WITH_TIMEOUT(c.closed(), kWait);
    QCOMPARE(f.handled, 1);
}

void TestGuardedTcpServer::headerBlockTooLarge()
{
    Fixture f;
    Client c(f.port);
    QVERIFY(c.connected());
    // Never terminated: the answer must come as soon as the budget is exceeded.
    c.send("GET / HTTP/1.1\r\nHost: localhost\r\nX-Big: " + QByteArray(8 * 1024, 'a'));
    QTRY_VERIFY_WITH_TIMEOUT(c.received.startsWith("HTTP/1.1 413"), kWait);
    QTRY_VERIFY_WITH_TIMEOUT(c.closed(), kWait);
    QCOMPARE(f.handled, 0);
}

void TestGuardedTcpServer::duplicateHeaders_data()
{
    QTest::addColumn<QByteArray>("headers");
    QTest::addColumn<int>("status");
    QTest::newRow("authorization")
        << "Authorization: Bearer a\r\nauthorization: Bearer b\r\n"_ba << 400;
    QTest::newRow("content-length") << "Content-Length: 3\r\nContent-Length: 3\r\n"_ba << 400;
    QTest::newRow("bad content-length") << "Content-Length: 3x\r\n"_ba << 400;
    QTest::newRow("negative content-length") << "Content-Length: -1\r\n"_ba << 400;
    QTest::newRow("space before colon") << "Content-Length : 3\r\n"_ba << 400;
    QTest::newRow("folded line") << "X-A: 1\r\n 2\r\n"_ba << 400;
}

void TestGuardedTcpServer::duplicateHeaders()
{
    QFETCH(QByteArray, headers);
    QFETCH(int, status);
    Fixture f;
    Client c(f.port);
    QVERIFY(c.connected());
    c.send("POST /echo HTTP/1.1\r\nHost: localhost\r\n" + headers + "\r\nabc");
    QTRY_VERIFY_WITH_TIMEOUT(c.received.startsWith("HTTP/1.1 " + QByteArray::number(status)),
                             kWait);
    QTRY_VERIFY_WITH_TIMEOUT(c.closed(), kWait);
    QCOMPARE(f.handled, 0);
}

void TestGuardedTcpServer::chunkedRefused()
{
    Fixture f;
    Client c(f.port);
    QVERIFY(c.connected());
    c.send("POST /echo HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: chunked\r\n\r\n"
           "3\r\nabc\r\n0\r\n\r\n"_ba);
    QTRY_VERIFY_WITH_TIMEOUT(c.received.startsWith("HTTP/1.1 411"), kWait);
    QTRY_VERIFY_WITH_TIMEOUT(c.closed(), kWait);
    QCOMPARE(f.handled, 0);
}

void TestGuardedTcpServer::idleConnectionClosed()
{
    Fixture f;
    Client idle(f.port);
    QVERIFY(idle.connected());
    QTRY_VERIFY_WITH_TIMEOUT(idle.closed(), kWait);
    QTRY_COMPARE_WITH_TIMEOUT(f.guard->activeConnections(), 0, kWait);

    // The server is still serving others.
    Client c(f.port);
    QVERIFY(c.connected());
    c.send(get());
    QTRY_VERIFY_WITH_TIMEOUT(c.received.endsWith("\r\n\r\nok"), kWait);
}

void TestGuardedTcpServer::idleKeepAliveClosed()
{
    Fixture f;
    Client c(f.port);
    QVERIFY(c.connected());
    c.send(get());
    QTRY_VERIFY_WITH_TIMEOUT(c.received.endsWith("\r\n\r\nok"), kWait);
    QTRY_VERIFY_WITH_TIMEOUT(c.closed(), kWait);
}

void TestGuardedTcpServer::slowHandlerIsNotIdle()
{
    Fixture f;
    Client c(f.port);
    QVERIFY(c.connected());
    c.send(get("/slow"_ba));
    QTRY_VERIFY_WITH_TIMEOUT(c.received.endsWith("\r\n\r\nlate") || c.closed(), kWait);
    QVERIFY(c.received.startsWith("HTTP/1.1 200"));
}

void TestGuardedTcpServer::slowDripClosedByDeadline()
{
    Fixture f;
    Client c(f.port);
    QVERIFY(c.connected());
    // One byte every 100 ms keeps the idle timer (500 ms) happy forever; only the
    // request deadline can end this. The drip is far longer than the wait below.
    const QByteArray drip = "GET / HTTP/1.1\r\nHost: localhost\r\nX-Slow: " + QByteArray(500, 'a');
    qsizetype next = 0;
    QTimer timer;
    QObject::connect(&timer, &QTimer::timeout, &c.socket, [&] {
        if (next < drip.size() && !c.closed())
            c.socket.write(drip.mid(next++, 1));
    });
    timer.start(100);
    QTRY_VERIFY_WITH_TIMEOUT(c.closed(), kWait);
    QVERIFY(next < drip.size());
    QCOMPARE(f.handled, 0);
}

void TestGuardedTcpServer::lyingContentLengthClosed()
{
    Fixture f;
    Client c(f.port);
    QVERIFY(c.connected());
    c.send("POST /echo HTTP/1.1\r\nHost: localhost\r\nContent-Length: 100\r\n\r\n0123456789"_ba);
    QTRY_VERIFY_WITH_TIMEOUT(c.closed(), kWait);
    QCOMPARE(f.handled, 0);
}

void TestGuardedTcpServer::slowClientsDoNotBlockOthers()
{
    GuardLimits limits = smallLimits();
    limits.maxConnections = 100;
    limits.idleTimeoutMs = 20000; // the slow clients must outlive the check
    Fixture f(limits);
    std::vector<std::unique_ptr<Client>> slow;
    for (int i = 0; i < 50; ++i) {
        slow.push_back(std::make_unique<Client>(f.port));
        QVERIFY(slow.back()->connected());
        if (i % 2 == 0) // half idle, half stuck in the middle of a request
            slow.back()->send("POST /echo HTTP/1.1\r\nHost: localhost\r\nContent-Le"_ba);
    }
    QTRY_COMPARE_WITH_TIMEOUT(f.guard->activeConnections(), 50, kWait);

    Client c(f.port);
    QVERIFY(c.connected());
    c.send(post("12345678"_ba));
    QTRY_VERIFY_WITH_TIMEOUT(c.received.endsWith("\r\n\r\n8"), kWait);
    for (const auto &s : slow)
        QVERIFY(!s->closed());
}

void TestGuardedTcpServer::connectionCap()
{
    Fixture f;
    const int cap = smallLimits().maxConnections;
    std::vector<std::unique_ptr<Client>> held;
    for (int i = 0; i < cap; ++i) {
        held.push_back(std::make_unique<Client>(f.port));
        QVERIFY(held.back()->connected());
    }
    QTRY_COMPARE_WITH_TIMEOUT(f.guard->activeConnections(), cap, kWait);

    Client over(f.port);
    QVERIFY(over.connected());
    QTRY_VERIFY_WITH_TIMEOUT(over.received.startsWith("HTTP/1.1 503"), kWait);
    QVERIFY(over.received.contains("application/problem+json"));
    QTRY_VERIFY_WITH_TIMEOUT(over.closed(), kWait);
    QCOMPARE(f.guard->activeConnections(), cap);

    // The held connections are served normally, and a freed slot is reused.
    held.front()->send(get());
    QTRY_VERIFY_WITH_TIMEOUT(held.front()->received.endsWith("\r\n\r\nok"), kWait);
    held.back()->socket.abort();
    QTRY_COMPARE_WITH_TIMEOUT(f.guard->activeConnections(), cap - 1, kWait);
    Client next(f.port);
    QVERIFY(next.connected());
    next.send(get());
    QTRY_VERIFY_WITH_TIMEOUT(next.received.endsWith("\r\n\r\nok"), kWait);
}

void TestGuardedTcpServer::limitsConfigurable()
{
    GuardedTcpServer server;
    QCOMPARE(server.limits().maxRequestBytes, 1024 * 1024);
    QCOMPARE(server.limits().maxHeaderBytes, 32 * 1024);
    QCOMPARE(server.limits().maxHeaders, 100);
    QCOMPARE(server.limits().idleTimeoutMs, 30000);
    QCOMPARE(server.limits().maxConnections, 1024);
    server.setLimits(smallLimits());
    QCOMPARE(server.limits().maxConnections, 20);
}

QTEST_GUILESS_MAIN(TestGuardedTcpServer)
#include "tst_guardedtcpserver.moc"
