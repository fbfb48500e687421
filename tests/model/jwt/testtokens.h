// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jwt/jwk.h"
#include "jwt/jws.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace keyward::jwt::test {

inline QJsonObject jsonObject(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

inline Jwk keyFromJson(const char *json)
{
    auto key = Jwk::fromJson(jsonObject(json));
    if (!key)
        qFatal("test key refused: %s", qPrintable(key.error().detail));
    return *key;
}

/// parseCompact followed by verifySignature: the whole path a token takes.
inline Expected<bool, JwtError> parseAndVerify(QByteArrayView token, const Jwk &key)
{
    auto jws = parseCompact(token);
    if (!jws)
        return jws.error();
    return verifySignature(*jws, key);
}

inline Expected<bool, JwtError> parseAndVerify(QByteArrayView token, const Jwks &keys)
{
    auto jws = parseCompact(token);
    if (!jws)
        return jws.error();
    return verifySignature(*jws, keys);
}

/// The code of a failed result, or a value no test expects.
template <typename T> int errorCode(const Expected<T, JwtError> &result)
{
    return result ? -1 : static_cast<int>(result.error().code);
}

inline int code(JwtErrorCode c)
{
    return static_cast<int>(c);
}

} // namespace keyward::jwt::test
