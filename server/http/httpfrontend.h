// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "router.h"

#include <QAbstractHttpServer>
#include <QThreadPool>

namespace keyward::server {

class ServerContext;

/// Qt HttpServer front end: copies each request, finds its route, and runs
/// authentication and the handler on a worker pool so password hashing and
/// database work never block the event loop. The response is written back on
/// the socket's thread; if the client has gone by then, it is dropped.
class HttpFrontend final : public QAbstractHttpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpFrontend)

public:
    HttpFrontend(ServerContext &server, Router router, int workerThreads,
                 QObject *parent = nullptr);
    ~HttpFrontend() override;

    const Router &router() const { return m_router; }
    QThreadPool &workers() { return m_workers; }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    Response dispatch(const Route &route, const Request &request);

    ServerContext &m_server;
    Router m_router;
    QThreadPool m_workers;
};

} // namespace keyward::server
