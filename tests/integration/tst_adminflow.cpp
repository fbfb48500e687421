// SPDX-License-Identifier: GPL-3.0-or-later
// The whole app (AppController: login dialog, main window, pages, dialogs)
// against a real keyward-server on loopback, with a real keychain: an
// administrator's day, clicked through by objectName, and what a member and
// a viewer are not offered. Every step is checked on the server too.
#include "apiawait.h"
#include "serverprocess.h"
#include "widgetlookup.h"

#include "appcontroller.h"
#include "common/confirmdialog.h"
#include "connection/logindialog.h"
#include "main/mainwindow.h"
#include "main/navigationtree.h"
#include "main/nodepage.h"
#include "session/sessionmanager.h"
#include "settings/profilestore.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace keyward;
using keyward::test::await;
using keyward::test::visibleTopLevel;

namespace {

constexpr auto Password = "a long enough password";
constexpr int Timeout = 20000;

template <typename T> T *child(const QObject *parent, const QString &name)
{
    T *widget = parent->findChild<T *>(name);
    if (!widget) {
        qWarning("no child named %s", qPrintable(name));
    }
    return widget;
}

/// The row of \p view whose \p column shows \p text, or -1.
int rowWithText(const QAbstractItemView *view, int column, const QString &text)
{
    const QAbstractItemModel *model = view->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, column).data().toString() == text) {
            return row;
        }
    }
    return -1;
}

/// Interactive widgets under \p root without an objectName or an accessible
/// name, as "Class(objectName) in parentObjectName".
QStringList unnamedWidgets(const QWidget *root)
{
    QStringList unnamed;
    // Parts Qt builds inside its own controls: the line edit of a combo or
    // spin box, a line edit's clear button, a table's corner button, item
    // editors in a view's viewport, scroll bars and headers.
    const auto isQtPart = [root](const QWidget *widget) {
        if (qobject_cast<const QScrollBar *>(widget) || qobject_cast<const QHeaderView *>(widget)) {
            return true;
        }
        const QWidget *parent = widget->parentWidget();
        if (qobject_cast<const QComboBox *>(parent) ||
            qobject_cast<const QAbstractSpinBox *>(parent) ||
            qobject_cast<const QLineEdit *>(parent) ||
            qobject_cast<const QAbstractItemView *>(parent) ||
            (parent && qobject_cast<const QAbstractItemView *>(parent->parentWidget()))) {
            return true;
        }
        for (const QWidget *w = widget; w && w != root; w = w->parentWidget()) {
            if (w->objectName().startsWith(u"qt_"_s)) {
                return true;
            }
        }
        return false;
    };
    const QList<QWidget *> widgets = root->findChildren<QWidget *>();
    for (const QWidget *widget : widgets) {
        const bool interactive = qobject_cast<const QAbstractButton *>(widget) ||
                                 qobject_cast<const QLineEdit *>(widget) ||
                                 qobject_cast<const QComboBox *>(widget) ||
                                 qobject_cast<const QAbstractItemView *>(widget) ||
                                 qobject_cast<const QAbstractSpinBox *>(widget) ||
                                 qobject_cast<const QTabWidget *>(widget);
        if (!interactive || isQtPart(widget)) {
            continue;
        }
        if (widget->objectName().isEmpty() || widget->accessibleName().isEmpty()) {
            unnamed << u"%1(%2) in %3"_s.arg(QString::fromLatin1(widget->metaObject()->className()),
                                             widget->objectName(),
                                             widget->parentWidget()->objectName());
        }
    }
    return unnamed;
}

} // namespace

class TestAdminFlow final : public QObject
{
    Q_OBJECT

private:
    test::ServerProcess m_server;
    QTemporaryDir m_settingsDir;

    /// A controller logged in as \p email through the login dialog.
    std::unique_ptr<AppController> logIn(QSettings &settings, const QString &email)
    {
        auto controller = std::make_unique<AppController>(&settings, u"keyward-adminflow"_s);
        AppController::StartOptions options;
        options.serverUrl = m_server.baseUrl();
        options.email = email;
        options.password = QString::fromLatin1(Password);
        options.autoLogin = true;
        if (!controller->start(options)) {
            return nullptr;
        }
        if (!QTest::qWaitFor([&] { return controller->mainWindow()->isVisible(); }, Timeout)) {
            return nullptr;
        }
        return controller;
    }

    /// Selects \p organization (and \p team) in the tree; the page shows it.
    static bool select(MainWindow *window, const QString &organization, const QString &team = {})
    {
        window->navigation()->selectNode(organization, team);
        return QTest::qWaitFor(
            [&] {
                const NodePage *page = window->currentPage();
                return page && page->context().organization == organization &&
                       page->context().team.value_or(QString()) == team;
            },
            Timeout);
    }

    static void showTab(NodePage *page, const QString &panel)
    {
        page->tabs()->setCurrentWidget(page->tabs()->findChild<QWidget *>(panel));
    }

    static void click(QWidget *root, const QString &button)
    {
        auto *widget = root->findChild<QPushButton *>(button);
        QVERIFY2(widget, qPrintable(button));
        QTRY_VERIFY2_WITH_TIMEOUT(widget->isEnabled(), qPrintable(button), Timeout);
        QTest::mouseClick(widget, Qt::LeftButton);
    }

    static void confirm(const QString &nameToType = {})
    {
        ConfirmDialog *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = visibleTopLevel<ConfirmDialog>(u"confirmDialog"_s)),
                                 Timeout);
        if (!nameToType.isEmpty()) {
            QTest::keyClicks(dialog->nameEdit(), nameToType);
        }
        QTest::mouseClick(dialog->confirmButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!visibleTopLevel<ConfirmDialog>(u"confirmDialog"_s), Timeout);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.lastError()));
        for (const auto *email : {"admin@flow.example", "member@flow.example",
                                  "viewer@flow.example", "colleague@flow.example"}) {
            QVERIFY(m_server.addUser(QString::fromLatin1(email), QString::fromLatin1(Password)));
        }
    }

    void reconnectsWithTheStoredSession()
    {
        QSettings settings(m_settingsDir.filePath(u"resume.conf"_s), QSettings::IniFormat);
        {
            auto first = logIn(settings, u"admin@flow.example"_s);
            QVERIFY(first);
            // The profile was created and remembered; no secret in the file.
            QCOMPARE(first->profiles()->profiles().size(), 1);
        }
        settings.sync();
        QFile file(settings.fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray contents = file.readAll();
        QVERIFY(!contents.contains(Password));
        QVERIFY(!contents.toLower().contains("token"));

        // A new start with the same settings and keychain opens the main
        // window directly: no login dialog, no password.
        AppController second(&settings, u"keyward-adminflow"_s);
        QVERIFY(second.start({}));
        QTRY_VERIFY_WITH_TIMEOUT(second.mainWindow()->isVisible(), Timeout);
        QVERIFY(!second.loginDialog()->isVisible());
        QVERIFY(second.session()->isLoggedIn());
        QCOMPARE(second.session()->email(), u"admin@flow.example"_s);
    }

    void administratorsDay()
    {
        QSettings settings(m_settingsDir.filePath(u"admin.conf"_s), QSettings::IniFormat);
        auto app = logIn(settings, u"admin@flow.example"_s);
        QVERIFY(app);
        MainWindow *window = app->mainWindow();
        auto server = test::loggedInClient(m_server, u"admin@flow.example"_s,
                                           QString::fromLatin1(Password), false);
        QVERIFY(server);

        // Create an organization.
        window->findChild<QAction *>(u"actionNewOrganization"_s)->trigger();
        QDialog *nameDialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((nameDialog = visibleTopLevel<QDialog>(u"nameDialog"_s)), Timeout);
        QTest::keyClicks(child<QLineEdit>(nameDialog, u"nameEdit"_s), u"flow"_s);
        QTest::keyClicks(child<QLineEdit>(nameDialog, u"organizationEmailEdit"_s),
                         u"ops@flow.example"_s);
        QTest::keyClicks(child<QLineEdit>(nameDialog, u"organizationNotificationUrlEdit"_s),
                         u"https://flow.example/hooks"_s);
        click(nameDialog, u"createButton"_s);
        QVERIFY(select(window, u"flow"_s));
        AWAIT(Organization, created, server->organization(u"flow"_s, this, done));
        QCOMPARE(created->email, u"ops@flow.example"_s);
        NodePage *page = window->organizationPage();

        // Add a member, then change their role inline.
        showTab(page, u"membersPanel"_s);
        click(page, u"addMemberButton"_s);
        QDialog *addDialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((addDialog = visibleTopLevel<QDialog>(u"addMemberDialog"_s)),
                                 Timeout);
        QTest::keyClicks(child<QLineEdit>(addDialog, u"memberEmailEdit"_s),
                         u"member@flow.example"_s);
        click(addDialog, u"addMemberConfirmButton"_s);
        auto *members = child<QTableView>(page, u"membersView"_s);
        QTRY_VERIFY_WITH_TIMEOUT(rowWithText(members, 1, u"member@flow.example"_s) >= 0, Timeout);
        changeRole(members, u"member@flow.example"_s, Role::Viewer);
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                const auto list = await<Page<Membership>>([&](ApiCallback<Page<Membership>> done) {
                    server->organizationMembers(u"flow"_s, {}, this, done);
                });
                if (!list) {
                    return false;
                }
                for (const Membership &membership : list->items) {
                    if (membership.user.email == u"member@flow.example"_s) {
                        return membership.role == Role::Viewer;
                    }
                }
                return false;
            }(),
            Timeout);

        // Create a team; the tree shows it under the organization.
        showTab(page, u"teamsPanel"_s);
        click(page, u"newTeamButton"_s);
        QTRY_VERIFY_WITH_TIMEOUT((nameDialog = visibleTopLevel<QDialog>(u"nameDialog"_s)), Timeout);
        QTest::keyClicks(child<QLineEdit>(nameDialog, u"nameEdit"_s), u"runners"_s);
        click(nameDialog, u"createButton"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!visibleTopLevel<QDialog>(u"nameDialog"_s), Timeout);
        AWAIT(Team, team, server->team(u"flow"_s, u"runners"_s, this, done));
        QVERIFY(select(window, u"flow"_s, u"runners"_s));
        QVERIFY(select(window, u"flow"_s));

        // Tokens: the default one plus two more, then the cap, then revoke.
        showTab(page, u"tokensPanel"_s);
        auto *tokens = child<QTableView>(page, u"tokensView"_s);
        QTRY_COMPARE_WITH_TIMEOUT(tokens->model()->rowCount(), 1, Timeout);
        for (const QString &description : {u"ci publisher"_s, u"backup publisher"_s}) {
            // Ctrl+N, the keyboard way.
            window->findChild<QAction *>(u"actionNewToken"_s)->trigger();
            QDialog *create = nullptr;
            QTRY_VERIFY_WITH_TIMEOUT((create = visibleTopLevel<QDialog>(u"createTokenDialog"_s)),
                                     Timeout);
            QTest::keyClicks(child<QLineEdit>(create, u"tokenDescriptionEdit"_s), description);
            click(create, u"createTokenConfirmButton"_s);
            QDialog *shown = nullptr;
            QTRY_VERIFY_WITH_TIMEOUT((shown = visibleTopLevel<QDialog>(u"newTokenDialog"_s)),
                                     Timeout);
            QVERIFY(!child<QLineEdit>(shown, u"newTokenValueEdit"_s)->text().isEmpty());
            click(shown, u"newTokenCloseButton"_s);
        }
        QTRY_COMPARE_WITH_TIMEOUT(tokens->model()->rowCount(), 3, Timeout);
        AWAIT(QList<Token>, three, server->organizationTokens(u"flow"_s, this, done));
        QCOMPARE(three->size(), 3);
        auto *newToken = child<QPushButton>(page, u"newTokenButton"_s);
        QTRY_VERIFY(!newToken->isEnabled());
        QVERIFY2(newToken->toolTip().contains(u"3"_s), qPrintable(newToken->toolTip()));

        const int backup = rowWithText(tokens, 0, u"backup publisher"_s);
        QVERIFY(backup >= 0);
        tokens->setCurrentIndex(tokens->model()->index(backup, 0));
        click(page, u"revokeTokenButton"_s);
        confirm();
        QTRY_COMPARE_WITH_TIMEOUT(tokens->model()->rowCount(), 2, Timeout);
        AWAIT(QList<Token>, two, server->organizationTokens(u"flow"_s, this, done));
        QCOMPARE(two->size(), 2);
        QTRY_VERIFY(newToken->isEnabled());

        // Log out: the login dialog returns and the session no longer works.
        window->findChild<QAction *>(u"actionLogOut"_s)->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(app->loginDialog()->isVisible(), Timeout);
        QVERIFY(!window->isVisible());
        QVERIFY(!app->api()->hasSession());
    }

    void everyInteractiveWidgetIsNamed()
    {
        QSettings settings(m_settingsDir.filePath(u"names.conf"_s), QSettings::IniFormat);
        auto app = logIn(settings, u"admin@flow.example"_s);
        QVERIFY(app);
        MainWindow *window = app->mainWindow();
        QVERIFY(select(window, u"flow"_s));
        NodePage *page = window->organizationPage();
        for (int tab = 0; tab < page->tabs()->count(); ++tab) {
            page->tabs()->setCurrentIndex(tab);
            QTest::qWait(100);
        }
        QStringList unnamed = unnamedWidgets(window);
        unnamed += unnamedWidgets(app->loginDialog());
        // The dialogs, each opened the way a user opens it.
        const QList<std::pair<QString, QString>> dialogs = {
            {u"actionNewOrganization"_s, u"nameDialog"_s},
            {u"actionNewToken"_s, u"createTokenDialog"_s},
            {u"actionManageProfiles"_s, u"profileManagerDialog"_s},
            {u"actionInspectToken"_s, u"inspectorDialog"_s},
            {u"actionPreferences"_s, u"preferencesDialog"_s},
        };
        for (const auto &[action, dialogName] : dialogs) {
            window->findChild<QAction *>(action)->trigger();
            QDialog *dialog = nullptr;
            QTRY_VERIFY2_WITH_TIMEOUT((dialog = visibleTopLevel<QDialog>(dialogName)),
                                      qPrintable(dialogName), Timeout);
            unnamed += unnamedWidgets(dialog);
            dialog->close();
        }
        showTab(page, u"membersPanel"_s);
        click(page, u"addMemberButton"_s);
        QDialog *addMember = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((addMember = visibleTopLevel<QDialog>(u"addMemberDialog"_s)),
                                 Timeout);
        unnamed += unnamedWidgets(addMember);
        addMember->close();
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u"\n"_s)));
    }

    void memberSeesButCannotChange()
    {
        auto admin = test::loggedInClient(m_server, u"admin@flow.example"_s,
                                          QString::fromLatin1(Password), false);
        QVERIFY(admin);
        AWAIT(MemberAddition, added,
              admin->addOrganizationMember(u"flow"_s, {u"colleague@flow.example"_s, Role::Member},
                                           this, done));
        QSettings settings(m_settingsDir.filePath(u"member.conf"_s), QSettings::IniFormat);
        auto app = logIn(settings, u"colleague@flow.example"_s);
        QVERIFY(app);
        MainWindow *window = app->mainWindow();
        QVERIFY(select(window, u"flow"_s));
        NodePage *page = window->organizationPage();
        QTabWidget *tabs = page->tabs();
        const int tokensTab = tabs->indexOf(tabs->findChild<QWidget *>(u"tokensPanel"_s));
        QVERIFY(!tabs->isTabEnabled(tokensTab));
        QVERIFY(tabs->tabToolTip(tokensTab).contains(u"Administrator"_s));
        showTab(page, u"membersPanel"_s);
        auto *members = child<QTableView>(page, u"membersView"_s);
        QTRY_VERIFY_WITH_TIMEOUT(members->model()->rowCount() >= 2, Timeout);
        auto *add = child<QPushButton>(page, u"addMemberButton"_s);
        QVERIFY(!add->isEnabled());
        QVERIFY(add->toolTip().contains(u"Administrator"_s));
        showTab(page, u"teamsPanel"_s);
        auto *newTeam = child<QPushButton>(page, u"newTeamButton"_s);
        QTRY_VERIFY(!newTeam->isEnabled());
        QVERIFY(newTeam->toolTip().contains(u"Administrator"_s));
        QVERIFY(!window->findChild<QAction *>(u"actionNewToken"_s)->isEnabled());
    }

    void viewerIsOfferedNothingButTheOverview()
    {
        // member@ was made a viewer in administratorsDay().
        QSettings settings(m_settingsDir.filePath(u"viewer.conf"_s), QSettings::IniFormat);
        auto app = logIn(settings, u"member@flow.example"_s);
        QVERIFY(app);
        MainWindow *window = app->mainWindow();
        QVERIFY(select(window, u"flow"_s));
        QTabWidget *tabs = window->organizationPage()->tabs();
        for (const QString &panel : {u"membersPanel"_s, u"teamsPanel"_s, u"tokensPanel"_s}) {
            const int index = tabs->indexOf(tabs->findChild<QWidget *>(panel));
            QVERIFY2(!tabs->isTabEnabled(index), qPrintable(panel));
            QVERIFY2(!tabs->tabToolTip(index).isEmpty(), qPrintable(panel));
        }
        QCOMPARE(tabs->currentWidget()->objectName(), u"overviewPanel"_s);
    }

private:
    void changeRole(QTableView *view, const QString &email, Role role);
};

void TestAdminFlow::changeRole(QTableView *view, const QString &email, Role role)
{
    const int row = rowWithText(view, 1, email);
    QVERIFY(row >= 0);
    const QModelIndex roleIndex = view->model()->index(row, 2);
    view->setCurrentIndex(roleIndex);
    view->edit(roleIndex);
    QComboBox *editor = nullptr;
    QTRY_VERIFY((editor = view->viewport()->findChild<QComboBox *>()));
    const int item = editor->findData(static_cast<int>(role));
    QVERIFY(item >= 0);
    editor->setCurrentIndex(item);
    QTest::keyClick(editor, Qt::Key_Return);
}

QTEST_MAIN(TestAdminFlow)
#include "tst_adminflow.moc"
