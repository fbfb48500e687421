// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "expected.h"
#include "role.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace keyward {

/// Internal helper of the wire-format parsers: reads typed fields from one
/// JSON object and remembers the first problem, so that each parser reads
/// like the field list of its type and reports exactly one WireError naming
/// the field. After the first error every reader returns an empty value and
/// further errors are ignored (the first one is the one worth reporting).
///
/// Optional fields that are null are treated as absent: servers and clients
/// differ on whether they write `null` or leave a field out.
class WireReader
{
public:
    /// \p prefix is the path of \p json inside the document ("tokens/0"),
    /// empty for the document itself.
    explicit WireReader(const QJsonObject &json, const QString &prefix = {});

    const QJsonObject &json() const { return m_json; }
    /// The field's path as reported in a WireError: "prefix/key".
    QString path(const QString &key) const;
    /// Present and not null.
    bool has(const QString &key) const;
    QJsonValue value(const QString &key) const { return m_json.value(key); }

    QString requiredString(const QString &key);
    /// As requiredString, and refuses "" and whitespace-only text.
    QString requiredNonEmptyString(const QString &key);
    std::optional<QString> optionalString(const QString &key);
    std::optional<QString> optionalNonEmptyString(const QString &key);

    std::optional<double> requiredNumber(const QString &key);
    /// Integral numbers; an integral double such as 1.4e9 counts, 1.5 does not.
    std::optional<qint64> requiredInteger(const QString &key);
    std::optional<qint64> optionalInteger(const QString &key);
    std::optional<bool> optionalBool(const QString &key);

    QJsonObject requiredObject(const QString &key);
    std::optional<QJsonObject> optionalObject(const QString &key);
    QJsonArray requiredArray(const QString &key);
    std::optional<QJsonArray> optionalArray(const QString &key);

    /// An object whose values are all strings; empty when absent.
    QMap<QString, QString> optionalStringMap(const QString &key);
    /// An array of strings; nullopt when absent.
    std::optional<QStringList> optionalStringList(const QString &key);

    /// A role's wire spelling; with \p assignableOnly, "team" is refused too.
    std::optional<Role> requiredRole(const QString &key, bool assignableOnly);

    QDateTime requiredTime(const QString &key);
    /// nullopt when absent or null.
    std::optional<QDateTime> optionalTime(const QString &key);

    /// Parses every element of \p array (found at \p key) as an object with
    /// \p parse, which returns Expected<T>; errors are reported with their
    /// path inside the element ("tokens/0/created").
    template <typename T, typename Parse>
    QList<T> objectList(const QString &key, const QJsonArray &array, Parse parse)
    {
        QList<T> result;
        if (!ok())
            return result;
        result.reserve(array.size());
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString element = key + u'/' + QString::number(i);
            const QJsonValue item = array.at(i);
            if (!item.isObject()) {
                fail(element, wrongTypeMessage(u"an object", item));
                return {};
            }
            Expected<T> parsed = parse(item.toObject());
            if (!parsed) {
                failNested(element, parsed.error());
                return {};
            }
            result.append(std::move(parsed).value());
        }
        return result;
    }

    /// Records an error for \p key (relative to this reader's prefix; empty
    /// for the object itself) unless one was recorded already.
    void fail(const QString &key, const QString &message);
    /// Records \p error, which was found inside the value at \p key.
    void failNested(const QString &key, const WireError &error);

    bool ok() const { return !m_error.has_value(); }
    /// Only meaningful when !ok().
    const WireError &error() const { return *m_error; }

    template <typename T> Expected<T> result(T value) const
    {
        if (m_error)
            return *m_error;
        return Expected<T>(std::move(value));
    }

    /// "must be <expected>, not <what value is>".
    static QString wrongTypeMessage(QStringView expected, const QJsonValue &value);
    /// "a string", "a number", "null", … for messages.
    static QString describe(const QJsonValue &value);

private:
    /// The value at key when it has \p type; records a type error otherwise.
    /// Absent gives nullopt, an error only when \p required; null counts as
    /// absent for optional fields and as a wrong type for required ones.
    std::optional<QJsonValue> fetch(const QString &key, QJsonValue::Type type, QStringView expected,
                                    bool required);

    QJsonObject m_json;
    QString m_prefix;
    std::optional<WireError> m_error;
};

/// Joins a path prefix and a key: "tokens/0" + "id" -> "tokens/0/id".
QString joinWirePath(const QString &prefix, const QString &key);

} // namespace keyward
