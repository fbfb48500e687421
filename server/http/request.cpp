// SPDX-License-Identifier: GPL-3.0-or-later
#include "request.h"

#include "apierror.h"

#include <QJsonDocument>
#include <QJsonParseError>

using namespace Qt::StringLiterals;

namespace keyward::server {

QString methodName(Method method)
{
    switch (method) {
    case Method::Get:
        return u"GET"_s;
    case Method::Post:
        return u"POST"_s;
    case Method::Put:
        return u"PUT"_s;
    case Method::Patch:
        return u"PATCH"_s;
    case Method::Delete:
        return u"DELETE"_s;
    }
    return {};
}

QByteArray Request::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

Credential Request::credential() const
{
    const QByteArray authorization = header("Authorization").trimmed();
    if (authorization.isEmpty())
        return {};
    const qsizetype space = authorization.indexOf(' ');
    if (space <= 0)
        return {Credential::Scheme::Malformed, {}};
    const QByteArray scheme = authorization.left(space);
    const QByteArray rest = authorization.mid(space + 1).trimmed();
    if (scheme.compare("Bearer", Qt::CaseInsensitive) == 0) {
        if (rest.isEmpty() || rest.contains(' '))
            return {Credential::Scheme::Malformed, {}};
        return {Credential::Scheme::Bearer, QString::fromLatin1(rest)};
    }
    if (scheme.compare("Basic", Qt::CaseInsensitive) == 0) {
        const auto decoded =
            QByteArray::fromBase64Encoding(rest, QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            return {Credential::Scheme::Malformed, {}};
        // CAVE: the token is the user name and the password is empty; a
        // non-empty password means somebody sent real credentials here.
        const QByteArray &pair = *decoded;
        const qsizetype colon = pair.indexOf(':');
        const QByteArray user = colon < 0 ? pair : pair.left(colon);
        const QByteArray password = colon < 0 ? QByteArray() : pair.mid(colon + 1);
        if (user.isEmpty() || !password.isEmpty())
            return {Credential::Scheme::Malformed, {}};
        return {Credential::Scheme::Basic, QString::fromUtf8(user)};
    }
    return {Credential::Scheme::Unsupported, {}};
}

std::optional<QString> Request::queryValue(const QString &name) const
{
    if (!query.hasQueryItem(name))
        return std::nullopt;
    return query.queryItemValue(name, QUrl::FullyDecoded);
}

QJsonObject Request::jsonObject() const
{
    if (body.trimmed().isEmpty())
        throw ApiError::badRequest(u"The request needs a JSON object body."_s);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        throw ApiError::badRequest(u"The body is not valid JSON (%1 at offset %2)."_s.arg(
            error.errorString(), QString::number(error.offset)));
    if (!document.isObject())
        throw ApiError::badRequest(u"The body must be a JSON object."_s);
    return document.object();
}

QJsonObject Request::optionalJsonObject() const
{
    return body.trimmed().isEmpty() ? QJsonObject() : jsonObject();
}

std::optional<qint64> Request::queryInteger(const QString &name, qint64 minimum,
                                            qint64 maximum) const
{
    const auto text = queryValue(name);
    if (!text)
        return std::nullopt;
    bool ok = false;
    const qint64 value = text->toLongLong(&ok);
    if (!ok || value < minimum || value > maximum)
        throw ApiError::badRequest(
            u"The query parameter '%1' must be an integer from %2 to %3."_s.arg(
                name, QString::number(minimum), QString::number(maximum)));
    return value;
}

} // namespace keyward::server
