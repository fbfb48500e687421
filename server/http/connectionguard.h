// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QHostAddress>
#include <QObject>

#include <functional>

class QTcpSocket;

namespace keyward::server {

// Limits enforced on every connection before Qt HttpServer sees its bytes.
struct GuardLimits
{
    qint64 maxRequestBytes = 1024 * 1024; // body cap (Content-Length)
    int maxHeaderBytes = 32 * 1024;       // request line + header block
    int maxHeaders = 100;
    // No byte for this long closes the connection (partial request or idle keep-alive).
    // The same span is also the deadline for a request's header block, counted from its
    // first byte, and for its body, counted from the end of its headers: a slow drip
    // cannot hold a connection open. TLS listeners also use it as the handshake deadline.
    int idleTimeoutMs = 30000;
    int maxConnections = 1024;
};

// Qt HttpServer 6.4 reads and buffers whole requests without limits. The guard inspects
// a socket's bytes first: a readyRead slot connected before the HTTP server's sees every
// byte as it arrives (decrypted bytes for TLS sockets), follows just enough HTTP/1.1 to
// know where each request starts and ends (request line, headers, Content-Length), and
// refuses hostile requests with an application/problem+json answer before the HTTP
// server reads them.
//
// Refusals: Content-Length above maxRequestBytes or a header block above maxHeaderBytes
// -> 413; any Transfer-Encoding -> 411 (chunked bodies are not accepted, so the body cap
// never depends on the HTTP server's chunk parser); more than maxHeaders header lines,
// duplicate Content-Length or Authorization, malformed header lines -> 400; more than
// maxConnections concurrent connections -> 503 (never handed to the HTTP server). A
// partial request that stalls or misses its deadline gets 408 and is closed.
//
// The listeners (GuardedTcpServer, GuardedSslServer) only accept sockets and hand them
// over; every limit lives here, so plain and TLS connections are guarded alike.
class ConnectionGuard final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionGuard)

public:
    /// The listen backlog both listeners use. Qt's default of 50 strands
    /// connections of a burst (200 clients at once): the kernel drops their
    /// final ACK, the client believes it is connected, and the guard never
    /// sees the socket to time it out. The kernel caps it at
    /// net.core.somaxconn.
    static constexpr int ListenBacklog = 4096;

    explicit ConnectionGuard(const GuardLimits &limits, QObject *parent = nullptr);
    ~ConnectionGuard() override;

    [[nodiscard]] GuardLimits limits() const { return m_limits; }
    // Applies to connections accepted afterwards.
    void setLimits(const GuardLimits &limits);

    // Connections accepted and not yet closed (over-capacity refusals not included).
    [[nodiscard]] int activeConnections() const { return m_active; }
    [[nodiscard]] bool atCapacity() const { return m_active >= m_limits.maxConnections; }

    // Counts \p socket against maxConnections until it is destroyed and bounds its read
    // buffer. Call as soon as the socket exists (before a TLS handshake).
    void track(QTcpSocket *socket);
    // Starts inspecting \p socket, then calls \p handOver, which must make the socket a
    // pending connection of the listener the HTTP server is bound to.
    void attach(QTcpSocket *socket, const std::function<void(QTcpSocket *)> &handOver);
    // Answers a plain-HTTP connection over the cap with 503 and closes it.
    void refuseOverCapacity(qintptr socketDescriptor);

Q_SIGNALS:
    // A connection was answered with an error status and closed by the guard.
    void requestRefused(const QHostAddress &peer, int status);

private:
    friend class GuardedConnection;

    GuardLimits m_limits;
    QElapsedTimer m_clock;
    QByteArray m_scratch; // peek buffer shared by all connections of this (single) thread
    int m_active = 0;
    int m_rejecting = 0;
};

} // namespace keyward::server
