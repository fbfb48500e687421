// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apierror.h"

#include <QCoreApplication>
#include <QJsonDocument>

class QNetworkReply;

namespace keyward {

/// Why the client itself ended a reply early; the reply only says "cancelled".
enum class AbortReason
{
    None,
    Cancelled,
    TooLarge,
    ForeignRedirect
};

/// Turns a finished QNetworkReply into a JSON document or an ApiError with a
/// readable, translated sentence. Pure with respect to the network: it only
/// reads what the reply already holds.
class ReplyInterpreter
{
    Q_DECLARE_TR_FUNCTIONS(keyward::ReplyInterpreter)

public:
    /// The body of a successful answer as JSON (a null document for an empty
    /// body), or the error.
    static ApiResult<QJsonDocument> interpret(QNetworkReply *reply, const QString &endpoint,
                                              AbortReason reason, qint64 maxBodyBytes);

    /// The error for an HTTP status >= 300 and its body (problem+json "detail"
    /// is preferred, then "title", then a sentence for the status).
    static ApiError httpError(int status, const QByteArray &contentType, const QByteArray &body,
                              const QString &endpoint);

    /// "The server sent an answer to GET /x that Keyward cannot read …".
    static ApiError invalidResponse(const QString &endpoint, const QString &why);
};

} // namespace keyward
