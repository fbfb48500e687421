// SPDX-License-Identifier: GPL-3.0-or-later
// NameDialog driven by typing and clicking, against a live keyward-server.
#include "orgtesthelpers.h"

#include "domain/names.h"
#include "organizations/namedialog.h"

#include <QLabel>
#include <QSignalSpy>

using namespace Qt::StringLiterals;
using namespace keyward;
using keyward::test::child;

class TestNameDialog final : public QObject
{
    Q_OBJECT

    test::ServerProcess m_server;
    std::unique_ptr<ApiClient> m_api;      ///< the user driving the dialog
    std::unique_ptr<ApiClient> m_observer; ///< checks the server's state independently

    struct Ui
    {
        explicit Ui(NameDialog *d)
            : dialog(d)
        {}
        NameDialog *dialog;
        QLineEdit *name = child<QLineEdit>(dialog, u"nameEdit"_s);
        QLabel *problem = child<QLabel>(dialog, u"nameProblemLabel"_s);
        QPushButton *create = child<QPushButton>(dialog, u"createButton"_s);
        QLabel *status = child<QLabel>(dialog, u"nameDialogStatusMessage"_s);
    };

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.lastError()));
        QString error;
        m_api = test::loggedInClient(m_server, u"alice@example.com"_s, u"alice-password"_s, true,
                                     &error);
        QVERIFY2(m_api, qPrintable(error));
        m_observer = test::loggedInClient(m_server, u"alice@example.com"_s, u"alice-password"_s,
                                          false, &error);
        QVERIFY2(m_observer, qPrintable(error));
    }

    void invalidNamesDisableCreate_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("empty") << QString();
        QTest::newRow("leading dash") << u"-x"_s;
        QTest::newRow("space") << u"a b"_s;
        QTest::newRow("65 characters") << QString(65, u'a');
    }

    void invalidNamesDisableCreate()
    {
        QFETCH(QString, name);
        for (const auto mode : {NameDialog::Mode::Organization, NameDialog::Mode::Team}) {
            NameDialog dialog(m_api.get(), mode, u"acme"_s);
            Ui ui(&dialog);
            dialog.show();
            QVERIFY(!ui.create->isEnabled()); // nothing typed yet
            if (name.isEmpty()) {
                QTest::keyClicks(ui.name, u"a"_s);
                QVERIFY(!ui.problem->isVisible());
                QTest::keyClick(ui.name, Qt::Key_Backspace);
            } else {
                QTest::keyClicks(ui.name, name);
            }
            QVERIFY(ui.problem->isVisible());
            QCOMPARE(ui.problem->text(), nameProblem(name));
            QVERIFY(!ui.problem->text().isEmpty());
            QVERIFY(!ui.create->isEnabled());
        }
    }

    void validNameInTeamModeEnablesCreate()
    {
        NameDialog dialog(m_api.get(), NameDialog::Mode::Team, u"acme"_s);
        Ui ui(&dialog);
        dialog.show();
        QTest::keyClicks(ui.name, u"runners.eu-1_x"_s);
        QVERIFY(!ui.problem->isVisible());
        QVERIFY(ui.create->isEnabled());
        QVERIFY(!dialog.findChild<QLineEdit *>(u"organizationEmailEdit"_s));
    }

    void organizationModeValidatesEmailAndUrl()
    {
        NameDialog dialog(m_api.get(), NameDialog::Mode::Organization);
        Ui ui(&dialog);
        auto *email = child<QLineEdit>(&dialog, u"organizationEmailEdit"_s);
        auto *url = child<QLineEdit>(&dialog, u"organizationNotificationUrlEdit"_s);
        dialog.show();
        QTest::keyClicks(ui.name, u"valid-name"_s);
        QVERIFY(!ui.create->isEnabled()); // email and URL still missing
        QTest::keyClicks(email, u"not an email"_s);
        QVERIFY(child<QLabel>(&dialog, u"organizationEmailProblemLabel"_s)->isVisible());
        email->clear();
        QTest::keyClicks(email, u"ops@example.com"_s);
        QTest::keyClicks(url, u"ftp://example.com"_s);
        QVERIFY(child<QLabel>(&dialog, u"organizationNotificationUrlProblemLabel"_s)->isVisible());
        QVERIFY(!ui.create->isEnabled());
        url->clear();
        QTest::keyClicks(url, u"https://example.com/alerts"_s);
        QVERIFY(ui.create->isEnabled());
    }

    void createsOrganization()
    {
        NameDialog dialog(m_api.get(), NameDialog::Mode::Organization);
        Ui ui(&dialog);
        QSignalSpy created(&dialog, &NameDialog::organizationCreated);
        QSignalSpy status(&dialog, &NameDialog::statusMessage);
        dialog.show();
        QTest::keyClicks(ui.name, u"acme"_s);
        QTest::keyClicks(child<QLineEdit>(&dialog, u"organizationEmailEdit"_s),
                         u"ops@acme.example"_s);
        QTest::keyClicks(child<QLineEdit>(&dialog, u"organizationNotificationUrlEdit"_s),
                         u"https://acme.example/alerts"_s);
        QTest::mouseClick(ui.create, Qt::LeftButton);
        QTRY_COMPARE(created.count(), 1);
        QCOMPARE(created.first().first().value<Organization>().name, u"acme"_s);
        QTRY_VERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(status.count(), 1);
        QCOMPARE(status.first().first().toString(),
                 u"Organization acme created with its first token."_s);

        AWAIT(Organization, stored, m_observer->organization(u"acme"_s, this, done));
        QCOMPARE(stored->email, u"ops@acme.example"_s);
        QCOMPARE(stored->notificationUrl, u"https://acme.example/alerts"_s);
        QCOMPARE(stored->tokens.size(), 1);
        AWAIT(QList<NamedRole>, mine, m_observer->userOrganizations(this, done));
        bool isAdmin = false;
        for (const NamedRole &entry : *mine) {
            isAdmin = isAdmin || (entry.name == u"acme" && entry.role == Role::Admin);
        }
        QVERIFY2(isAdmin, "the creator must be the organization's administrator");
    }

    void duplicateNameKeepsDialogOpen()
    {
        AWAIT(Organization, existing,
              m_observer->createOrganization(test::organizationRequest(u"taken"_s), this, done));

        NameDialog dialog(m_api.get(), NameDialog::Mode::Organization);
        Ui ui(&dialog);
        auto *email = child<QLineEdit>(&dialog, u"organizationEmailEdit"_s);
        auto *url = child<QLineEdit>(&dialog, u"organizationNotificationUrlEdit"_s);
        QSignalSpy created(&dialog, &NameDialog::organizationCreated);
        dialog.show();
        QTest::keyClicks(ui.name, u"taken"_s);
        QTest::keyClicks(email, u"other@example.com"_s);
        QTest::keyClicks(url, u"https://other.example/alerts"_s);
        QTest::mouseClick(ui.create, Qt::LeftButton);
        QTRY_VERIFY(ui.status->isVisible());
        QTRY_COMPARE(ui.status->text(), u"An organization named taken already exists. Names are "
                                        u"unique across the whole server."_s);
        QVERIFY(dialog.isVisible());
        QCOMPARE(created.count(), 0);
        QCOMPARE(ui.name->text(), u"taken"_s);
        QCOMPARE(email->text(), u"other@example.com"_s);
        QCOMPARE(url->text(), u"https://other.example/alerts"_s);
        QVERIFY(ui.create->isEnabled()); // Retry = press the button again

        AWAIT(Organization, unchanged, m_observer->organization(u"taken"_s, this, done));
        QCOMPARE(unchanged->email, u"taken@example.com"_s);
    }

    void createsTeam()
    {
        AWAIT(Organization, org,
              m_observer->createOrganization(test::organizationRequest(u"teamhome"_s), this, done));
        NameDialog dialog(m_api.get(), NameDialog::Mode::Team, u"teamhome"_s);
        Ui ui(&dialog);
        QSignalSpy created(&dialog, &NameDialog::teamCreated);
        QSignalSpy status(&dialog, &NameDialog::statusMessage);
        dialog.show();
        QTest::keyClicks(ui.name, u"runners"_s);
        QTest::keyClick(ui.name, Qt::Key_Return);
        QTRY_COMPARE(created.count(), 1);
        QCOMPARE(created.first().at(0).toString(), u"teamhome"_s);
        QCOMPARE(created.first().at(1).value<Team>().name, u"runners"_s);
        QVERIFY(status.first().first().toString().contains(u"first token"_s));
        QTRY_VERIFY(!dialog.isVisible());

        AWAIT(Page<Team>, teams, m_observer->teams(u"teamhome"_s, {}, this, done));
        QCOMPARE(teams->items.size(), 1);
        QCOMPARE(teams->items.first().name, u"runners"_s);

        // The same name again: 409, explained inside, input kept.
        NameDialog again(m_api.get(), NameDialog::Mode::Team, u"teamhome"_s);
        Ui ui2(&again);
        again.show();
        QTest::keyClicks(ui2.name, u"runners"_s);
        QTest::mouseClick(ui2.create, Qt::LeftButton);
        QTRY_VERIFY(ui2.status->text().contains(u"already exists in teamhome"_s));
        QVERIFY(again.isVisible());
        QCOMPARE(ui2.name->text(), u"runners"_s);
    }

    void grab()
    {
        NameDialog dialog(m_api.get(), NameDialog::Mode::Organization);
        Ui ui(&dialog);
        dialog.show();
        QTest::keyClicks(ui.name, u"-bad"_s);
        QTest::keyClicks(child<QLineEdit>(&dialog, u"organizationEmailEdit"_s),
                         u"ops@example.com"_s);
        dialog.adjustSize();
        QVERIFY(dialog.grab().save(u"/tmp/keyward-namedialog.png"_s));
    }
};

QTEST_MAIN(TestNameDialog)
#include "tst_namedialog.moc"
