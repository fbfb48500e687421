// SPDX-License-Identifier: GPL-3.0-or-later
// Session expiry without losing work: SessionManager with re-authentication
// on, against a live keyward-server (and MisbehavingServer for a path that
// refuses even a renewed session), with a real Secret Service.
#include "apiawait.h"
#include "misbehavingserver.h"
#include "sessiontesting.h"

#include "api/apiclient.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMutex>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace keyward;
using keyward::test::Behaviour;
using keyward::test::MisbehavingServer;

namespace {

const QString Password = u"Corr3ct-horse-b4ttery-st4ple-7f1c"_s;

QMutex logMutex;
int loginRequests = 0;
QtMessageHandler previousHandler = nullptr;

// Counts the login calls the client makes, from its own request log.
void countLogins(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (context.category && qstrcmp(context.category, "keyward.api") == 0 &&
        message.startsWith("request"_L1) && message.contains("POST /users/login"_L1)) {
        const QMutexLocker lock(&logMutex);
        ++loginRequests;
        return;
    }
    if (previousHandler) {
        previousHandler(type, context, message);
    }
}

int loginCount()
{
    const QMutexLocker lock(&logMutex);
    return loginRequests;
}

struct App
{
    ApiClient api;
    CredentialStore credentials{u"keyward-reauthtest"_s};
    SessionManager session{&api, &credentials};
    QSignalSpy loggedIn{&session, &SessionManager::loggedIn};
    QSignalSpy loginRequired{&session, &SessionManager::loginRequired};
    QSignalSpy loginFailed{&session, &SessionManager::loginFailed};
    QSignalSpy passwordNeeded{&session, &SessionManager::passwordNeeded};
    QSignalSpy reauthenticated{&session, &SessionManager::reauthenticated};
    QSignalSpy reauthenticationFailed{&session, &SessionManager::reauthenticationFailed};
    QSignalSpy loggedOut{&session, &SessionManager::loggedOut};

    App() { session.setReauthenticationEnabled(true); }

    bool logIn(const ConnectionProfile &profile, const QString &email, bool remember)
    {
        session.logIn(profile, email, Password, remember);
        return QTest::qWaitFor([this] { return !loggedIn.isEmpty() || !loginFailed.isEmpty(); },
                               30000) &&
               loggedIn.count() == 1;
    }
};

/// Every answer one callback received, to prove it ran exactly once.
template <typename T> struct Answers
{
    QList<ApiResult<T>> results;
    ApiCallback<T> callback()
    {
        return [this](const ApiResult<T> &r) {
            results.append(r);
        };
    }
    bool succeeded() const { return results.size() == 1 && results.constFirst().hasValue(); }
    bool failedWith(ApiError::Kind kind) const
    {
        return results.size() == 1 && !results.constFirst() &&
               results.constFirst().error().kind == kind;
    }
};

} // namespace

class TestSessionReauth final : public QObject
{
    Q_OBJECT

private:
    test::ServerProcess m_server;
    CredentialStore m_store{u"keyward-reauthtest"_s};
    int m_userCount = 0;

    QString newUser(const test::ServerProcess &server)
    {
        const QString email = u"reauth%1@example.com"_s.arg(++m_userCount);
        return server.addUser(email, Password) ? email : QString();
    }
    QString storedToken(const test::ServerProcess &server, const QString &email)
    {
        const auto stored =
            test::readSecret(m_store, {QUrl(server.baseUrl()), email, u"session"_s});
        if (!stored) {
            return {};
        }
        return QJsonDocument::fromJson(stored.value().toUtf8())
            .object()
            .value(u"token"_s)
            .toString();
    }
    /// Whether \p token is refused by the server (asked by another client).
    bool tokenRefused(const test::ServerProcess &server, const QString &token)
    {
        ApiClient other;
        other.setServerUrl(QUrl(server.baseUrl()));
        other.setSessionToken(token);
        const auto info = test::await<User>(
            [&](ApiCallback<User> done) { other.userInfo(this, std::move(done)); });
        return !info && info.error().kind == ApiError::Unauthorized;
    }
    /// Ends \p token's session from another client, as a second device would.
    bool endOnServer(const QString &token)
    {
        ApiClient other;
        other.setServerUrl(QUrl(m_server.baseUrl()));
        other.setSessionToken(token);
        return test::await<NoContent>(
                   [&](ApiCallback<NoContent> cb) { other.logout(this, std::move(cb)); })
            .hasValue();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(u"keyward.api.debug=true"_s);
        previousHandler = qInstallMessageHandler(countLogins);
        QVERIFY2(m_server.start(), qPrintable(m_server.lastError()));
    }

    void cleanupTestCase() { qInstallMessageHandler(previousHandler); }

    void rememberedPasswordRenewsOnceForManyCalls()
    {
        // The server refuses --session-lifetime below 60 s, so the session
        // ends the other way the server can end it: logged out elsewhere.
        test::ServerProcess &shortLived = m_server;
        const QString email = newUser(shortLived);
        QVERIFY(!email.isEmpty());
        App app;
        QVERIFY(app.logIn(test::profileFor(shortLived, email), email, true));
        const QString token = storedToken(shortLived, email);
        QVERIFY(!token.isEmpty());
        QVERIFY(endOnServer(token));
        QVERIFY(tokenRefused(shortLived, token));

        const int loginsBefore = loginCount();
        Answers<User> info;
        Answers<QList<NamedRole>> organizations;
        Answers<Page<Token>> tokens;
        app.api.userInfo(this, info.callback());
        app.api.userOrganizations(this, organizations.callback());
        app.api.userTokens({}, this, tokens.callback());

        QTRY_VERIFY_WITH_TIMEOUT(!info.results.isEmpty() && !organizations.results.isEmpty() &&
                                     !tokens.results.isEmpty(),
                                 30000);
        QVERIFY2(info.succeeded(), qPrintable(test::describe(info.results.constFirst())));
        QVERIFY(organizations.succeeded());
        QVERIFY(tokens.succeeded());
        QCOMPARE(info.results.constFirst()->email, email);
        QCOMPARE(loginCount() - loginsBefore, 1);
        QCOMPARE(app.reauthenticated.count(), 1);
        QCOMPARE(app.passwordNeeded.count(), 0);
        QCOMPARE(app.loginRequired.count(), 0);
        QVERIFY(app.session.isLoggedIn());
        QVERIFY(!app.api.isReauthenticating());
        // The renewed session went to the keychain.
        const QString renewed = storedToken(shortLived, email);
        QVERIFY(!renewed.isEmpty());
        QVERIFY(renewed != token);
    }

    void withoutRememberedPasswordTheUserIsAskedOnce()
    {
        const QString email = newUser(m_server);
        App app;
        QVERIFY(app.logIn(test::profileFor(m_server, email), email, false));
        QVERIFY(endOnServer(storedToken(m_server, email)));

        const int loginsBefore = loginCount();
        Answers<User> info;
        Answers<QList<NamedRole>> organizations;
        Answers<Page<Token>> tokens;
        app.api.userInfo(this, info.callback());
        app.api.userOrganizations(this, organizations.callback());
        app.api.userTokens({}, this, tokens.callback());
        QTRY_COMPARE_WITH_TIMEOUT(app.passwordNeeded.count(), 1, 30000);
        QCOMPARE(app.passwordNeeded.at(0).at(0).toString(), email);
        QCOMPARE(app.passwordNeeded.at(0).at(1).toUrl(), QUrl(m_server.baseUrl()));
        QTRY_COMPARE(app.api.parkedCount(), 3);
        QVERIFY(app.session.isReauthenticating());

        // A call made meanwhile is not sent with the dead session: it waits too.
        Answers<User> later;
        app.api.userInfo(this, later.callback());
        QCOMPARE(app.api.parkedCount(), 4);

        // A wrong password: the prompt would show the error; nothing is lost.
        app.session.reauthenticate(u"not-the-password"_s, false);
        QTRY_COMPARE_WITH_TIMEOUT(app.reauthenticationFailed.count(), 1, 30000);
        QCOMPARE(app.reauthenticationFailed.at(0).at(0).value<ApiError>().kind,
                 ApiError::Unauthorized);
        QCOMPARE(app.api.parkedCount(), 4);
        QVERIFY(info.results.isEmpty());
        QVERIFY(later.results.isEmpty());
        QCOMPARE(app.loginRequired.count(), 0);

        app.session.reauthenticate(Password, false);
        QTRY_VERIFY_WITH_TIMEOUT(!info.results.isEmpty() && !organizations.results.isEmpty() &&
                                     !tokens.results.isEmpty() && !later.results.isEmpty(),
                                 30000);
        QVERIFY2(info.succeeded(), qPrintable(test::describe(info.results.constFirst())));
        QVERIFY(organizations.succeeded());
        QVERIFY(tokens.succeeded());
        QVERIFY(later.succeeded());
        QCOMPARE(app.passwordNeeded.count(), 1);
        QCOMPARE(app.reauthenticated.count(), 1);
        QCOMPARE(loginCount() - loginsBefore, 2);
        QVERIFY(app.session.isLoggedIn());
    }

    void logOutDuringReauthenticationFailsParkedCallsOnce()
    {
        const QString email = newUser(m_server);
        App app;
        QVERIFY(app.logIn(test::profileFor(m_server, email), email, false));
        QVERIFY(endOnServer(storedToken(m_server, email)));

        Answers<User> info;
        Answers<QList<NamedRole>> organizations;
        Answers<User> orphan;
        auto *doomed = new QObject;
        app.api.userInfo(this, info.callback());
        app.api.userOrganizations(this, organizations.callback());
        app.api.userInfo(doomed, orphan.callback());
        QTRY_COMPARE_WITH_TIMEOUT(app.passwordNeeded.count(), 1, 30000);
        QTRY_COMPARE(app.api.parkedCount(), 3);
        // A closed dialog's parked call is dropped, not answered.
        delete doomed;

        app.session.logOut();
        QVERIFY(info.failedWith(ApiError::Unauthorized));
        QVERIFY(organizations.failedWith(ApiError::Unauthorized));
        QCOMPARE(info.results.constFirst().error().message, u"Your session has ended."_s);
        QCOMPARE(info.results.constFirst().error().endpoint, u"GET /users/info"_s);
        QTRY_COMPARE_WITH_TIMEOUT(app.loggedOut.count(), 1, 30000);
        QVERIFY(orphan.results.isEmpty());
        QCOMPARE(info.results.size(), 1);
        QCOMPARE(organizations.results.size(), 1);
        QVERIFY(!app.api.isReauthenticating());
        QCOMPARE(app.api.parkedCount(), 0);
    }

    void declinedReauthenticationRequiresLogin()
    {
        const QString email = newUser(m_server);
        App app;
        QVERIFY(app.logIn(test::profileFor(m_server, email), email, false));
        QVERIFY(endOnServer(storedToken(m_server, email)));

        Answers<User> info;
        app.api.userInfo(this, info.callback());
        QTRY_COMPARE_WITH_TIMEOUT(app.passwordNeeded.count(), 1, 30000);
        app.session.abandonReauthentication();
        QVERIFY(info.failedWith(ApiError::Unauthorized));
        QCOMPARE(app.loginRequired.count(), 1);
        QVERIFY(!app.session.isLoggedIn());
        QVERIFY(!app.api.hasSession());
    }

    void callRefusedAfterReloginFailsWithoutLoop()
    {
        MisbehavingServer server;
        QVERIFY(server.start());
        const QByteArray problem =
            R"({"type":"about:blank","title":"Unauthorized","status":401})"_ba;
        server.setBehaviour(
            u"/users/login"_s,
            Behaviour::status(200, "application/json"_ba,
                              R"({"token":"t1","expires":"2099-01-01T00:00:00Z"})"_ba));
        server.setBehaviour(
            u"/users/info"_s,
            Behaviour::status(
                200, "application/json"_ba,
                R"({"first_name":"A","last_name":"B","email":"loop@example.com"})"_ba));
        server.setBehaviour(u"/users/organizations"_s,
                            Behaviour::status(401, "application/problem+json"_ba, problem));

        ConnectionProfile profile;
        profile.id = QUuid::createUuid();
        profile.name = u"Misbehaving"_s;
        profile.serverUrl = server.baseUrl();
        profile.accountEmail = u"loop@example.com"_s;
        App app;
        QVERIFY(app.logIn(profile, u"loop@example.com"_s, true));

        const auto count = [&server](const QByteArray &path) {
            int n = 0;
            for (const auto &request : server.requests()) {
                n += request.path() == path ? 1 : 0;
            }
            return n;
        };
        QCOMPARE(count("/users/login"_ba), 1);

        AWAIT_ERROR(QList<NamedRole>, error, app.api.userOrganizations(this, done));
        QCOMPARE(error.kind, ApiError::Unauthorized);
        QCOMPARE(count("/users/login"_ba), 2);
        QCOMPARE(count("/users/organizations"_ba), 2);
        // Nothing more happens on its own: no loop of logins and resends.
        QTest::qWait(300);
        QCOMPARE(count("/users/login"_ba), 2);
        QCOMPARE(count("/users/organizations"_ba), 2);
        QVERIFY(app.session.isLoggedIn());
        QCOMPARE(app.loginRequired.count(), 0);
        QVERIFY(!app.api.isReauthenticating());
    }

    void networkErrorDuringReloginKeepsCallsParked()
    {
        MisbehavingServer server;
        QVERIFY(server.start());
        const QByteArray session = R"({"token":"t1","expires":"2099-01-01T00:00:00Z"})"_ba;
        server.setBehaviour(u"/users/login"_s,
                            Behaviour::status(200, "application/json"_ba, session));
        server.setBehaviour(
            u"/users/info"_s,
            Behaviour::status(
                200, "application/json"_ba,
                R"({"first_name":"A","last_name":"B","email":"net@example.com"})"_ba));
        server.setBehaviour(u"/users/organizations"_s,
                            Behaviour::status(401, "application/problem+json"_ba,
                                              R"({"title":"Unauthorized","status":401})"_ba));
        ConnectionProfile profile;
        profile.id = QUuid::createUuid();
        profile.name = u"Misbehaving"_s;
        profile.serverUrl = server.baseUrl();
        profile.accountEmail = u"net@example.com"_s;
        App app;
        QVERIFY(app.logIn(profile, u"net@example.com"_s, false));

        Answers<QList<NamedRole>> organizations;
        app.api.userOrganizations(this, organizations.callback());
        QTRY_COMPARE_WITH_TIMEOUT(app.passwordNeeded.count(), 1, 30000);

        server.setBehaviour(u"/users/login"_s, Behaviour::closeImmediately());
        app.session.reauthenticate(u"whatever"_s, false);
        QTRY_COMPARE_WITH_TIMEOUT(app.reauthenticationFailed.count(), 1, 30000);
        QVERIFY(app.reauthenticationFailed.at(0).at(0).value<ApiError>().kind !=
                ApiError::Unauthorized);
        QCOMPARE(app.api.parkedCount(), 1);
        QVERIFY(organizations.results.isEmpty());

        server.setBehaviour(u"/users/login"_s,
                            Behaviour::status(200, "application/json"_ba, session));
        server.setBehaviour(u"/users/organizations"_s,
                            Behaviour::status(200, "application/json"_ba, "[]"_ba));
        app.session.reauthenticate(u"whatever"_s, false);
        QTRY_VERIFY_WITH_TIMEOUT(!organizations.results.isEmpty(), 30000);
        QVERIFY(organizations.succeeded());
        QCOMPARE(app.reauthenticated.count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestSessionReauth)
#include "tst_sessionreauth.moc"
