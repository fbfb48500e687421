// SPDX-License-Identifier: GPL-3.0-or-later
// TeamsPanel against a live keyward-server: list, create, delete, role-aware actions.
#include "orgtesthelpers.h"

#include "common/inlinestatus.h"
#include "organizations/namedialog.h"
#include "organizations/teamlistmodel.h"
#include "organizations/teamspanel.h"

#include <QLabel>
#include <QSignalSpy>
#include <QTableView>

using namespace Qt::StringLiterals;
using namespace keyward;
using keyward::test::child;

class TestTeamsPanel final : public QObject
{
    Q_OBJECT

    test::ServerProcess m_server;
    std::unique_ptr<ApiClient> m_admin;
    std::unique_ptr<ApiClient> m_observer;
    std::unique_ptr<ApiClient> m_member;

    /// Organization \p name with \p teams, member@ as Member.
    bool makeOrganization(const QString &name, const QStringList &teams)
    {
        if (!test::await<Organization>([&](ApiCallback<Organization> done) {
                m_observer->createOrganization(test::organizationRequest(name), this, done);
            })) {
            return false;
        }
        if (!test::await<MemberAddition>([&](ApiCallback<MemberAddition> done) {
                m_observer->addOrganizationMember(name, {u"member@example.com"_s, Role::Member},
                                                  this, done);
            })) {
            return false;
        }
        for (const QString &team : teams) {
            if (!test::await<Team>([&](ApiCallback<Team> done) {
                    m_observer->createTeam(name, team, this, done);
                })) {
                return false;
            }
        }
        return true;
    }

    QStringList serverTeams(const QString &organization)
    {
        const auto page = test::await<Page<Team>>(
            [&](ApiCallback<Page<Team>> done) { m_observer->teams(organization, {}, this, done); });
        QStringList names;
        if (page) {
            for (const Team &team : page->items) {
                names.append(team.name);
            }
        }
        return names;
    }

    static void selectRow(QTableView *view, const QString &team)
    {
        const QAbstractItemModel *model = view->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, 0).data().toString() == team) {
                view->selectRow(row);
                return;
            }
        }
        QFAIL("team not listed");
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.lastError()));
        QString error;
        m_admin = test::loggedInClient(m_server, u"admin@example.com"_s, u"admin-password"_s, true,
                                       &error);
        QVERIFY2(m_admin, qPrintable(error));
        m_observer = test::loggedInClient(m_server, u"admin@example.com"_s, u"admin-password"_s,
                                          false, &error);
        QVERIFY2(m_observer, qPrintable(error));
        m_member = test::loggedInClient(m_server, u"member@example.com"_s, u"member-password"_s,
                                        true, &error);
        QVERIFY2(m_member, qPrintable(error));
    }

    void listsAndFiltersTeams()
    {
        QVERIFY(makeOrganization(u"listing"_s, {u"runners"_s, u"builders"_s, u"testers"_s}));
        TeamsPanel panel(m_admin.get());
        panel.setContext(test::organizationNode(u"listing"_s, Role::Admin));
        panel.show();
        auto *view = child<QTableView>(&panel, u"teamsView"_s);
        auto *count = child<QLabel>(&panel, u"teamsCount"_s);
        QTRY_COMPARE(view->model()->rowCount(), 3);
        QCOMPARE(view->model()->index(0, 0).data().toString(), u"builders"_s); // sorted
        QCOMPARE(view->model()->index(0, 1).data().toString(), u"1 of 3"_s);
        QCOMPARE(count->text(), u"3 teams"_s);
        QTest::keyClicks(child<QLineEdit>(&panel, u"teamsFilter"_s), u"RUN"_s);
        QCOMPARE(view->model()->rowCount(), 1);
        QCOMPARE(count->text(), u"1 of 3 teams"_s);
        QVERIFY(!child<InlineStatus>(&panel, u"teamsStatus"_s)->hasError());

        QSignalSpy activated(&panel, &TeamsPanel::teamActivated);
        const QRect cell = view->visualRect(view->model()->index(0, 0));
        // Item views only take a double-click on the index that received the press.
        QTest::mousePress(view->viewport(), Qt::LeftButton, {}, cell.center());
        QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, cell.center());
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, cell.center());
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.first().at(0).toString(), u"listing"_s);
        QCOMPARE(activated.first().at(1).toString(), u"runners"_s);
    }

    void createsTeamThroughDialog()
    {
        QVERIFY(makeOrganization(u"creating"_s, {u"first"_s}));
        TeamsPanel panel(m_admin.get());
        QSignalSpy changed(&panel, &Panel::teamsChanged);
        QSignalSpy messages(&panel, &Panel::statusMessage);
        panel.setContext(test::organizationNode(u"creating"_s, Role::Admin));
        panel.show();
        auto *view = child<QTableView>(&panel, u"teamsView"_s);
        QTRY_COMPARE(view->model()->rowCount(), 1);
        auto *create = child<QPushButton>(&panel, u"newTeamButton"_s);
        QVERIFY(create->isEnabled());
        QTest::mouseClick(create, Qt::LeftButton);
        QTRY_VERIFY(test::visibleTopLevel<NameDialog>(u"nameDialog"_s));
        NameDialog *dialog = test::visibleTopLevel<NameDialog>(u"nameDialog"_s);
        QCOMPARE(dialog->mode(), NameDialog::Mode::Team);
        QTest::keyClicks(child<QLineEdit>(dialog, u"nameEdit"_s), u"second"_s);
        QTest::mouseClick(child<QPushButton>(dialog, u"createButton"_s), Qt::LeftButton);
        QTRY_COMPARE(changed.count(), 1);
        QCOMPARE(changed.first().first().toString(), u"creating"_s);
        QCOMPARE(view->model()->rowCount(), 2);
        QCOMPARE(panel.model()->rowOf(u"second"_s), 1);
        QCOMPARE(view->selectionModel()->selectedRows().size(), 1);
        QCOMPARE(view->selectionModel()->selectedRows().first().data().toString(), u"second"_s);
        QCOMPARE(messages.count(), 1);
        QTRY_VERIFY(!test::visibleTopLevel<NameDialog>(u"nameDialog"_s));
        QVERIFY(serverTeams(u"creating"_s).contains(u"second"_s));
    }

    void deletesTeamWithTypedName()
    {
        QVERIFY(makeOrganization(u"deleting"_s, {u"keep"_s, u"drop"_s}));
        TeamsPanel panel(m_admin.get());
        QSignalSpy changed(&panel, &Panel::teamsChanged);
        NodeContext production = test::organizationNode(u"deleting"_s, Role::Admin);
        production.environment = Environment::Production;
        panel.setContext(production);
        panel.show();
        QVERIFY(QTest::qWaitForWindowActive(&panel));
        auto *view = child<QTableView>(&panel, u"teamsView"_s);
        auto *remove = child<QPushButton>(&panel, u"deleteTeamButton"_s);
        QTRY_COMPARE(view->model()->rowCount(), 2);
        QVERIFY(!remove->isEnabled()); // nothing selected
        selectRow(view, u"drop"_s);
        QVERIFY(remove->isEnabled());

        // The Delete key on the list asks, like the button.
        view->setFocus();
        QTest::keyClick(view, Qt::Key_Delete);
        QTRY_VERIFY(test::visibleTopLevel<ConfirmDialog>(u"confirmDialog"_s));
        ConfirmDialog *dialog = test::visibleTopLevel<ConfirmDialog>(u"confirmDialog"_s);
        QVERIFY(!dialog->confirmButton()->isEnabled());
        QTest::keyClicks(dialog->nameEdit(), u"Drop"_s);
        QVERIFY(!dialog->confirmButton()->isEnabled());
        dialog->nameEdit()->clear();
        QTest::keyClicks(dialog->nameEdit(), u"drop"_s);
        QTest::mouseClick(dialog->confirmButton(), Qt::LeftButton);
        QTRY_COMPARE(changed.count(), 1);
        QCOMPARE(view->model()->rowCount(), 1);
        QCOMPARE(panel.model()->rowOf(u"drop"_s), -1);
        QCOMPARE(serverTeams(u"deleting"_s), QStringList{u"keep"_s});
    }

    void deletesTeamInDevelopmentWithPlainConfirmation()
    {
        QVERIFY(makeOrganization(u"dev-deleting"_s, {u"keep"_s, u"drop"_s}));
        TeamsPanel panel(m_admin.get());
        QSignalSpy changed(&panel, &Panel::teamsChanged);
        NodeContext context = test::organizationNode(u"dev-deleting"_s, Role::Admin);
        context.environment = Environment::Development;
        panel.setContext(context);
        panel.show();
        auto *view = child<QTableView>(&panel, u"teamsView"_s);
        QTRY_COMPARE(view->model()->rowCount(), 2);
        selectRow(view, u"drop"_s);
        QTest::mouseClick(child<QPushButton>(&panel, u"deleteTeamButton"_s), Qt::LeftButton);
        QTRY_VERIFY(test::visibleTopLevel<ConfirmDialog>(u"confirmDialog"_s));
        ConfirmDialog *dialog = test::visibleTopLevel<ConfirmDialog>(u"confirmDialog"_s);
        QVERIFY(!dialog->nameEdit());
        QVERIFY(dialog->confirmButton()->isEnabled());
        QTest::mouseClick(dialog->confirmButton(), Qt::LeftButton);
        QTRY_COMPARE(changed.count(), 1);
        QCOMPARE(serverTeams(u"dev-deleting"_s), QStringList{u"keep"_s});
    }

    void memberCannotCreateOrDelete()
    {
        QVERIFY(makeOrganization(u"members-view"_s, {u"alpha"_s}));
        TeamsPanel panel(m_member.get());
        panel.setContext(test::organizationNode(u"members-view"_s, Role::Member));
        panel.show();
        auto *view = child<QTableView>(&panel, u"teamsView"_s);
        QTRY_COMPARE(view->model()->rowCount(), 1);
        auto *create = child<QPushButton>(&panel, u"newTeamButton"_s);
        auto *remove = child<QPushButton>(&panel, u"deleteTeamButton"_s);
        QVERIFY(!create->isEnabled());
        QVERIFY(create->toolTip().contains(u"Administrator"_s));
        selectRow(view, u"alpha"_s);
        QVERIFY(!remove->isEnabled());
        QVERIFY(remove->toolTip().contains(u"Administrator"_s));
        QTest::keyClick(view, Qt::Key_Delete);
        QVERIFY(!test::visibleTopLevel<ConfirmDialog>(u"confirmDialog"_s));
        QCOMPARE(serverTeams(u"members-view"_s), QStringList{u"alpha"_s});
    }

    void viewerGetsExplanationNotError()
    {
        TeamsPanel panel(m_member.get());
        panel.setContext(test::organizationNode(u"members-view"_s, Role::Viewer));
        panel.show();
        auto *status = child<InlineStatus>(&panel, u"teamsStatus"_s);
        QVERIFY(!status->hasError());
        QVERIFY(status->text().contains(u"Only members and administrators"_s));
        QVERIFY(!child<QPushButton>(&panel, u"newTeamButton"_s)->isEnabled());
    }

    void grab()
    {
        QVERIFY(makeOrganization(u"screenshot"_s,
                                 {u"runners"_s, u"builders"_s, u"payments-eu"_s, u"search"_s}));
        TeamsPanel panel(m_admin.get());
        panel.resize(640, 360);
        panel.setContext(test::organizationNode(u"screenshot"_s, Role::Admin));
        panel.show();
        auto *view = child<QTableView>(&panel, u"teamsView"_s);
        QTRY_COMPARE(view->model()->rowCount(), 4);
        view->selectRow(1);
        QVERIFY(panel.grab().save(u"/tmp/keyward-teamspanel.png"_s));
    }
};

QTEST_MAIN(TestTeamsPanel)
#include "tst_teamspanel.moc"
