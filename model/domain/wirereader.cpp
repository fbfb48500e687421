// SPDX-License-Identifier: GPL-3.0-or-later
#include "wirereader.h"

#include "isotime.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace keyward {

QString joinWirePath(const QString &prefix, const QString &key)
{
    if (prefix.isEmpty())
        return key;
    if (key.isEmpty())
        return prefix;
    return prefix + u'/' + key;
}

WireReader::WireReader(const QJsonObject &json, const QString &prefix)
    : m_json(json)
    , m_prefix(prefix)
{}

QString WireReader::path(const QString &key) const
{
    return joinWirePath(m_prefix, key);
}

bool WireReader::has(const QString &key) const
{
    const QJsonValue v = m_json.value(key);
    return !v.isUndefined() && !v.isNull();
}

void WireReader::fail(const QString &key, const QString &message)
{
    if (!m_error)
        m_error = WireError{path(key), message};
}

void WireReader::failNested(const QString &key, const WireError &error)
{
    if (!m_error)
        m_error = WireError{joinWirePath(path(key), error.field), error.message};
}

QString WireReader::describe(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return u"null"_s;
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Double:
        return u"a number"_s;
    case QJsonValue::String:
        return u"a string"_s;
    case QJsonValue::Array:
        return u"an array"_s;
    case QJsonValue::Object:
        return u"an object"_s;
    case QJsonValue::Undefined:
        break;
    }
    return u"missing"_s;
}

QString WireReader::wrongTypeMessage(QStringView expected, const QJsonValue &value)
{
    return u"must be %1, not %2."_s.arg(expected, describe(value));
}

std::optional<QJsonValue> WireReader::fetch(const QString &key, QJsonValue::Type type,
                                            QStringView expected, bool required)
{
    if (!ok())
        return std::nullopt;
    const QJsonValue v = m_json.value(key);
    if (v.isUndefined() || (v.isNull() && !required)) {
        if (required)
            fail(key, u"is required."_s);
        return std::nullopt;
    }
    if (v.type() != type) {
        fail(key, wrongTypeMessage(expected, v));
        return std::nullopt;
    }
    return v;
}

QString WireReader::requiredString(const QString &key)
{
    const auto v = fetch(key, QJsonValue::String, u"a string", true);
    return v ? v->toString() : QString();
}

QString WireReader::requiredNonEmptyString(const QString &key)
{
    QString text = requiredString(key);
    if (ok() && text.trimmed().isEmpty())
        fail(key, u"must not be empty."_s);
    return text;
}

std::optional<QString> WireReader::optionalString(const QString &key)
{
    const auto v = fetch(key, QJsonValue::String, u"a string", false);
    if (!v)
        return std::nullopt;
    return v->toString();
}

std::optional<QString> WireReader::optionalNonEmptyString(const QString &key)
{
    auto text = optionalString(key);
    if (text && text->trimmed().isEmpty()) {
        fail(key, u"must not be empty."_s);
        return std::nullopt;
    }
    return text;
}

std::optional<double> WireReader::requiredNumber(const QString &key)
{
    const auto v = fetch(key, QJsonValue::Double, u"a number", true);
    if (!v)
        return std::nullopt;
    const double d = v->toDouble();
    if (!std::isfinite(d)) {
        fail(key, u"must be a finite number."_s);
        return std::nullopt;
    }
    return d;
}

namespace {

// Doubles at or beyond 2^63 do not fit a qint64.
constexpr double IntegerLimit = 9223372036854775808.0;

std::optional<qint64> integralValue(const QJsonValue &v)
{
    const double d = v.toDouble();
    if (!std::isfinite(d) || std::trunc(d) != d || d >= IntegerLimit || d < -IntegerLimit)
        return std::nullopt;
    // toInteger keeps the exact value of large integers that were stored as
    // integers; the double is the fallback for values written as 1.4e9.
    return v.toInteger(static_cast<qint64>(d));
}

} // namespace

std::optional<qint64> WireReader::requiredInteger(const QString &key)
{
    const auto v = fetch(key, QJsonValue::Double, u"an integer", true);
    if (!v)
        return std::nullopt;
    const auto i = integralValue(*v);
    if (!i)
        fail(key, u"must be a whole number."_s);
    return i;
}

std::optional<qint64> WireReader::optionalInteger(const QString &key)
{
    const auto v = fetch(key, QJsonValue::Double, u"an integer", false);
    if (!v)
        return std::nullopt;
    const auto i = integralValue(*v);
    if (!i)
        fail(key, u"must be a whole number."_s);
    return i;
}

std::optional<bool> WireReader::optionalBool(const QString &key)
{
    const auto v = fetch(key, QJsonValue::Bool, u"true or false", false);
    if (!v)
        return std::nullopt;
    return v->toBool();
}

QJsonObject WireReader::requiredObject(const QString &key)
{
    const auto v = fetch(key, QJsonValue::Object, u"an object", true);
    return v ? v->toObject() : QJsonObject();
}

std::optional<QJsonObject> WireReader::optionalObject(const QString &key)
{
    const auto v = fetch(key, QJsonValue::Object, u"an object", false);
    if (!v)
        return std::nullopt;
    return v->toObject();
}

QJsonArray WireReader::requiredArray(const QString &key)
{
    const auto v = fetch(key, QJsonValue::Array, u"an array", true);
    return v ? v->toArray() : QJsonArray();
}

std::optional<QJsonArray> WireReader::optionalArray(const QString &key)
{
    const auto v = fetch(key, QJsonValue::Array, u"an array", false);
    if (!v)
        return std::nullopt;
    return v->toArray();
}

QMap<QString, QString> WireReader::optionalStringMap(const QString &key)
{
    QMap<QString, QString> result;
    const auto object = optionalObject(key);
    if (!object)
        return result;
    for (auto it = object->constBegin(); it != object->constEnd(); ++it) {
        if (!it.value().isString()) {
            fail(key + u'/' + it.key(), wrongTypeMessage(u"a string", it.value()));
            return {};
        }
        result.insert(it.key(), it.value().toString());
    }
    return result;
}

std::optional<QStringList> WireReader::optionalStringList(const QString &key)
{
    const auto array = optionalArray(key);
    if (!array)
        return std::nullopt;
    QStringList result;
    result.reserve(array->size());
    for (qsizetype i = 0; i < array->size(); ++i) {
        const QJsonValue item = array->at(i);
        if (!item.isString()) {
            fail(key + u'/' + QString::number(i), wrongTypeMessage(u"a string", item));
            return std::nullopt;
        }
        result.append(item.toString());
    }
    return result;
}

std::optional<Role> WireReader::requiredRole(const QString &key, bool assignableOnly)
{
    const auto v = fetch(key, QJsonValue::String, u"a string", true);
    if (!v)
        return std::nullopt;
    const auto role = roleFromString(v->toString());
    if (!role || (assignableOnly && !isAssignableRole(*role))) {
        fail(key, assignableOnly ? u"must be one of admin, member or viewer."_s
                                 : u"must be one of admin, member, viewer or team."_s);
        return std::nullopt;
    }
    return role;
}

namespace {

QString badTimeMessage()
{
    return u"must be an ISO 8601 time with a time zone, such as 2014-10-23T16:32:33.324Z."_s;
}

} // namespace

QDateTime WireReader::requiredTime(const QString &key)
{
    const auto v = fetch(key, QJsonValue::String, u"an ISO 8601 time string", true);
    if (!v)
        return {};
    const auto time = parseIsoTime(v->toString());
    if (!time) {
        fail(key, badTimeMessage());
        return {};
    }
    return *time;
}

std::optional<QDateTime> WireReader::optionalTime(const QString &key)
{
    const auto v = fetch(key, QJsonValue::String, u"an ISO 8601 time string", false);
    if (!v)
        return std::nullopt;
    auto time = parseIsoTime(v->toString());
    if (!time)
        fail(key, badTimeMessage());
    return time;
}

} // namespace keyward
