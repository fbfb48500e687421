// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "serveroptions.h"

#include <QByteArray>
#include <QReadWriteLock>
#include <QString>

#include <memory>

namespace keyward::server {

class Database;
class KeyStore;
class LoginThrottle;
class Metrics;
class Mailer;
class PasswordHasher;
class PublishBatcher;
class TokenCipher;
class TokenStore;
class VerifiedTokenCache;

/// The server's shared services, built once at start and used by handlers on
/// worker threads. Every member is thread-safe (or immutable after start).
class ServerContext
{
public:
    /// Opens and migrates the database, loads or creates keys. Throws ApiError
    /// with a sentence for the operator when something is unusable.
    explicit ServerContext(ServerOptions options);
    ~ServerContext();
    Q_DISABLE_COPY_MOVE(ServerContext)

    const ServerOptions &options() const { return m_options; }
    Database &database() { return *m_database; }
    KeyStore &keys() { return *m_keys; }
    const TokenCipher &cipher() const { return *m_cipher; }
    const PasswordHasher &passwords() const { return *m_passwords; }
    LoginThrottle &loginThrottle() { return *m_loginThrottle; }
    const Mailer &mailer() const { return *m_mailer; }
    TokenStore &tokens() { return *m_tokens; }
    Metrics &metrics() { return *m_metrics; }
    /// Publishing tokens whose signature was already checked (auth/).
    VerifiedTokenCache &tokenCache() { return *m_tokenCache; }
    /// Group commit of published points (services/publishbatcher.h).
    PublishBatcher &publishBatcher() { return *m_publishBatcher; }
    /// The bearer secret of GET /internal/metrics (--metrics-token); empty: disabled.
    const QByteArray &metricsToken() const { return m_metricsToken; }

    /// Public base URL without a trailing slash ("http://127.0.0.1:8080").
    QString issuer() const;
    void setIssuer(const QString &issuer);
    /// \p path (starting with '/') resolved against the issuer.
    QString absoluteUrl(const QString &path) const;

private:
    ServerOptions m_options;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<KeyStore> m_keys;
    std::unique_ptr<TokenCipher> m_cipher;
    std::unique_ptr<PasswordHasher> m_passwords;
    std::unique_ptr<LoginThrottle> m_loginThrottle;
    std::unique_ptr<Mailer> m_mailer;
    std::unique_ptr<TokenStore> m_tokens;
    std::unique_ptr<Metrics> m_metrics;
    std::unique_ptr<VerifiedTokenCache> m_tokenCache;
    std::unique_ptr<PublishBatcher> m_publishBatcher;
    QByteArray m_metricsToken;
    mutable QReadWriteLock m_issuerLock;
    QString m_issuer;
};

} // namespace keyward::server
