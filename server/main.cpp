// SPDX-License-Identifier: GPL-3.0-or-later
// keyward-server's composition root: parse the command line, build the shared
// services, then either run a maintenance subcommand or serve HTTP.
#include "handlers/handlers.h"
#include "http/apierror.h"
#include "http/guardedsslserver.h"
#include "http/guardedtcpserver.h"
#include "http/httpfrontend.h"
#include "http/tlsconfiguration.h"
#include "observability/metrics.h"
#include "security/keystore.h"
#include "security/passwordhasher.h"
#include "security/secrets.h"
#include "servercontext.h"
#include "services/demoseeder.h"
#include "services/scaleseeder.h"
#include "services/tokenstore.h"
#include "services/useraccounts.h"
#include "storage/database.h"
#include "storage/sql.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSocketNotifier>
#include <QTextStream>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace keyward;
using namespace keyward::server;

Q_LOGGING_CATEGORY(lcMain, "keyward.server")

namespace {
int g_signalPipe[2] = {-1, -1};

void onTerminationSignal(int)
{
    const char byte = 1;
    // write() is async-signal-safe; the event loop reads the pipe and quits.
    [[maybe_unused]] const auto written = ::write(g_signalPipe[0], &byte, 1);
}

void installTerminationHandlers(QCoreApplication &app)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(g_signalPipe[1], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, [&app] {
        char byte;
        [[maybe_unused]] const auto read = ::read(g_signalPipe[1], &byte, 1);
        qCInfo(lcMain) << "shutting down";
        app.quit();
    });
    struct sigaction action = {};
    action.sa_handler = onTerminationSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGINT, &action, nullptr);
}

int fail(const QString &message)
{
    std::fprintf(stderr, "keyward-server: %s\n", qPrintable(message));
    return 1;
}

int addUser(ServerContext &server)
{
    const ServerOptions &options = server.options();
    QTextStream input(stdin);
    const QString password = input.readLine();
    if (password.isNull())
        return fail(u"user add reads the password from standard input; none was given."_s);
    User user{options.firstName.isEmpty() ? options.userEmail.section(u'@', 0, 0)
                                          : options.firstName,
              // Not a null QString: both drivers bind that as SQL NULL.
              options.lastName.isNull() ? u""_s : options.lastName, options.userEmail};
    Transaction transaction(server.database());
    useraccounts::createUser(server, transaction.db(), user, password);
    transaction.commit();
    std::printf("added user %s\n", qPrintable(options.userEmail));
    return 0;
}

int runKeysCommand(ServerContext &server)
{
    KeyStore &keys = server.keys();
    switch (server.options().command) {
    case ServerOptions::Command::KeysRotate:
        keys.ensureCurrentKey();
        std::printf("new current signing key: %s\n", qPrintable(keys.rotate()));
        return 0;
    case ServerOptions::Command::KeysRetire:
        keys.retire(server.options().keyId);
        std::printf("retired signing key %s: tokens it signed no longer verify\n",
                    qPrintable(server.options().keyId));
        return 0;
    default:
        for (const KeyStore::KeyInfo &key : keys.list())
            std::printf(
                "%s  %-6s  created %s%s%s\n", qPrintable(key.kid), qPrintable(key.algorithm),
                qPrintable(key.created.toString(Qt::ISODate)), key.current ? "  current" : "",
                key.retired ? qPrintable(u"  retired "_s + key.retired->toString(Qt::ISODate))
                            : "");
        return 0;
    }
}

int serve(QCoreApplication &app, ServerContext &server)
{
    const ServerOptions &options = server.options();
    server.keys().ensureCurrentKey();

    const int threads = options.workerThreads > 0 ? options.workerThreads : defaultWorkerThreads();
    HttpFrontend frontend(
        server, buildRouter(options.caveCompatible ? ApiSurface::CaveOnly : ApiSurface::Full),
        threads);
    GuardLimits limits;
    limits.maxRequestBytes = options.maxRequestBytes;
    limits.maxConnections = options.maxConnections;
    limits.idleTimeoutMs = options.idleTimeoutMs;
    const bool tls = !options.tlsCertificateFile.isEmpty();
    QTcpServer *listener = nullptr;
    if (tls) {
        auto configuration = loadTlsConfiguration(options.tlsCertificateFile, options.tlsKeyFile);
        if (!configuration)
            return fail(configuration.error());
        listener = new GuardedSslServer(*configuration, limits, &frontend);
    } else {
        listener = new GuardedTcpServer(limits, &frontend);
    }
    if (!listener->listen(options.listenAddress, options.port))
        return fail(u"cannot listen on %1:%2: %3"_s.arg(options.listenAddress.toString())
                        .arg(options.port)
                        .arg(listener->errorString()));
    frontend.attachListener(listener);
    const quint16 port = listener->serverPort();
    if (options.issuer.isEmpty()) {
        const QString host = options.listenAddress.protocol() == QAbstractSocket::IPv6Protocol
                                 ? u"[%1]"_s.arg(options.listenAddress.toString())
                                 : options.listenAddress.toString();
        server.setIssuer(u"%1://%2:%3"_s.arg(tls ? u"https"_s : u"http"_s, host).arg(port));
    }
    // Seed after the issuer is known: demo tokens carry it in their "iss" claim.
    if (options.demo && seedDemoData(server))
        qCInfo(lcMain) << "seeded demo data";
    if (options.demoScaleTokens > 0) {
        const ScaleSeedReport seeded = seedScaleData(
            server, options.demoScaleTokens, options.demoScaleTeams, options.demoScaleMembers);
        if (seeded.tokens > 0)
            qCInfo(lcMain).noquote()
                << u"seeded scale data: %1 tokens, %2 teams, %3 members in %4 ms (signing %5 ms)"_s
                       .arg(seeded.tokens)
                       .arg(seeded.teams)
                       .arg(seeded.members)
                       .arg(seeded.totalMs)
                       .arg(seeded.signingMs);
    }
    // Before the port file appears: whoever waits for it may send SIGTERM at
    // once, and that must end in a clean stop, not the default action.
    installTerminationHandlers(app);
    if (!options.portFile.isEmpty())
        writePrivateFile(options.portFile, QByteArray::number(port) + '\n');

    // Tokens whose rotation grace period ended are revoked even when nobody
    // asks about them, so /revocations tells verifiers elsewhere in time.
    QTimer sweeper;
    sweeper.setInterval(30 * 1000);
    QObject::connect(&sweeper, &QTimer::timeout, &frontend, [&server, &frontend] {
        (void)QtConcurrent::run(&frontend.workers(), [&server] {
            try {
                Transaction transaction(server.database());
                server.tokens().retireDueTokens(transaction.db());
                transaction.commit();
            } catch (const ApiError &error) {
                qCWarning(lcMain).noquote() << "token sweep failed:" << error.detail();
            }
        });
    });
    sweeper.start();
    std::printf("keyward-server %s serving %s\n", KEYWARD_VERSION, qPrintable(server.issuer()));
    qCInfo(lcMain).noquote() << "database:" << server.database().config().displayName();
    std::fflush(stdout);
    return app.exec();
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"keyward-server"_s);
    QCoreApplication::setApplicationVersion(QString::fromLatin1(KEYWARD_VERSION));
    QLoggingCategory::setFilterRules(u"*.debug=false"_s);

    bool exitNow = false;
    auto options = parseServerOptions(QCoreApplication::arguments(), &exitNow);
    if (exitNow)
        return 0;
    if (!options)
        return fail(options.error());
    try {
        ServerContext server(*options);
        switch (options->command) {
        case ServerOptions::Command::Serve:
            return serve(app, server);
        case ServerOptions::Command::UserAdd:
            return addUser(server);
        case ServerOptions::Command::KeysRotate:
        case ServerOptions::Command::KeysRetire:
        case ServerOptions::Command::KeysList:
            return runKeysCommand(server);
        }
    } catch (const ApiError &error) {
        return fail(error.detail());
    }
    return 0;
}
