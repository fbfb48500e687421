// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "router.h"

#include <QAbstractHttpServer>
#include <QElapsedTimer>
#include <QThreadPool>

namespace keyward::server {

class ServerContext;

/// Qt HttpServer front end: copies each request, finds its route, and runs
/// authentication and the handler on a worker pool so password hashing and
/// database work never block the event loop. The response is written back on
/// the socket's thread; if the client has gone by then, it is dropped.
///
/// Every answer is counted in the server's Metrics here, where the route and
/// its audience are known: also the 401s of authentication, the 404/405 of
/// requests no route matched and the refusals of the connection guard (both
/// under the route label "unmatched").
///
/// Requests run in three lanes, so that slow work of one kind never leaves the
/// others waiting for a thread: routes that hash a password (login, confirm,
/// reset) on a pool of at most half the workers (Argon2 is slow and
/// memory-hungry on purpose; its pool also bounds the memory of concurrent
/// hashes); reads (GET) on their own pool, since writers spend their time
/// waiting for the database's single write lock and its fsync; everything
/// else on the writers' pool.
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
    /// Serves \p listener (a GuardedTcpServer or GuardedSslServer) and counts
    /// the requests its connection guard refuses as "unmatched".
    void attachListener(QTcpServer *listener);

    /// The route label of requests no route answered.
    static QString unmatchedRoute();

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    Response dispatch(const Route &route, const Request &request, const QElapsedTimer &timer);
    void recordUnmatched(const QString &method, int status, const QElapsedTimer *timer);

    ServerContext &m_server;
    Router m_router;
    QThreadPool m_workers;
    QThreadPool m_readers;
    QThreadPool m_hashingWorkers;
};

} // namespace keyward::server
