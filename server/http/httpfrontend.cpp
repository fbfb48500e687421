// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpfrontend.h"

#include "apierror.h"
#include "auth/authenticator.h"
#include "guardedsslserver.h"
#include "guardedtcpserver.h"
#include "observability/metrics.h"
#include "servercontext.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QLoggingCategory>
#include <QPointer>
#include <QScopeGuard>
#include <QTcpSocket>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

#include <memory>
#include <optional>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcFrontend, "keyward.server.http")

namespace keyward::server {

namespace {
std::optional<Method> methodOf(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return Method::Get;
    case QHttpServerRequest::Method::Post:
        return Method::Post;
    case QHttpServerRequest::Method::Put:
        return Method::Put;
    case QHttpServerRequest::Method::Patch:
        return Method::Patch;
    case QHttpServerRequest::Method::Delete:
        return Method::Delete;
    default:
        return std::nullopt;
    }
}

void write(QHttpServerResponder &responder, const Response &response)
{
    responder.writeStatusLine(QHttpServerResponder::StatusCode(response.status));
    if (!response.contentType.isEmpty())
        responder.writeHeader("Content-Type"_ba, response.contentType);
    for (const auto &[name, value] : response.headers)
        responder.writeHeader(name, value);
    // Responses may carry token values: no cache anywhere may keep them.
    responder.writeHeader("Cache-Control"_ba, "no-store"_ba);
    responder.writeHeader("X-Content-Type-Options"_ba, "nosniff"_ba);
    responder.writeHeader("Content-Length"_ba, QByteArray::number(response.body.size()));
    responder.writeBody(response.body);
}

/// The routes whose handlers run Argon2 (see the class comment).
bool hashesPassword(const Route &route)
{
    return route.method == Method::Post &&
           (route.pattern == u"/users/login"_s || route.pattern == u"/users/confirm"_s ||
            route.pattern == u"/users/reset-password"_s);
}

bool isLogin(const Route &route)
{
    return route.method == Method::Post && route.pattern == u"/users/login"_s;
}

/// The method label of requests the guard refused before they were parsed.
const QString &unparsedMethod()
{
    static const QString name = u"-"_s;
    return name;
}

QString methodLabel(QHttpServerRequest::Method method)
{
    const auto known = methodOf(method);
    return known ? methodName(*known) : u"OTHER"_s;
}

double secondsSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e9;
}

Response routingFailure(const Router::Match &match, const QString &path)
{
    if (match.allowedMethods.isEmpty())
        return Response::problem(ApiError::notFound(u"There is no endpoint %1."_s.arg(path)));
    QStringList allowed;
    for (Method method : match.allowedMethods)
        allowed.append(methodName(method));
    ApiError error(
        ErrorKind::MethodNotAllowed,
        u"%1 does not accept this method; it accepts %2."_s.arg(path, allowed.join(u", "_s)));
    error.withHeader("Allow"_ba, allowed.join(u", "_s).toLatin1());
    return Response::problem(error);
}
} // namespace

HttpFrontend::HttpFrontend(ServerContext &server, Router router, int workerThreads, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_server(server)
    , m_router(std::move(router))
{
    m_workers.setMaxThreadCount(workerThreads);
    // Each worker thread owns a database connection; keep the threads so the
    // connections are not re-opened all the time.
    m_workers.setExpiryTimeout(-1);
    m_readers.setMaxThreadCount(workerThreads);
    m_readers.setExpiryTimeout(-1);
    // Argon2 is CPU-bound and takes 19 MiB per hash: more hashing threads
    // than cores only add memory, however many workers wait on the database.
    m_hashingWorkers.setMaxThreadCount(
        qBound(1, workerThreads / 2, qMax(1, QThread::idealThreadCount())));
    m_hashingWorkers.setExpiryTimeout(-1);
#if defined(__GLIBC__)
    // Each Argon2 hash allocates its whole memory cost (19 MiB) at once. glibc
    // raises its mmap threshold after the first such block is freed, so later
    // blocks come from the thread's arena and stay resident there: RSS grows
    // by 19 MiB for every thread that has hashed once. A fixed threshold
    // keeps every large block mmap'ed and gives it back when the hash ends.
    mallopt(M_MMAP_THRESHOLD, 1024 * 1024);
#endif

    Metrics &metrics = m_server.metrics();
    for (const Route &route : m_router.routes())
        metrics.addRoute(methodName(route.method), route.pattern);
    for (const Method method :
         {Method::Get, Method::Post, Method::Put, Method::Patch, Method::Delete})
        metrics.addRoute(methodName(method), unmatchedRoute());
    metrics.addRoute(u"OTHER"_s, unmatchedRoute());
    metrics.addRoute(unparsedMethod(), unmatchedRoute());
}

HttpFrontend::~HttpFrontend()
{
    m_hashingWorkers.waitForDone();
    m_readers.waitForDone();
    m_workers.waitForDone();
}

QString HttpFrontend::unmatchedRoute()
{
    return u"unmatched"_s;
}

void HttpFrontend::recordUnmatched(const QString &method, int status, const QElapsedTimer *timer)
{
    m_server.metrics().recordRequest(method, unmatchedRoute(), status,
                                     timer ? secondsSince(*timer) : 0.0);
}

void HttpFrontend::attachListener(QTcpServer *listener)
{
    const auto refused = [this](const QHostAddress &, int status) {
        recordUnmatched(unparsedMethod(), status, nullptr);
    };
    if (auto *plain = qobject_cast<GuardedTcpServer *>(listener))
        connect(plain, &GuardedTcpServer::requestRefused, this, refused);
    else if (auto *tls = qobject_cast<GuardedSslServer *>(listener))
        connect(tls, &GuardedSslServer::requestRefused, this, refused);
    bind(listener);
}

bool HttpFrontend::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    QElapsedTimer timer;
    timer.start();
    auto responder = std::make_shared<QHttpServerResponder>(makeResponder(request, socket));
    const QString path = request.url().path(QUrl::FullyEncoded);
    const auto method = methodOf(request.method());
    if (!method) {
        const Response refusal = Response::problem(
            ApiError(ErrorKind::MethodNotAllowed, u"This HTTP method is not supported."_s));
        write(*responder, refusal);
        recordUnmatched(methodLabel(request.method()), refusal.status, &timer);
        return true;
    }
    const Router::Match match = m_router.match(*method, path);
    if (!match.route) {
        const Response refusal = routingFailure(match, path);
        write(*responder, refusal);
        recordUnmatched(methodName(*method), refusal.status, &timer);
        return true;
    }
    Request copy;
    copy.method = *method;
    copy.path = path;
    copy.query = request.query();
    copy.params = match.params;
    copy.headers = request.headers();
    copy.body = request.body();
    copy.remote = request.remoteAddress();
    const Route *route = match.route;
    // The continuation's context is the frontend, not the socket: Qt 6.4
    // asserts (and in release builds silently drops the call) when a
    // continuation's context dies first, which is what a client that hangs up
    // mid-request does to its socket. The socket is checked instead.
    QThreadPool *pool = hashesPassword(*route)         ? &m_hashingWorkers
                        : route->method == Method::Get ? &m_readers
                                                       : &m_workers;
    QtConcurrent::run(pool, [this, route, copy = std::move(copy), timer] {
        return dispatch(*route, copy, timer);
    }).then(this, [responder, client = QPointer<QTcpSocket>(socket)](const Response &response) {
        if (client) {
            write(*responder, response);
        }
    });
    return true;
}

void HttpFrontend::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    QHttpServerResponder responder = makeResponder(request, socket);
    const Response refusal = Response::problem(ApiError::notFound(u"There is no such endpoint."_s));
    write(responder, refusal);
    recordUnmatched(methodLabel(request.method()), refusal.status, nullptr);
}

Response HttpFrontend::dispatch(const Route &route, const Request &request,
                                const QElapsedTimer &timer)
{
    Call call{request, m_server, {}};
    int status = 500;
    // Recorded however the call ends, also when authentication refuses it.
    const auto record = qScopeGuard([&] {
        Metrics &metrics = m_server.metrics();
        metrics.recordRequest(methodName(route.method), route.pattern, status, secondsSince(timer));
        if (isLogin(route) && (status == 401 || status == 429))
            metrics.recordLoginFailure(status == 429);
        if (status == 403 && (route.audience == Audience::Publisher ||
                              call.principal.kind == Principal::Kind::Token))
            metrics.recordTokenRefusal(TokenRefusal::Forbidden);
    });
    try {
        switch (route.audience) {
        case Audience::Anyone:
            break;
        case Audience::User:
            call.principal = authenticate::user(m_server, request);
            break;
        case Audience::UserOrToken:
            call.principal = authenticate::userOrToken(m_server, request);
            break;
        case Audience::Publisher:
            authenticate::requireCredential(request);
            break;
        }
        Response response = route.handler(call);
        status = response.status;
        return response;
    } catch (const ApiError &error) {
        Response response = Response::problem(error);
        status = response.status;
        return response;
    } catch (const std::exception &error) {
        qCCritical(lcFrontend).noquote()
            << "unexpected failure in" << methodName(route.method) << route.pattern << error.what();
        return Response::problem(
            ApiError::internal(u"The server failed unexpectedly; nothing was changed."_s));
    }
}

} // namespace keyward::server
