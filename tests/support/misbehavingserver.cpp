// SPDX-License-Identifier: GPL-3.0-or-later
#include "misbehavingserver.h"

#include <QHostAddress>
#include <QTcpSocket>
#include <QTimer>

#include <optional>

using namespace Qt::StringLiterals;

namespace keyward::test {

namespace {

// A client that never ends its headers must not make the test eat memory.
constexpr qsizetype MaxHeaderBytes = 64 * 1024;
constexpr qint64 HugeChunk = 64 * 1024;
// Huge bodies are produced as the client reads them, not queued whole.
constexpr qint64 HugeHighWater = 256 * 1024;

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK"_ba;
    case 201:
        return "Created"_ba;
    case 202:
        return "Accepted"_ba;
    case 204:
        return "No Content"_ba;
    case 301:
        return "Moved Permanently"_ba;
    case 302:
        return "Found"_ba;
    case 303:
        return "See Other"_ba;
    case 307:
        return "Temporary Redirect"_ba;
    case 308:
        return "Permanent Redirect"_ba;
    case 400:
        return "Bad Request"_ba;
    case 401:
        return "Unauthorized"_ba;
    case 403:
        return "Forbidden"_ba;
    case 404:
        return "Not Found"_ba;
    case 409:
        return "Conflict"_ba;
    case 500:
        return "Internal Server Error"_ba;
    case 502:
        return "Bad Gateway"_ba;
    case 503:
        return "Service Unavailable"_ba;
    default:
        return "Status"_ba;
    }
}

QByteArray head(int status, const QByteArray &contentType, std::optional<qint64> contentLength,
                const QList<std::pair<QByteArray, QByteArray>> &extraHeaders)
{
    QByteArray raw =
        "HTTP/1.1 "_ba + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n"_ba;
    if (!contentType.isEmpty()) {
        raw += "Content-Type: "_ba + contentType + "\r\n"_ba;
    }
    if (contentLength) {
        raw += "Content-Length: "_ba + QByteArray::number(*contentLength) + "\r\n"_ba;
    }
    for (const auto &[name, value] : extraHeaders) {
        raw += name + ": "_ba + value + "\r\n"_ba;
    }
    // One request per connection keeps the parser simple; Qt opens a new one.
    raw += "Connection: close\r\n\r\n"_ba;
    return raw;
}

QByteArray fullResponse(const Behaviour &behaviour)
{
    return head(behaviour.statusCode, behaviour.contentType, behaviour.body.size(),
                behaviour.extraHeaders) +
           behaviour.body;
}

} // namespace

// --- ReceivedRequest ---------------------------------------------------------

QByteArray ReceivedRequest::path() const
{
    const qsizetype query = target.indexOf('?');
    return query < 0 ? target : target.left(query);
}

bool ReceivedRequest::hasHeader(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0) {
            return true;
        }
    }
    return false;
}

QByteArray ReceivedRequest::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0) {
            return value;
        }
    }
    return {};
}

// --- Behaviour ---------------------------------------------------------------

Behaviour Behaviour::hang()
{
    Behaviour behaviour;
    behaviour.kind = Kind::Hang;
    return behaviour;
}

Behaviour Behaviour::status(int status, const QByteArray &contentType, const QByteArray &body,
                            QList<std::pair<QByteArray, QByteArray>> extraHeaders)
{
    Behaviour behaviour;
    behaviour.statusCode = status;
    behaviour.contentType = contentType;
    behaviour.body = body;
    behaviour.extraHeaders = std::move(extraHeaders);
    return behaviour;
}

Behaviour Behaviour::invalidJson(const QByteArray &body)
{
    return status(200, "application/json"_ba,
                  body.isEmpty() ? R"({"first_name": "Ada", "last_)"_ba : body);
}

Behaviour Behaviour::wrongTypes(const QByteArray &json)
{
    return status(200, "application/json"_ba, json);
}

Behaviour Behaviour::dripFeed(const QByteArray &json, std::chrono::milliseconds interval,
                              DripPart part)
{
    Behaviour behaviour = status(200, "application/json"_ba, json);
    behaviour.kind = Kind::DripFeed;
    behaviour.interval = interval;
    behaviour.dripHead = part == DripPart::Everything;
    return behaviour;
}

Behaviour Behaviour::huge(qint64 megabytes, bool announceLength)
{
    Behaviour behaviour;
    behaviour.kind = Kind::Huge;
    behaviour.contentType = "application/json"_ba;
    behaviour.hugeBytes = megabytes * 1024 * 1024;
    behaviour.announceLength = announceLength;
    return behaviour;
}

Behaviour Behaviour::redirectTo(const QUrl &target, int status)
{
    return Behaviour::status(status, {}, {}, {{"Location"_ba, target.toEncoded()}});
}

Behaviour Behaviour::closeImmediately()
{
    Behaviour behaviour;
    behaviour.kind = Kind::CloseImmediately;
    return behaviour;
}

// --- MisbehavingServer -------------------------------------------------------

struct MisbehavingServer::Connection
{
    QByteArray buffer;
    bool served = false;
    // DripFeed
    QByteArray pending;
    qsizetype dripped = 0;
    QTimer *timer = nullptr;
    // Huge
    qint64 hugeTotal = 0;
    qint64 hugeSent = 0;
};

MisbehavingServer::MisbehavingServer(QObject *parent)
    : QObject(parent)
    , m_default(Behaviour::status(
          404, "application/problem+json"_ba,
          R"({"type":"about:blank","title":"Not Found","status":404,"detail":"No behaviour set for this path."})"_ba))
{
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            accept(socket);
        }
    });
}

MisbehavingServer::~MisbehavingServer()
{
    m_server.close();
    // The sockets are children of m_server, which outlives this body; their
    // signals must not reach a half-destroyed server.
    const auto sockets = m_connections.keys();
    for (QTcpSocket *socket : sockets) {
        disconnect(socket, nullptr, this, nullptr);
        socket->abort();
        delete socket;
    }
    qDeleteAll(m_connections);
    m_connections.clear();
}

bool MisbehavingServer::start()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl MisbehavingServer::baseUrl() const
{
    return QUrl(u"http://127.0.0.1:%1"_s.arg(m_server.serverPort()));
}

void MisbehavingServer::setBehaviour(const QString &path, const Behaviour &behaviour)
{
    m_behaviours.insert(path, behaviour);
}

void MisbehavingServer::setDefaultBehaviour(const Behaviour &behaviour)
{
    m_default = behaviour;
}

const Behaviour &MisbehavingServer::behaviourFor(const QByteArray &path) const
{
    const auto found = m_behaviours.constFind(QString::fromUtf8(path));
    return found != m_behaviours.constEnd() ? *found : m_default;
}

void MisbehavingServer::accept(QTcpSocket *socket)
{
    auto *connection = new Connection;
    m_connections.insert(socket, connection);

    connect(socket, &QTcpSocket::disconnected, this, [socket] { socket->deleteLater(); });
    connect(socket, &QObject::destroyed, this,
            [this, socket] { delete m_connections.take(socket); });
    connect(socket, &QTcpSocket::bytesWritten, this, [this, socket, connection] {
        if (connection->hugeSent < connection->hugeTotal) {
            streamHuge(socket, *connection);
        }
    });
    connect(socket, &QTcpSocket::readyRead, this, [this, socket, connection] {
        connection->buffer += socket->readAll();
        if (connection->served) {
            return; // one request per connection; the rest is ignored
        }
        const qsizetype headerEnd = connection->buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0) {
            if (connection->buffer.size() > MaxHeaderBytes) {
                socket->abort();
            }
            return;
        }
        const QList<QByteArray> lines = connection->buffer.left(headerEnd).split('\n');
        ReceivedRequest request;
        const QList<QByteArray> requestLine = lines.constFirst().trimmed().split(' ');
        if (requestLine.size() != 3) {
            socket->abort();
            return;
        }
        request.method = requestLine.at(0);
        request.target = requestLine.at(1);
        qint64 contentLength = 0;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines.at(i).indexOf(':');
            if (colon <= 0) {
                continue;
            }
            const QByteArray name = lines.at(i).left(colon).trimmed();
            const QByteArray value = lines.at(i).mid(colon + 1).trimmed();
            request.headers.append({name, value});
            if (name.compare("Content-Length"_ba, Qt::CaseInsensitive) == 0) {
                contentLength = value.toLongLong();
            }
        }
        const qsizetype bodyStart = headerEnd + 4;
        if (connection->buffer.size() - bodyStart < contentLength) {
            return; // wait for the rest of the body
        }
        request.body = connection->buffer.mid(bodyStart, contentLength);
        connection->served = true;
        m_requests.append(request);
        serve(socket, *connection, request);
    });
}

void MisbehavingServer::serve(QTcpSocket *socket, Connection &connection,
                              const ReceivedRequest &request)
{
    const Behaviour behaviour = behaviourFor(request.path());
    switch (behaviour.kind) {
    case Behaviour::Kind::Respond:
        socket->write(fullResponse(behaviour));
        socket->disconnectFromHost(); // after the queued bytes are written
        return;
    case Behaviour::Kind::Hang:
        return;
    case Behaviour::Kind::DripFeed:
        if (behaviour.dripHead) {
            connection.pending = fullResponse(behaviour);
        } else {
            socket->write(head(behaviour.statusCode, behaviour.contentType, behaviour.body.size(),
                               behaviour.extraHeaders));
            connection.pending = behaviour.body;
        }
        connection.timer = new QTimer(socket);
        connect(connection.timer, &QTimer::timeout, this,
                [this, socket, &connection] { dripNext(socket, connection); });
        connection.timer->start(behaviour.interval);
        return;
    case Behaviour::Kind::Huge:
        connection.hugeTotal = behaviour.hugeBytes;
        socket->write(head(200, behaviour.contentType,
                           behaviour.announceLength ? std::optional<qint64>(behaviour.hugeBytes)
                                                    : std::nullopt,
                           behaviour.extraHeaders));
        streamHuge(socket, connection);
        return;
    case Behaviour::Kind::CloseImmediately:
        socket->close();
        return;
    }
}

void MisbehavingServer::dripNext(QTcpSocket *socket, Connection &connection)
{
    if (connection.dripped >= connection.pending.size()) {
        connection.timer->stop();
        socket->disconnectFromHost();
        return;
    }
    socket->write(connection.pending.mid(connection.dripped, 1));
    socket->flush();
    ++connection.dripped;
}

void MisbehavingServer::streamHuge(QTcpSocket *socket, Connection &connection)
{
    while (connection.hugeSent < connection.hugeTotal && socket->bytesToWrite() < HugeHighWater) {
        const qint64 size = qMin(HugeChunk, connection.hugeTotal - connection.hugeSent);
        // "[   …   ]": valid JSON, so only its size can be the reason to refuse it.
        QByteArray chunk(size, ' ');
        if (connection.hugeSent == 0) {
            chunk[0] = '[';
        }
        if (connection.hugeSent + size == connection.hugeTotal) {
            chunk[size - 1] = ']';
        }
        if (socket->write(chunk) != size) {
            return;
        }
        connection.hugeSent += size;
        m_hugeBytesSent += size;
    }
    if (connection.hugeSent >= connection.hugeTotal) {
        socket->disconnectFromHost();
    }
}

} // namespace keyward::test
