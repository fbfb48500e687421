// SPDX-License-Identifier: GPL-3.0-or-later
// OverviewPanel against a live keyward-server, as administrator, member and viewer.
#include "orgtesthelpers.h"

#include "common/inlinestatus.h"
#include "organizations/overviewpanel.h"

#include <QGroupBox>
#include <QLabel>
#include <QSignalSpy>

using namespace Qt::StringLiterals;
using namespace keyward;
using keyward::test::child;

class TestOverviewPanel final : public QObject
{
    Q_OBJECT

    test::ServerProcess m_server;
    std::unique_ptr<ApiClient> m_admin;
    std::unique_ptr<ApiClient> m_observer; ///< the admin again, on its own session
    std::unique_ptr<ApiClient> m_member;
    std::unique_ptr<ApiClient> m_viewer;

    /// A fresh organization \p name administered by admin@, with member@ and viewer@.
    bool makeOrganization(const QString &name)
    {
        const auto created = test::await<Organization>([&](ApiCallback<Organization> done) {
            m_observer->createOrganization(test::organizationRequest(name), this, done);
        });
        if (!created) {
            return false;
        }
        for (const auto &[email, role] : {std::pair{u"member@example.com"_s, Role::Member},
                                          std::pair{u"viewer@example.com"_s, Role::Viewer}}) {
            const auto added = test::await<MemberAddition>([&](ApiCallback<MemberAddition> done) {
                m_observer->addOrganizationMember(name, {email, role}, this, done);
            });
            if (!added) {
                return false;
            }
        }
        return true;
    }

    static ConfirmDialog *confirmDialog()
    {
        return test::visibleTopLevel<ConfirmDialog>(u"confirmDialog"_s);
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
        m_viewer = test::loggedInClient(m_server, u"viewer@example.com"_s, u"viewer-password"_s,
                                        true, &error);
        QVERIFY2(m_viewer, qPrintable(error));
    }

    void adminEditsEmail()
    {
        QVERIFY(makeOrganization(u"edit-me"_s));
        OverviewPanel panel(m_admin.get());
        QSignalSpy messages(&panel, &Panel::statusMessage);
        panel.setContext(test::organizationNode(u"edit-me"_s, Role::Admin));
        panel.show();
        auto *email = child<QLineEdit>(&panel, u"organizationEmailEdit"_s);
        auto *url = child<QLineEdit>(&panel, u"organizationNotificationUrlEdit"_s);
        auto *save = child<QPushButton>(&panel, u"saveOrganizationButton"_s);
        auto *revert = child<QPushButton>(&panel, u"revertOrganizationButton"_s);
        QTRY_COMPARE(email->text(), u"edit-me@example.com"_s);
        QCOMPARE(url->text(), u"https://hooks.example.com/edit-me"_s);
        QVERIFY(!email->isReadOnly());
        QVERIFY(!save->isEnabled()); // nothing changed yet
        QVERIFY(!revert->isEnabled());
        QVERIFY(child<QLabel>(&panel, u"overviewRole"_s)->text().contains(u"Administrator"_s));

        email->selectAll();
        QTest::keyClicks(email, u"new-contact@example.com"_s);
        QVERIFY(save->isEnabled());
        QVERIFY(revert->isEnabled());
        QTest::mouseClick(save, Qt::LeftButton);
        QTRY_COMPARE(messages.count(), 1);
        QVERIFY(!save->isEnabled());

        AWAIT(Organization, stored, m_observer->organization(u"edit-me"_s, this, done));
        QCOMPARE(stored->email, u"new-contact@example.com"_s);
        QCOMPARE(stored->notificationUrl, u"https://hooks.example.com/edit-me"_s);

        // Revert puts back what the server holds.
        email->selectAll();
        QTest::keyClicks(email, u"typo@example.com"_s);
        QTest::mouseClick(revert, Qt::LeftButton);
        QCOMPARE(email->text(), u"new-contact@example.com"_s);
        QVERIFY(!save->isEnabled());
    }

    void invalidValuesDisableSave()
    {
        QVERIFY(makeOrganization(u"invalid-values"_s));
        OverviewPanel panel(m_admin.get());
        panel.setContext(test::organizationNode(u"invalid-values"_s, Role::Admin));
        panel.show();
        auto *email = child<QLineEdit>(&panel, u"organizationEmailEdit"_s);
        auto *url = child<QLineEdit>(&panel, u"organizationNotificationUrlEdit"_s);
        auto *save = child<QPushButton>(&panel, u"saveOrganizationButton"_s);
        auto *emailProblem = child<QLabel>(&panel, u"organizationEmailProblemLabel"_s);
        auto *urlProblem = child<QLabel>(&panel, u"organizationNotificationUrlProblemLabel"_s);
        QTRY_VERIFY(!email->text().isEmpty());
        QVERIFY(!emailProblem->isVisible());

        email->selectAll();
        QTest::keyClicks(email, u"not-an-email"_s);
        QVERIFY(emailProblem->isVisible());
        QVERIFY(emailProblem->text().contains(u"email"_s));
        QVERIFY(!save->isEnabled());

        email->selectAll();
        QTest::keyClicks(email, u"fine@example.com"_s);
        QVERIFY(!emailProblem->isVisible());
        QVERIFY(save->isEnabled());

        url->selectAll();
        QTest::keyClicks(url, u"ftp://example.com/x"_s);
        QVERIFY(urlProblem->isVisible());
        QVERIFY(!save->isEnabled());
        QTest::keyClick(url, Qt::Key_Return); // must not send anything

        AWAIT(Organization, stored, m_observer->organization(u"invalid-values"_s, this, done));
        QCOMPARE(stored->email, u"invalid-values@example.com"_s);
    }

    void memberSeesReadOnly()
    {
        QVERIFY(makeOrganization(u"read-only"_s));
        OverviewPanel panel(m_member.get());
        panel.setContext(test::organizationNode(u"read-only"_s, Role::Member));
        panel.show();
        auto *email = child<QLineEdit>(&panel, u"organizationEmailEdit"_s);
        QTRY_COMPARE(email->text(), u"read-only@example.com"_s);
        QVERIFY(email->isReadOnly());
        QVERIFY(email->toolTip().contains(u"Administrator"_s));
        QVERIFY(child<QLineEdit>(&panel, u"organizationNotificationUrlEdit"_s)->isReadOnly());
        auto *save = child<QPushButton>(&panel, u"saveOrganizationButton"_s);
        QVERIFY(!save->isEnabled());
        QVERIFY(save->toolTip().contains(u"Administrator"_s));
        auto *remove = child<QPushButton>(&panel, u"deleteOrganizationButton"_s);
        QVERIFY(!remove->isEnabled());
        QVERIFY(remove->toolTip().contains(u"Administrator"_s));
        QVERIFY(!child<InlineStatus>(&panel, u"overviewStatus"_s)->hasError());
    }

    void viewerSeesExplanation()
    {
        QVERIFY(makeOrganization(u"viewer-org"_s));
        OverviewPanel panel(m_viewer.get());
        panel.setContext(test::organizationNode(u"viewer-org"_s, Role::Viewer));
        panel.show();
        auto *note = child<QLabel>(&panel, u"overviewViewerNote"_s);
        QVERIFY(note->isVisible());
        QVERIFY(note->text().contains(u"metrics"_s));
        QVERIFY(!child<QGroupBox>(&panel, u"overviewDetails"_s)->isVisible());
        QVERIFY(!child<QGroupBox>(&panel, u"dangerZone"_s)->isVisible());
        auto *status = child<InlineStatus>(&panel, u"overviewStatus"_s);
        QVERIFY(!status->hasError());
        QVERIFY(!status->isBusy());
    }

    void organizationWithTeamsCannotBeDeleted()
    {
        QVERIFY(makeOrganization(u"has-teams"_s));
        AWAIT(Team, first, m_observer->createTeam(u"has-teams"_s, u"one"_s, this, done));
        AWAIT(Team, second, m_observer->createTeam(u"has-teams"_s, u"two"_s, this, done));
        OverviewPanel panel(m_admin.get());
        QSignalSpy deleted(&panel, &Panel::organizationDeleted);
        panel.setContext(test::organizationNode(u"has-teams"_s, Role::Admin));
        panel.show();
        QTRY_COMPARE(panel.teamCount(), std::optional<int>(2));
        auto *remove = child<QPushButton>(&panel, u"deleteOrganizationButton"_s);
        auto *note = child<QLabel>(&panel, u"deleteOrganizationNote"_s);
        QVERIFY(!remove->isEnabled());
        QVERIFY(note->text().contains(u"2 teams"_s));
        QVERIFY(note->text().contains(u"delete its teams first"_s));
        QCOMPARE(remove->toolTip(), note->text());
        QTest::mouseClick(remove, Qt::LeftButton);
        QVERIFY(!confirmDialog());
        QCOMPARE(deleted.count(), 0);
        AWAIT(Organization, still, m_observer->organization(u"has-teams"_s, this, done));
    }

    void failedRefreshKeepsTheTeamCount()
    {
        QVERIFY(makeOrganization(u"offline-teams"_s));
        AWAIT(Team, team, m_observer->createTeam(u"offline-teams"_s, u"one"_s, this, done));
        auto client =
            test::loggedInClient(m_server, u"admin@example.com"_s, u"admin-password"_s, false);
        QVERIFY(client);
        OverviewPanel panel(client.get());
        panel.setContext(test::organizationNode(u"offline-teams"_s, Role::Admin));
        panel.show();
        QTRY_COMPARE(panel.teamCount(), std::optional<int>(1));
        // The server becomes unreachable (port 1 refuses); F5 fails.
        QVERIFY(client->setServerUrl(QUrl(u"http://127.0.0.1:1"_s)));
        QSignalSpy failed(client.get(), &ApiClient::connectivityChanged);
        panel.refresh();
        QTRY_VERIFY(failed.count() > 0);
        QTest::qWait(100); // let the teams call's failure arrive too
        QCOMPARE(panel.teamCount(), std::optional<int>(1));
        QVERIFY(!child<QPushButton>(&panel, u"deleteOrganizationButton"_s)->isEnabled());
        QVERIFY(child<QLabel>(&panel, u"deleteOrganizationNote"_s)
                    ->text()
                    .contains(u"delete its teams first"_s));
    }

    void teamCreatedMeanwhileExplainedInsideDialog()
    {
        QVERIFY(makeOrganization(u"race"_s));
        OverviewPanel panel(m_admin.get());
        QSignalSpy deleted(&panel, &Panel::organizationDeleted);
        panel.setContext(test::organizationNode(u"race"_s, Role::Admin));
        panel.show();
        QTRY_COMPARE(panel.teamCount(), std::optional<int>(0));
        AWAIT(Team, late, m_observer->createTeam(u"race"_s, u"late"_s, this, done));

        QTest::mouseClick(child<QPushButton>(&panel, u"deleteOrganizationButton"_s),
                          Qt::LeftButton);
        QTRY_VERIFY(confirmDialog());
        ConfirmDialog *dialog = confirmDialog();
        QTest::keyClicks(dialog->nameEdit(), u"race"_s);
        QTest::mouseClick(dialog->confirmButton(), Qt::LeftButton);
        auto *message = child<QLabel>(dialog, u"confirmStatusMessage"_s);
        QTRY_VERIFY(message->text().contains(u"still has teams"_s));
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->nameEdit()->text(), u"race"_s);
        QCOMPARE(deleted.count(), 0);
        QTRY_COMPARE(panel.teamCount(), std::optional<int>(1));
        dialog->reject();
        AWAIT(Organization, still, m_observer->organization(u"race"_s, this, done));
    }

    void deleteWithTypedName()
    {
        QVERIFY(makeOrganization(u"Doomed"_s));
        OverviewPanel panel(m_admin.get());
        QSignalSpy deleted(&panel, &Panel::organizationDeleted);
        panel.setContext(test::organizationNode(u"Doomed"_s, Role::Admin));
        panel.show();
        QTRY_COMPARE(panel.teamCount(), std::optional<int>(0));
        auto *remove = child<QPushButton>(&panel, u"deleteOrganizationButton"_s);
        QVERIFY(remove->isEnabled());
        QTest::mouseClick(remove, Qt::LeftButton);
        QTRY_VERIFY(confirmDialog());
        ConfirmDialog *dialog = confirmDialog();
        QVERIFY(!dialog->confirmButton()->isEnabled());
        QTest::keyClicks(dialog->nameEdit(), u"doomed"_s); // wrong case
        QVERIFY(!dialog->confirmButton()->isEnabled());
        dialog->nameEdit()->clear();
        QTest::keyClicks(dialog->nameEdit(), u"Doomed"_s);
        QVERIFY(dialog->confirmButton()->isEnabled());
        QTest::mouseClick(dialog->confirmButton(), Qt::LeftButton);
        QTRY_COMPARE(deleted.count(), 1);
        QCOMPARE(deleted.first().first().toString(), u"Doomed"_s);
        QTRY_VERIFY(!confirmDialog());

        AWAIT_ERROR(Organization, gone, m_observer->organization(u"Doomed"_s, this, done));
        QCOMPARE(gone.kind, ApiError::NotFound);
    }

    void deleteInDevelopmentIsPlainConfirmation()
    {
        QVERIFY(makeOrganization(u"dev-doomed"_s));
        OverviewPanel panel(m_admin.get());
        QSignalSpy deleted(&panel, &Panel::organizationDeleted);
        NodeContext context = test::organizationNode(u"dev-doomed"_s, Role::Admin);
        context.environment = Environment::Development;
        panel.setContext(context);
        panel.show();
        QTRY_COMPARE(panel.teamCount(), std::optional<int>(0));
        QTest::mouseClick(child<QPushButton>(&panel, u"deleteOrganizationButton"_s),
                          Qt::LeftButton);
        QTRY_VERIFY(confirmDialog());
        ConfirmDialog *dialog = confirmDialog();
        QVERIFY(!dialog->nameEdit());
        QVERIFY(!dialog->findChild<QLineEdit *>(u"confirmNameEdit"_s));
        QVERIFY(dialog->confirmButton()->isEnabled());
        QTest::mouseClick(dialog->confirmButton(), Qt::LeftButton);
        QTRY_COMPARE(deleted.count(), 1);
        QTRY_VERIFY(!confirmDialog());
        AWAIT_ERROR(Organization, gone, m_observer->organization(u"dev-doomed"_s, this, done));
        QCOMPARE(gone.kind, ApiError::NotFound);
    }

    void productionConfirmationSaysSo()
    {
        QVERIFY(makeOrganization(u"prod-kept"_s));
        OverviewPanel panel(m_admin.get());
        NodeContext context = test::organizationNode(u"prod-kept"_s, Role::Admin);
        context.environment = Environment::Production;
        panel.setContext(context);
        panel.show();
        QTRY_COMPARE(panel.teamCount(), std::optional<int>(0));
        QTest::mouseClick(child<QPushButton>(&panel, u"deleteOrganizationButton"_s),
                          Qt::LeftButton);
        QTRY_VERIFY(confirmDialog());
        ConfirmDialog *dialog = confirmDialog();
        QVERIFY(dialog->nameEdit());
        QVERIFY(!dialog->confirmButton()->isEnabled());
        const QString text = child<QLabel>(dialog, u"confirmText"_s)->text();
        QVERIFY2(text.contains(u"production"_s), qPrintable(text));
        // Staging and custom profiles ask plainly too; only production types.
        QVERIFY(ConfirmDialog::requiresTypedName(Environment::Production));
        QVERIFY(!ConfirmDialog::requiresTypedName(Environment::Staging));
        QVERIFY(!ConfirmDialog::requiresTypedName(Environment::Custom));
        QTest::mouseClick(child<QPushButton>(dialog, u"confirmCancelButton"_s), Qt::LeftButton);
        QTRY_VERIFY(!confirmDialog());
        AWAIT(Organization, still, m_observer->organization(u"prod-kept"_s, this, done));
    }

    void grab()
    {
        QVERIFY(makeOrganization(u"screenshot"_s));
        AWAIT(Team, team, m_observer->createTeam(u"screenshot"_s, u"runners"_s, this, done));
        OverviewPanel panel(m_admin.get());
        panel.resize(720, 520);
        panel.setContext(test::organizationNode(u"screenshot"_s, Role::Admin));
        panel.show();
        QTRY_COMPARE(panel.teamCount(), std::optional<int>(1));
        auto *email = child<QLineEdit>(&panel, u"organizationEmailEdit"_s);
        QTRY_VERIFY(!email->text().isEmpty());
        email->selectAll();
        QTest::keyClicks(email, u"ops@"_s);
        QVERIFY(panel.grab().save(u"/tmp/keyward-overviewpanel.png"_s));

        OverviewPanel viewer(m_viewer.get());
        viewer.resize(720, 300);
        viewer.setContext(test::organizationNode(u"screenshot"_s, Role::Viewer));
        viewer.show();
        QVERIFY(viewer.grab().save(u"/tmp/keyward-overviewpanel-viewer.png"_s));
    }
};

QTEST_MAIN(TestOverviewPanel)
#include "tst_overviewpanel.moc"
