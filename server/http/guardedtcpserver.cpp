// SPDX-License-Identifier: GPL-3.0-or-later
#include "guardedtcpserver.h"

#include <QLoggingCategory>
#include <QTcpSocket>

namespace {
Q_LOGGING_CATEGORY(lcListener, "keyward.server.http")
}

namespace keyward::server {

GuardedTcpServer::GuardedTcpServer(const GuardLimits &limits, QObject *parent)
    : QTcpServer(parent)
    , m_guard(new ConnectionGuard(limits, this))
{
    setListenBacklogSize(ConnectionGuard::ListenBacklog);
    connect(m_guard, &ConnectionGuard::requestRefused, this, &GuardedTcpServer::requestRefused);
}

GuardedTcpServer::~GuardedTcpServer() = default;

void GuardedTcpServer::incomingConnection(qintptr socketDescriptor)
{
    if (m_guard->atCapacity()) {
        m_guard->refuseOverCapacity(socketDescriptor);
        return;
    }
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(socketDescriptor)) {
        delete socket;
        return;
    }
    m_guard->track(socket);
    m_guard->attach(socket, [this](QTcpSocket *accepted) {
        addPendingConnection(accepted);
        if (hasPendingConnections())
            qCWarning(lcListener) << "no HTTP server took the connection; is the server bound?";
    });
}

} // namespace keyward::server
