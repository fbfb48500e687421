// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Top-level JSON arrays (GET …/users, …/teams, …/tokens answer with a bare
// array): one call per list instead of a loop in every caller.

#include "expected.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace keyward {

/// Parses every element of \p array with \p parse (QJsonObject ->
/// Expected<T>). The first failure is returned with its index in front of
/// the field: "2/created".
template <typename T, typename Parse>
Expected<QList<T>> listFromJson(const QJsonArray &array, Parse parse)
{
    QList<T> result;
    result.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString index = QString::number(i);
        const QJsonValue item = array.at(i);
        if (!item.isObject())
            return WireError{index, QStringLiteral("must be an object.")};
        Expected<T> parsed = parse(item.toObject());
        if (!parsed) {
            const WireError &error = parsed.error();
            return WireError{error.field.isEmpty() ? index : index + QLatin1Char('/') + error.field,
                             error.message};
        }
        result.append(std::move(parsed).value());
    }
    return result;
}

/// Writes each item with the toJson() overload found for it.
template <typename T> QJsonArray toJsonArray(const QList<T> &items)
{
    QJsonArray array;
    for (const T &item : items)
        array.append(toJson(item));
    return array;
}

} // namespace keyward
