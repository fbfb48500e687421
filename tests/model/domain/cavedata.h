// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Test helpers for the CAVE documentation examples stored in cave/.

#include "domain/expected.h"
#include "domain/isotime.h"
#include "domain/jsonlist.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QTest>

#include <optional>

namespace keyward::test {

/// The example stored as cave/<name>; a null document when it is missing or
/// not JSON (the caller's QVERIFY then fails with the file name).
inline QJsonDocument loadCave(const QString &name)
{
    QFile file(QStringLiteral(KEYWARD_CAVE_DIR) + u'/' + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QJsonParseError error{};
    QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    return error.error == QJsonParseError::NoError ? doc : QJsonDocument();
}

/// True when every field of \p original has an equal counterpart in
/// \p written. Fields \p written adds (extensions the document does not
/// have) are ignored; arrays must have the same length. Times compare as
/// instants, since we always write milliseconds ("…:41Z" vs "…:41.000Z").
/// On a difference, \p where gets the path of the first one.
inline bool sameDocFields(const QJsonValue &original, const QJsonValue &written, QString *where,
                          const QString &path = {})
{
    const auto mismatch = [&] {
        if (where)
            *where = path.isEmpty() ? QStringLiteral("(document)") : path;
        return false;
    };
    if (original.isObject()) {
        if (!written.isObject())
            return mismatch();
        const QJsonObject o = original.toObject();
        const QJsonObject w = written.toObject();
        for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
            const QString sub = path.isEmpty() ? it.key() : path + u'/' + it.key();
            if (!w.contains(it.key())) {
                if (where)
                    *where = sub;
                return false;
            }
            if (!sameDocFields(it.value(), w.value(it.key()), where, sub))
                return false;
        }
        return true;
    }
    if (original.isArray()) {
        if (!written.isArray() || original.toArray().size() != written.toArray().size())
            return mismatch();
        const QJsonArray o = original.toArray();
        const QJsonArray w = written.toArray();
        for (qsizetype i = 0; i < o.size(); ++i) {
            const QString sub =
                path.isEmpty() ? QString::number(i) : path + u'/' + QString::number(i);
            if (!sameDocFields(o.at(i), w.at(i), where, sub))
                return false;
        }
        return true;
    }
    if (original == written)
        return true;
    if (original.isString() && written.isString()) {
        const auto a = parseIsoTime(original.toString());
        const auto b = parseIsoTime(written.toString());
        if (a && b && *a == *b)
            return true;
    }
    return mismatch();
}

/// The error as text, empty on success (safe to use in QVERIFY2 messages,
/// which are evaluated either way).
template <typename T> QString errorText(const Expected<T> &result)
{
    return result ? QString() : result.error().toString();
}

/// Parses \p doc, writes the value back, and checks that the written JSON
/// has every field of \p doc with the same value and that parsing it again
/// gives an equal value. Records a test failure and returns nullopt otherwise.
template <typename T, typename Parse, typename Write>
std::optional<T> checkRoundTrip(const QJsonValue &doc, Parse parse, Write write)
{
    const auto fail = [](const QString &message) {
        QTest::qFail(message.toUtf8().constData(), __FILE__, __LINE__);
        return std::optional<T>();
    };
    auto first = parse(doc);
    if (!first)
        return fail(QStringLiteral("parsing the document failed: ") + errorText(first));
    const QJsonValue written = write(*first);
    QString where;
    if (!sameDocFields(doc, written, &where)) {
        return fail(QStringLiteral("the re-serialised JSON differs at ") + where + u'\n' +
                    QString::fromUtf8((written.isArray() ? QJsonDocument(written.toArray())
                                                         : QJsonDocument(written.toObject()))
                                          .toJson(QJsonDocument::Compact)));
    }
    auto second = parse(written);
    if (!second)
        return fail(QStringLiteral("parsing the written JSON failed: ") + errorText(second));
    if (!(*second == *first))
        return fail(QStringLiteral("parse -> toJson -> parse changed the value"));
    return std::move(*first);
}

/// checkRoundTrip for one object of type T.
template <typename T, typename Parse>
std::optional<T> checkObjectRoundTrip(const QJsonObject &doc, Parse parse)
{
    return checkRoundTrip<T>(
        QJsonValue(doc), [&parse](const QJsonValue &v) { return parse(v.toObject()); },
        [](const T &value) { return QJsonValue(toJson(value)); });
}

/// checkRoundTrip for a top-level array of T.
template <typename T, typename Parse>
std::optional<QList<T>> checkListRoundTrip(const QJsonArray &doc, Parse parse)
{
    return checkRoundTrip<QList<T>>(
        QJsonValue(doc),
        [&parse](const QJsonValue &v) { return listFromJson<T>(v.toArray(), parse); },
        [](const QList<T> &value) { return QJsonValue(toJsonArray(value)); });
}

} // namespace keyward::test
