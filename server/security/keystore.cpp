// SPDX-License-Identifier: GPL-3.0-or-later
#include "keystore.h"

#include "http/apierror.h"
#include "secrets.h"
#include "storage/database.h"
#include "storage/sql.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcKeys, "keyward.server.keys")

namespace keyward::server {

KeyStore::KeyStore(Database &database, QString keyDirectory, jwt::Algorithm algorithm)
    : m_database(database)
    , m_keyDirectory(std::move(keyDirectory))
    , m_algorithm(algorithm)
{}

QString KeyStore::privateKeyPath(const QString &kid) const
{
    return QDir(m_keyDirectory).filePath(kid + u".pem"_s);
}

QString KeyStore::createKey()
{
    jwt::Jwk key = jwt::Jwk::generate(m_algorithm);
    // A letter first: a kid that starts with '-' would read as an option on
    // the command line ("keys retire KID").
    const QString kid = u"k"_s + key.thumbprint().left(15);
    key.setKeyId(kid);
    writePrivateFile(privateKeyPath(kid), key.toPrivatePem());
    Transaction transaction(m_database);
    SqlQuery(transaction.db(), u"UPDATE signing_keys SET is_current = 0"_s).exec();
    SqlQuery(transaction.db(),
             u"INSERT INTO signing_keys (kid, algorithm, public_jwk, created_ms, is_current) "
             "VALUES (:kid, :alg, :jwk, :created, 1)"_s)
        .bind(u":kid"_s, kid)
        .bind(u":alg"_s, jwt::algorithmName(m_algorithm))
        .bind(u":jwk"_s,
              QString::fromUtf8(QJsonDocument(key.toPublicJson()).toJson(QJsonDocument::Compact)))
        .bind(u":created"_s, QDateTime::currentMSecsSinceEpoch())
        .exec();
    transaction.commit();
    QMutexLocker lock(&m_mutex);
    m_privateKeys.insert(kid, key);
    qCInfo(lcKeys).noquote() << "created signing key" << kid << jwt::algorithmName(m_algorithm);
    return kid;
}

void KeyStore::ensureCurrentKey()
{
    SqlQuery query(m_database.connection(),
                   u"SELECT COUNT(*) FROM signing_keys WHERE is_current = 1"_s);
    if (query.exec().scalarInteger() == 0)
        createKey();
}

jwt::Jwk KeyStore::currentSigningKey()
{
    SqlQuery query(m_database.connection(), u"SELECT kid FROM signing_keys WHERE is_current = 1"_s);
    query.exec();
    if (!query.next())
        throw ApiError::internal(u"The server has no current signing key."_s);
    const QString kid = query.value(0).toString();
    QMutexLocker lock(&m_mutex);
    if (const auto it = m_privateKeys.constFind(kid); it != m_privateKeys.constEnd())
        return *it;
    QFile file(privateKeyPath(kid));
    if (!file.open(QIODevice::ReadOnly))
        throw ApiError::internal(
            u"The signing key %1 is missing from the key directory."_s.arg(kid));
    auto key = jwt::Jwk::fromPem(file.readAll(), kid);
    if (!key)
        throw ApiError::internal(
            u"The signing key %1 cannot be read: %2"_s.arg(kid, key.error().detail));
    m_privateKeys.insert(kid, *key);
    return *key;
}

std::optional<jwt::Jwk> KeyStore::verificationKey(const QString &kid)
{
    // Whether the key is retired is asked every time (another process may
    // have retired it a moment ago); the key material never changes, so it
    // is parsed and imported into OpenSSL once per process.
    SqlQuery query(
        m_database.connection(),
        u"SELECT public_jwk FROM signing_keys WHERE kid = :kid AND retired_ms IS NULL"_s);
    query.bind(u":kid"_s, kid).exec();
    if (!query.next())
        return std::nullopt;
    {
        QMutexLocker lock(&m_mutex);
        if (const auto it = m_publicKeys.constFind(kid); it != m_publicKeys.constEnd())
            return *it;
    }
    const auto key =
        jwt::Jwk::fromJson(QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object());
    if (!key) {
        qCWarning(lcKeys).noquote()
            << "stored public key" << kid << "is unreadable:" << key.error().detail;
        return std::nullopt;
    }
    QMutexLocker lock(&m_mutex);
    m_publicKeys.insert(kid, *key);
    return *key;
}

bool KeyStore::isRetired(const QString &kid)
{
    SqlQuery query(m_database.connection(),
                   u"SELECT 1 FROM signing_keys WHERE kid = :kid AND retired_ms IS NOT NULL"_s);
    query.bind(u":kid"_s, kid).exec();
    return query.next();
}

jwt::Jwks KeyStore::publishedKeys()
{
    SqlQuery query(
        m_database.connection(),
        u"SELECT public_jwk FROM signing_keys WHERE retired_ms IS NULL ORDER BY created_ms"_s);
    query.exec();
    jwt::Jwks keys;
    while (query.next()) {
        const auto key = jwt::Jwk::fromJson(
            QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object());
        if (key)
            keys.add(*key);
    }
    return keys;
}

QList<KeyStore::KeyInfo> KeyStore::list()
{
    SqlQuery query(m_database.connection(),
                   u"SELECT kid, algorithm, created_ms, retired_ms, is_current FROM signing_keys "
                   "ORDER BY created_ms"_s);
    query.exec();
    QList<KeyInfo> keys;
    while (query.next()) {
        KeyInfo info;
        info.kid = query.value(0).toString();
        info.algorithm = query.value(1).toString();
        info.created = QDateTime::fromMSecsSinceEpoch(query.value(2).toLongLong(), Qt::UTC);
        if (!query.value(3).isNull())
            info.retired = QDateTime::fromMSecsSinceEpoch(query.value(3).toLongLong(), Qt::UTC);
        info.current = query.value(4).toInt() == 1;
        keys.append(info);
    }
    return keys;
}

QString KeyStore::rotate()
{
    return createKey();
}

void KeyStore::retire(const QString &kid)
{
    Transaction transaction(m_database);
    SqlQuery query(transaction.db(),
                   u"SELECT is_current, retired_ms FROM signing_keys WHERE kid = :kid"_s);
    query.bind(u":kid"_s, kid).exec();
    if (!query.next())
        throw ApiError::notFound(u"There is no signing key %1."_s.arg(kid));
    if (query.value(0).toInt() == 1)
        throw ApiError::badRequest(
            u"Key %1 is the current signing key; run 'keys rotate' first, then retire it."_s.arg(
                kid));
    SqlQuery(transaction.db(),
             u"UPDATE signing_keys SET retired_ms = :now WHERE kid = :kid AND retired_ms IS NULL"_s)
        .bind(u":now"_s, QDateTime::currentMSecsSinceEpoch())
        .bind(u":kid"_s, kid)
        .exec();
    transaction.commit();
    qCInfo(lcKeys).noquote() << "retired signing key" << kid;
}

} // namespace keyward::server
