// SPDX-License-Identifier: GPL-3.0-or-later
#include "servercontext.h"

#include "auth/verifiedtokencache.h"
#include "http/apierror.h"
#include "observability/metrics.h"
#include "security/keystore.h"
#include "security/loginthrottle.h"
#include "security/passwordhasher.h"
#include "security/tokencipher.h"
#include "services/mailer.h"
#include "services/publishbatcher.h"
#include "services/tokenstore.h"
#include "storage/database.h"
#include "storage/schema.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace keyward::server {

ServerContext::ServerContext(ServerOptions options)
    : m_options(std::move(options))
{
    m_metrics = std::make_unique<Metrics>();
    if (!m_options.metricsTokenFile.isEmpty()) {
        QFile file(m_options.metricsTokenFile);
        if (!file.open(QIODevice::ReadOnly))
            throw ApiError::badRequest(u"--metrics-token: cannot read %1: %2"_s.arg(
                m_options.metricsTokenFile, file.errorString()));
        m_metricsToken = file.readLine().trimmed();
        // A guessable scraper secret would expose the server's traffic figures.
        if (m_metricsToken.size() < 16)
            throw ApiError::badRequest(
                u"--metrics-token: the first line of %1 must hold a secret of at least 16 "
                "characters."_s.arg(m_options.metricsTokenFile));
    }
    auto config = DatabaseConfig::parse(m_options.database);
    if (!config)
        throw ApiError::badRequest(config.error());
    if (config->driver == DatabaseConfig::Driver::Sqlite) {
        QDir().mkpath(QFileInfo(config->sqlitePath).absolutePath());
        if (m_options.keyDirectory.isEmpty())
            m_options.keyDirectory =
                QFileInfo(config->sqlitePath).absoluteDir().filePath(u"keys"_s);
    } else {
        if (!m_options.databasePasswordFile.isEmpty()) {
            QFile file(m_options.databasePasswordFile);
            if (!file.open(QIODevice::ReadOnly))
                throw ApiError::badRequest(u"Cannot read the database password file %1: %2"_s.arg(
                    m_options.databasePasswordFile, file.errorString()));
            config->password = QString::fromUtf8(file.readAll()).section(u'\n', 0, 0);
            config->password.remove(u'\r');
        }
        // Processes sharing one PostgreSQL database must share the key
        // directory too (the database names the current key, the file holds
        // its private half).
        if (m_options.keyDirectory.isEmpty())
            m_options.keyDirectory =
                QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
                    .filePath(u"keyward-server/keys"_s);
    }
    if (!QDir().mkpath(m_options.keyDirectory))
        throw ApiError::internal(
            u"Cannot create the key directory %1."_s.arg(m_options.keyDirectory));
    QFile::setPermissions(m_options.keyDirectory,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);

    m_database = std::make_unique<Database>(*config);
    migrateSchema(*m_database);
    m_keys =
        std::make_unique<KeyStore>(*m_database, m_options.keyDirectory, m_options.keyAlgorithm);
    m_cipher = std::make_unique<TokenCipher>(TokenCipher::loadOrCreate(
        QDir(m_options.keyDirectory).filePath(u"token-encryption.key"_s)));
    m_passwords = std::make_unique<PasswordHasher>();
    m_loginThrottle = std::make_unique<LoginThrottle>(*m_database);
    m_mailer = std::make_unique<Mailer>(m_options.mailDirectory, m_options.mailCommand,
                                        u"Keyward <no-reply@keyward.invalid>"_s);
    m_tokens = std::make_unique<TokenStore>(*this);
    m_tokenCache = std::make_unique<VerifiedTokenCache>();
    m_publishBatcher = std::make_unique<PublishBatcher>(*m_database);
    setIssuer(m_options.issuer);
}

ServerContext::~ServerContext() = default;

QString ServerContext::issuer() const
{
    QReadLocker lock(&m_issuerLock);
    return m_issuer;
}

void ServerContext::setIssuer(const QString &issuer)
{
    QWriteLocker lock(&m_issuerLock);
    m_issuer = issuer;
    while (m_issuer.endsWith(u'/'))
        m_issuer.chop(1);
}

QString ServerContext::absoluteUrl(const QString &path) const
{
    return issuer() + path;
}

} // namespace keyward::server
