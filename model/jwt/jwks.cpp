// SPDX-License-Identifier: GPL-3.0-or-later
#include "jwks.h"

#include <QJsonArray>
#include <QSet>

using namespace Qt::StringLiterals;

namespace keyward::jwt {

namespace {

/// Keys a signature verifier has no use for, which a published set may
/// legitimately contain next to ours: other key types and curves, encryption
/// keys, other algorithms. They are skipped rather than failing the set.
bool isForeignKey(const QJsonObject &json)
{
    const QString kty = json.value("kty"_L1).toString();
    const QString crv = json.value("crv"_L1).toString();
    if (kty == "OKP"_L1 && crv != "Ed25519"_L1)
        return true;
    if (kty == "EC"_L1 && crv != "P-256"_L1)
        return true;
    if (kty != "OKP"_L1 && kty != "EC"_L1 && kty != "RSA"_L1 && kty != "oct"_L1)
        return true;
    const QJsonValue use = json.value("use"_L1);
    if (use.isString() && use.toString() != "sig"_L1)
        return true;
    const QJsonValue alg = json.value("alg"_L1);
    return alg.isString() && !algorithmFromName(alg.toString());
}

} // namespace

Expected<Jwks, JwtError> Jwks::fromJson(const QJsonObject &json)
{
    const QJsonValue keys = json.value("keys"_L1);
    if (!keys.isArray())
        return JwtError{JwtErrorCode::InvalidKey, u"The key set has no \"keys\" array."_s};
    Jwks set;
    QSet<QString> kids;
    const QJsonArray array = keys.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isObject())
            return JwtError{JwtErrorCode::InvalidKey, u"Key %1 is not a JSON object."_s.arg(i)};
        const QJsonObject object = array.at(i).toObject();
        if (isForeignKey(object))
            continue;
        auto key = Jwk::fromJson(object);
        if (!key)
            return JwtError{key.error().code, u"Key %1: %2"_s.arg(i).arg(key.error().detail)};
        // Two keys under one kid would make the choice of key ambiguous.
        if (!key->keyId().isEmpty() && kids.contains(key->keyId()))
            return JwtError{JwtErrorCode::InvalidKey,
                            u"Key %1 repeats the key id of an earlier key."_s.arg(i)};
        kids.insert(key->keyId());
        set.add(*key);
    }
    return set;
}

const Jwk *Jwks::find(const QString &kid) const
{
    if (kid.isEmpty())
        return nullptr;
    for (const Jwk &key : m_keys) {
        if (key.keyId() == kid)
            return &key;
    }
    return nullptr;
}

QJsonObject Jwks::toJson() const
{
    QJsonArray array;
    for (const Jwk &key : m_keys) {
        const QJsonObject publicKey = key.toPublicJson();
        if (!publicKey.isEmpty())
            array.append(publicKey);
    }
    return QJsonObject{{u"keys"_s, array}};
}

} // namespace keyward::jwt
