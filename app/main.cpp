// SPDX-License-Identifier: GPL-3.0-or-later
// The entry point: reads the command line and hands it to AppController, the
// composition root that creates and wires every part.
#include "appcontroller.h"
#include "common/appearance.h"
#include "inspector/inspectordialog.h"
#include "settings/profilestore.h"
#include "settings/settingkeys.h"
#include "translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QLocale>
#include <QPlainTextEdit>
#include <QSettings>
#include <QTextStream>
#include <QTimer>
#include <QWindow>

#include <cstdio>
#include <iostream>
#include <string>
#include <string_view>

using namespace Qt::StringLiterals;

namespace {

/// Without a display Qt aborts in QApplication's constructor with a message
/// about platform plugins that users cannot act on; say it plainly instead.
bool hasDisplay()
{
    return qEnvironmentVariableIsSet("QT_QPA_PLATFORM") || qEnvironmentVariableIsSet("DISPLAY") ||
           qEnvironmentVariableIsSet("WAYLAND_DISPLAY");
}

bool wantsOnlyTextOutput(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--help" || arg == "-h" || arg == "--version" || arg == "-v" ||
            arg == "--help-all" || arg == "--reset-settings") {
            return true;
        }
    }
    return false;
}

/// The value of --language, read before QApplication parses the command
/// line: the parser's own help texts must already be in that language.
QString languageArgument(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--language" && i + 1 < argc) {
            return QString::fromLocal8Bit(argv[i + 1]);
        }
        constexpr std::string_view prefix = "--language=";
        if (arg.rfind(prefix, 0) == 0) {
            return QString::fromLocal8Bit(arg.substr(prefix.size()));
        }
    }
    return {};
}

/// --reset-settings: deletes the settings file after a "yes" on the terminal
/// (or with --yes). The keychain is left alone on purpose: forgetting a saved
/// session is the login dialog's or the keychain manager's job, and a
/// settings reset must never log anyone out of anything by surprise.
int resetSettings(bool assumeYes)
{
    QString path;
    {
        const QSettings settings;
        path = settings.fileName();
    }
    QTextStream out(stdout);
    if (!QFile::exists(path)) {
        out << QCoreApplication::translate("main", "There are no settings to reset (%1 does not "
                                                   "exist).")
                   .arg(path)
            << Qt::endl;
        return 0;
    }
    if (!assumeYes) {
        out << QCoreApplication::translate("main", "This deletes %1: every connection profile "
                                                   "and preference. Passwords and sessions in "
                                                   "the system keychain are kept.")
                   .arg(path)
            << Qt::endl
            << QCoreApplication::translate("main", "Type \"yes\" to continue: ") << Qt::flush;
        std::string answer;
        std::getline(std::cin, answer);
        const QString typed = QString::fromLocal8Bit(answer).trimmed();
        // "yes" in the user's language is accepted as well as the English word.
        if (typed.compare(u"yes"_s, Qt::CaseInsensitive) != 0 &&
            typed.compare(QCoreApplication::translate("main", "yes"), Qt::CaseInsensitive) != 0) {
            out << QCoreApplication::translate("main", "Nothing was changed.") << Qt::endl;
            return 1;
        }
    }
    if (!QFile::remove(path)) {
        std::fprintf(
            stderr, "%s\n",
            qPrintable(QCoreApplication::translate("main", "Could not delete %1.").arg(path)));
        return 2;
    }
    out << QCoreApplication::translate("main", "Deleted %1.").arg(path) << Qt::endl;
    return 0;
}

/// --inspect: the token inspector on a token from standard input, with no
/// session and no server (its JWKS source stays unavailable); the saved
/// profiles only serve to name the environment that issued the token.
int inspectFromStdin(QSettings *settings, bool checkStartup)
{
    std::string input;
    std::string line;
    while (std::getline(std::cin, line)) {
        input += line;
    }
    const QString token = QString::fromUtf8(input).trimmed();
    if (token.isEmpty()) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(QCoreApplication::translate(
                         "main", "--inspect reads the token from standard input, which was "
                                 "empty.")));
        return 2;
    }
    keyward::ProfileStore profiles(settings);
    profiles.load();
    keyward::InspectorDialog inspector(nullptr, QString());
    inspector.setProfiles(profiles.profiles());
    if (auto *edit = inspector.findChild<QPlainTextEdit *>(u"inspectorTokenEdit"_s)) {
        edit->setPlainText(token);
    }
    QObject::connect(&inspector, &QDialog::finished, qApp, &QCoreApplication::quit);
    inspector.show();
    if (checkStartup) {
        // The inspector decodes after a short debounce; report its verdict then.
        auto *poll = new QTimer(&inspector);
        poll->setInterval(20);
        QObject::connect(poll, &QTimer::timeout, &inspector, [&inspector, poll] {
            if (!inspector.hasInspection()) {
                return;
            }
            poll->stop();
            QTextStream(stdout) << "inspector: " << inspector.statusText() << '\n'
                                << inspector.summaryText() << Qt::endl;
            inspector.accept();
        });
        poll->start();
    }
    return QApplication::exec();
}

} // namespace

int main(int argc, char **argv)
{
    // --help and --version need no display; everything else does.
    if (!hasDisplay() && !wantsOnlyTextOutput(argc, argv)) {
        std::fputs("Keyward needs a graphical display, but neither DISPLAY nor WAYLAND_DISPLAY "
                   "is set.\nStart it from a desktop session, or set QT_QPA_PLATFORM (for "
                   "example QT_QPA_PLATFORM=offscreen).\n",
                   stderr);
        return 2;
    }
    if (!hasDisplay()) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }

    QApplication app(argc, argv);
    QApplication::setApplicationName(u"Keyward"_s);
    QApplication::setApplicationDisplayName(u"Keyward"_s);
    QApplication::setApplicationVersion(QStringLiteral(KEYWARD_VERSION));
    QApplication::setOrganizationName(u"Keyward"_s);
    QApplication::setOrganizationDomain(u"keyward.io"_s);
    QGuiApplication::setDesktopFileName(u"io.keyward.Keyward"_s);
    keyward::installTranslations(
        app, keyward::chosenLanguage(QSettings(), languageArgument(argc, argv)));
    keyward::applyAppearance(app, keyward::settings::ui::palette.read(QSettings()));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Administer organizations, teams, members and "
                                            "publishing tokens on a Keyward server."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption profileOption(
        u"profile"_s,
        QCoreApplication::translate("main", "Open the connection profile with this name instead "
                                            "of the last one used."),
        u"NAME"_s);
    const QCommandLineOption serverOption(
        u"server"_s,
        QCoreApplication::translate("main", "Log in to this server (uses its profile, or creates "
                                            "one after the first login)."),
        u"URL"_s);
    const QCommandLineOption emailOption(
        u"email"_s, QCoreApplication::translate("main", "The email address of your account."),
        u"EMAIL"_s);
    const QCommandLineOption passwordStdinOption(
        u"password-stdin"_s,
        QCoreApplication::translate("main", "Read the password from the first line of standard "
                                            "input."));
    const QCommandLineOption autoLoginOption(
        u"auto-login"_s,
        QCoreApplication::translate("main", "Log in at start with the given server or profile, "
                                            "email and password."));
    const QCommandLineOption inspectOption(
        u"inspect"_s,
        QCoreApplication::translate("main", "Read a token (JWT) from standard input and open the "
                                            "token inspector on it, without logging in."));
    const QCommandLineOption resetSettingsOption(
        u"reset-settings"_s,
        QCoreApplication::translate("main", "Delete the settings file (%1): connection profiles "
                                            "and preferences. Asks for confirmation unless "
                                            "--yes is given. Passwords and sessions in the "
                                            "system keychain are not touched.")
            .arg(QSettings().fileName()));
    const QCommandLineOption yesOption(
        u"yes"_s,
        QCoreApplication::translate("main", "Do not ask for confirmation (--reset-settings)."));
    const QCommandLineOption languageOption(
        u"language"_s,
        QCoreApplication::translate("main", "Use this language for this run, for example de, fr "
                                            "or en, instead of the one chosen in Preferences "
                                            "(by default the system's)."),
        u"CODE"_s);
    // Hidden: for scripts/check-packages and the tests. Prints "startup: <window>"
    // and quits with exit code 0 once the first window is up and painted
    // (with --inspect: once the token is decoded, printing the verdict).
    QCommandLineOption checkStartupOption(u"check-startup"_s, QString());
    checkStartupOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({profileOption, serverOption, emailOption, passwordStdinOption,
                       autoLoginOption, inspectOption, resetSettingsOption, yesOption,
                       languageOption, checkStartupOption});
    parser.process(app);

    if (parser.isSet(resetSettingsOption)) {
        return resetSettings(parser.isSet(yesOption));
    }

    keyward::AppController::StartOptions options;
    options.profileName = parser.value(profileOption);
    options.serverUrl = parser.value(serverOption);
    options.email = parser.value(emailOption);
    options.autoLogin = parser.isSet(autoLoginOption);
    if (parser.isSet(passwordStdinOption)) {
        std::string line;
        std::getline(std::cin, line);
        if (!line.empty() && line.back() == '\r') {
            line.pop_back();
        }
        options.password = QString::fromStdString(line);
    }

    // Profiles live in the platform's settings location (XDG_CONFIG_HOME on
    // Linux); they hold no secret.
    QSettings settings;
    if (parser.isSet(inspectOption)) {
        return inspectFromStdin(&settings, parser.isSet(checkStartupOption));
    }
    keyward::AppController controller(&settings);
    QObject::connect(&controller, &keyward::AppController::quitRequested, &app,
                     &QCoreApplication::quit, Qt::QueuedConnection);
    QString error;
    if (!controller.start(options, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 2;
    }
    if (parser.isSet(checkStartupOption)) {
        // Done once the window start() showed is exposed and has painted
        // (KEYWARD_STARTUP_PROBE=1 waits for the main window, which a first
        // start without a profile never shows: it shows the login dialog).
        auto *poll = new QTimer(&app);
        poll->setInterval(20);
        QObject::connect(poll, &QTimer::timeout, &app, [poll] {
            for (QWidget *widget : QApplication::topLevelWidgets()) {
                if (widget->isVisible() && widget->windowHandle() &&
                    widget->windowHandle()->isExposed()) {
                    poll->stop();
                    widget->repaint();
                    const QString name =
                        widget->objectName().isEmpty()
                            ? QString::fromLatin1(widget->metaObject()->className())
                            : widget->objectName();
                    QTextStream(stdout) << "startup: " << name << Qt::endl;
                    QCoreApplication::exit(0);
                    return;
                }
            }
        });
        poll->start();
    }
    return QApplication::exec();
}
