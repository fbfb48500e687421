// SPDX-License-Identifier: GPL-3.0-or-later
#include "replyinterpreter.h"

#include <QJsonObject>
#include <QNetworkReply>

using namespace Qt::StringLiterals;

namespace keyward {

namespace {

ApiError makeError(ApiError::Kind kind, int status, QString message, const QString &endpoint)
{
    return ApiError{kind, status, std::move(message), endpoint};
}

ApiError::Kind kindForStatus(int status)
{
    switch (status) {
    case 400:
    case 422:
        return ApiError::BadRequest;
    case 401:
        return ApiError::Unauthorized;
    case 403:
        return ApiError::Forbidden;
    case 404:
        return ApiError::NotFound;
    case 409:
        return ApiError::Conflict;
    default:
        break;
    }
    if (status >= 500) {
        return ApiError::Server;
    }
    if (status >= 400) {
        return ApiError::BadRequest;
    }
    return ApiError::InvalidResponse;
}

/// Servers may send text; only problem+json details are shown, and only a
/// sensible amount of them, so an error page never floods the UI.
QString problemText(const QByteArray &contentType, const QByteArray &body)
{
    if (!contentType.contains("json")) {
        return {};
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return {};
    }
    const QJsonObject object = document.object();
    QString text = object.value("detail"_L1).toString().trimmed();
    if (text.isEmpty()) {
        text = object.value("title"_L1).toString().trimmed();
    }
    constexpr qsizetype maxLength = 500;
    if (text.size() > maxLength) {
        text = text.left(maxLength) + u'…';
    }
    return text;
}

} // namespace

ApiError ReplyInterpreter::invalidResponse(const QString &endpoint, const QString &why)
{
    return makeError(ApiError::InvalidResponse, 0,
                     tr("The server's answer to %1 could not be read (%2). Check that the "
                        "server address points to a Keyward server.")
                         .arg(endpoint, why),
                     endpoint);
}

ApiError ReplyInterpreter::httpError(int status, const QByteArray &contentType,
                                     const QByteArray &body, const QString &endpoint)
{
    const ApiError::Kind kind = kindForStatus(status);
    const QString detail = problemText(contentType, body);
    QString message;
    switch (kind) {
    case ApiError::Unauthorized:
        message = detail.isEmpty()
                      ? tr("The server did not accept your credentials. Log in again.")
                      : tr("The server did not accept your credentials: %1").arg(detail);
        break;
    case ApiError::Forbidden:
        message = detail.isEmpty() ? tr("You are not allowed to do this (%1).").arg(endpoint)
                                   : tr("You are not allowed to do this: %1").arg(detail);
        break;
    case ApiError::NotFound:
        message = detail.isEmpty() ? tr("The server does not know %1.").arg(endpoint)
                                   : tr("Not found: %1").arg(detail);
        break;
    case ApiError::Conflict:
        message = detail.isEmpty() ? tr("This conflicts with something that already exists.")
                                   : tr("Conflict: %1").arg(detail);
        break;
    case ApiError::BadRequest:
        message = detail.isEmpty()
                      ? tr("The server refused the request %1 (HTTP %2).").arg(endpoint).arg(status)
                      : tr("The server refused the request: %1").arg(detail);
        break;
    case ApiError::Server:
        message = detail.isEmpty()
                      ? tr("The server had an internal problem answering %1 (HTTP %2). Try "
                           "again later or ask the server's administrator.")
                            .arg(endpoint)
                            .arg(status)
                      : tr("The server had an internal problem: %1").arg(detail);
        break;
    default:
        return invalidResponse(endpoint, tr("unexpected HTTP status %1").arg(status));
    }
    return makeError(kind, status, message, endpoint);
}

ApiResult<QJsonDocument> ReplyInterpreter::interpret(QNetworkReply *reply, const QString &endpoint,
                                                     AbortReason reason, qint64 maxBodyBytes)
{
    switch (reason) {
    case AbortReason::Cancelled:
        return makeError(ApiError::Cancelled, 0, tr("The request %1 was cancelled.").arg(endpoint),
                         endpoint);
    case AbortReason::TooLarge:
        return invalidResponse(
            endpoint, tr("the answer is larger than %1 MiB").arg(maxBodyBytes / (1024 * 1024)));
    case AbortReason::ForeignRedirect:
        return makeError(ApiError::InvalidResponse, 0,
                         tr("The server redirected %1 to another server. Keyward does not follow "
                            "such redirects, so that your credentials stay with your server; "
                            "check the server address.")
                             .arg(endpoint),
                         endpoint);
    case AbortReason::None:
        break;
    }

    const QVariant statusAttribute = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!statusAttribute.isValid()) {
        const QString url = reply->url().adjusted(QUrl::RemovePath | QUrl::RemoveQuery).toString();
        switch (reply->error()) {
        case QNetworkReply::TimeoutError:
        case QNetworkReply::OperationCanceledError:
            // Only the transfer timeout cancels a reply we did not abort ourselves.
            return makeError(ApiError::Timeout, 0,
                             tr("The server %1 did not answer %2 in time. Check your network "
                                "connection and try again.")
                                 .arg(url, endpoint),
                             endpoint);
        case QNetworkReply::SslHandshakeFailedError:
            return makeError(ApiError::Tls, 0,
                             tr("A secure connection to %1 could not be established: %2")
                                 .arg(url, reply->errorString()),
                             endpoint);
        case QNetworkReply::ConnectionRefusedError:
            return makeError(ApiError::Network, 0,
                             tr("The server %1 refused the connection. Check the server address "
                                "and that the server is running.")
                                 .arg(url),
                             endpoint);
        case QNetworkReply::HostNotFoundError:
            return makeError(
                ApiError::Network, 0,
                tr("The server %1 could not be found. Check the server address.").arg(url),
                endpoint);
        default:
            return makeError(
                ApiError::Network, 0,
                tr("The server %1 could not be reached: %2").arg(url, reply->errorString()),
                endpoint);
        }
    }

    const int status = statusAttribute.toInt();
    const QByteArray body = reply->readAll();
    if (body.size() > maxBodyBytes) {
        return invalidResponse(
            endpoint, tr("the answer is larger than %1 MiB").arg(maxBodyBytes / (1024 * 1024)));
    }
    const QByteArray contentType =
        reply->header(QNetworkRequest::ContentTypeHeader).toString().toLatin1().toLower();
    if (status < 200 || status >= 300) {
        return httpError(status, contentType, body, endpoint);
    }
    if (body.trimmed().isEmpty()) {
        return QJsonDocument();
    }
    QJsonParseError parseError;
    QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return invalidResponse(endpoint, tr("not valid JSON: %1").arg(parseError.errorString()));
    }
    return document;
}

} // namespace keyward
