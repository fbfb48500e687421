// SPDX-License-Identifier: GPL-3.0-or-later
// ApiClient against a fake loopback endpoint, for the failures a real server
// cannot produce on demand. The happy paths against keyward-server live in
// tests/integration.
#include "fakehttpserver.h"

#include "api/apiclient.h"

#include <QSignalSpy>
#include <QTest>

#include <optional>

using namespace Qt::StringLiterals;
using keyward::ApiClient;
using keyward::ApiError;
using keyward::ApiResult;
using keyward::NamedRole;
using keyward::NoContent;
using keyward::Role;
using keyward::Session;

namespace {

template <typename T> class Outcome
{
public:
    keyward::ApiCallback<T> callback()
    {
        return [this](const ApiResult<T> &result) {
            m_result.emplace(result);
        };
    }
    bool wait()
    {
        return QTest::qWaitFor([this] { return m_result.has_value(); }, 20000);
    }
    bool arrived() const { return m_result.has_value(); }
    const ApiResult<T> &result() const { return *m_result; }
    /// The error, or a marker error when the call unexpectedly succeeded.
    ApiError error() const
    {
        return m_result->hasValue() ? ApiError{ApiError::Cancelled, -1, u"succeeded"_s, {}}
                                    : m_result->error();
    }

private:
    std::optional<ApiResult<T>> m_result;
};

const QByteArray organizationsJson = R"([{"name":"acme","role":"admin"},
                                         {"name":"globex","role":"viewer"}])"_ba;

} // namespace

class TestApiClient final : public QObject
{
    Q_OBJECT

private:
    /// Logs in against \p server with a canned success, so later calls carry a token.
    void logIn(ApiClient &client, FakeHttpServer &server)
    {
        server.enqueue(200, "application/json"_ba,
                       R"({"token":"tok-123","expires":"2030-01-01T00:00:00Z"})"_ba);
        Outcome<Session> login;
        client.login(u"alice@example.com"_s, u"pw"_s, this, login.callback());
        QVERIFY(login.wait());
        QVERIFY(login.result().hasValue());
    }

private Q_SLOTS:
    void loginKeepsSessionAndSendsItAsBearer()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        ApiClient client;
        QVERIFY(client.setServerUrl(server.url()));
        logIn(client, server);
        QVERIFY(client.hasSession());
        QVERIFY(server.requests().at(0).startsWith("POST /users/login HTTP/1.1"));
        QVERIFY(!server.hasHeader(0, "Authorization"_ba));
        QVERIFY(
            server.requests().at(0).endsWith(R"({"email":"alice@example.com","password":"pw"})"));
        QCOMPARE(server.header(0, "User-Agent"_ba), "Keyward/"_ba + KEYWARD_VERSION);

        server.enqueue(200, "application/json"_ba, organizationsJson);
        Outcome<QList<NamedRole>> organizations;
        client.userOrganizations(this, organizations.callback());
        QVERIFY(organizations.wait());
        QVERIFY(organizations.result().hasValue());
        const QList<NamedRole> expected{{u"acme"_s, Role::Admin}, {u"globex"_s, Role::Viewer}};
        QCOMPARE(organizations.result().value(), expected);
        QVERIFY(server.requests().at(1).startsWith("GET /users/organizations HTTP/1.1"));
        QCOMPARE(server.header(1, "Authorization"_ba), "Bearer tok-123"_ba);
    }

    void teamsPathIsEncoded()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        ApiClient client;
        QVERIFY(client.setServerUrl(server.url()));
        server.enqueue(200, "application/json"_ba, "[]"_ba);
        Outcome<QList<NamedRole>> teams;
        client.userTeams(u"a b/c"_s, this, teams.callback());
        QVERIFY(teams.wait());
        QVERIFY(teams.result().hasValue());
        QVERIFY(server.requests().at(0).startsWith("GET /users/organizations/a%20b%2Fc/teams "));
    }

    void logoutForgetsSession()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        ApiClient client;
        QVERIFY(client.setServerUrl(server.url()));
        logIn(client, server);
        server.enqueue(204, {}, {});
        Outcome<NoContent> logout;
        client.logout(this, logout.callback());
        QVERIFY(!client.hasSession());
        QVERIFY(logout.wait());
        QVERIFY(logout.result().hasValue());
        QCOMPARE(server.header(1, "Authorization"_ba), "Bearer tok-123"_ba);
    }

    void unauthorizedProblemJson()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        ApiClient client;
        QVERIFY(client.setServerUrl(server.url()));
        server.enqueue(401, "application/problem+json"_ba,
                       R"({"type":"about:blank","title":"Unauthorized","status":401,)"
                       R"("detail":"The email or password is wrong."})"_ba,
                       "WWW-Authenticate: Bearer\r\n"_ba);
        QSignalSpy rejected(&client, &ApiClient::sessionRejected);
        Outcome<Session> login;
        client.login(u"alice@example.com"_s, u"wrong"_s, this, login.callback());
        QVERIFY(login.wait());
        const ApiError error = login.error();
        QCOMPARE(error.kind, ApiError::Unauthorized);
        QCOMPARE(error.httpStatus, 401);
        QVERIFY2(error.message.contains(u"The email or password is wrong."_s),
                 qPrintable(error.message));
        QCOMPARE(error.endpoint, u"POST /users/login"_s);
        QVERIFY(!client.hasSession());
        QCOMPARE(rejected.count(), 1);
    }

    void forbiddenIsDistinctFromUnauthorized()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        ApiClient client;
        QVERIFY(client.setServerUrl(server.url()));
        server.enqueue(403, "application/problem+json"_ba,
                       R"({"title":"Forbidden","status":403})"_ba);
        QSignalSpy rejected(&client, &ApiClient::sessionRejected);
        Outcome<QList<NamedRole>> teams;
        client.userTeams(u"acme"_s, this, teams.callback());
        QVERIFY(teams.wait());
        QCOMPARE(teams.error().kind, ApiError::Forbidden);
        QVERIFY(teams.error().message.contains(u"Forbidden"_s));
        QCOMPARE(rejected.count(), 0);
    }

    void htmlServerErrorIsReadable()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        ApiClient client;
        QVERIFY(client.setServerUrl(server.url()));
        server.enqueue(500, "text/html"_ba,
                       "<html><body><h1>500 Internal Server Error</h1><pre>Traceback…</pre>"
                       "</body></html>"_ba);
        Outcome<QList<NamedRole>> organizations;
        client.userOrganizations(this, organizations.callback());
        QVERIFY(organizations.wait());
        const ApiError error = organizations.error();
        QCOMPARE(error.kind, ApiError::Server);
        QCOMPARE(error.httpStatus, 500);
        QVERIFY2(!error.message.contains(u'<'), qPrintable(error.message));
        QVERIFY(!error.message.contains(u"Traceback"_s));
        QVERIFY(error.message.contains(u"internal problem"_s));
        QVERIFY(error.message.contains(u"GET /users/organizations"_s));
    }

    void invalidJsonNamesEndpoint()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        ApiClient client;
        QVERIFY(client.setServerUrl(server.url()));
        server.enqueue(200, "application/json"_ba, R"([{"name":"acme",)"_ba);
        Outcome<QList<NamedRole>> organizations;
        client.userOrganizations(this, organizations.callback());
        QVERIFY(organizations.wait());
        const ApiError error = organizations.error();
        QCOMPARE(error.kind, ApiError::InvalidResponse);
        QCOMPARE(error.endpoint, u"GET /users/organizations"_s);
        QVERIFY2(error.message.contains(u"GET /users/organizations"_s), qPrintable(error.message));
    }

    void wrongShapeIsInvalidResponse_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("object instead of array") << R"({"name":"acme"})"_ba;
        QTest::newRow("unknown role") << R"([{"name":"acme","role":"owner"}])"_ba;
        QTest::newRow("not an object") << R"(["acme"])"_ba;
        QTest::newRow("empty body") << QByteArray();
    }

    void wrongShapeIsInvalidResponse()
    {
        QFETCH(QByteArray, body);
        FakeHttpServer server;
        QVERIFY(server.listen());
        ApiClient client;
        QVERIFY(client.setServerUrl(server.url()));
        server.enqueue(200, "application/json"_ba, body);
        Outcome<QList<NamedRole>> organizations;
        client.userOrganizations(this, organizations.callback());
        QVERIFY(organizations.wait());
        QCOMPARE(organizations.error().kind, ApiError::InvalidResponse);
    }

    void redirectToAnotherOriginIsNotFollowed()
    {
        FakeHttpServer server;
        FakeHttpServer elsewhere;
        QVERIFY(server.listen());
        QVERIFY(elsewhere.listen());
        elsewhere.enqueue(200, "application/json"_ba, organizationsJson);
        ApiClient client;
        QVERIFY(client.setServerUrl(server.url()));
        logIn(client, server);

        // Another port on the same host is another origin.
        const QByteArray location = elsewhere.url().toEncoded() + "/users/organizations";
        server.enqueue(302, "text/plain"_ba, "moved"_ba, "Location: " + location + "\r\n");
        Outcome<QList<NamedRole>> organizations;
        client.userOrganizations(this, organizations.callback());
        QVERIFY(organizations.wait());
        QCOMPARE(organizations.error().kind, ApiError::InvalidResponse);
        QVERIFY(organizations.error().message.contains(u"redirected"_s));
        QCOMPARE(server.header(1, "Authorization"_ba), "Bearer tok-123"_ba);
        // Had the redirect been followed, the request would be there by now.
        QCoreApplication::processEvents();
        for (qsizetype i = 0; i < elsewhere.requests().size(); ++i) {
            QVERIFY(!elsewhere.hasHeader(i, "Authorization"_ba));
        }
        QCOMPARE(elsewhere.requests().size(), 0);
    }

    void redirectWithinOriginIsFollowed()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        ApiClient client;
        QVERIFY(client.setServerUrl(server.url()));
        logIn(client, server);
        server.enqueue(307, "text/plain"_ba, "moved"_ba,
                       "Location: /v2/users/organizations\r\n"_ba);
        server.enqueue(200, "application/json"_ba, organizationsJson);
        Outcome<QList<NamedRole>> organizations;
        client.userOrganizations(this, organizations.callback());
        QVERIFY(organizations.wait());
        QVERIFY(organizations.result().hasValue());
        QCOMPARE(server.requests().size(), 3);
        QVERIFY(server.requests().at(2).startsWith("GET /v2/users/organizations "));
    }

    void timeout()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        server.enqueueSilence();
        ApiClient client;
        QVERIFY(client.setServerUrl(server.url()));
        client.policy().setTransferTimeout(std::chrono::milliseconds(300));
        Outcome<keyward::User> info;
        client.userInfo(this, info.callback());
        QVERIFY(info.wait());
        QCOMPARE(info.error().kind, ApiError::Timeout);
        QCOMPARE(info.error().endpoint, u"GET /users/info"_s);
        QVERIFY(!info.error().message.isEmpty());
    }

    void oversizedBody_data()
    {
        QTest::addColumn<bool>("announced");
        QTest::newRow("Content-Length too large") << true;
        QTest::newRow("streamed without length") << false;
    }

    void oversizedBody()
    {
        QFETCH(bool, announced);
        FakeHttpServer server;
        QVERIFY(server.listen());
        ApiClient client;
        QVERIFY(client.setServerUrl(server.url()));
        client.policy().setMaxBodyBytes(64 * 1024);
        const QByteArray body = "[" + QByteArray(200 * 1024, ' ') + "]";
        if (announced) {
            server.enqueue(200, "application/json"_ba, body);
        } else {
            server.enqueue("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                           "Connection: close\r\n\r\n"_ba +
                           body);
        }
        Outcome<QList<NamedRole>> organizations;
        client.userOrganizations(this, organizations.callback());
        QVERIFY(organizations.wait());
        QCOMPARE(organizations.error().kind, ApiError::InvalidResponse);
        QVERIFY2(organizations.error().message.contains(u"larger"_s),
                 qPrintable(organizations.error().message));
    }

    void connectionRefused()
    {
        quint16 port = 0;
        {
            FakeHttpServer closed;
            QVERIFY(closed.listen());
            port = closed.url().port();
        }
        ApiClient client;
        QVERIFY(client.setServerUrl(QUrl(u"http://127.0.0.1:%1"_s.arg(port))));
        Outcome<QString> health;
        client.health(this, health.callback());
        QVERIFY(health.wait());
        QCOMPARE(health.error().kind, ApiError::Network);
        QVERIFY(health.error().message.contains(u"refused"_s));
    }

    void health()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        ApiClient client;
        QVERIFY(client.setServerUrl(server.url()));
        server.enqueue(200, "application/json"_ba, R"({"status":"ok"})"_ba);
        Outcome<QString> health;
        client.health(this, health.callback());
        QVERIFY(health.wait());
        QVERIFY(health.result().hasValue());
        QCOMPARE(health.result().value(), u"ok"_s);
    }

    void callbackDroppedWhenContextDies()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        ApiClient client;
        QVERIFY(client.setServerUrl(server.url()));
        server.enqueue(200, "application/json"_ba, R"({"status":"ok"})"_ba);
        server.enqueue(200, "application/json"_ba, R"({"status":"ok"})"_ba);
        bool called = false;
        auto *context = new QObject;
        client.health(context, [&called](const ApiResult<QString> &) { called = true; });
        delete context;
        Outcome<QString> second;
        client.health(this, second.callback());
        QVERIFY(second.wait());
        QTRY_COMPARE(server.requests().size(), 2);
        QVERIFY(!called);
    }

    void cancelAll()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        server.enqueueSilence();
        ApiClient client;
        QVERIFY(client.setServerUrl(server.url()));
        Outcome<QString> health;
        client.health(this, health.callback());
        QTRY_COMPARE(server.requests().size(), 1);
        client.cancelAll();
        QVERIFY(health.wait());
        QCOMPARE(health.error().kind, ApiError::Cancelled);
    }

    void serverUrlMustBeHttp()
    {
        ApiClient client;
        QVERIFY(!client.setServerUrl(QUrl(u"ftp://example.com"_s)));
        QVERIFY(!client.setServerUrl(QUrl(u"example.com"_s)));
        QVERIFY(!client.setServerUrl(QUrl(u"https://user:pw@example.com"_s)));
        QVERIFY(client.setServerUrl(QUrl(u"https://example.com/api/"_s)));
        const QNetworkRequest request = client.policy().makeRequest(u"/health"_s, {});
        QCOMPARE(request.url(), QUrl(u"https://example.com/api/health"_s));
        QVERIFY(!request.hasRawHeader("Authorization"_ba));
    }
};

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_apiclient.moc"
