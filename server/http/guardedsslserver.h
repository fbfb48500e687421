// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectionguard.h"

#include <QHostAddress>
#include <QSslConfiguration>
#include <QSslServer>

namespace keyward::server {

// The HTTPS listener: QSslServer's configuration with the same ConnectionGuard as the
// plain listener. The TLS handshake must finish within the idle timeout; only then is
// the decrypted stream guarded and handed to Qt HttpServer. Connections over the cap
// are closed without a handshake (a plain-text 503 would be noise to a TLS client).
// incomingConnection() replaces QSslServer's own, so QSslServer's per-socket signals
// (sslErrors, errorOccurred, ...) and handshakeTimeout() are not used; failed handshakes
// are logged under keyward.server.tls (debug).
class GuardedSslServer final : public QSslServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GuardedSslServer)

public:
    GuardedSslServer(const QSslConfiguration &configuration, const GuardLimits &limits = {},
                     QObject *parent = nullptr);
    ~GuardedSslServer() override;

    [[nodiscard]] GuardLimits limits() const { return m_guard->limits(); }
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
