// SPDX-License-Identifier: GPL-3.0-or-later
#include "response.h"

#include "apierror.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace keyward::server {

Response Response::json(int status, const QJsonObject &object)
{
    return {
        status, "application/json"_ba, QJsonDocument(object).toJson(QJsonDocument::Compact), {}};
}

Response Response::json(int status, const QJsonArray &array)
{
    return {status, "application/json"_ba, QJsonDocument(array).toJson(QJsonDocument::Compact), {}};
}

Response Response::empty(int status)
{
    return {status, {}, {}, {}};
}

Response Response::text(int status, QByteArray body)
{
    return {status, "text/plain; charset=utf-8"_ba, std::move(body), {}};
}

Response Response::problem(const ApiError &error)
{
    const int status = httpStatus(error.kind());
    const QJsonObject body{{u"type"_s, errorType(error.kind())},
                           {u"title"_s, errorTitle(error.kind())},
                           {u"status"_s, status},
                           {u"detail"_s, error.detail()}};
    Response response{status, "application/problem+json"_ba,
                      QJsonDocument(body).toJson(QJsonDocument::Compact), error.headers()};
    return response;
}

Response &Response::withHeader(QByteArray name, QByteArray value)
{
    headers.append({std::move(name), std::move(value)});
    return *this;
}

} // namespace keyward::server
