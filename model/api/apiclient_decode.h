// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The decoders behind ApiClient's typed calls, shared by the apiclient_*.cpp
// files that implement them. Only those files include this.

#include "apiclient.h"
#include "replyinterpreter.h"

#include "domain/isotime.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QUrl>

namespace keyward {

namespace apiclient_detail {

/// A free-text query value, fully percent-encoded: QUrlQuery keeps '+' and
/// '&' as they are, and a server reads a bare '+' as a space.
inline QString queryText(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

/// A time as the API takes it in a query (ISO 8601, UTC).
inline QString queryTime(const QDateTime &time)
{
    return queryText(formatIsoTime(time));
}

/// Parses a top-level JSON array of objects, or says why it cannot.
template <typename T, typename Parser>
ApiResult<QList<T>> parseArray(const QString &endpoint, const QJsonDocument &document, Parser parse)
{
    if (!document.isArray()) {
        return ReplyInterpreter::invalidResponse(endpoint,
                                                 ReplyInterpreter::tr("expected a JSON array"));
    }
    const QJsonArray array = document.array();
    QList<T> values;
    values.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isObject()) {
            return ReplyInterpreter::invalidResponse(
                endpoint, ReplyInterpreter::tr("item %1 is not a JSON object").arg(i));
        }
        auto parsed = parse(array.at(i).toObject());
        if (!parsed) {
            return ReplyInterpreter::invalidResponse(endpoint, QString::number(i) + u'/' +
                                                                   parsed.error().toString());
        }
        values.append(std::move(parsed).value());
    }
    return values;
}

} // namespace apiclient_detail

template <typename T, typename Parser>
ApiClient::RawHandler ApiClient::decodeObject(QString endpoint, Parser parse, ApiCallback<T> done)
{
    return [endpoint = std::move(endpoint), parse,
            done = std::move(done)](const ApiResult<QJsonDocument> &raw, const ReplyMeta &) {
        if (!raw) {
            done(raw.error());
            return;
        }
        if (!raw->isObject()) {
            done(ReplyInterpreter::invalidResponse(endpoint,
                                                   ReplyInterpreter::tr("expected a JSON object")));
            return;
        }
        auto parsed = parse(raw->object());
        if (!parsed) {
            done(ReplyInterpreter::invalidResponse(endpoint, parsed.error().toString()));
            return;
        }
        done(std::move(parsed).value());
    };
}

template <typename T, typename Parser>
ApiClient::RawHandler ApiClient::decodeList(QString endpoint, Parser parse,
                                            ApiCallback<QList<T>> done)
{
    return [endpoint = std::move(endpoint), parse,
            done = std::move(done)](const ApiResult<QJsonDocument> &raw, const ReplyMeta &) {
        if (!raw) {
            done(raw.error());
            return;
        }
        done(apiclient_detail::parseArray<T>(endpoint, *raw, parse));
    };
}

template <typename T, typename Parser>
ApiClient::RawHandler ApiClient::decodePage(QString endpoint, Parser parse,
                                            ApiCallback<Page<T>> done)
{
    return [endpoint = std::move(endpoint), parse,
            done = std::move(done)](const ApiResult<QJsonDocument> &raw, const ReplyMeta &meta) {
        if (!raw) {
            done(raw.error());
            return;
        }
        ApiResult<QList<T>> items = apiclient_detail::parseArray<T>(endpoint, *raw, parse);
        if (!items) {
            done(items.error());
            return;
        }
        done(Page<T>{std::move(items).value(), meta.totalCount});
    };
}

template <typename T, typename Parser>
void ApiClient::getObject(const QString &path, Parser parse, QObject *context, ApiCallback<T> done)
{
    send(Method::Get, path, std::nullopt, context,
         decodeObject<T>(endpointName(Method::Get, path), parse, std::move(done)));
}

} // namespace keyward
