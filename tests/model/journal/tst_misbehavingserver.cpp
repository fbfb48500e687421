// SPDX-License-Identifier: GPL-3.0-or-later
// Keyward's real ApiClient against MisbehavingServer (tests/support): every
// way a server can go wrong on the wire must end in one clear ApiError that
// names the call, never in a crash, a hang or credentials sent elsewhere.
// Doubles as the self-test of MisbehavingServer.
#include "apiawait.h"
#include "misbehavingserver.h"

#include "api/apiclient.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using keyward::ApiClient;
using keyward::ApiError;
using keyward::NamedRole;
using keyward::NoContent;
using keyward::User;
using keyward::test::Behaviour;
using keyward::test::MisbehavingServer;
using keyward::test::ReceivedRequest;

namespace {

const QString SessionToken = u"s3cret-session-token"_s;
const QByteArray UserJson =
    R"({"first_name":"Ada","last_name":"Lovelace","email":"ada@example.org"})"_ba;

QString dump(const ApiError &error)
{
    return u"kind %1, status %2, endpoint “%3”: %4"_s.arg(error.kind)
        .arg(error.httpStatus)
        .arg(error.endpoint, error.message);
}

} // namespace

class TestMisbehavingServer final : public QObject
{
    Q_OBJECT

private:
    /// A client of \p server with a session, as after a login.
    static std::unique_ptr<ApiClient> clientOf(const MisbehavingServer &server)
    {
        auto client = std::make_unique<ApiClient>();
        if (client->setServerUrl(server.baseUrl())) {
            client->setSessionToken(SessionToken);
        }
        return client;
    }

private Q_SLOTS:
    void recordsRequests()
    {
        MisbehavingServer server;
        QVERIFY(server.start());
        server.setBehaviour(u"/users/register"_s, Behaviour::status(202, {}, {}));
        auto client = clientOf(server);

        AWAIT(NoContent, registered,
              client->registerUser(u"new@example.org"_s, this, std::move(done)));

        QCOMPARE(server.requests().size(), 1);
        const ReceivedRequest request = server.requests().constFirst();
        QCOMPARE(request.method, "POST"_ba);
        QCOMPARE(request.path(), "/users/register"_ba);
        QCOMPARE(request.header("content-type"), "application/json"_ba);
        // An anonymous endpoint: the session must not travel with it.
        QVERIFY(!request.hasHeader("Authorization"));
        QCOMPARE(QJsonDocument::fromJson(request.body).object().value(u"email"_s).toString(),
                 u"new@example.org"_s);
    }

    void sessionTravelsWithAuthenticatedCalls()
    {
        MisbehavingServer server;
        QVERIFY(server.start());
        server.setBehaviour(u"/users/info"_s,
                            Behaviour::status(200, "application/json"_ba, UserJson));
        auto client = clientOf(server);
        AWAIT(User, user, client->userInfo(this, std::move(done)));
        QCOMPARE(server.requests().size(), 1);
        QCOMPARE(server.requests().constFirst().header("authorization"),
                 "Bearer "_ba + SessionToken.toUtf8());
        QCOMPARE(server.requests().constFirst().method, "GET"_ba);
        QCOMPARE(server.requests().constFirst().target, "/users/info"_ba);
    }

    void defaultBehaviour()
    {
        MisbehavingServer server;
        QVERIFY(server.start());
        auto client = clientOf(server);
        AWAIT_ERROR(User, missing, client->userInfo(this, std::move(done)));
        QCOMPARE(missing.kind, ApiError::NotFound);

        server.setDefaultBehaviour(Behaviour::status(200, "application/json"_ba, UserJson));
        AWAIT(User, user, client->userInfo(this, std::move(done)));
        QCOMPARE(user->email, u"ada@example.org"_s);
        QCOMPARE(server.requests().size(), 2);
    }

    void hangHitsTransferTimeout()
    {
        MisbehavingServer server;
        QVERIFY(server.start());
        server.setBehaviour(u"/users/info"_s, Behaviour::hang());
        auto client = clientOf(server);
        client->policy().setTransferTimeout(500ms);

        AWAIT_ERROR(User, error, client->userInfo(this, std::move(done)));
        QVERIFY2(error.kind == ApiError::Timeout, qPrintable(dump(error)));
        QCOMPARE(error.endpoint, u"GET /users/info"_s);
        QVERIFY2(error.message.contains(u"GET /users/info"_s), qPrintable(dump(error)));
        QCOMPARE(server.requests().size(), 1);
    }

    void errorPagesAreNotShown_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("HTML 500") << 500 << "text/html; charset=utf-8"_ba
                                  << "<html><head><title>500 Internal Server Error</title></head>"
                                     "<body><h1>Whoops</h1><pre>at com.example.Handler</pre>"
                                     "</body></html>"_ba;
        QTest::newRow("text 502") << 502 << "text/plain"_ba
                                  << "Whoops: upstream down"_ba;
        QTest::newRow("empty 503") << 503 << QByteArray() << QByteArray();
    }

    void errorPagesAreNotShown()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, body);
        MisbehavingServer server;
        QVERIFY(server.start());
        server.setBehaviour(u"/users/info"_s, Behaviour::status(status, contentType, body));
        auto client = clientOf(server);

        AWAIT_ERROR(User, error, client->userInfo(this, std::move(done)));
        QVERIFY2(error.kind == ApiError::Server, qPrintable(dump(error)));
        QCOMPARE(error.httpStatus, status);
        QCOMPARE(error.endpoint, u"GET /users/info"_s);
        QVERIFY2(error.message.contains(u"GET /users/info"_s), qPrintable(dump(error)));
        QVERIFY2(!error.message.contains(u"Whoops"_s), qPrintable(dump(error)));
        QVERIFY2(!error.message.contains(u'<'), qPrintable(dump(error)));
    }

    void problemJsonDetailIsShown_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("kind");
        QTest::newRow("401") << 401 << int(ApiError::Unauthorized);
        QTest::newRow("403") << 403 << int(ApiError::Forbidden);
        QTest::newRow("500") << 500 << int(ApiError::Server);
    }

    void problemJsonDetailIsShown()
    {
        QFETCH(int, status);
        QFETCH(int, kind);
        MisbehavingServer server;
        QVERIFY(server.start());
        server.setBehaviour(
            u"/users/info"_s,
            Behaviour::status(status, "application/problem+json"_ba,
                              R"({"type":"about:blank","title":"T","status":)"_ba +
                                  QByteArray::number(status) +
                                  R"(,"detail":"The session has expired."})"_ba,
                              {{"WWW-Authenticate"_ba, R"(Bearer realm="keyward")"_ba}}));
        auto client = clientOf(server);

        AWAIT_ERROR(User, error, client->userInfo(this, std::move(done)));
        QVERIFY2(error.kind == kind, qPrintable(dump(error)));
        QCOMPARE(error.httpStatus, status);
        QCOMPARE(error.endpoint, u"GET /users/info"_s);
        QVERIFY2(error.message.contains(u"The session has expired."_s), qPrintable(dump(error)));
    }

    void invalidJsonNamesEndpoint_data()
    {
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("cut-off JSON") << "application/json"_ba << QByteArray();
        // A captive portal or proxy answering 200 with its own page.
        QTest::newRow("HTML page") << "text/html"_ba
                                   << "<html><body><h1>Whoops, log in to the Wi-Fi</h1>"
                                      "</body></html>"_ba;
    }

    void invalidJsonNamesEndpoint()
    {
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, body);
        MisbehavingServer server;
        QVERIFY(server.start());
        Behaviour behaviour = Behaviour::invalidJson(body);
        behaviour.contentType = contentType;
        server.setBehaviour(u"/users/info"_s, behaviour);
        auto client = clientOf(server);

        AWAIT_ERROR(User, error, client->userInfo(this, std::move(done)));
        QVERIFY2(error.kind == ApiError::InvalidResponse, qPrintable(dump(error)));
        QCOMPARE(error.endpoint, u"GET /users/info"_s);
        QVERIFY2(error.message.contains(u"GET /users/info"_s), qPrintable(dump(error)));
        QVERIFY2(!error.message.contains(u"Whoops"_s), qPrintable(dump(error)));
    }

    void wrongTypesNameEndpointAndField()
    {
        MisbehavingServer server;
        QVERIFY(server.start());
        server.setBehaviour(u"/users/info"_s,
                            Behaviour::wrongTypes(R"({"first_name":42,"last_name":["x"],)"
                                                  R"("email":true})"_ba));
        server.setBehaviour(u"/users/organizations"_s,
                            Behaviour::wrongTypes(R"({"name":"acme","role":"admin"})"_ba));
        auto client = clientOf(server);

        AWAIT_ERROR(User, user, client->userInfo(this, std::move(done)));
        QVERIFY2(user.kind == ApiError::InvalidResponse, qPrintable(dump(user)));
        QVERIFY2(user.message.contains(u"GET /users/info"_s), qPrintable(dump(user)));
        QVERIFY2(user.message.contains(u"first_name"_s) || user.message.contains(u"last_name"_s) ||
                     user.message.contains(u"email"_s),
                 qPrintable(dump(user)));

        // An object where a list belongs.
        AWAIT_ERROR(QList<NamedRole>, list, client->userOrganizations(this, std::move(done)));
        QVERIFY2(list.kind == ApiError::InvalidResponse, qPrintable(dump(list)));
        QVERIFY2(list.message.contains(u"GET /users/organizations"_s), qPrintable(dump(list)));
    }

    void foreignRedirectKeepsCredentials_data()
    {
        QTest::addColumn<int>("status");
        for (const int status : {301, 302, 303, 307, 308}) {
            QTest::addRow("%d", status) << status;
        }
    }

    void foreignRedirectKeepsCredentials()
    {
        QFETCH(int, status);
        MisbehavingServer server;
        MisbehavingServer elsewhere; // another port: another origin
        QVERIFY(server.start());
        QVERIFY(elsewhere.start());
        elsewhere.setDefaultBehaviour(Behaviour::status(200, "application/json"_ba, UserJson));
        server.setBehaviour(
            u"/users/info"_s,
            Behaviour::redirectTo(elsewhere.baseUrl().resolved(QUrl(u"/collect"_s)), status));
        auto client = clientOf(server);

        AWAIT_ERROR(User, error, client->userInfo(this, std::move(done)));
        QVERIFY2(error.kind == ApiError::InvalidResponse, qPrintable(dump(error)));
        QVERIFY2(error.message.contains(u"GET /users/info"_s), qPrintable(dump(error)));
        // The token did go to our own server, so its absence below means something.
        QCOMPARE(server.requests().size(), 1);
        QVERIFY(server.requests().constFirst().hasHeader("Authorization"_ba));
        const QList<ReceivedRequest> leaked = elsewhere.requests();
        for (const ReceivedRequest &request : leaked) {
            QVERIFY2(!request.hasHeader("Authorization"_ba), request.target.constData());
            QVERIFY(!request.target.contains(SessionToken.toUtf8()));
        }
        // Stricter than "without credentials": not followed at all.
        QCOMPARE(leaked.size(), 0);
    }

    void sameOriginRedirectIsFollowed()
    {
        MisbehavingServer server;
        QVERIFY(server.start());
        server.setBehaviour(u"/users/info"_s,
                            Behaviour::redirectTo(QUrl(u"/v2/users/info"_s), 307));
        server.setBehaviour(u"/v2/users/info"_s,
                            Behaviour::status(200, "application/json"_ba, UserJson));
        auto client = clientOf(server);

        AWAIT(User, user, client->userInfo(this, std::move(done)));
        QCOMPARE(user->firstName, u"Ada"_s);
        QCOMPARE(server.requests().size(), 2);
        QCOMPARE(server.requests().at(1).path(), "/v2/users/info"_ba);
        QVERIFY(server.requests().at(1).hasHeader("Authorization"_ba));
    }

    void hugeBodyIsRefused_data()
    {
        QTest::addColumn<qint64>("megabytes");
        QTest::addColumn<bool>("announced");
        QTest::addColumn<qint64>("cap");
        // The default cap against an announced length: refused before the body.
        QTest::newRow("announced, default cap")
            << qint64(64) << true << keyward::NetworkPolicy::DefaultMaxBodyBytes;
        QTest::newRow("announced, 1 MiB cap") << qint64(4) << true << qint64(1024 * 1024);
        // Without a length the client has to count as the body streams in.
        QTest::newRow("streamed, 1 MiB cap") << qint64(4) << false << qint64(1024 * 1024);
    }

    void hugeBodyIsRefused()
    {
        QFETCH(qint64, megabytes);
        QFETCH(bool, announced);
        QFETCH(qint64, cap);
        MisbehavingServer server;
        QVERIFY(server.start());
        server.setBehaviour(u"/users/organizations"_s, Behaviour::huge(megabytes, announced));
        auto client = clientOf(server);
        client->policy().setMaxBodyBytes(cap);

        AWAIT_ERROR(QList<NamedRole>, error, client->userOrganizations(this, std::move(done)));
        QVERIFY2(error.kind == ApiError::InvalidResponse, qPrintable(dump(error)));
        QVERIFY2(error.message.contains(u"GET /users/organizations"_s), qPrintable(dump(error)));
        QVERIFY2(error.message.contains(u"larger than %1 MiB"_s.arg(cap / (1024 * 1024))),
                 qPrintable(dump(error)));
    }

    void hugeBodyWithinCapIsRead()
    {
        // The same body under a larger cap is accepted: the refusal above is
        // about the size, not the content.
        MisbehavingServer server;
        QVERIFY(server.start());
        server.setBehaviour(u"/users/organizations"_s, Behaviour::huge(2, false));
        auto client = clientOf(server);
        client->policy().setMaxBodyBytes(4 * 1024 * 1024);

        AWAIT(QList<NamedRole>, list, client->userOrganizations(this, std::move(done)));
        QVERIFY(list->isEmpty());
        QCOMPARE(server.hugeBytesSent(), qint64(2 * 1024 * 1024));
    }

    void dripFeedCompletes()
    {
        MisbehavingServer server;
        QVERIFY(server.start());
        server.setBehaviour(u"/users/info"_s, Behaviour::dripFeed(UserJson, 2ms));
        auto client = clientOf(server);
        client->policy().setTransferTimeout(3000ms);

        AWAIT(User, user, client->userInfo(this, std::move(done)));
        QCOMPARE(user->email, u"ada@example.org"_s);
    }

    void bodyDrippedLongerThanTimeoutButNeverStalled()
    {
        // The transfer timeout is about a stalled server (NetworkPolicy: "how
        // long a transfer may stall"): a body that keeps coming, one byte
        // every 20 ms, must not be cut off although all of it takes longer
        // (about 1.5 s) than the 1 s timeout.
        MisbehavingServer server;
        QVERIFY(server.start());
        server.setBehaviour(u"/users/info"_s,
                            Behaviour::dripFeed(UserJson, 20ms, Behaviour::DripPart::Body));
        auto client = clientOf(server);
        client->policy().setTransferTimeout(1000ms);

        AWAIT(User, user, client->userInfo(this, std::move(done)));
        QCOMPARE(user->email, u"ada@example.org"_s);
    }

    void headersTricklingPastTheTimeoutTimeOut()
    {
        // The status line and headers must arrive, as a whole, within the
        // timeout: a server that trickles them byte by byte for longer is
        // treated as not answering (NetworkPolicy documents this; it is also
        // what protects the app from a slowloris-like peer).
        MisbehavingServer server;
        QVERIFY(server.start());
        server.setBehaviour(u"/users/info"_s,
                            Behaviour::dripFeed(UserJson, 20ms, Behaviour::DripPart::Everything));
        auto client = clientOf(server);
        client->policy().setTransferTimeout(1000ms);

        AWAIT_ERROR(User, error, client->userInfo(this, std::move(done)));
        QVERIFY2(error.kind == ApiError::Timeout, qPrintable(dump(error)));
        QCOMPARE(error.endpoint, u"GET /users/info"_s);
    }

    void closedConnectionIsANetworkError()
    {
        MisbehavingServer server;
        QVERIFY(server.start());
        server.setBehaviour(u"/users/info"_s, Behaviour::closeImmediately());
        auto client = clientOf(server);

        AWAIT_ERROR(User, error, client->userInfo(this, std::move(done)));
        QVERIFY2(error.kind == ApiError::Network, qPrintable(dump(error)));
        QCOMPARE(error.endpoint, u"GET /users/info"_s);
        QVERIFY(!error.message.isEmpty());
        QVERIFY(!server.requests().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestMisbehavingServer)
#include "tst_misbehavingserver.moc"
