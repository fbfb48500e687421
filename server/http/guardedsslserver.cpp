// SPDX-License-Identifier: GPL-3.0-or-later
#include "guardedsslserver.h"

#include <QLoggingCategory>
#include <QSslSocket>
#include <QTimer>

namespace {
Q_LOGGING_CATEGORY(lcTls, "keyward.server.tls")
}

namespace keyward::server {

GuardedSslServer::GuardedSslServer(const QSslConfiguration &configuration,
                                   const GuardLimits &limits, QObject *parent)
    : QSslServer(parent)
    , m_guard(new ConnectionGuard(limits, this))
{
    setSslConfiguration(configuration);
    setListenBacklogSize(ConnectionGuard::ListenBacklog);
    connect(m_guard, &ConnectionGuard::requestRefused, this, &GuardedSslServer::requestRefused);
}

GuardedSslServer::~GuardedSslServer() = default;

void GuardedSslServer::incomingConnection(qintptr socketDescriptor)
{
    auto *socket = new QSslSocket(this);
    if (!socket->setSocketDescriptor(socketDescriptor)) {
        delete socket;
        return;
    }
    if (m_guard->atCapacity()) {
        qCWarning(lcTls).noquote() << "connection limit reached; closing connection from"
                                   << socket->peerAddress().toString();
        socket->abort();
        socket->deleteLater();
        return;
    }
    m_guard->track(socket);
    socket->setSslConfiguration(sslConfiguration());

    // The handshake deadline; also the context of the handshake-only slots, which are
    // cut off (socket->disconnect(handshake)) once the handshake has ended either way.
    auto *handshake = new QTimer(socket);
    handshake->setSingleShot(true);
    const auto giveUp = [socket, handshake](const char *why) {
        qCDebug(lcTls).noquote() << "TLS handshake with" << socket->peerAddress().toString()
                                 << "failed:" << why << socket->errorString();
        handshake->stop();
        socket->disconnect(handshake);
        handshake->deleteLater();
        socket->abort();
        socket->deleteLater();
    };
    connect(handshake, &QTimer::timeout, socket, [giveUp] { giveUp("timeout"); });
    connect(socket, &QAbstractSocket::errorOccurred, handshake, [giveUp] { giveUp("error"); });
    connect(socket, &QSslSocket::encrypted, handshake, [this, socket, handshake] {
        handshake->stop();
        socket->disconnect(handshake);
        handshake->deleteLater();
        m_guard->attach(socket, [this](QTcpSocket *accepted) { addPendingConnection(accepted); });
    });
    handshake->start(m_guard->limits().idleTimeoutMs);
    socket->startServerEncryption();
}

} // namespace keyward::server
