// SPDX-License-Identifier: GPL-3.0-or-later
// keyward-server over HTTPS (--tls-cert/--tls-key): a client trusting the
// throwaway certificate is served, plain HTTP and TLS 1.1 are refused, the
// connection guard still applies to decrypted traffic, and the secure
// defaults at startup (no plain HTTP on a public address, clear errors for
// unusable certificate files).
#include "tlstestkit.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace keyward::test::tls;

namespace {
constexpr int kIdleTimeoutMs = 1000;
constexpr int kMaxRequestBytes = 4096;
constexpr int kWait = 20000; // generous: the box is shared
} // namespace

class TestTlsServer final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ServerRun> m_server;
    QSslCertificate m_ca;
    QString m_cert;
    QString m_key;

    QSslConfiguration trusting() const
    {
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setCaCertificates({m_ca});
        return configuration;
    }

    bool encryptedSocket(QSslSocket &socket, const QSslConfiguration &configuration)
    {
        socket.setSslConfiguration(configuration);
        socket.connectToHostEncrypted(u"127.0.0.1"_s, m_server->port());
        return socket.waitForEncrypted(kWait);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        if (!QSslSocket::supportsSsl())
            QSKIP("Qt has no TLS backend here");
        const QString error = makeSelfSignedCertificate(m_dir.path(), u"server"_s);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_cert = m_dir.filePath(u"server.pem"_s);
        m_key = m_dir.filePath(u"server-key.pem"_s);
        const auto certificates = QSslCertificate::fromPath(m_cert);
        QCOMPARE(certificates.size(), 1);
        m_ca = certificates.constFirst();
        m_server = std::make_unique<ServerRun>(m_dir.path());
        QVERIFY2(m_server->start({u"--listen"_s, u"127.0.0.1:0"_s, u"--tls-cert"_s, m_cert,
                                  u"--tls-key"_s, m_key, u"--idle-timeout"_s,
                                  QString::number(kIdleTimeoutMs), u"--max-request-bytes"_s,
                                  QString::number(kMaxRequestBytes)}),
                 m_server->output().constData());
        // The banner follows the port file; it names the scheme the server derived.
        QTRY_VERIFY2_WITH_TIMEOUT(m_server->output().contains("serving https://127.0.0.1:"),
                                  m_server->output().constData(), kWait);
    }

    void cleanupTestCase()
    {
        if (m_server)
            m_server->stop();
    }

    void httpsRequestSucceeds()
    {
        const HttpAnswer answer = httpsRequest(m_server->port(), m_ca, "GET", "/health");
        QVERIFY2(answer.status == 200, qPrintable(answer.error));
        QVERIFY2(answer.body.contains("\"ok\""), answer.body.constData());
    }

    void untrustedClientRefusesTheCertificate()
    {
        // The default trust store does not know the throwaway CA: proves the
        // success above depends on trusting exactly that certificate.
        QSslSocket socket;
        QVERIFY(!encryptedSocket(socket, QSslConfiguration::defaultConfiguration()));
    }

    void plainHttpToTlsPortFails()
    {
        QTcpSocket socket;
        socket.connectToHost(u"127.0.0.1"_s, m_server->port());
        QVERIFY(socket.waitForConnected(kWait));
        socket.write("GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        QByteArray received;
        QTRY_VERIFY_WITH_TIMEOUT(
            (received += socket.readAll(), socket.state() == QAbstractSocket::UnconnectedState),
            kWait);
        received += socket.readAll();
        QVERIFY2(!received.startsWith("HTTP/"), received.constData());
    }

    void tls12Accepted()
    {
        QSslConfiguration configuration = trusting();
        configuration.setProtocol(QSsl::TlsV1_2);
        QSslSocket socket;
        QVERIFY2(encryptedSocket(socket, configuration), qPrintable(socket.errorString()));
        QCOMPARE(socket.sessionProtocol(), QSsl::TlsV1_2);
    }

    void tls11Refused()
    {
        QT_WARNING_PUSH
        QT_WARNING_DISABLE_DEPRECATED
        QSslConfiguration configuration = trusting();
        configuration.setProtocol(QSsl::TlsV1_1);
        QT_WARNING_POP
        // Lift the client's own floor (Debian's OpenSSL defaults to TLS 1.2 at
        // security level 2) so the refusal below is the server's.
        configuration.setBackendConfigurationOption("MinProtocol"_ba, u"TLSv1.1"_s);
        configuration.setBackendConfigurationOption("CipherString"_ba, u"DEFAULT@SECLEVEL=0"_s);
        QSslSocket socket;
        QVERIFY(!encryptedSocket(socket, configuration));
        qInfo("TLS 1.1 client: %s", qPrintable(socket.errorString()));
    }

    void idleTlsConnectionClosed()
    {
        QSslSocket socket;
        QVERIFY2(encryptedSocket(socket, trusting()), qPrintable(socket.errorString()));
        QElapsedTimer timer;
        timer.start();
        QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::UnconnectedState, kWait);
        qInfo("idle TLS connection closed after %lld ms (idle timeout %d ms)", timer.elapsed(),
              kIdleTimeoutMs);
    }

    void stalledHandshakeClosed()
    {
        // Connected, never says hello: the handshake deadline is the idle timeout.
        QTcpSocket socket;
        socket.connectToHost(u"127.0.0.1"_s, m_server->port());
        QVERIFY(socket.waitForConnected(kWait));
        QElapsedTimer timer;
        timer.start();
        QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::UnconnectedState, kWait);
        qInfo("silent TCP connection closed after %lld ms", timer.elapsed());
    }

    void bodyOverCapAnswered413()
    {
        QSslSocket socket;
        QVERIFY2(encryptedSocket(socket, trusting()), qPrintable(socket.errorString()));
        socket.write("POST /users/login HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: "
                     "application/json\r\nContent-Length: " +
                     QByteArray::number(kMaxRequestBytes + 1) + "\r\n\r\n");
        QByteArray received;
        QTRY_VERIFY_WITH_TIMEOUT((received += socket.readAll(), received.contains("\r\n\r\n")),
                                 kWait);
        const HttpAnswer answer = parseHttpAnswer(received);
        QCOMPARE(answer.status, 413);
        QCOMPARE(answer.header("Content-Type"), "application/problem+json"_ba);
    }

    void headerFloodAnswered400()
    {
        QSslSocket socket;
        QVERIFY2(encryptedSocket(socket, trusting()), qPrintable(socket.errorString()));
        QByteArray request = "GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n"_ba;
        request += "Authorization: Bearer a\r\nAuthorization: Bearer b\r\n\r\n"_ba;
        socket.write(request);
        QByteArray received;
        QTRY_VERIFY_WITH_TIMEOUT((received += socket.readAll(), received.contains("\r\n\r\n")),
                                 kWait);
        QCOMPARE(parseHttpAnswer(received).status, 400);
    }

    void startupErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("missing certificate")
            << QStringList{u"--tls-cert"_s, u"/nonexistent/cert.pem"_s, u"--tls-key"_s, u"KEY"_s}
            << u"--tls-cert: /nonexistent/cert.pem does not exist."_s;
        QTest::newRow("not a certificate")
            << QStringList{u"--tls-cert"_s, u"KEY"_s, u"--tls-key"_s, u"KEY"_s}
            << u"holds no PEM certificate"_s;
        QTest::newRow("mismatched key")
            << QStringList{u"--tls-cert"_s, u"CERT"_s, u"--tls-key"_s, u"OTHERKEY"_s}
            << u"does not belong to the certificate"_s;
        QTest::newRow("key without certificate")
            << QStringList{u"--tls-key"_s, u"KEY"_s} << u"go together"_s;
        QTest::newRow("plain HTTP on every address")
            << QStringList{u"--listen"_s, u"0.0.0.0:0"_s}
            << u"Refusing to serve plain HTTP on 0.0.0.0"_s;
    }

    void startupErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        QTemporaryDir other;
        QVERIFY(makeSelfSignedCertificate(other.path(), u"other"_s).isEmpty());
        for (QString &argument : arguments) {
            if (argument == u"KEY"_s)
                argument = m_key;
            else if (argument == u"CERT"_s)
                argument = m_cert;
            else if (argument == u"OTHERKEY"_s)
                argument = QDir(other.path()).filePath(u"other-key.pem"_s);
        }
        if (!arguments.contains(u"--listen"_s))
            arguments << u"--listen"_s << u"127.0.0.1:0"_s;
        QTemporaryDir dir;
        ServerRun run(dir.path());
        QByteArray output;
        QCOMPARE(run.runToExit(arguments, &output), 1);
        QVERIFY2(output.contains(message.toUtf8()), output.constData());
        if (arguments.contains(u"0.0.0.0:0"_s))
            QVERIFY2(output.contains("--allow-plain-http"), output.constData());
    }

    void allowPlainHttpOnEveryAddress()
    {
        QTemporaryDir dir;
        ServerRun run(dir.path());
        QVERIFY2(run.start({u"--listen"_s, u"0.0.0.0:0"_s, u"--allow-plain-http"_s}),
                 run.output().constData());
        QTcpSocket socket;
        socket.connectToHost(u"127.0.0.1"_s, run.port());
        QVERIFY(socket.waitForConnected(kWait));
        socket.write("GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        QByteArray received;
        QTRY_VERIFY_WITH_TIMEOUT((received += socket.readAll(), received.contains("\"ok\"")),
                                 kWait);
        QCOMPARE(parseHttpAnswer(received).status, 200);
        run.stop();
    }
};

QTEST_GUILESS_MAIN(TestTlsServer)
#include "tst_tlsserver.moc"
