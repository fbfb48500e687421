// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <exception>
#include <utility>

namespace keyward::server {

/// The one list of failures a handler can report. Each maps to exactly one
/// HTTP status and problem type in apierror.cpp, so handlers never pick
/// status codes by hand.
enum class ErrorKind
{
    BadRequest,
    Unauthorized,
    Forbidden,
    NotFound,
    MethodNotAllowed,
    RequestTimeout,
    Conflict,
    LengthRequired,
    PayloadTooLarge,
    UnsupportedMediaType,
    TooManyRequests,
    Internal,
    Unavailable,
};

int httpStatus(ErrorKind kind);
/// Short, stable title ("Not Found") for the problem+json body.
QString errorTitle(ErrorKind kind);
/// The problem type URI ("urn:keyward:problem:not-found").
QString errorType(ErrorKind kind);

/// Thrown by handlers and services; the HTTP front end turns it into an
/// application/problem+json response. The detail is one English sentence
/// that tells the client what is wrong; it never contains a secret.
class ApiError final : public std::exception
{
public:
    using Header = std::pair<QByteArray, QByteArray>;

    ApiError(ErrorKind kind, QString detail);

    ErrorKind kind() const { return m_kind; }
    const QString &detail() const { return m_detail; }
    const QList<Header> &headers() const { return m_headers; }
    ApiError &withHeader(QByteArray name, QByteArray value);

    const char *what() const noexcept override;

    static ApiError badRequest(QString detail)
    {
        return {ErrorKind::BadRequest, std::move(detail)};
    }
    static ApiError unauthorized(QString detail);
    static ApiError forbidden(QString detail) { return {ErrorKind::Forbidden, std::move(detail)}; }
    static ApiError notFound(QString detail) { return {ErrorKind::NotFound, std::move(detail)}; }
    static ApiError conflict(QString detail) { return {ErrorKind::Conflict, std::move(detail)}; }
    static ApiError internal(QString detail) { return {ErrorKind::Internal, std::move(detail)}; }
    static ApiError unavailable(QString detail)
    {
        return {ErrorKind::Unavailable, std::move(detail)};
    }
    static ApiError tooManyRequests(QString detail, qint64 retryAfterSeconds);

private:
    ErrorKind m_kind;
    QString m_detail;
    QList<Header> m_headers;
};

} // namespace keyward::server
