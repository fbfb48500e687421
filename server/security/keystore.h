// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jwt/algorithm.h"
#include "jwt/jwk.h"
#include "jwt/jwks.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QString>

#include <optional>

namespace keyward::server {

class Database;

/// The server's signing keys. Private keys live in files (mode 0600) in the
/// key directory; the database records which keys exist, which one signs new
/// tokens and which are retired, so every server process sharing the database
/// agrees at once.
class KeyStore
{
public:
    KeyStore(Database &database, QString keyDirectory, jwt::Algorithm algorithm);

    /// Makes sure a current key exists (creating the first one). Call at start.
    void ensureCurrentKey();
    /// The key that signs new tokens (with its private half).
    jwt::Jwk currentSigningKey();
    /// The public key for \p kid when it exists and is not retired.
    std::optional<jwt::Jwk> verificationKey(const QString &kid);
    /// True when \p kid names a key that was retired (false for unknown kids).
    bool isRetired(const QString &kid);
    /// Every key that is not retired: the JWKS the server publishes.
    jwt::Jwks publishedKeys();

    struct KeyInfo
    {
        QString kid;
        QString algorithm;
        QDateTime created;
        std::optional<QDateTime> retired;
        bool current = false;
    };
    QList<KeyInfo> list();
    /// Creates a new key and makes it current; the old ones keep verifying.
    QString rotate();
    /// Retires \p kid: every token it signed fails verification from now on.
    /// Throws ApiError when the key does not exist or is the current one.
    void retire(const QString &kid);

private:
    QString privateKeyPath(const QString &kid) const;
    QString createKey();

    Database &m_database;
    QString m_keyDirectory;
    jwt::Algorithm m_algorithm;
    QMutex m_mutex;
    QHash<QString, jwt::Jwk> m_privateKeys; ///< cache of keys read from files
    QHash<QString, jwt::Jwk> m_publicKeys;  ///< parsed verification keys (immutable per kid)
};

} // namespace keyward::server
