// SPDX-License-Identifier: GPL-3.0-or-later
#include "apierror.h"

using namespace Qt::StringLiterals;

namespace keyward::server {

namespace {
struct KindInfo
{
    int status;
    const char *title;
    const char *slug;
};

KindInfo info(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::BadRequest:
        return {400, "Bad Request", "bad-request"};
    case ErrorKind::Unauthorized:
        return {401, "Unauthorized", "unauthorized"};
    case ErrorKind::Forbidden:
        return {403, "Forbidden", "forbidden"};
    case ErrorKind::NotFound:
        return {404, "Not Found", "not-found"};
    case ErrorKind::MethodNotAllowed:
        return {405, "Method Not Allowed", "method-not-allowed"};
    case ErrorKind::RequestTimeout:
        return {408, "Request Timeout", "request-timeout"};
    case ErrorKind::Conflict:
        return {409, "Conflict", "conflict"};
    case ErrorKind::LengthRequired:
        return {411, "Length Required", "length-required"};
    case ErrorKind::PayloadTooLarge:
        return {413, "Payload Too Large", "payload-too-large"};
    case ErrorKind::UnsupportedMediaType:
        return {415, "Unsupported Media Type", "unsupported-media-type"};
    case ErrorKind::TooManyRequests:
        return {429, "Too Many Requests", "too-many-requests"};
    case ErrorKind::Internal:
        return {500, "Internal Server Error", "internal"};
    case ErrorKind::Unavailable:
        return {503, "Service Unavailable", "unavailable"};
    }
    return {500, "Internal Server Error", "internal"};
}
} // namespace

int httpStatus(ErrorKind kind)
{
    return info(kind).status;
}

QString errorTitle(ErrorKind kind)
{
    return QString::fromLatin1(info(kind).title);
}

QString errorType(ErrorKind kind)
{
    return u"urn:keyward:problem:"_s + QString::fromLatin1(info(kind).slug);
}

ApiError::ApiError(ErrorKind kind, QString detail)
    : m_kind(kind)
    , m_detail(std::move(detail))
{}

ApiError &ApiError::withHeader(QByteArray name, QByteArray value)
{
    m_headers.append({std::move(name), std::move(value)});
    return *this;
}

const char *ApiError::what() const noexcept
{
    return info(m_kind).title;
}

ApiError ApiError::unauthorized(QString detail)
{
    // RFC 7235: a 401 names the schemes the client may use.
    ApiError error(ErrorKind::Unauthorized, std::move(detail));
    error.withHeader("WWW-Authenticate"_ba, R"(Bearer realm="keyward", Basic realm="keyward")"_ba);
    return error;
}

ApiError ApiError::tooManyRequests(QString detail, qint64 retryAfterSeconds)
{
    ApiError error(ErrorKind::TooManyRequests, std::move(detail));
    error.withHeader("Retry-After"_ba, QByteArray::number(qMax<qint64>(1, retryAfterSeconds)));
    return error;
}

} // namespace keyward::server
