// SPDX-License-Identifier: GPL-3.0-or-later
// The entry point: reads the command line and hands it to AppController, the
// composition root that creates and wires every part.
#include "appcontroller.h"
#include "translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLocale>
#include <QSettings>

#include <cstdio>
#include <iostream>
#include <string>

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
            arg == "--help-all") {
            return true;
        }
    }
    return false;
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
    keyward::installTranslations(app);

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
    parser.addOptions(
        {profileOption, serverOption, emailOption, passwordStdinOption, autoLoginOption});
    parser.process(app);

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
    keyward::AppController controller(&settings);
    QObject::connect(&controller, &keyward::AppController::quitRequested, &app,
                     &QCoreApplication::quit, Qt::QueuedConnection);
    QString error;
    if (!controller.start(options, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 2;
    }
    return QApplication::exec();
}
