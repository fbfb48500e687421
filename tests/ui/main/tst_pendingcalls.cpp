// SPDX-License-Identifier: GPL-3.0-or-later
// The "waiting for the server" item of the status bar: hidden for quick
// answers, shown with the endpoint once a call has waited, and Cancel aborts
// every call in flight so that their callers get ApiError::Cancelled.
#include "apiawait.h"
#include "misbehavingserver.h"

#include "api/apiclient.h"
#include "credentials/credentialstore.h"
#include "main/mainwindow.h"
#include "main/pendingcallsindicator.h"
#include "session/sessionmanager.h"

#include <QLabel>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace keyward;
using namespace keyward::test;
using namespace std::chrono_literals;

namespace {
const QByteArray UserJson =
    R"({"email":"ada@example.org","first_name":"Ada","last_name":"Lovelace"})"_ba;

struct Outcome
{
    bool done = false;
    std::optional<ApiError> error;
};
} // namespace

class TestPendingCalls final : public QObject
{
    Q_OBJECT

private:
    static std::unique_ptr<ApiClient> clientOf(const MisbehavingServer &server)
    {
        auto client = std::make_unique<ApiClient>();
        if (client->setServerUrl(server.baseUrl())) {
            client->setSessionToken(u"session-token"_s);
        }
        return client;
    }

    static void callUserInfo(ApiClient &client, QObject *context, Outcome &outcome)
    {
        client.userInfo(context, [&outcome](ApiResult<User> result) {
            outcome.done = true;
            if (!result) {
                outcome.error = result.error();
            }
        });
    }

private Q_SLOTS:
    void quickAnswersNeverShowIt()
    {
        MisbehavingServer server;
        QVERIFY(server.start());
        server.setBehaviour(u"/users/info"_s,
                            Behaviour::status(200, "application/json"_ba, UserJson));
        auto client = clientOf(server);
        PendingCallsIndicator indicator(client.get());
        indicator.setShowAfter(300ms);
        indicator.show();
        QSignalSpy changes(client.get(), &ApiClient::inFlightChanged);

        Outcome outcome;
        callUserInfo(*client, this, outcome);
        QCOMPARE(client->inFlightCount(), 1);
        QVERIFY(client->longestPendingCall().has_value());
        QCOMPARE(client->longestPendingCall()->endpoint, u"GET /users/info"_s);
        QTRY_VERIFY(outcome.done);
        QVERIFY(!outcome.error);
        QCOMPARE(client->inFlightCount(), 0);
        QVERIFY(!client->longestPendingCall());
        QCOMPARE(changes.count(), 2); // sent, finished
        QVERIFY(!indicator.isVisible());
    }

    void aStalledCallShowsAndCancelAbortsIt()
    {
        MisbehavingServer server;
        QVERIFY(server.start());
        server.setBehaviour(u"/users/info"_s, Behaviour::hang());
        auto client = clientOf(server);
        PendingCallsIndicator indicator(client.get());
        indicator.setShowAfter(200ms);
        indicator.show();
        QSignalSpy cancelled(&indicator, &PendingCallsIndicator::cancelled);
        auto *text = indicator.findChild<QLabel *>(u"pendingCallsText"_s);
        auto *cancel = indicator.findChild<QToolButton *>(u"pendingCallsCancel"_s);
        QVERIFY(text && cancel);

        Outcome first;
        Outcome second;
        callUserInfo(*client, this, first);
        callUserInfo(*client, this, second);
        QVERIFY(!indicator.isVisible()); // not before the wait is noticeable
        QTRY_VERIFY_WITH_TIMEOUT(indicator.isVisible(), 5000);
        QVERIFY2(text->text().contains(u"GET /users/info"_s), qPrintable(text->text()));
        QVERIFY2(text->text().contains(u"1 more"_s), qPrintable(text->text()));
        QVERIFY(!cancel->accessibleName().isEmpty());

        QTest::mouseClick(cancel, Qt::LeftButton);
        QTRY_VERIFY(first.done && second.done);
        QVERIFY(first.error && second.error);
        QCOMPARE(first.error->kind, ApiError::Cancelled);
        QCOMPARE(second.error->kind, ApiError::Cancelled);
        QVERIFY2(first.error->message.contains(u"GET /users/info"_s),
                 qPrintable(first.error->message));
        QCOMPARE(cancelled.count(), 1);
        QCOMPARE(cancelled.first().first().value<qsizetype>(), qsizetype(2));
        QCOMPARE(client->inFlightCount(), 0);
        QTRY_VERIFY(!indicator.isVisible());
        // Cancelling is not losing the server: no offline state.
        QVERIFY(client->isReachable());
    }

    void theMainWindowHasOne()
    {
        ApiClient client;
        CredentialStore credentials(u"keyward-pending-calls-test"_s);
        SessionManager session(&client, &credentials);
        MainWindow window(&client, &session);
        QVERIFY(window.findChild<PendingCallsIndicator *>(u"pendingCallsIndicator"_s));
    }
};

QTEST_MAIN(TestPendingCalls)
#include "tst_pendingcalls.moc"
