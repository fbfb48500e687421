// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectionguard.h"

#include "apierror.h"
#include "response.h"

#include <QBasicTimer>
#include <QLoggingCategory>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTimerEvent>

#include <algorithm>

#if defined(Q_OS_UNIX)
#include <sys/socket.h>
#endif

using namespace Qt::StringLiterals;
using keyward::server::ApiError;
using keyward::server::ErrorKind;
using keyward::server::errorTitle;
using keyward::server::httpStatus;
using keyward::server::Response;

namespace {
Q_LOGGING_CATEGORY(lcGuard, "keyward.server.http")

// Only the first bytes of a header line are kept: enough for the names we look for and
// any sane Content-Length value; longer lines are still counted against the limits.
constexpr int kLineKeep = 128;
constexpr qint64 kReadSlack = 64 * 1024;
constexpr int kMaxLingerMs = 2000;
constexpr int kDiscardChunk = 16 * 1024;

/// Why a connection is refused: the same ErrorKind → status → problem+json
/// mapping as every handler's error (apierror.h), so a client sees one format.
struct Verdict
{
    ErrorKind kind = ErrorKind::BadRequest;
    QString detail;
};

QByteArray problemResponse(const Verdict &v)
{
    const Response problem = Response::problem(ApiError(v.kind, v.detail));
    QByteArray out;
    out.reserve(160 + problem.body.size());
    out += "HTTP/1.1 " + QByteArray::number(problem.status) + ' ' + errorTitle(v.kind).toLatin1() +
           "\r\n";
    out += "Content-Type: " + problem.contentType + "\r\n";
    out += "Content-Length: " + QByteArray::number(problem.body.size()) + "\r\n";
    out += "Connection: close\r\n\r\n";
    out += problem.body;
    return out;
}

bool namedAs(const char *name, qsizetype length, QByteArrayView wanted)
{
    return QByteArrayView(name, length).compare(wanted, Qt::CaseInsensitive) == 0;
}

bool isOws(char c)
{
    return c == ' ' || c == '\t';
}
} // namespace

namespace keyward::server {

// Per-connection guard, a child of its socket so it dies with it. It sees the socket's
// bytes in two slots: one connected before the HTTP server's readyRead slot (new bytes
// are scanned there) and one after it (what the HTTP server left unread is noted there).
// Qt HttpServer 6.4 reads at most one request per readyRead and re-emits readyRead for
// pipelined leftovers, so "bytes available minus bytes already scanned" is exactly the
// fresh input, and "bytes scanned minus bytes available" is the HTTP server's position.
class GuardedConnection final : public QObject
{
    Q_DISABLE_COPY_MOVE(GuardedConnection)

public:
    GuardedConnection(ConnectionGuard *server, QTcpSocket *socket)
        : QObject(socket)
        , m_server(server)
        , m_socket(socket)
        , m_limits(server->m_limits)
        , m_peer(socket->peerAddress())
    {
        m_lastActivityMs = now();
    }

    void watch()
    {
        connect(m_socket, &QIODevice::readyRead, this, &GuardedConnection::beforeHttpServer);
        armTimer(m_limits.idleTimeoutMs);
    }

    void watchAfterHttpServer()
    {
        connect(m_socket, &QIODevice::readyRead, this, &GuardedConnection::afterHttpServer);
        connect(m_socket, &QIODevice::bytesWritten, this, &GuardedConnection::wrote);
    }

    void refuse(const Verdict &verdict)
    {
        if (m_state == State::Refused)
            return;
        m_state = State::Refused;
        qCWarning(lcGuard).nospace().noquote()
            << "refused connection from " << m_peer.toString() << ": " << httpStatus(verdict.kind)
            << ' ' << errorTitle(verdict.kind);
        Q_EMIT m_server->requestRefused(m_peer, httpStatus(verdict.kind));

        // Nothing more of this stream may reach the HTTP server; whatever it had started
        // to read is dropped with the connection.
        disconnect(m_socket, &QIODevice::readyRead, nullptr, nullptr);
        if (m_socket->isTransactionStarted())
            m_socket->commitTransaction();
        discardInput();
        m_socket->write(problemResponse(verdict));

        // Closing with unread input makes the kernel send a reset that can destroy the
        // answer before the client reads it, so linger: send the answer, half-close,
        // swallow what the client still sends, and give up after a short while.
        connect(m_socket, &QIODevice::readyRead, this, &GuardedConnection::discardInput);
        connect(m_socket, &QIODevice::bytesWritten, this, [this] {
            if (m_socket->bytesToWrite() == 0)
                halfClose();
        });
        m_socket->flush();
        if (m_socket->bytesToWrite() == 0)
            halfClose();
        armTimer(std::min(m_limits.idleTimeoutMs, kMaxLingerMs));
    }

protected:
    void timerEvent(QTimerEvent *event) override
    {
        if (event->timerId() != m_timer.timerId())
            return QObject::timerEvent(event);
        m_timer.stop();
        if (m_state == State::Refused) {
            m_socket->abort();
            return;
        }
        const qint64 t = now();
        const bool awaitingServer = m_responsePending || m_socket->bytesToWrite() > 0;
        qint64 deadline =
            awaitingServer ? t + m_limits.idleTimeoutMs : m_lastActivityMs + m_limits.idleTimeoutMs;
        if (m_requestStartMs >= 0) {
            const qint64 since = m_state == State::Body ? m_headersEndMs : m_requestStartMs;
            deadline = std::min(deadline, since + m_limits.idleTimeoutMs);
        }
        if (deadline > t) {
            armTimer(deadline - t);
            return;
        }
        if (m_state == State::Violated) {
            refuse(m_verdict);
            return;
        }
        if (m_requestStartMs >= 0) {
            refuse({ErrorKind::RequestTimeout, u"The request was not received in time."_s});
            return;
        }
        qCDebug(lcGuard).noquote() << "closing idle connection from" << m_peer.toString();
        m_socket->abort();
    }

private:
    enum class State
    {
        RequestLine,
        Headers,
        Body,
        Violated,
        Refused
    };

    [[nodiscard]] qint64 now() const { return m_server->m_clock.elapsed(); }
    [[nodiscard]] qint64 consumedByServer() const { return m_seen - m_socket->bytesAvailable(); }

    void armTimer(qint64 ms) { m_timer.start(int(std::max<qint64>(ms, 1)), Qt::CoarseTimer, this); }

    void beforeHttpServer()
    {
        if (m_state == State::Refused)
            return;
        const qint64 available = m_socket->bytesAvailable();
        const qint64 fresh = available - m_unreadScanned;
        if (fresh > 0) {
            m_lastActivityMs = now();
            if (m_state != State::Violated)
                scan(m_unreadScanned, available);
            m_seen += fresh;
        }
        m_unreadScanned = available;
        refuseIfServerReachedViolation();
    }

    void afterHttpServer()
    {
        if (m_state == State::Refused)
            return;
        m_unreadScanned = m_socket->bytesAvailable();
        // A handler answering later (QFuture) must not be mistaken for an idle client.
        if (m_lastCompleteEnd > m_answeredEnd && consumedByServer() >= m_lastCompleteEnd) {
            if (m_socket->bytesToWrite() > 0)
                m_answeredEnd = m_lastCompleteEnd;
            else
                m_responsePending = true;
        }
        refuseIfServerReachedViolation();
    }

    void wrote()
    {
        m_lastActivityMs = now();
        if (m_responsePending && m_socket->bytesToWrite() == 0) {
            m_responsePending = false;
            m_answeredEnd = m_lastCompleteEnd;
        }
    }

    // A refusal waits until the HTTP server has answered the requests before the
    // offending one, so pipelined answers keep their order.
    void refuseIfServerReachedViolation()
    {
        if (m_state == State::Violated && consumedByServer() >= m_violationAt)
            refuse(m_verdict);
    }

    // Scans unread-buffer offsets [from, to); stream offset of buffer offset p is base + p.
    void scan(qint64 from, qint64 to)
    {
        const qint64 base = m_seen - from;
        qint64 pos = from;
        while (pos < to && m_state != State::Violated) {
            if (m_state == State::Body) {
                const qint64 n = std::min(m_bodyRemaining, to - pos);
                pos += n;
                m_bodyRemaining -= n;
                if (m_bodyRemaining == 0)
                    completeRequest(base + pos);
                continue;
            }
            // Never look at more than the header budget allows (+1 to detect overflow).
            const qint64 budget = qint64(m_limits.maxHeaderBytes) - m_headerBytes + 1;
            const qint64 n = std::min(to - pos, budget);
            QByteArray &scratch = m_server->m_scratch;
            if (scratch.size() < pos + n)
                scratch.resize(pos + n);
            const qint64 peeked = m_socket->peek(scratch.data(), pos + n);
            if (peeked < pos + n)
                return; // cannot happen for a buffered socket; never guess
            const char *data = scratch.constData() + pos;
            qint64 i = 0;
            while (i < n && (m_state == State::RequestLine || m_state == State::Headers)) {
                const char c = data[i];
                ++i;
                scanHeaderByte(c, base + pos + i);
            }
            pos += i;
        }
    }

    // end: stream offset just past c.
    void scanHeaderByte(char c, qint64 end)
    {
        if (m_requestStartMs < 0) {
            m_requestStartMs = now();
            m_requestStart = end - 1;
        }
        if (++m_headerBytes > m_limits.maxHeaderBytes) {
            violate(
                {ErrorKind::PayloadTooLarge,
                 u"The request line and headers exceed %1 bytes."_s.arg(m_limits.maxHeaderBytes)});
            return;
        }
        if (c != '\n') {
            if (m_lineLength < kLineKeep)
                m_line[m_lineLength] = c;
            ++m_lineLength;
            return;
        }
        qsizetype length = m_lineLength;
        if (length > 0 && length <= kLineKeep && m_line[length - 1] == '\r')
            --length;
        m_lineLength = 0;
        if (m_state == State::RequestLine) {
            if (length > 0)
                m_state = State::Headers; // blank lines before a request line are allowed
            return;
        }
        if (length == 0) {
            headersComplete(end);
            return;
        }
        headerLine(length);
    }

    void headerLine(qsizetype length)
    {
        const auto bad = [this](const QString &detail) {
            violate({ErrorKind::BadRequest, detail});
        };
        if (++m_headerCount > m_limits.maxHeaders) {
            bad(u"More than %1 header fields."_s.arg(m_limits.maxHeaders));
            return;
        }
        if (isOws(m_line[0])) {
            bad(u"Folded header lines are not accepted."_s);
            return;
        }
        const qsizetype kept = std::min<qsizetype>(length, kLineKeep);
        const char *colon = std::find(m_line, m_line + kept, ':');
        if (colon == m_line + kept)
            return; // name longer than we keep: not one we check; the HTTP server judges it
        const qsizetype nameLength = colon - m_line;
        if (nameLength == 0 || isOws(m_line[nameLength - 1])) {
            bad(u"Invalid header field name."_s);
            return;
        }
        if (namedAs(m_line, nameLength, "transfer-encoding")) {
            violate(
                {ErrorKind::LengthRequired, u"Request bodies must be sent with Content-Length."_s});
        } else if (namedAs(m_line, nameLength, "authorization")) {
            if (m_sawAuthorization)
                bad(u"Duplicate Authorization header."_s);
            m_sawAuthorization = true;
        } else if (namedAs(m_line, nameLength, "content-length")) {
            if (m_contentLength >= 0) {
                bad(u"Duplicate Content-Length header."_s);
                return;
            }
            if (length > kLineKeep) {
                bad(u"Invalid Content-Length."_s);
                return;
            }
            contentLength(colon + 1, m_line + length);
        }
    }

    void contentLength(const char *begin, const char *end)
    {
        while (begin < end && isOws(*begin))
            ++begin;
        while (end > begin && isOws(end[-1]))
            --end;
        qint64 value = 0;
        const bool valid =
            begin < end && end - begin <= 18 && std::all_of(begin, end, [&value](char c) {
                value = value * 10 + (c - '0');
                return c >= '0' && c <= '9';
            });
        if (!valid) {
            violate({ErrorKind::BadRequest, u"Invalid Content-Length."_s});
            return;
        }
        m_contentLength = value;
        if (value > m_limits.maxRequestBytes) {
            violate({ErrorKind::PayloadTooLarge,
                     u"The request body exceeds %1 bytes."_s.arg(m_limits.maxRequestBytes)});
        }
    }

    void headersComplete(qint64 end)
    {
        if (m_contentLength > 0) {
            m_state = State::Body;
            m_bodyRemaining = m_contentLength;
            m_headersEndMs = now();
        } else {
            completeRequest(end);
        }
    }

    void completeRequest(qint64 end)
    {
        m_lastCompleteEnd = end;
        m_state = State::RequestLine;
        m_requestStart = -1;
        m_requestStartMs = -1;
        m_headersEndMs = -1;
        m_headerBytes = 0;
        m_headerCount = 0;
        m_lineLength = 0;
        m_contentLength = -1;
        m_sawAuthorization = false;
    }

    void violate(const Verdict &verdict)
    {
        m_verdict = verdict;
        m_violationAt = m_requestStart;
        m_state = State::Violated;
    }

    void discardInput()
    {
        QByteArray &scratch = m_server->m_scratch;
        if (scratch.size() < kDiscardChunk)
            scratch.resize(kDiscardChunk);
        qint64 n = 0;
        while ((n = m_socket->read(scratch.data(), kDiscardChunk)) > 0)
            m_discarded += n;
        // A client that keeps pushing after the answer is not worth waiting for.
        if (m_discarded > m_limits.maxRequestBytes + m_limits.maxHeaderBytes + kReadSlack &&
            m_socket->bytesToWrite() == 0 && m_halfClosed)
            m_socket->abort();
    }

    void halfClose()
    {
        if (m_halfClosed)
            return;
        m_halfClosed = true;
        // A raw shutdown would cut the TLS stream without close_notify; an encrypted
        // socket closes through its TLS layer once the answer is out.
        if (auto *tls = qobject_cast<QSslSocket *>(m_socket); tls && tls->isEncrypted()) {
            tls->disconnectFromHost();
            return;
        }
#if defined(Q_OS_UNIX)
        ::shutdown(int(m_socket->socketDescriptor()), SHUT_WR);
#else
        m_socket->disconnectFromHost();
#endif
    }

    ConnectionGuard *m_server;
    QTcpSocket *m_socket;
    const GuardLimits m_limits;
    const QHostAddress m_peer;
    QBasicTimer m_timer;
    State m_state = State::RequestLine;
    Verdict m_verdict;

    qint64 m_seen = 0;           // stream bytes that reached the socket buffer so far
    qint64 m_unreadScanned = 0;  // head of the unread buffer already scanned
    qint64 m_lastActivityMs = 0; // last byte received or sent
    qint64 m_requestStart = -1;  // stream offset of the current request
    qint64 m_requestStartMs = -1;
    qint64 m_headersEndMs = -1;
    qint64 m_violationAt = -1;
    qint64 m_lastCompleteEnd = 0;
    qint64 m_answeredEnd = 0;
    qint64 m_bodyRemaining = 0;
    qint64 m_contentLength = -1;
    qint64 m_discarded = 0;
    int m_headerBytes = 0;
    int m_headerCount = 0;
    qsizetype m_lineLength = 0;
    bool m_sawAuthorization = false;
    bool m_responsePending = false;
    bool m_halfClosed = false;
    char m_line[kLineKeep] = {};
};

ConnectionGuard::ConnectionGuard(const GuardLimits &limits, QObject *parent)
    : QObject(parent)
    , m_limits(limits)
{
    m_clock.start();
}

ConnectionGuard::~ConnectionGuard() = default;

void ConnectionGuard::setLimits(const GuardLimits &limits)
{
    m_limits = limits;
}

void ConnectionGuard::track(QTcpSocket *socket)
{
    // Qt HttpServer keeps a request's bytes buffered until the request is complete, so the
    // bound must leave room for one maximal request plus the start of a pipelined one.
    socket->setReadBufferSize(m_limits.maxRequestBytes + m_limits.maxHeaderBytes + kReadSlack);
    ++m_active;
    connect(socket, &QObject::destroyed, this, [this] { --m_active; });
}

void ConnectionGuard::attach(QTcpSocket *socket, const std::function<void(QTcpSocket *)> &handOver)
{
    // Qt HttpServer writes a response's head and body separately; with Nagle's
    // algorithm the body then waits for the client's delayed ACK of the head
    // (up to 200 ms on Linux): the p99 of small answers. Responses are whole
    // messages, so there is nothing to coalesce.
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    auto *guard = new GuardedConnection(this, socket);
    guard->watch();
    // Qt HttpServer 6.4 takes the socket and connects its readyRead slot inside handOver
    // (pendingConnectionAvailable is a direct signal), so our second slot runs after it.
    handOver(socket);
    guard->watchAfterHttpServer();
}

void ConnectionGuard::refuseOverCapacity(qintptr socketDescriptor)
{
    auto *socket = new QTcpSocket(this);
    const bool ok = socket->setSocketDescriptor(socketDescriptor);
    connect(socket, &QAbstractSocket::disconnected, socket, &QObject::deleteLater);
    if (!ok || m_rejecting >= m_limits.maxConnections) {
        // Under a flood even the courtesy answer costs too much.
        socket->abort();
        socket->deleteLater();
        return;
    }
    ++m_rejecting;
    connect(socket, &QObject::destroyed, this, [this] { --m_rejecting; });
    auto *guard = new GuardedConnection(this, socket);
    guard->refuse(
        {ErrorKind::Unavailable, u"The server is at its connection limit; retry later."_s});
}

} // namespace keyward::server
