// SPDX-License-Identifier: GPL-3.0-or-later
#include "../../model/client/fakehttpserver.h"

#include "api/apiclient.h"
#include "api/organizationlistmodel.h"
#include "credentials/credentialstore.h"
#include "main/mainwindow.h"

#include <QAction>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;
using keyward::ApiClient;
using keyward::CredentialStore;
using keyward::MainWindow;

class TestMainWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsOrganizationsAndLogsOut()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        ApiClient api;
        QVERIFY(api.setServerUrl(server.url()));
        api.setSessionToken(u"tok"_s);
        CredentialStore credentials{u"keyward-uitest"_s};
        MainWindow window(&api, &credentials);
        server.enqueue(200, "application/json"_ba,
                       R"([{"name":"globex","role":"viewer"},{"name":"acme","role":"admin"}])"_ba);
        window.show();
        window.startSession(u"alice@example.com"_s);

        auto *view = window.findChild<QTreeView *>(u"organizationsView"_s);
        QVERIFY(view);
        QTRY_COMPARE(view->model()->rowCount(), 2);
        // Sorted by name through the proxy.
        QCOMPARE(view->model()->index(0, 0).data().toString(), u"acme"_s);
        QCOMPARE(view->model()->index(0, 1).data().toString(), u"Administrator"_s);
        auto *sessionLabel = window.findChild<QLabel *>(u"sessionLabel"_s);
        QVERIFY(sessionLabel->text().contains(u"alice@example.com"_s));
        QVERIFY(sessionLabel->text().contains(u"127.0.0.1"_s));

        server.enqueue(204, {}, {});
        QSignalSpy loggedOut(&window, &MainWindow::loggedOut);
        auto *logOut = window.findChild<QAction *>(u"actionLogOut"_s);
        QVERIFY(logOut);
        logOut->trigger();
        QCOMPARE(loggedOut.count(), 1);
        QVERIFY(!api.hasSession());
        QCOMPARE(view->model()->rowCount(), 0);
        QTRY_COMPARE(server.requests().size(), 2);
        QVERIFY(server.requests().at(1).startsWith("POST /users/logout "));
        QCOMPARE(server.header(1, "Authorization"_ba), "Bearer tok"_ba);
    }

    void errorIsShownAboveTheList()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        ApiClient api;
        QVERIFY(api.setServerUrl(server.url()));
        CredentialStore credentials{u"keyward-uitest"_s};
        MainWindow window(&api, &credentials);
        server.enqueue(500, "text/html"_ba, "<h1>boom</h1>"_ba);
        window.show();
        window.startSession(u"alice@example.com"_s);
        auto *errorLabel = window.findChild<QLabel *>(u"errorLabel"_s);
        QTRY_VERIFY(errorLabel->isVisible());
        QVERIFY(errorLabel->text().contains(u"internal problem"_s));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
