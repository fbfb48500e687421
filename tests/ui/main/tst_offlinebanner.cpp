// SPDX-License-Identifier: GPL-3.0-or-later
// The main window when the server goes away: the offline banner (refused vs
// timed out), the stale marks on the data that stays visible, Retry Now, the
// automatic retry with its growing delay, and the refresh once the server is
// back on the same address.
#include "apiawait.h"
#include "misbehavingserver.h"
#include "serverprocess.h"

#include "credentials/credentialstore.h"
#include "main/mainwindow.h"
#include "main/navigationtree.h"
#include "main/offlinebanner.h"
#include "session/sessionmanager.h"

#include <QAction>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace keyward;
using namespace std::chrono_literals;

namespace {
constexpr int Timeout = 20000;
const QString Email = u"offline@example.com"_s;
const QString Password = u"offline-password-1"_s;
} // namespace

class TestOfflineBanner final : public QObject
{
    Q_OBJECT

private:
    test::ServerProcess m_server;
    quint16 m_port = 0;
    std::unique_ptr<ApiClient> m_api;
    std::unique_ptr<CredentialStore> m_credentials;
    std::unique_ptr<SessionManager> m_session;
    std::unique_ptr<MainWindow> m_window;

    /// The same server again, on the port the window knows.
    bool restartOnSamePort()
    {
        return m_server.start({u"--listen"_s, u"127.0.0.1:%1"_s.arg(m_port)}) &&
               m_server.port() == m_port;
    }

    bool createOrganization(const QString &name)
    {
        // A client of its own: the window's must not learn that the server is back.
        auto other = test::loggedInClient(m_server, Email, Password, false);
        if (!other) {
            return false;
        }
        const auto created = test::await<Organization>([&](ApiCallback<Organization> done) {
            other->createOrganization({name, u"ops@example.com"_s, u"https://example.com/n"_s},
                                      this, std::move(done));
        });
        return created.hasValue();
    }

    QString connectionText() const
    {
        return m_window->findChild<QLabel *>(u"connectionLabel"_s)->text();
    }
    QString bannerText() const
    {
        return m_window->findChild<QLabel *>(u"offlineBannerMessage"_s)->text();
    }
    int organizationRows() const { return m_window->navigation()->view()->model()->rowCount(); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.lastError()));
        m_port = m_server.port();
        m_api = test::loggedInClient(m_server, Email, Password);
        QVERIFY(m_api);
        QVERIFY(createOrganization(u"acme"_s));
        m_credentials = std::make_unique<CredentialStore>(u"keyward-offline-test"_s);
        m_session = std::make_unique<SessionManager>(m_api.get(), m_credentials.get());
        m_window = std::make_unique<MainWindow>(m_api.get(), m_session.get());
        ConnectionProfile profile;
        profile.name = u"Local"_s;
        profile.serverUrl = QUrl(m_server.baseUrl());
        profile.environment = Environment::Development;
        m_window->show();
        m_window->startSession(profile, Email);
        QTRY_COMPARE_WITH_TIMEOUT(organizationRows(), 1, Timeout);
        QVERIFY(!m_window->offlineBanner()->isVisible());
        QCOMPARE(connectionText(), u"Connected"_s);
    }

    void unreachableServerShowsBannerAndKeepsStaleData()
    {
        OfflineBanner *banner = m_window->offlineBanner();
        // Long enough that only Retry Now brings the window back here.
        banner->setRetryDelays(10min, 10min);
        QVERIFY(m_server.stop());
        m_window->findChild<QAction *>(u"actionRefresh"_s)->trigger();

        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), Timeout);
        QVERIFY(banner->isOffline());
        QVERIFY2(bannerText().contains(u"Cannot reach http://127.0.0.1:%1"_s.arg(m_port)),
                 qPrintable(bannerText()));
        QVERIFY2(bannerText().contains(u"showing data from"_s), qPrintable(bannerText()));
        QVERIFY2(bannerText().contains(u"Retrying in"_s), qPrintable(bannerText()));
        QVERIFY(!bannerText().contains(u"timed out"_s));
        QVERIFY(m_window->findChild<QPushButton *>(u"offlineBannerRetry"_s)->isVisible());
        // "Offline — data from 14:32": hours and minutes of the last load.
        static const QRegularExpression offline(u"^Offline — data from \\d\\d:\\d\\d$"_s);
        QTRY_VERIFY2_WITH_TIMEOUT(offline.match(connectionText()).hasMatch(),
                                  qPrintable(connectionText()), Timeout);
        auto *stale = m_window->findChild<QLabel *>(u"staleNote"_s);
        QVERIFY(stale->isVisible());
        QVERIFY(stale->text().startsWith(u"Stale"_s));
        // The last loaded data stays.
        QCOMPARE(organizationRows(), 1);

        // A failed Retry Now keeps the banner and backs off.
        QTest::mouseClick(m_window->findChild<QPushButton *>(u"offlineBannerRetry"_s),
                          Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(banner->currentDelay(), std::chrono::milliseconds(10min),
                                  Timeout);
        QVERIFY(banner->isVisible());

        QVERIFY2(restartOnSamePort(), qPrintable(m_server.lastError()));
        QVERIFY(createOrganization(u"globex"_s)); // changed while the window was offline
        QCOMPARE(organizationRows(), 1);
        QVERIFY(banner->isVisible()); // nothing told the window yet

        QTest::mouseClick(m_window->findChild<QPushButton *>(u"offlineBannerRetry"_s),
                          Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!banner->isVisible(), Timeout);
        QVERIFY(!banner->isOffline());
        // Refreshed: the organization created meanwhile appears.
        QTRY_COMPARE_WITH_TIMEOUT(organizationRows(), 2, Timeout);
        QTRY_COMPARE_WITH_TIMEOUT(connectionText(), u"Connected"_s, Timeout);
        QVERIFY(!stale->isVisible());
    }

    void retriesAutomaticallyWithGrowingDelay()
    {
        OfflineBanner *banner = m_window->offlineBanner();
        banner->setRetryDelays(50ms, 400ms);
        QVERIFY(m_server.stop());
        m_window->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), Timeout);
        // Automatic attempts failed: the delay doubled up to its cap.
        QTRY_COMPARE_WITH_TIMEOUT(banner->currentDelay(), std::chrono::milliseconds(400ms),
                                  Timeout);
        QVERIFY(banner->isVisible());

        QSignalSpy reloaded(m_window->navigation(), &NavigationTree::loaded);
        QVERIFY2(restartOnSamePort(), qPrintable(m_server.lastError()));
        // No click: the next automatic attempt finds the server, and the
        // window loads again.
        QTRY_VERIFY_WITH_TIMEOUT(!banner->isVisible(), Timeout);
        QTRY_VERIFY_WITH_TIMEOUT(!reloaded.isEmpty(), Timeout);
        QCOMPARE(organizationRows(), 2);
        QTRY_COMPARE_WITH_TIMEOUT(connectionText(), u"Connected"_s, Timeout);
    }

    void stalledServerSaysTimedOut()
    {
        test::MisbehavingServer stalled;
        QVERIFY(stalled.start());
        stalled.setDefaultBehaviour(test::Behaviour::hang());
        ApiClient api;
        QVERIFY(api.setServerUrl(stalled.baseUrl()));
        api.setSessionToken(u"not-a-real-session"_s);
        api.policy().setTransferTimeout(300ms);
        CredentialStore credentials(u"keyward-offline-test-stalled"_s);
        SessionManager session(&api, &credentials);
        MainWindow window(&api, &session);
        window.offlineBanner()->setRetryDelays(10min, 10min);
        ConnectionProfile profile;
        profile.name = u"Stalled"_s;
        profile.serverUrl = stalled.baseUrl();
        window.show();
        window.startSession(profile, Email);

        OfflineBanner *banner = window.offlineBanner();
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), Timeout);
        auto *message = window.findChild<QLabel *>(u"offlineBannerMessage"_s);
        QVERIFY2(message->text().contains(u"timed out"_s), qPrintable(message->text()));
        QVERIFY(!message->text().contains(u"Cannot reach"_s));
        // The full sentence from the ApiClient is one hover away.
        QVERIFY2(message->toolTip().contains(u"in time"_s), qPrintable(message->toolTip()));
        // Nothing was ever loaded: no "data from" to claim.
        QVERIFY(!message->text().contains(u"showing data from"_s));
        QTRY_COMPARE_WITH_TIMEOUT(window.findChild<QLabel *>(u"connectionLabel"_s)->text(),
                                  u"Offline"_s, Timeout);

        // The server recovers: /health answers, Retry Now hides the banner.
        stalled.setBehaviour(u"/health"_s, test::Behaviour::status(200, "application/json"_ba,
                                                                   R"({"status":"ok"})"_ba));
        QTest::mouseClick(window.findChild<QPushButton *>(u"offlineBannerRetry"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!banner->isVisible(), Timeout);
    }
};

QTEST_MAIN(TestOfflineBanner)
#include "tst_offlinebanner.moc"
