// SPDX-License-Identifier: GPL-3.0-or-later
// Takes the README's screenshots: starts the real app (AppController) against
// a running keyward-server with demo data, clicks through the main screens
// like a user and saves what the screen shows. Run by scripts/screenshots
// under Xvfb; the pictures are what a user sees, dialogs over their window.
//   keyward-screenshot-tour --server URL --email E --password P --out DIR
#include "appcontroller.h"
#include "common/appearance.h"
#include "connection/logindialog.h"
#include "expirycoordinator.h"
#include "expiryreview/expiryreviewwindow.h"
#include "main/mainwindow.h"
#include "main/navigationtree.h"
#include "main/nodepage.h"
#include "session/sessionmanager.h"
#include "translations.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QCommandLineParser>
#include <QDeadlineTimer>
#include <QDir>
#include <QEventLoop>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeView>

#include <cstdio>
#include <functional>

using namespace Qt::StringLiterals;
using namespace keyward;

namespace {

QString outputDirectory;
int failures = 0;

/// Runs the event loop until \p condition holds (at most 20 s).
bool waitFor(const std::function<bool()> &condition, const char *what)
{
    const QDeadlineTimer deadline(20000);
    while (!condition()) {
        if (deadline.hasExpired()) {
            std::fprintf(stderr, "screenshot tour: gave up waiting for %s\n", what);
            ++failures;
            return false;
        }
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 50);
    }
    return true;
}

/// Runs the event loop for \p milliseconds.
void pause(int milliseconds)
{
    QEventLoop loop;
    QTimer::singleShot(milliseconds, &loop, &QEventLoop::quit);
    loop.exec();
}

/// Saves the screen area of \p window (and whatever dialog lies over it).
void shoot(QWidget *window, const QString &name)
{
    // Let layouts settle, tooltips vanish and the busy delays pass.
    pause(600);
    const QRect area = window->frameGeometry();
    const QPixmap pixmap =
        window->screen()->grabWindow(0, area.x(), area.y(), area.width(), area.height());
    const QString path = QDir(outputDirectory).filePath(name + u".png"_s);
    if (!pixmap.save(path)) {
        std::fprintf(stderr, "screenshot tour: could not write %s\n", qPrintable(path));
        ++failures;
        return;
    }
    std::printf("wrote %s\n", qPrintable(path));
}

template <typename T> T *topLevel(const QString &objectName)
{
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (widget->isVisible() && widget->objectName() == objectName) {
            return qobject_cast<T *>(widget);
        }
    }
    return nullptr;
}

void closeTopLevel(const QString &objectName)
{
    if (QWidget *widget = topLevel<QWidget>(objectName)) {
        widget->close();
    }
}

/// Selects the tree node and waits until its page shows it.
bool select(MainWindow *window, const QString &organization, const QString &team = {})
{
    window->navigation()->selectNode(organization, team);
    return waitFor(
        [&] {
            const NodePage *page = window->currentPage();
            return page && page->context().organization == organization &&
                   page->context().team.value_or(QString()) == team;
        },
        "the node to be selected");
}

void showTab(NodePage *page, const QString &objectName)
{
    QWidget *panel = page->tabs()->findChild<QWidget *>(objectName);
    page->tabs()->setCurrentWidget(panel);
}

void clickButton(QWidget *root, const QString &objectName)
{
    if (auto *button = root->findChild<QPushButton *>(objectName)) {
        button->click();
    } else {
        std::fprintf(stderr, "screenshot tour: no button %s\n", qPrintable(objectName));
        ++failures;
    }
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"Keyward"_s);
    QApplication::setApplicationVersion(QStringLiteral(KEYWARD_VERSION));
    installTranslations(app);
    QCommandLineParser parser;
    const QCommandLineOption server(u"server"_s, u"Server URL"_s, u"URL"_s);
    const QCommandLineOption email(u"email"_s, u"Account"_s, u"EMAIL"_s);
    const QCommandLineOption password(u"password"_s, u"Password"_s, u"PASSWORD"_s);
    const QCommandLineOption out(u"out"_s, u"Output directory"_s, u"DIR"_s);
    parser.addOptions({server, email, password, out});
    parser.addHelpOption();
    parser.process(app);
    outputDirectory = parser.value(out);
    QDir().mkpath(outputDirectory);

    QTemporaryDir settingsDir;
    QSettings settings(settingsDir.filePath(u"keyward.conf"_s), QSettings::IniFormat);
    AppController controller(&settings, u"keyward-screenshots"_s);
    AppController::StartOptions options;
    options.serverUrl = parser.value(server);
    options.email = parser.value(email);
    controller.start(options);

    LoginDialog *login = controller.loginDialog();
    waitFor([&] { return login->isVisible(); }, "the login dialog");
    login->move(380, 180);
    shoot(login, u"login"_s);

    login->setPassword(parser.value(password));
    login->submit();
    MainWindow *window = controller.mainWindow();
    waitFor([&] { return window->isVisible() && controller.session()->isLoggedIn(); },
            "the main window");
    window->move(0, 0);
    window->resize(1180, 720);

    if (select(window, u"acme"_s)) {
        NodePage *page = window->organizationPage();
        window->navigation()->view()->expandAll();
        shoot(window, u"organization-overview"_s);
        showTab(page, u"membersPanel"_s);
        shoot(window, u"members"_s);
        clickButton(page, u"addMemberButton"_s);
        if (waitFor([] { return topLevel<QWidget>(u"addMemberDialog"_s); }, "add member")) {
            QWidget *dialog = topLevel<QWidget>(u"addMemberDialog"_s);
            auto *email = dialog->findChild<QLineEdit *>(u"memberEmailEdit"_s);
            email->setFocus();
            email->insert(u"grace@acme.example"_s); // an edit, as typing is: suggestions run

            pause(600);
            shoot(window, u"add-member"_s);
            closeTopLevel(u"addMemberDialog"_s);
        }
        showTab(page, u"tokensPanel"_s);
        shoot(window, u"tokens"_s);
    }
    // New tokens: on the first team with a free slot (acme is at its cap).
    for (const QString &team : {u"search"_s, u"ops"_s, u"mobile"_s, u"payments"_s}) {
        if (!select(window, u"acme"_s, team)) {
            continue;
        }
        NodePage *page = window->teamPage();
        showTab(page, u"tokensPanel"_s);
        auto *newToken = page->findChild<QPushButton *>(u"newTokenButton"_s);
        pause(800);
        if (!newToken->isEnabled()) {
            continue;
        }
        newToken->click();
        if (!waitFor([] { return topLevel<QWidget>(u"createTokenDialog"_s); }, "create token")) {
            break;
        }
        QWidget *dialog = topLevel<QWidget>(u"createTokenDialog"_s);
        dialog->findChild<QLineEdit *>(u"tokenDescriptionEdit"_s)
            ->setText(u"Billing exporter (production)"_s);
        shoot(window, u"create-token"_s);
        clickButton(dialog, u"createTokenConfirmButton"_s);
        if (waitFor([] { return topLevel<QWidget>(u"newTokenDialog"_s); }, "the new token")) {
            shoot(window, u"new-token"_s);
            closeTopLevel(u"newTokenDialog"_s);
        }
        break;
    }
    if (select(window, u"acme"_s, u"payments"_s)) {
        NodePage *page = window->teamPage();
        showTab(page, u"tokensPanel"_s);
        auto *tokens = page->findChild<QAbstractItemView *>(u"tokensView"_s);
        waitFor([&] { return tokens->model()->rowCount() > 0; }, "the team's tokens");
        // The claims of the newest token: verified against the server's keys.
        tokens->setCurrentIndex(tokens->model()->index(tokens->model()->rowCount() - 1, 0));
        pause(800);
        shoot(window, u"team-tokens"_s);

        clickButton(page, u"copyTokenAsButton"_s);
        if (waitFor([] { return topLevel<QWidget>(u"copyAsDialog"_s); }, "copy as")) {
            QWidget *dialog = topLevel<QWidget>(u"copyAsDialog"_s);
            if (auto *list = dialog->findChild<QAbstractItemView *>(u"copyTemplateList"_s)) {
                // The curl command: the most telling preview.
                const QModelIndexList found = list->model()->match(
                    list->model()->index(0, 0), Qt::DisplayRole, u"curl"_s, 1, Qt::MatchContains);
                if (!found.isEmpty()) {
                    list->setCurrentIndex(found.first());
                }
            }
            shoot(window, u"copy-as"_s);
            closeTopLevel(u"copyAsDialog"_s);
        }
    }
    if (auto *inspect = window->findChild<QAction *>(u"actionInspectToken"_s)) {
        inspect->trigger();
        if (waitFor([] { return topLevel<QWidget>(u"inspectorDialog"_s); }, "the inspector")) {
            QWidget *dialog = topLevel<QWidget>(u"inspectorDialog"_s);
            // A token from elsewhere: HS256 with an Abacus-style scope and no expiry.
            const QString foreign = QStringLiteral(
                "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9."
                "eyJzdWIiOiJyZXBvcnQtZXhwb3J0ZXIiLCJzY29wZSI6WyJhYmFjdXMudXNhZ2Uud3JpdGUiXSwiY2xpZW"
                "50X2lkIjoicmVwb3J0LWV4cG9ydGVyIiwiaWF0IjoxNzYzODAwMDAwfQ."
                "c2lnbmF0dXJlLW5vdC1jaGVja2Vk");
            if (auto *edit = dialog->findChild<QPlainTextEdit *>(u"inspectorTokenEdit"_s)) {
                edit->setPlainText(foreign);
            }
            pause(800);
            dialog->move(window->x() + 60, window->y() + 30);
            dialog->resize(1000, 660);
            shoot(window, u"inspector"_s);
            dialog->close();
        }
    }
    if (select(window, u"initech"_s)) {
        showTab(window->organizationPage(), u"membersPanel"_s);
        shoot(window, u"member-role"_s);
    }
    if (select(window, u"acme"_s)) {
        showTab(window->organizationPage(), u"teamsPanel"_s);
        auto *teams = window->organizationPage()->findChild<QAbstractItemView *>(u"teamsView"_s);
        waitFor([&] { return teams->model()->rowCount() > 0; }, "the teams");
        teams->setCurrentIndex(teams->model()->index(0, 0));
        clickButton(window->organizationPage(), u"deleteTeamButton"_s);
        if (waitFor([] { return topLevel<QWidget>(u"confirmDialog"_s); }, "the confirmation")) {
            shoot(window, u"delete-team"_s);
            closeTopLevel(u"confirmDialog"_s);
        }
    }
    // Rotation, on a team with a free slot: through to the new token, checked
    // with a dry-run publish.
    if (select(window, u"globex"_s, u"ops"_s)) {
        NodePage *page = window->teamPage();
        showTab(page, u"tokensPanel"_s);
        auto *tokens = page->findChild<QAbstractItemView *>(u"tokensView"_s);
        waitFor([&] { return tokens->model()->rowCount() > 1; }, "the team's tokens");
        const QModelIndexList exporter =
            tokens->model()->match(tokens->model()->index(0, 0), Qt::DisplayRole,
                                   u"node exporter"_s, 1, Qt::MatchContains);
        if (!exporter.isEmpty()) {
            tokens->setCurrentIndex(exporter.first());
        }
        clickButton(page, u"rotateTokenButton"_s);
        if (waitFor([] { return topLevel<QWidget>(u"rotationWizard"_s); }, "the rotation wizard")) {
            QWidget *wizard = topLevel<QWidget>(u"rotationWizard"_s);
            wizard->move(window->x() + 140, window->y() + 40);
            const auto press = [wizard](const QString &name) {
                auto *button = wizard->findChild<QAbstractButton *>(name);
                waitFor([button] { return button && button->isVisible() && button->isEnabled(); },
                        qPrintable(name));
                if (button) {
                    button->click();
                }
            };
            press(u"rotationNextButton"_s);
            press(u"rotationCommitButton"_s);
            press(u"rotationCheckButton"_s);
            waitFor(
                [wizard] {
                    auto *note = wizard->findChild<QLabel *>(u"rotationCheckStatusMessage"_s);
                    return note && note->isVisible() && !note->text().isEmpty();
                },
                "the dry-run check");
            shoot(window, u"rotation-wizard"_s);
            wizard->close();
        }
    }
    window->findChild<QAction *>(u"actionExpiryReview"_s)->trigger();
    if (waitFor([] { return topLevel<QWidget>(u"expiryReviewWindow"_s); }, "the expiry review")) {
        QWidget *review = topLevel<QWidget>(u"expiryReviewWindow"_s);
        review->move(0, 0);
        review->resize(1180, 760);
        auto *table = review->findChild<QAbstractItemView *>(u"expiryTable"_s);
        waitFor([&] { return table->model()->rowCount() > 0; }, "the expiry review's tokens");
        // The most urgent token still in service: a few days left.
        const QModelIndexList soon =
            table->model()->match(table->model()->index(0, 3), Qt::DisplayRole,
                                  u"billing exporter"_s, 1, Qt::MatchContains);
        if (!soon.isEmpty()) {
            table->setCurrentIndex(soon.first());
        }
        shoot(review, u"expiry-review"_s);
        review->close();
    }
    if (select(window, u"acme"_s)) {
        showTab(window->organizationPage(), u"auditPanel"_s);
        auto *events = window->organizationPage()->findChild<QAbstractItemView *>(u"auditView"_s);
        if (events) {
            waitFor([&] { return events->model()->rowCount() > 0; }, "the audit events");
        }
        shoot(window, u"audit"_s);
    }
    // What the tour itself changed (a token created, one rotated, copies).
    window->findChild<QAction *>(u"actionChangeJournal"_s)->trigger();
    if (waitFor([] { return topLevel<QWidget>(u"journalDialog"_s); }, "the change journal")) {
        QWidget *journal = topLevel<QWidget>(u"journalDialog"_s);
        journal->move(window->x() + 80, window->y() + 60);
        pause(800);
        shoot(window, u"change-journal"_s);
        journal->close();
    }
    window->findChild<QAction *>(u"actionManageProfiles"_s)->trigger();
    if (waitFor([] { return topLevel<QWidget>(u"profileManagerDialog"_s); }, "profiles")) {
        shoot(window, u"profiles"_s);
        closeTopLevel(u"profileManagerDialog"_s);
    }
    // The colour schemes of Keyward → Preferences…, on the busiest page.
    if (select(window, u"acme"_s)) {
        showTab(window->organizationPage(), u"tokensPanel"_s);
        for (const QString &scheme : {u"dark"_s, u"high-contrast"_s}) {
            applyAppearance(app, scheme);
            pause(600);
            shoot(window, scheme);
        }
        applyAppearance(app, u"system"_s);
    }
    return failures == 0 ? 0 : 1;
}
