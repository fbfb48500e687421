// SPDX-License-Identifier: GPL-3.0-or-later
// The app's LoginDialog and MainWindow against a real keyward-server started
// with --demo, over loopback HTTP, with a real keychain (gnome-keyring on a
// private bus, see tests/model/client/run-with-keyring.sh).
#include "serverprocess.h"

#include "api/apiclient.h"
#include "api/organizationlistmodel.h"
#include "credentials/credentialstore.h"
#include "connection/logindialog.h"
#include "main/mainwindow.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;
using keyward::ApiClient;
using keyward::CredentialStore;
using keyward::LoginDialog;
using keyward::MainWindow;
using keyward::OrganizationListModel;

class TestLoginFlow final : public QObject
{
    Q_OBJECT

private:
    keyward::test::ServerProcess m_server;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.start({u"--demo"_s}), qPrintable(m_server.lastError()));
    }

    void logInAndListDemoOrganizations()
    {
        ApiClient api;
        CredentialStore credentials{u"keyward-integration"_s};
        LoginDialog dialog(&api, &credentials);
        MainWindow window(&api, &credentials);
        connect(&dialog, &LoginDialog::loggedIn, &window, [&] {
            window.show();
            window.startSession(dialog.email());
        });
        QSignalSpy accepted(&dialog, &QDialog::accepted);

        dialog.show();
        QTest::keyClicks(dialog.findChild<QLineEdit *>(u"serverEdit"_s), m_server.baseUrl());
        QTest::keyClicks(dialog.findChild<QLineEdit *>(u"emailEdit"_s), u"demo@keyward.example"_s);
        QTest::keyClicks(dialog.findChild<QLineEdit *>(u"passwordEdit"_s), u"keyward-demo"_s);
        QTest::mouseClick(dialog.findChild<QPushButton *>(u"loginButton"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(accepted.count(), 1, 20000);
        QVERIFY2(dialog.keychainProblem().isEmpty(), qPrintable(dialog.keychainProblem()));

        auto *view = window.findChild<QTreeView *>(u"organizationsView"_s);
        QVERIFY(view);
        QTRY_COMPARE_WITH_TIMEOUT(view->model()->rowCount(), 3, 20000);
        QStringList names;
        for (int row = 0; row < view->model()->rowCount(); ++row) {
            names << view->model()->index(row, OrganizationListModel::NameColumn).data().toString();
            QVERIFY(!view->model()
                         ->index(row, OrganizationListModel::RoleColumn)
                         .data()
                         .toString()
                         .isEmpty());
        }
        QCOMPARE(names, (QStringList{u"acme"_s, u"globex"_s, u"initech"_s}));
        QVERIFY(window.findChild<QLabel *>(u"sessionLabel"_s)
                    ->text()
                    .contains(u"demo@keyward.example"_s));

        // The session token is in the keychain under this server and account.
        std::optional<bool> stored;
        credentials.readSecret(
            {QUrl(m_server.baseUrl()), u"demo@keyward.example"_s, u"session"_s}, this,
            [&stored](const auto &result) { stored = result && !result.value().isEmpty(); });
        QTRY_VERIFY(stored.has_value());
        QVERIFY(*stored);

        // Logging out ends the session on the server: the token stops working.
        QSignalSpy loggedOut(&window, &MainWindow::loggedOut);
        window.findChild<QAction *>(u"actionLogOut"_s)->trigger();
        QCOMPARE(loggedOut.count(), 1);
        std::optional<bool> removed;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                if (!removed.has_value()) {
                    credentials.readSecret(
                        {QUrl(m_server.baseUrl()), u"demo@keyward.example"_s, u"session"_s}, this,
                        [&removed](const auto &result) { removed = !result.hasValue(); });
                }
                return removed.has_value();
            }(),
            20000);
        QVERIFY(*removed);
    }

    void wrongPasswordIsShown()
    {
        ApiClient api;
        CredentialStore credentials{u"keyward-integration"_s};
        LoginDialog dialog(&api, &credentials);
        dialog.show();
        QTest::keyClicks(dialog.findChild<QLineEdit *>(u"serverEdit"_s), m_server.baseUrl());
        QTest::keyClicks(dialog.findChild<QLineEdit *>(u"emailEdit"_s), u"demo@keyward.example"_s);
        QTest::keyClicks(dialog.findChild<QLineEdit *>(u"passwordEdit"_s), u"not-the-password"_s);
        QTest::mouseClick(dialog.findChild<QPushButton *>(u"loginButton"_s), Qt::LeftButton);
        auto *errorLabel = dialog.findChild<QLabel *>(u"errorLabel"_s);
        QTRY_VERIFY_WITH_TIMEOUT(errorLabel->isVisible(), 20000);
        QVERIFY2(errorLabel->text().contains(u"credentials"_s), qPrintable(errorLabel->text()));
        QVERIFY(!api.hasSession());
    }
};

QTEST_MAIN(TestLoginFlow)
#include "tst_loginflow.moc"
