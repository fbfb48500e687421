// SPDX-License-Identifier: GPL-3.0-or-later
#include "token.h"

#include "isotime.h"
#include "wirereader.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace keyward {

namespace {

QJsonValue timeOrNull(const std::optional<QDateTime> &time)
{
    return time ? QJsonValue(formatIsoTime(*time)) : QJsonValue(QJsonValue::Null);
}

QJsonObject stringMapToJson(const QMap<QString, QString> &map)
{
    QJsonObject object;
    for (auto it = map.constBegin(); it != map.constEnd(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

// CAVE writes ids as strings; other CAVE-compatible servers have been seen
// to write numbers, which we read but never write.
QString readId(WireReader &r)
{
    const QString key = u"id"_s;
    const QJsonValue v = r.value(key);
    if (v.isDouble()) {
        const auto id = r.requiredInteger(key);
        return id ? QString::number(*id) : QString();
    }
    return r.requiredNonEmptyString(key);
}

} // namespace

QJsonObject toJson(const Token &token, bool extended)
{
    QJsonObject json{
        {u"id"_s, token.id},
        {u"description"_s, token.description},
        {u"created"_s, formatIsoTime(token.created)},
    };
    if (token.value)
        json.insert(u"value"_s, *token.value);
    if (!extended)
        return json;

    json.insert(u"expires"_s, timeOrNull(token.expires));
    json.insert(u"last_used"_s, timeOrNull(token.lastUsed));
    // Empty collections are left out rather than written as [] or {}: a
    // token read from a plain CAVE server has no scopes, and "scopes": []
    // would claim it may do nothing.
    if (!token.scopes.isEmpty())
        json.insert(u"scopes"_s, QJsonArray::fromStringList(token.scopes));
    if (!token.labels.isEmpty())
        json.insert(u"labels"_s, stringMapToJson(token.labels));
    if (!token.attributes.isEmpty())
        json.insert(u"attributes"_s, token.attributes);
    if (!token.format.isEmpty())
        json.insert(u"format"_s, token.format);
    if (!token.org.isEmpty())
        json.insert(u"org"_s, token.org);
    if (!token.team.isEmpty())
        json.insert(u"team"_s, token.team);
    return json;
}

Expected<Token> tokenFromJson(const QJsonObject &json)
{
    WireReader r(json);
    Token token;
    token.id = readId(r);
    token.description = r.requiredString(u"description"_s);
    token.value = r.optionalString(u"value"_s);
    token.created = r.requiredTime(u"created"_s);
    token.expires = r.optionalTime(u"expires"_s);
    token.scopes = r.optionalStringList(u"scopes"_s).value_or(QStringList());
    token.labels = r.optionalStringMap(u"labels"_s);
    token.attributes = r.optionalObject(u"attributes"_s).value_or(QJsonObject());
    token.lastUsed = r.optionalTime(u"last_used"_s);
    token.format = r.optionalString(u"format"_s).value_or(QString());
    token.org = r.optionalString(u"org"_s).value_or(QString());
    token.team = r.optionalString(u"team"_s).value_or(QString());
    return r.result(std::move(token));
}

} // namespace keyward
