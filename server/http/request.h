// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrlQuery>

#include <optional>
#include <utility>

namespace keyward::server {

enum class Method
{
    Get,
    Post,
    Put,
    Patch,
    Delete
};
QString methodName(Method method);

/// The credential a request presents: `Authorization: Bearer X` or
/// `Authorization: Basic base64(X:)` (CAVE's token-as-username form).
struct Credential
{
    enum class Scheme
    {
        None,
        Bearer,
        Basic,
        Unsupported,
        Malformed
    };
    Scheme scheme = Scheme::None;
    QString secret; ///< never logged
};

/// A request copied out of Qt HttpServer so it can travel to a worker thread.
struct Request
{
    Method method = Method::Get;
    QString path;
    QUrlQuery query;
    QHash<QString, QString> params; ///< path parameters, percent-decoded
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QHostAddress remote;

    /// First header named \p name (case-insensitive), or empty.
    QByteArray header(QByteArrayView name) const;
    Credential credential() const;

    /// Path parameter (must exist in the route pattern).
    QString param(const QString &name) const { return params.value(name); }
    std::optional<QString> queryValue(const QString &name) const;

    /// The body parsed as a JSON object; throws ApiError(BadRequest) with a
    /// clear message when it is empty, not JSON, or not an object.
    QJsonObject jsonObject() const;
    /// The body as a JSON object, or an empty object when there is no body
    /// (for endpoints whose body is optional, e.g. rotate).
    QJsonObject optionalJsonObject() const;

    /// Optional non-negative integer query parameter; throws BadRequest when
    /// present but not an integer in [minimum, maximum].
    std::optional<qint64> queryInteger(const QString &name, qint64 minimum, qint64 maximum) const;
};

} // namespace keyward::server
