// SPDX-License-Identifier: GPL-3.0-or-later
// The main window against a real keyward-server with demo data: the tree of
// organizations and teams with the user's role on each, the pages and their
// role-aware tabs, the environment shown at all times, the keyboard
// shortcuts, and what an unreachable server looks like.
#include "apiawait.h"
#include "serverprocess.h"
#include "widgetlookup.h"

#include "common/inlinestatus.h"
#include "credentials/credentialstore.h"
#include "itemmodels/organizationtreemodel.h"
#include "main/mainwindow.h"
#include "main/navigationtree.h"
#include "main/nodepage.h"
#include "profiles/environmentbadge.h"
#include "session/sessionmanager.h"
#include "tokens/tokenspanel.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace keyward;

namespace {
constexpr int Timeout = 20000;

/// name → role text of the children of \p parent in the tree's model.
QMap<QString, QString> rowsUnder(const QAbstractItemModel *model, const QModelIndex &parent = {})
{
    QMap<QString, QString> rows;
    for (int row = 0; row < model->rowCount(parent); ++row) {
        rows.insert(model->index(row, OrganizationTreeModel::NameColumn, parent).data().toString(),
                    model->index(row, OrganizationTreeModel::RoleColumn, parent).data().toString());
    }
    return rows;
}

QModelIndex rowNamed(const QAbstractItemModel *model, const QString &name)
{
    const QModelIndexList found =
        model->match(model->index(0, 0), Qt::DisplayRole, name, 1, Qt::MatchExactly);
    return found.value(0);
}
} // namespace

class TestMainWindow final : public QObject
{
    Q_OBJECT

private:
    test::ServerProcess m_server;
    std::unique_ptr<ApiClient> m_api;
    std::unique_ptr<CredentialStore> m_credentials;
    std::unique_ptr<SessionManager> m_session;
    std::unique_ptr<MainWindow> m_window;
    ConnectionProfile m_profile;

    bool select(const QString &organization, const QString &team = {})
    {
        m_window->navigation()->selectNode(organization, team);
        return QTest::qWaitFor(
            [&] {
                const NodePage *page = m_window->currentPage();
                return page && page->context().organization == organization &&
                       page->context().team.value_or(QString()) == team;
            },
            Timeout);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.start({u"--demo"_s}), qPrintable(m_server.lastError()));
        m_api = test::loggedInClient(m_server, u"demo@keyward.example"_s, u"keyward-demo"_s, false);
        QVERIFY(m_api);
        m_credentials = std::make_unique<CredentialStore>(u"keyward-mainwindow-test"_s);
        m_session = std::make_unique<SessionManager>(m_api.get(), m_credentials.get());
        m_window = std::make_unique<MainWindow>(m_api.get(), m_session.get());
        m_profile.name = u"Acme production"_s;
        m_profile.serverUrl = QUrl(m_server.baseUrl());
        m_profile.environment = Environment::Production;
        m_window->show();
        // Shortcuts go to the active window only.
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        m_window->startSession(m_profile, u"demo@keyward.example"_s);
    }

    void treeListsOrganizationsAndTeamsWithRoles()
    {
        QTreeView *tree = m_window->navigation()->view();
        QTRY_COMPARE_WITH_TIMEOUT(tree->model()->rowCount(), 3, Timeout);
        const auto organizations = rowsUnder(tree->model());
        QCOMPARE(organizations.value(u"acme"_s), u"Administrator"_s);
        QCOMPARE(organizations.value(u"initech"_s), u"Member"_s);

        // An organization admin sees every team, as their administrator.
        const QModelIndex acme = rowNamed(tree->model(), u"acme"_s);
        tree->expand(acme);
        QTRY_COMPARE_WITH_TIMEOUT(tree->model()->rowCount(acme), 4, Timeout);
        for (const QString &role : rowsUnder(tree->model(), acme)) {
            QCOMPARE(role, u"Administrator"_s);
        }
        // Anyone else sees the teams they belong to, with their own role.
        const QModelIndex initech = rowNamed(tree->model(), u"initech"_s);
        tree->expand(initech);
        QTRY_COMPARE_WITH_TIMEOUT(tree->model()->rowCount(initech), 3, Timeout);
        const auto teams = rowsUnder(tree->model(), initech);
        QCOMPARE(teams.value(u"mobile"_s), u"Administrator"_s);
        QCOMPARE(teams.value(u"reports"_s), u"Member"_s);
        QCOMPARE(teams.value(u"support"_s), u"Viewer"_s);
        QVERIFY(!teams.contains(u"infrastructure"_s));
    }

    void pagesFollowTheSelectionAndTheRole()
    {
        QVERIFY(select(u"acme"_s));
        NodePage *organization = m_window->organizationPage();
        QCOMPARE(organization->tabs()->count(), 5); // Overview, Members, Teams, Tokens, Audit
        for (int index = 0; index < 5; ++index) {
            QVERIFY(organization->tabs()->isTabEnabled(index));
        }
        QVERIFY(m_window->findChild<QAction *>(u"actionNewToken"_s)->isEnabled());

        QVERIFY(select(u"acme"_s, u"payments"_s));
        NodePage *team = m_window->teamPage();
        QCOMPARE(m_window->currentPage(), team);
        QCOMPARE(team->tabs()->count(), 2);
        QCOMPARE(team->context().role, Role::Admin); // through the organization

        // initech: a member of the organization, a viewer of its support team.
        QVERIFY(select(u"initech"_s));
        const int tokensTab = organization->tabs()->indexOf(organization->tokensPanel());
        QVERIFY(!organization->tabs()->isTabEnabled(tokensTab));
        QVERIFY(organization->tabs()->tabToolTip(tokensTab).contains(u"Administrator"_s));
        QVERIFY(!m_window->findChild<QAction *>(u"actionNewToken"_s)->isEnabled());
        QVERIFY(select(u"initech"_s, u"support"_s));
        for (int index = 0; index < team->tabs()->count(); ++index) {
            QVERIFY(!team->tabs()->isTabEnabled(index));
        }
    }

    void environmentIsAlwaysVisible()
    {
        QVERIFY(m_window->windowTitle().contains(u"Acme production"_s));
        QVERIFY(m_window->windowTitle().contains(u"Production"_s));
        auto *badge = m_window->findChild<EnvironmentBadge *>(u"environmentBadge"_s);
        QVERIFY(badge && badge->isVisible());
        QCOMPARE(badge->backgroundColour(), QColor(m_profile.effectiveColour()));
        auto *strip = m_window->findChild<QWidget *>(u"environmentStrip"_s);
        QVERIFY(strip->isVisible());
        QCOMPARE(strip->palette().color(QPalette::Window), QColor(m_profile.effectiveColour()));
        QVERIFY(m_window->findChild<QLabel *>(u"sessionLabel"_s)
                    ->text()
                    .contains(u"demo@keyward.example"_s));
        QCOMPARE(m_window->findChild<QLabel *>(u"connectionLabel"_s)->text(), u"Connected"_s);
    }

    void bannerNamesTheEnvironment()
    {
        auto *strip = m_window->findChild<QWidget *>(u"environmentStrip"_s);
        QVERIFY(strip);
        auto *banner = strip->findChild<QLabel *>(u"environmentBannerLabel"_s);
        QVERIFY(banner);
        QVERIFY(banner->isVisible());
        QVERIFY2(banner->text().contains(u"PRODUCTION"_s) &&
                     banner->text().contains(u"live systems"_s),
                 qPrintable(banner->text()));
        QVERIFY(banner->accessibleName().contains(banner->text()));
        QVERIFY(strip->height() >= 20); // a banner to read, not a hairline
        // Readable: the text colour is far from the background's.
        const QColor background = strip->palette().color(QPalette::Window);
        const QColor text = banner->palette().color(QPalette::WindowText);
        QCOMPARE(background, QColor(m_profile.effectiveColour()));
        QVERIFY(qAbs(qGray(background.rgb()) - qGray(text.rgb())) > 90);
        // The pages get the environment for their confirmations.
        QVERIFY(select(u"acme"_s));
        QCOMPARE(m_window->currentPage()->context().environment, Environment::Production);

        // Another window on a staging profile says so, in its colour.
        ConnectionProfile staging = m_profile;
        staging.name = u"Acme staging"_s;
        staging.environment = Environment::Staging;
        staging.colour = u"#f5d90a"_s; // light: dark text
        MainWindow other(m_api.get(), m_session.get());
        other.show();
        other.startSession(staging, u"demo@keyward.example"_s);
        auto *otherStrip = other.findChild<QWidget *>(u"environmentStrip"_s);
        auto *otherBanner = otherStrip->findChild<QLabel *>(u"environmentBannerLabel"_s);
        QVERIFY2(otherBanner->text().contains(u"Staging"_s) &&
                     !otherBanner->text().contains(u"PRODUCTION"_s),
                 qPrintable(otherBanner->text()));
        QCOMPARE(otherStrip->palette().color(QPalette::Window), QColor(u"#f5d90a"_s));
        QCOMPARE(otherBanner->palette().color(QPalette::WindowText), QColor(Qt::black));
        QTRY_COMPARE_WITH_TIMEOUT(other.navigation()->view()->model()->rowCount(), 3, Timeout);
        other.navigation()->selectNode(u"acme"_s, {});
        QTRY_VERIFY_WITH_TIMEOUT(other.currentPage() &&
                                     other.currentPage()->context().organization == u"acme"_s,
                                 Timeout);
        QCOMPARE(other.currentPage()->context().environment, Environment::Staging);
        other.close();
        // The later tests' shortcuts need the main window active again.
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    void shortcuts()
    {
        QVERIFY(select(u"acme"_s));
        // Ctrl+F in the tree filters the tree.
        m_window->navigation()->view()->setFocus();
        QTest::keyClick(m_window->navigation()->view(), Qt::Key_F, Qt::ControlModifier);
        auto *filter = m_window->findChild<QLineEdit *>(u"navigationFilter"_s);
        QTRY_VERIFY(filter->hasFocus());
        QTest::keyClicks(filter, u"glob"_s);
        QTRY_COMPARE(m_window->navigation()->view()->model()->rowCount(), 1);
        filter->clear();
        QTRY_COMPARE(m_window->navigation()->view()->model()->rowCount(), 3);

        // F5 reloads and keeps the selected node.
        QVERIFY(select(u"acme"_s, u"search"_s));
        QTest::keyClick(m_window.get(), Qt::Key_F5);
        QTest::qWait(300);
        QTRY_COMPARE_WITH_TIMEOUT(m_window->navigation()->currentNode().team.value_or(QString()),
                                  u"search"_s, Timeout);

        // Ctrl+N opens "New token" on the Tokens tab (of an organization with
        // room for one: the demo ones may be at the 3-token cap).
        AWAIT(Organization, fresh,
              m_api->createOrganization(
                  {u"shortcuts"_s, u"ops@shortcuts.example"_s, u"https://shortcuts.example/hook"_s},
                  this, done));
        m_window->refresh();
        QVERIFY(select(u"shortcuts"_s));
        auto *newToken = m_window->findChild<QAction *>(u"actionNewToken"_s);
        QVERIFY(newToken->isEnabled());
        QSignalSpy triggered(newToken, &QAction::triggered);
        QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
        QCOMPARE(triggered.count(), 1);
        QWidget *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = test::visibleTopLevel(u"createTokenDialog"_s)), Timeout);
        QCOMPARE(m_window->organizationPage()->tabs()->currentWidget(),
                 m_window->organizationPage()->tokensPanel());
        dialog->close();
    }

    void unreachableServerIsSaidWithRetry()
    {
        QVERIFY(m_server.stop());
        m_window->findChild<QAction *>(u"actionRefresh"_s)->trigger();
        auto *status = m_window->findChild<InlineStatus *>(u"navigationStatus"_s);
        QTRY_VERIFY_WITH_TIMEOUT(status->hasError(), Timeout);
        QVERIFY(m_window->findChild<QPushButton *>(u"navigationStatusRetry"_s)->isVisible());
        QVERIFY(m_window->findChild<QLabel *>(u"connectionLabel"_s)
                    ->text()
                    .startsWith(u"Offline — data from "_s));
        // The last loaded data stays.
        QCOMPARE(m_window->navigation()->view()->model()->rowCount(), 4);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
