// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QHostAddress>
#include <QTcpServer>

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
    // cannot hold a connection open.
    int idleTimeoutMs = 30000;
    int maxConnections = 1024;
};

// Qt HttpServer 6.4 reads and buffers whole requests without limits. This server hands
// it sockets whose bytes are inspected first: a readyRead slot connected before the HTTP
// server's sees every byte as it arrives, follows just enough HTTP/1.1 to know where each
// request starts and ends (request line, headers, Content-Length), and refuses hostile
// requests with an application/problem+json answer before the HTTP server reads them.
//
// Refusals: Content-Length above maxRequestBytes or a header block above maxHeaderBytes
// -> 413; any Transfer-Encoding -> 411 (chunked bodies are not accepted, so the body cap
// never depends on the HTTP server's chunk parser); more than maxHeaders header lines,
// duplicate Content-Length or Authorization, malformed header lines -> 400; more than
// maxConnections concurrent connections -> 503 (never handed to the HTTP server). A
// partial request that stalls or misses its deadline gets 408 and is closed.
//
// The peer's address reaches handlers through QHttpServerRequest::remoteAddress();
// refusals are also announced by requestRefused().
class GuardedTcpServer final : public QTcpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GuardedTcpServer)

public:
    explicit GuardedTcpServer(const GuardLimits &limits = {}, QObject *parent = nullptr);
    ~GuardedTcpServer() override;

    [[nodiscard]] GuardLimits limits() const { return m_limits; }
    // Applies to connections accepted afterwards.
    void setLimits(const GuardLimits &limits);

    // Connections currently handed to the HTTP server (rejected ones not included).
    [[nodiscard]] int activeConnections() const { return m_active; }

Q_SIGNALS:
    // A connection was answered with an error status and closed by the guard.
    void requestRefused(const QHostAddress &peer, int status);

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    friend class GuardedConnection;

    void rejectOverCapacity(qintptr socketDescriptor);

    GuardLimits m_limits;
    QElapsedTimer m_clock;
    QByteArray m_scratch; // peek buffer shared by all connections of this (single) thread
    int m_active = 0;
    int m_rejecting = 0;
};

} // namespace keyward::server
