// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A loopback HTTP endpoint for tests: answers every request with the next
// canned raw response (or never answers), and records what it received, so
// tests can produce failures a real server will not produce on demand.

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

#include <utility>

class FakeHttpServer final : public QObject
{
    Q_OBJECT

public:
    explicit FakeHttpServer(QObject *parent = nullptr)
        : QObject(parent)
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onData(socket); });
            }
        });
    }

    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    QUrl url() const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()));
    }

    /// Answers the next request with \p raw (status line, headers and body).
    void enqueue(QByteArray raw) { m_responses.append(std::move(raw)); }
    /// Answers the next request with a well-formed response.
    void enqueue(int status, const QByteArray &contentType, const QByteArray &body,
                 const QByteArray &extraHeaders = {})
    {
        QByteArray raw = "HTTP/1.1 " + QByteArray::number(status) + " Status\r\n";
        if (!contentType.isEmpty()) {
            raw += "Content-Type: " + contentType + "\r\n";
        }
        raw += "Content-Length: " + QByteArray::number(body.size()) + "\r\n" + extraHeaders +
               "Connection: close\r\n\r\n" + body;
        enqueue(raw);
    }
    /// An empty entry: the request is read but never answered.
    void enqueueSilence() { m_responses.append(QByteArray()); }

    /// Complete requests received so far (request line, headers, body).
    const QList<QByteArray> &requests() const { return m_requests; }

    /// The value of \p name in request \p index, empty when absent.
    QByteArray header(qsizetype index, const QByteArray &name) const
    {
        const QList<QByteArray> lines = m_requests.at(index).split('\n');
        for (const QByteArray &line : lines) {
            const qsizetype colon = line.indexOf(':');
            if (colon > 0 && line.left(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0) {
                return line.mid(colon + 1).trimmed();
            }
        }
        return {};
    }
    bool hasHeader(qsizetype index, const QByteArray &name) const
    {
        const QList<QByteArray> lines = m_requests.at(index).split('\n');
        for (const QByteArray &line : lines) {
            const qsizetype colon = line.indexOf(':');
            if (colon > 0 && line.left(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0) {
                return true;
            }
            if (line.trimmed().isEmpty()) {
                break;
            }
        }
        return false;
    }

private:
    void onData(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0) {
            return;
        }
        qsizetype length = 0;
        for (const QByteArray &line : buffer.left(end).split('\n')) {
            if (line.toLower().startsWith("content-length:")) {
                length = line.mid(15).trimmed().toLongLong();
            }
        }
        if (buffer.size() < end + 4 + length) {
            return;
        }
        m_requests.append(buffer.left(end + 4 + length));
        buffer.remove(0, end + 4 + length);
        const QByteArray response = m_responses.isEmpty() ? QByteArray() : m_responses.takeFirst();
        if (response.isEmpty()) {
            return;
        }
        socket->write(response);
        socket->disconnectFromHost();
    }

    QTcpServer m_server;
    QList<QByteArray> m_responses;
    QList<QByteArray> m_requests;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};
