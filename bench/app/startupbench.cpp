// SPDX-License-Identifier: GPL-3.0-or-later
// keyward-bench-startup: cold start of the Release `keyward`, from fork/exec
// to the main window's first paint (reported by the app's startup probe,
// KEYWARD_STARTUP_PROBE=1), logging in with --auto-login against a live
// server. Median of N runs; the login dialog's first paint is a detail.
//
//   keyward-bench-startup --app PATH --server URL --email E --password P [--runs 10] [--resume]
//
// With --resume the priming run logs in (storing the session in the keychain:
// run it on a D-Bus session with an unlocked Secret Service), and every
// measured run starts `keyward` without arguments: the last used profile's
// stored session is resumed, the path of a user who simply opens the app.
#include "benchsupport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QProcess>
#include <QProcessEnvironment>

using namespace Qt::StringLiterals;
using namespace keyward::bench;

namespace {
struct Run
{
    double firstWindowMs = -1; ///< the first window (the login dialog) painting
    double mainWindowMs = -1;  ///< the main window painted
};

std::optional<Run> startOnce(const QString &app, const QStringList &arguments,
                             const QByteArray &password, const QProcessEnvironment &environment,
                             bool sawLogin = true)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    Run run;
    QElapsedTimer clock;
    clock.start();
    process.start(app, arguments);
    if (!password.isEmpty())
        process.write(password + '\n');
    process.closeWriteChannel();
    QByteArray buffer;
    while (run.mainWindowMs < 0) {
        if (!process.waitForReadyRead(30000))
            break;
        buffer += process.readAllStandardOutput();
        const double now = msSince(clock);
        if (sawLogin && run.firstWindowMs < 0 && buffer.contains("keyward-startup-probe: painting"))
            run.firstWindowMs = now;
        if (buffer.contains("keyward-startup-probe: main window painted"))
            run.mainWindowMs = now;
    }
    if (!process.waitForFinished(10000)) {
        process.kill();
        process.waitForFinished();
    }
    if (run.mainWindowMs < 0) {
        note(u"the main window never painted; the app said: "_s + QString::fromUtf8(buffer));
        return std::nullopt;
    }
    return run;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption appOption(u"app"_s, u"the keyward executable"_s, u"PATH"_s);
    const QCommandLineOption server(u"server"_s, u"server URL"_s, u"URL"_s);
    const QCommandLineOption email(u"email"_s, u"login"_s, u"EMAIL"_s);
    const QCommandLineOption password(u"password"_s, u"password"_s, u"PASSWORD"_s);
    const QCommandLineOption runsOption(u"runs"_s, u"runs (default 10)"_s, u"N"_s, u"10"_s);
    const QCommandLineOption resumeOption(u"resume"_s,
                                          u"measure resuming the stored session (no arguments)"_s);
    parser.addOptions({appOption, server, email, password, runsOption, resumeOption});
    parser.process(app);

    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"KEYWARD_STARTUP_PROBE"_s, u"1"_s);
    if (!environment.contains(u"QT_QPA_PLATFORM"_s))
        environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    const QStringList arguments = {u"--server"_s,       parser.value(server),  u"--email"_s,
                                   parser.value(email), u"--password-stdin"_s, u"--auto-login"_s};
    const int runs = qMax(1, parser.value(runsOption).toInt());
    const bool resume = parser.isSet(resumeOption);
    // One unmeasured run: the first login creates the connection profile (and
    // stores the session; lingering so the keychain write completes).
    QProcessEnvironment priming = environment;
    if (resume)
        priming.insert(u"KEYWARD_STARTUP_PROBE_LINGER_MS"_s, u"1500"_s);
    if (!startOnce(parser.value(appOption), arguments, parser.value(password).toUtf8(), priming))
        return 1;
    const QStringList measured = resume ? QStringList() : arguments;
    const QByteArray measuredPassword = resume ? QByteArray() : parser.value(password).toUtf8();
    QList<double> mainWindow, firstWindow;
    for (int i = 0; i < runs; ++i) {
        const auto run =
            startOnce(parser.value(appOption), measured, measuredPassword, environment, !resume);
        if (!run)
            return 1;
        mainWindow.append(run->mainWindowMs);
        if (run->firstWindowMs >= 0)
            firstWindow.append(run->firstWindowMs);
        note(u"run %1: login dialog painting at %2 ms, main window painted at %3 ms"_s.arg(i + 1)
                 .arg(number(run->firstWindowMs), number(run->mainWindowMs)));
    }
    const double median = medianOf(mainWindow);
    if (resume) {
        report(u"Cold start to the main window's first paint, stored session resumed (median of "
               "%1)"_s.arg(runs),
               number(median, 0), u"ms"_s, u"< 400 ms"_s,
               u"Secret Service on a private D-Bus session"_s, verdict(median < 400));
        return 0;
    }
    report(u"Cold start to the main window's first paint, auto-login included (median of %1)"_s.arg(
               runs),
           number(median, 0), u"ms"_s, u"< 400 ms"_s,
           u"login dialog painting after %1 ms"_s.arg(number(medianOf(firstWindow), 0)),
           verdict(median < 400));
    return 0;
}
