// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectionguard.h"

#include <QHostAddress>
#include <QTcpServer>

namespace keyward::server {

// The plain-HTTP listener: every accepted socket goes through a ConnectionGuard
// (limits, refusals, timeouts: see connectionguard.h) before Qt HttpServer gets it.
// The peer's address reaches handlers through QHttpServerRequest::remoteAddress();
// refusals are also announced by requestRefused().
class GuardedTcpServer final : public QTcpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GuardedTcpServer)

public:
    explicit GuardedTcpServer(const GuardLimits &limits = {}, QObject *parent = nullptr);
    ~GuardedTcpServer() override;

    [[nodiscard]] GuardLimits limits() const { return m_guard->limits(); }
    // Applies to connections accepted afterwards.
    void setLimits(const GuardLimits &limits) { m_guard->setLimits(limits); }

    // Connections currently handed to the HTTP server (rejected ones not included).
    [[nodiscard]] int activeConnections() const { return m_guard->activeConnections(); }

Q_SIGNALS:
    // A connection was answered with an error status and closed by the guard.
    void requestRefused(const QHostAddress &peer, int status);

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    ConnectionGuard *m_guard;
};

} // namespace keyward::server
