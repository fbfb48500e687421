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

bool twoDigits(QStringView text, qsizetype at, int *out)
{
    const char16_t a = text[at].unicode();
    const char16_t b = text[at + 1].unicode();
    if (a < u'0' || a > u'9' || b < u'0' || b > u'9')
        return false;
    *out = (a - u'0') * 10 + (b - u'0');
    return true;
}

// Our server's own form, "YYYY-MM-DDTHH:MM:SS[.mmm]Z", read without
// parseIsoTime's regular expression: a 100,000-token listing spent most of
// its decode there. Anything else (an offset, other precision, garbage)
// returns nullopt and takes the strict path, which also words the error.
std::optional<QDateTime> fastUtcTime(QStringView text)
{
    const qsizetype size = text.size();
    if ((size != 20 && size != 24) || text[4] != u'-' || text[7] != u'-' || text[10] != u'T' ||
        text[13] != u':' || text[16] != u':' || text[size - 1] != u'Z')
        return std::nullopt;
    int century = 0, year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
    if (!twoDigits(text, 0, &century) || !twoDigits(text, 2, &year) ||
        !twoDigits(text, 5, &month) || !twoDigits(text, 8, &day) || !twoDigits(text, 11, &hour) ||
        !twoDigits(text, 14, &minute) || !twoDigits(text, 17, &second))
        return std::nullopt;
    int millis = 0;
    if (size == 24) {
        int high = 0, low = 0;
        if (text[19] != u'.' || !twoDigits(text, 20, &high) || !twoDigits(text, 21, &low))
            return std::nullopt;
        millis = high * 10 + low % 10;
    }
    const QDate date(century * 100 + year, month, day);
    const QTime clock(hour, minute, second, millis);
    if (!date.isValid() || !clock.isValid())
        return std::nullopt;
    return QDateTime(date, clock, Qt::UTC);
}

QDateTime requiredTime(WireReader &r, const QString &key)
{
    const QJsonValue v = r.value(key);
    if (v.isString()) {
        if (auto time = fastUtcTime(v.toString()))
            return *time;
    }
    return r.requiredTime(key);
}

std::optional<QDateTime> optionalTime(WireReader &r, const QString &key)
{
    const QJsonValue v = r.value(key);
    if (v.isString()) {
        if (auto time = fastUtcTime(v.toString()))
            return time;
    }
    return r.optionalTime(key);
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
    token.created = requiredTime(r, u"created"_s);
    token.expires = optionalTime(r, u"expires"_s);
    token.scopes = r.optionalStringList(u"scopes"_s).value_or(QStringList());
    token.labels = r.optionalStringMap(u"labels"_s);
    token.attributes = r.optionalObject(u"attributes"_s).value_or(QJsonObject());
    token.lastUsed = optionalTime(r, u"last_used"_s);
    token.format = r.optionalString(u"format"_s).value_or(QString());
    token.org = r.optionalString(u"org"_s).value_or(QString());
    token.team = r.optionalString(u"team"_s).value_or(QString());
    return r.result(std::move(token));
}

} // namespace keyward
