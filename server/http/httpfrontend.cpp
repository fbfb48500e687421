// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpfrontend.h"

#include "apierror.h"
#include "auth/authenticator.h"
#include "servercontext.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QLoggingCategory>
#include <QPointer>
#include <QTcpSocket>
#include <QtConcurrent/QtConcurrentRun>

#include <memory>
#include <optional>

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
}

HttpFrontend::~HttpFrontend()
{
    m_workers.waitForDone();
}

bool HttpFrontend::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    auto responder = std::make_shared<QHttpServerResponder>(makeResponder(request, socket));
    const QString path = request.url().path(QUrl::FullyEncoded);
    const auto method = methodOf(request.method());
    if (!method) {
        write(*responder, Response::problem(ApiError(ErrorKind::MethodNotAllowed,
                                                     u"This HTTP method is not supported."_s)));
        return true;
    }
    const Router::Match match = m_router.match(*method, path);
    if (!match.route) {
        write(*responder, routingFailure(match, path));
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
    QtConcurrent::run(&m_workers, [this, route, copy = std::move(copy)] {
        return dispatch(*route, copy);
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
    write(responder, Response::problem(ApiError::notFound(u"There is no such endpoint."_s)));
}

Response HttpFrontend::dispatch(const Route &route, const Request &request)
{
    try {
        Call call{request, m_server, {}};
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
        return route.handler(call);
    } catch (const ApiError &error) {
        return Response::problem(error);
    } catch (const std::exception &error) {
        qCCritical(lcFrontend).noquote()
            << "unexpected failure in" << methodName(route.method) << route.pattern << error.what();
        return Response::problem(
            ApiError::internal(u"The server failed unexpectedly; nothing was changed."_s));
    }
}

} // namespace keyward::server
