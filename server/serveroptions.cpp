// SPDX-License-Identifier: GPL-3.0-or-later
#include "serveroptions.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QThread>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace keyward::server {

namespace {
Expected<std::pair<QHostAddress, quint16>, QString> parseListen(const QString &text)
{
    const qsizetype colon = text.lastIndexOf(u':');
    if (colon <= 0)
        return u"--listen wants HOST:PORT, e.g. 127.0.0.1:8080."_s;
    QString host = text.left(colon);
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    bool ok = false;
    const uint port = text.mid(colon + 1).toUInt(&ok);
    if (!ok || port > 65535)
        return u"--listen: '%1' is not a port number."_s.arg(text.mid(colon + 1));
    QHostAddress address;
    if (host == u"localhost"_s)
        address = QHostAddress::LocalHost;
    else if (!address.setAddress(host))
        return u"--listen: '%1' is not an IP address."_s.arg(host);
    return std::pair{address, quint16(port)};
}
} // namespace

int defaultWorkerThreads()
{
    return qMax(16, 4 * QThread::idealThreadCount());
}

Expected<ServerOptions, QString> parseServerOptions(const QStringList &arguments, bool *exitNow)
{
    *exitNow = false;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"keyward-server: the reference backend of Keyward (organizations, teams, members, "
        "publishing tokens, metrics).\n\nSubcommands:\n"
        "  user add EMAIL [--first-name F] [--last-name L]   add a confirmed user; password from "
        "stdin\n"
        "  keys list                                        list signing keys\n"
        "  keys rotate                                      add a new current signing key\n"
        "  keys retire KID                                  make every token signed by KID fail"_s);
    const QCommandLineOption help(QStringList{u"h"_s, u"help"_s}, u"Show this help."_s);
    const QCommandLineOption version(u"version"_s, u"Show the version."_s);
    const QCommandLineOption listen(
        u"listen"_s,
        u"Address and port to serve on (default 127.0.0.1:8080; port 0 picks a free one)."_s,
        u"HOST:PORT"_s);
    const QCommandLineOption portFile(u"port-file"_s,
                                      u"Write the bound port to FILE once serving."_s, u"FILE"_s);
    const QCommandLineOption database(
        u"database"_s,
        u"sqlite:PATH or a path (default: keyward.sqlite in the data directory), or "
        "postgresql://USER@HOST:PORT/DBNAME[?sslmode=...] (also postgres://). Never put the "
        "password in the URL: it comes from --database-password-file, else the PGPASSWORD "
        "environment variable or ~/.pgpass."_s,
        u"URL"_s);
    const QCommandLineOption databasePasswordFile(
        u"database-password-file"_s,
        u"PostgreSQL: read the database password from the first line of FILE."_s, u"FILE"_s);
    const QCommandLineOption keyDir(
        u"key-dir"_s,
        u"Directory of the signing keys and the token key (default: keys/ next to an SQLite "
        "database; with PostgreSQL keyward-server/keys in the data directory: every process "
        "sharing one database needs the same key files)."_s,
        u"DIR"_s);
    const QCommandLineOption mailDir(
        u"mail-dir"_s, u"Write every outgoing email as an RFC 5322 file into DIR."_s, u"DIR"_s);
    const QCommandLineOption mailCommand(
        u"mail-command"_s,
        u"Pipe every outgoing email to CMD, run by /bin/sh (e.g. \"sendmail -t -i\")."_s, u"CMD"_s);
    const QCommandLineOption demo(u"demo"_s, u"Seed demo data into an empty database."_s);
    const QCommandLineOption demoScale(
        u"demo-scale"_s,
        u"Seed a scale dataset into an empty database: one organization (\"scale\") with N "
        "tokens, 30,000+ teams and 10,000 members; demo@keyward.example (password "
        "keyward-demo) is its admin."_s,
        u"N"_s);
    const QCommandLineOption demoScaleTeams(
        u"demo-scale-teams"_s,
        u"--demo-scale: number of teams (default: 30,000, more when N needs them)."_s, u"T"_s);
    const QCommandLineOption demoScaleMembers(
        u"demo-scale-members"_s, u"--demo-scale: number of members (default 10,000)."_s, u"M"_s);
    const QCommandLineOption issuer(
        u"issuer"_s, u"Public base URL of this server (token issuer, Location headers)."_s,
        u"URL"_s);
    const QCommandLineOption showOnce(
        u"show-tokens-once"_s, u"Return token values only when they are created or rotated."_s);
    const QCommandLineOption caveCompatible(
        u"cave-compatible"_s,
        u"Serve only the CAVE API's routes: GET /users/tokens, POST .../tokens/{id}/rotate and "
        "GET /organizations/{org}/audit answer 404 like unknown routes, to try clients' CAVE "
        "fallbacks. Token objects still carry the extension fields (expires, scopes, ...)."_s);
    const QCommandLineOption algorithm(
        u"key-algorithm"_s, u"Signing algorithm for new keys: EdDSA (default), ES256 or RS256."_s,
        u"ALG"_s);
    const QCommandLineOption sessionLifetime(
        u"session-lifetime"_s, u"Session lifetime in seconds (default 43200)."_s, u"SECONDS"_s);
    const QCommandLineOption maxRequest(
        u"max-request-bytes"_s, u"Largest accepted request body (default 1048576)."_s, u"BYTES"_s);
    const QCommandLineOption maxConnections(u"max-connections"_s,
                                            u"Concurrent connection cap (default 1024)."_s, u"N"_s);
    const QCommandLineOption workers(
        u"workers"_s,
        u"Worker threads running requests, each with its own database connection (default: "
        "four times the CPU cores, at least 16). Requests wait for the database most of the time "
        "(commits, fsync), so more workers than cores let more publishes share one commit; "
        "on PostgreSQL the server opens up to twice this many connections."_s,
        u"N"_s);
    const QCommandLineOption idleTimeout(
        u"idle-timeout"_s, u"Close connections idle for this many milliseconds (default 30000)."_s,
        u"MS"_s);
    const QCommandLineOption tlsCert(
        u"tls-cert"_s,
        u"Serve HTTPS (TLS 1.2 or later) with the PEM certificate chain in FILE (server "
        "certificate first); needs --tls-key."_s,
        u"FILE"_s);
    const QCommandLineOption tlsKey(u"tls-key"_s,
                                    u"The unencrypted PEM private key of --tls-cert."_s, u"FILE"_s);
    const QCommandLineOption allowPlainHttp(
        u"allow-plain-http"_s,
        u"Allow plain HTTP on a non-loopback --listen address: only behind a TLS-terminating "
        "reverse proxy (see docs/deploy.md)."_s);
    const QCommandLineOption metricsToken(
        u"metrics-token"_s,
        u"Enable GET /internal/metrics (Prometheus text format) for scrapers that send "
        "'Authorization: Bearer SECRET', SECRET being the first line of FILE (at least 16 "
        "characters). Without this option the endpoint answers 404."_s,
        u"FILE"_s);
    const QCommandLineOption firstName(u"first-name"_s, u"user add: first name."_s, u"NAME"_s);
    const QCommandLineOption lastName(u"last-name"_s, u"user add: last name."_s, u"NAME"_s);
    parser.addOptions({help,           version,        listen,
                       portFile,       database,       databasePasswordFile,
                       keyDir,         mailDir,        mailCommand,
                       demo,           issuer,         showOnce,
                       caveCompatible, algorithm,      sessionLifetime,
                       maxRequest,     maxConnections, idleTimeout,
                       tlsCert,        tlsKey,         allowPlainHttp,
                       metricsToken,   firstName,      lastName});
    parser.addOptions({demoScale, demoScaleTeams, demoScaleMembers, workers});
    parser.addPositionalArgument(u"command"_s, u"Optional subcommand (see above)."_s,
                                 u"[command ...]"_s);
    if (!parser.parse(arguments))
        return parser.errorText();
    if (parser.isSet(help)) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        *exitNow = true;
        return QString();
    }
    if (parser.isSet(version)) {
        std::printf("keyward-server %s\n", KEYWARD_VERSION);
        *exitNow = true;
        return QString();
    }

    ServerOptions options;
    const QStringList positional = parser.positionalArguments();
    if (!positional.isEmpty()) {
        const QString verb = positional.join(u' ');
        if (positional.value(0) == u"user"_s && positional.value(1) == u"add"_s &&
            positional.size() == 3) {
            options.command = ServerOptions::Command::UserAdd;
            options.userEmail = positional.at(2).trimmed().toLower();
        } else if (positional == QStringList{u"keys"_s, u"rotate"_s}) {
            options.command = ServerOptions::Command::KeysRotate;
        } else if (positional == QStringList{u"keys"_s, u"list"_s}) {
            options.command = ServerOptions::Command::KeysList;
        } else if (positional.value(0) == u"keys"_s && positional.value(1) == u"retire"_s &&
                   positional.size() == 3) {
            options.command = ServerOptions::Command::KeysRetire;
            options.keyId = positional.at(2);
        } else {
            return u"Unknown command '%1'; see --help."_s.arg(verb);
        }
    }
    if (parser.isSet(listen)) {
        auto parsed = parseListen(parser.value(listen));
        if (!parsed)
            return parsed.error();
        options.listenAddress = parsed->first;
        options.port = parsed->second;
    }
    options.portFile = parser.value(portFile);
    options.database =
        parser.isSet(database)
            ? parser.value(database)
            : QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
                  .filePath(u"keyward-server/keyward.sqlite"_s);
    options.databasePasswordFile = parser.value(databasePasswordFile);
    options.keyDirectory = parser.value(keyDir);
    options.mailDirectory = parser.value(mailDir);
    options.mailCommand = parser.value(mailCommand);
    options.demo = parser.isSet(demo);
    options.showTokensOnce = parser.isSet(showOnce);
    options.caveCompatible = parser.isSet(caveCompatible);
    options.firstName = parser.value(firstName);
    options.lastName = parser.value(lastName);
    if (parser.isSet(algorithm)) {
        const auto alg = jwt::algorithmFromName(parser.value(algorithm));
        if (!alg || *alg == jwt::Algorithm::HS256)
            return u"--key-algorithm must be EdDSA, ES256 or RS256."_s;
        options.keyAlgorithm = *alg;
    }
    const auto number = [&parser](const QCommandLineOption &option, qint64 minimum, qint64 maximum,
                                  qint64 *target) -> QString {
        if (!parser.isSet(option))
            return {};
        bool ok = false;
        const qint64 value = parser.value(option).toLongLong(&ok);
        if (!ok || value < minimum || value > maximum)
            return u"--%1 must be a number from %2 to %3."_s.arg(option.names().constFirst())
                .arg(minimum)
                .arg(maximum);
        *target = value;
        return {};
    };
    qint64 connections = options.maxConnections, idle = options.idleTimeoutMs,
           workerThreads = options.workerThreads;
    for (const QString &problem :
         {number(sessionLifetime, 60, 90LL * 24 * 3600, &options.sessionLifetimeSeconds),
          number(maxRequest, 1024, 1LL << 30, &options.maxRequestBytes),
          number(maxConnections, 1, 1000000, &connections),
          number(idleTimeout, 100, 3600000, &idle), number(workers, 1, 256, &workerThreads),
          number(demoScale, 1, 10000000, &options.demoScaleTokens),
          number(demoScaleTeams, 1, 10000000, &options.demoScaleTeams),
          number(demoScaleMembers, 0, 10000000, &options.demoScaleMembers)}) {
        if (!problem.isEmpty())
            return problem;
    }
    if (options.demo && options.demoScaleTokens > 0)
        return u"--demo and --demo-scale exclude each other: pick one dataset."_s;
    options.maxConnections = int(connections);
    options.idleTimeoutMs = int(idle);
    options.workerThreads = int(workerThreads);
    options.issuer = parser.value(issuer);
    options.tlsCertificateFile = parser.value(tlsCert);
    options.tlsKeyFile = parser.value(tlsKey);
    options.allowPlainHttp = parser.isSet(allowPlainHttp);
    options.metricsTokenFile = parser.value(metricsToken);
    if (options.tlsCertificateFile.isEmpty() != options.tlsKeyFile.isEmpty())
        return u"--tls-cert and --tls-key go together: give both or neither."_s;
    if (options.command == ServerOptions::Command::Serve && options.tlsCertificateFile.isEmpty() &&
        !options.allowPlainHttp && !options.listenAddress.isLoopback())
        return u"Refusing to serve plain HTTP on %1: passwords, session and publishing tokens "
               "would cross the network unencrypted. Give --tls-cert and --tls-key to serve "
               "HTTPS, or --allow-plain-http if a TLS-terminating reverse proxy (e.g. nginx) "
               "in front of this server is the only client."_s.arg(
                   options.listenAddress.toString());
    return options;
}

} // namespace keyward::server
