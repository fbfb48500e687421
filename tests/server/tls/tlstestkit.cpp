// SPDX-License-Identifier: GPL-3.0-or-later
#include "tlstestkit.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace keyward::test::tls {

QString makeSelfSignedCertificate(const QString &directory, const QString &stem)
{
    const QString openssl = QStandardPaths::findExecutable(u"openssl"_s);
    if (openssl.isEmpty())
        return u"the openssl command line tool is not installed"_s;
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(openssl,
                  {u"req"_s, u"-x509"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s,
                   u"ec_paramgen_curve:P-256"_s, u"-nodes"_s, u"-days"_s, u"2"_s, u"-subj"_s,
                   u"/CN=127.0.0.1"_s, u"-addext"_s, u"subjectAltName=IP:127.0.0.1,DNS:localhost"_s,
                   u"-keyout"_s, QDir(directory).filePath(stem + u"-key.pem"_s), u"-out"_s,
                   QDir(directory).filePath(stem + u".pem"_s)});
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        return u"openssl req failed: "_s + QString::fromUtf8(process.readAll());
    return {};
}

ServerRun::ServerRun(QString directory)
    : m_directory(std::move(directory))
{}

ServerRun::~ServerRun()
{
    stop();
}

QStringList ServerRun::standardArguments() const
{
    const QDir dir(m_directory);
    return {u"--database"_s, u"sqlite:"_s + dir.filePath(u"keyward.sqlite"_s),
            u"--key-dir"_s,  dir.filePath(u"keys"_s),
            u"--mail-dir"_s, dir.filePath(u"mail"_s)};
}

bool ServerRun::start(const QStringList &arguments)
{
    const QString portFile = QDir(m_directory).filePath(u"port"_s);
    QFile::remove(portFile);
    m_output.clear();
    m_port = 0;
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->start(QString::fromLocal8Bit(qgetenv("KEYWARD_SERVER_BINARY")),
                     standardArguments() + QStringList{u"--port-file"_s, portFile} + arguments);
    if (!m_process->waitForStarted(10000))
        return false;
    const QDeadlineTimer deadline(30000);
    while (!deadline.hasExpired() && m_process->state() == QProcess::Running) {
        m_process->waitForReadyRead(50);
        m_output += m_process->readAll();
        QFile file(portFile);
        if (file.open(QIODevice::ReadOnly)) {
            m_port = quint16(file.readAll().trimmed().toUInt());
            if (m_port != 0)
                return true;
        }
    }
    m_output += m_process->readAll();
    return false;
}

void ServerRun::stop()
{
    if (!m_process || m_process->state() == QProcess::NotRunning)
        return;
    m_process->terminate();
    if (!m_process->waitForFinished(15000)) {
        m_process->kill();
        m_process->waitForFinished(5000);
    }
    m_output += m_process->readAll();
}

QByteArray ServerRun::output()
{
    if (m_process)
        m_output += m_process->readAll();
    return m_output;
}

int ServerRun::runToExit(const QStringList &arguments, QByteArray *output, const QByteArray &input)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QString::fromLocal8Bit(qgetenv("KEYWARD_SERVER_BINARY")),
                  standardArguments() + arguments);
    if (!process.waitForStarted(10000))
        return -1;
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished(5000);
        return -2;
    }
    if (output)
        *output = process.readAll();
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -3;
}

bool ServerRun::addUser(const QString &email, const QString &password)
{
    return runToExit({u"user"_s, u"add"_s, email}, nullptr, password.toUtf8() + '\n') == 0;
}

QByteArray HttpAnswer::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (QByteArrayView(key).compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

HttpAnswer parseHttpAnswer(const QByteArray &raw)
{
    HttpAnswer answer;
    const qsizetype end = raw.indexOf("\r\n\r\n");
    if (!raw.startsWith("HTTP/1.") || end < 0) {
        answer.error = u"no HTTP answer (%1 bytes)"_s.arg(raw.size());
        return answer;
    }
    const QList<QByteArray> lines = raw.left(end).split('\n');
    answer.status = lines.constFirst().split(' ').value(1).toInt();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon > 0)
            answer.headers.append(
                {lines[i].left(colon).trimmed(), lines[i].mid(colon + 1).trimmed()});
    }
    answer.body = raw.mid(end + 4);
    return answer;
}

HttpAnswer httpsRequest(quint16 port, const QSslCertificate &ca, const QByteArray &method,
                        const QByteArray &path, const QByteArray &body,
                        const QList<std::pair<QByteArray, QByteArray>> &headers)
{
    QSslSocket socket;
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setCaCertificates({ca});
    socket.setSslConfiguration(configuration);
    socket.connectToHostEncrypted(u"127.0.0.1"_s, port);
    HttpAnswer failed;
    if (!socket.waitForEncrypted(10000)) {
        failed.error = u"TLS handshake failed: "_s + socket.errorString();
        return failed;
    }
    QByteArray request = method + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1:"_ba +
                         QByteArray::number(port) + "\r\nConnection: close\r\n"_ba;
    for (const auto &[name, value] : headers)
        request += name + ": "_ba + value + "\r\n"_ba;
    if (!body.isEmpty() || method == "POST")
        request += "Content-Type: application/json\r\nContent-Length: "_ba +
                   QByteArray::number(body.size()) + "\r\n"_ba;
    request += "\r\n"_ba + body;
    socket.write(request);
    QByteArray raw;
    const QDeadlineTimer deadline(30000);
    // Qt HttpServer may keep the connection open despite "Connection: close": the
    // answer is complete when Content-Length bytes followed the header block.
    while (!deadline.hasExpired() && socket.state() == QAbstractSocket::ConnectedState) {
        socket.waitForReadyRead(100);
        raw += socket.readAll();
        const HttpAnswer partial = parseHttpAnswer(raw);
        const QByteArray length = partial.header("Content-Length");
        if (partial.status != 0 && !length.isEmpty() && partial.body.size() >= length.toLongLong())
            return partial;
    }
    raw += socket.readAll();
    return parseHttpAnswer(raw);
}

} // namespace keyward::test::tls
