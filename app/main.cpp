// SPDX-License-Identifier: GPL-3.0-or-later
// The composition root: reads the command line, creates the model objects and
// the windows, and wires them together. Nothing else knows every part.
#include "api/apiclient.h"
#include "credentials/credentialstore.h"
#include "connection/logindialog.h"
#include "main/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QTimer>
#include <QTranslator>

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

void installTranslations(QCoreApplication &app)
{
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(QLocale(), u"qtbase"_s, u"_"_s,
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qtTranslator);
    }
    auto *translator = new QTranslator(&app);
    if (translator->load(QLocale(), u"keyward"_s, u"_"_s, u":/i18n"_s)) {
        QCoreApplication::installTranslator(translator);
    }
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
    installTranslations(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Administer organizations, teams, members and "
                                            "publishing tokens on a Keyward server."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption serverOption(
        u"server"_s, QCoreApplication::translate("main", "The server to log in to."), u"URL"_s);
    const QCommandLineOption emailOption(
        u"email"_s, QCoreApplication::translate("main", "The email address of your account."),
        u"EMAIL"_s);
    const QCommandLineOption passwordStdinOption(
        u"password-stdin"_s,
        QCoreApplication::translate("main", "Read the password from the first line of standard "
                                            "input."));
    const QCommandLineOption autoLoginOption(
        u"auto-login"_s,
        QCoreApplication::translate("main", "Log in at start with the given server, email and "
                                            "password."));
    parser.addOptions({serverOption, emailOption, passwordStdinOption, autoLoginOption});
    parser.process(app);

    QString password;
    if (parser.isSet(passwordStdinOption)) {
        std::string line;
        std::getline(std::cin, line);
        if (!line.empty() && line.back() == '\r') {
            line.pop_back();
        }
        password = QString::fromStdString(line);
    }

    keyward::ApiClient api;
    keyward::CredentialStore credentials;
    keyward::LoginDialog login(&api, &credentials);
    keyward::MainWindow window(&api, &credentials);

    login.setServerUrl(parser.isSet(serverOption) ? parser.value(serverOption)
                                                  : u"http://127.0.0.1:8080"_s);
    login.setEmail(parser.value(emailOption));
    login.setPassword(password);

    QObject::connect(&login, &keyward::LoginDialog::loggedIn, &window, [&] {
        window.show();
        window.startSession(login.email());
        window.showProblem(login.keychainProblem());
    });
    QObject::connect(&login, &QDialog::rejected, &app, [&] {
        if (!window.isVisible()) {
            QCoreApplication::quit();
        }
    });
    QObject::connect(&window, &keyward::MainWindow::loggedOut, &login, [&] {
        window.hide();
        login.show();
    });
    // Closing the main window must end the app even though the dialog exists.
    QApplication::setQuitOnLastWindowClosed(true);

    login.show();
    if (parser.isSet(autoLoginOption)) {
        // Submitted from the event loop so the user sees the filled-in form,
        // the progress and any error, exactly as if they had pressed the button.
        QTimer::singleShot(0, &login, &keyward::LoginDialog::submit);
    }
    return QApplication::exec();
}
