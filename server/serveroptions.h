// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/expected.h"
#include "jwt/algorithm.h"

#include <QHostAddress>
#include <QString>
#include <QStringList>

namespace keyward::server {

/// Everything the command line decides. Parsing lives in serveroptions.cpp so
/// main() stays a composition root and tests can parse argument lists.
struct ServerOptions
{
    enum class Command
    {
        Serve,
        UserAdd,
        KeysRotate,
        KeysRetire,
        KeysList
    };
    Command command = Command::Serve;

    QHostAddress listenAddress = QHostAddress::LocalHost;
    quint16 port = 8080;
    QString portFile;             ///< written with the bound port once the server serves
    QString database;             ///< "sqlite:PATH", a path or "postgresql://USER@HOST:PORT/DB"
    QString databasePasswordFile; ///< PostgreSQL password (first line); else PGPASSWORD/~/.pgpass
    QString keyDirectory;         ///< signing keys and the token-encryption key (0600 files)
    QString mailDirectory;        ///< one RFC 5322 file per outgoing email
    QString mailCommand;          ///< each email piped to this command (e.g. "sendmail -t")
    bool demo = false;
    /// --demo-scale N: seed one organization with N tokens (0: off); the bench's dataset.
    qint64 demoScaleTokens = 0;
    qint64 demoScaleTeams = 0;    ///< 0: at least 30,000 and enough for the tokens
    qint64 demoScaleMembers = -1; ///< -1: 10,000
    QString issuer;               ///< public base URL: "iss" claim and absolute Location headers
    bool showTokensOnce = false;
    /// Serve only the CAVE API's routes (extension endpoints answer 404).
    bool caveCompatible = false;
    jwt::Algorithm keyAlgorithm = jwt::Algorithm::EdDSA;
    qint64 sessionLifetimeSeconds = 12 * 3600;
    qint64 maxRequestBytes = 1024 * 1024;
    int maxConnections = 1024;
    int idleTimeoutMs = 30000;
    QString tlsCertificateFile; ///< PEM; with tlsKeyFile the server speaks HTTPS only
    QString tlsKeyFile;
    /// Serve plain HTTP on a non-loopback address (behind a TLS-terminating proxy).
    bool allowPlainHttp = false;
    /// File holding the bearer secret that GET /internal/metrics wants; empty: no metrics.
    QString metricsTokenFile;
    int workerThreads = 0; ///< --workers; 0: defaultWorkerThreads()

    // user add
    QString userEmail;
    QString firstName;
    QString lastName;
    // keys retire
    QString keyId;
};

/// Four times the cores, at least 16. A worker mostly waits (for the write
/// lock, a commit's fsync, a PostgreSQL round trip), and every publish waiting
/// for the group commit holds one, so a commit carries at most as many
/// publishes as there are workers: on 2 cores and SQLite, 4 workers gave about
/// 4,100 publishes/s, 8 about 4,500, 16 and 32 about 5,500-8,000 (bench/README.md).
/// Not more by default: each busy worker holds a database connection, and
/// PostgreSQL's default max_connections of 100 is shared by every process.
int defaultWorkerThreads();

/// Parses \p arguments (including argv[0]). Handles --help and --version by
/// printing and returning an empty error string with \p exitNow set.
Expected<ServerOptions, QString> parseServerOptions(const QStringList &arguments, bool *exitNow);

} // namespace keyward::server
