// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>

#include <utility>

namespace keyward::server {

class ApiError;

/// What a handler answers: built on a worker thread, written by the front end
/// on the socket's thread.
struct Response
{
    using Header = std::pair<QByteArray, QByteArray>;

    int status = 200;
    QByteArray contentType;
    QByteArray body;
    QList<Header> headers;

    static Response json(int status, const QJsonObject &object);
    static Response json(int status, const QJsonArray &array);
    static Response empty(int status);
    static Response text(int status, QByteArray body);
    /// application/problem+json {type, title, status, detail}.
    static Response problem(const ApiError &error);

    Response &withHeader(QByteArray name, QByteArray value);
};

} // namespace keyward::server
