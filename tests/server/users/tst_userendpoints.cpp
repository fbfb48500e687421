// SPDX-License-Identifier: GPL-3.0-or-later
// The /users endpoints against a real keyward-server over loopback HTTP:
// registration with mailed tickets, login and sessions in both credential
// forms, throttling, password reset, the profile, memberships and search.
#include "httpclient.h"
#include "serverprocess.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using keyward::test::HttpClient;
using keyward::test::ServerProcess;

namespace {
const auto kPassword = u"correct horse battery"_s;
}

class TestUserEndpoints final : public QObject
{
    Q_OBJECT

private:
    ServerProcess m_server;
    QString m_connection = u"tst_userendpoints"_s;

    std::unique_ptr<HttpClient> client(const QString &session = {},
                                       HttpClient::Scheme scheme = HttpClient::Scheme::Bearer)
    {
        auto http = std::make_unique<HttpClient>(m_server.baseUrl());
        if (!session.isEmpty())
            http->setCredential(session, scheme);
        return http;
    }

    /// Registers and confirms \p email over HTTP; returns the login session.
    QString createAccount(const QString &email, const QString &first = u"Test"_s,
                          const QString &last = u"User"_s)
    {
        auto http = client();
        const auto registered = http->post(u"/users/register"_s, QJsonObject{{u"email"_s, email}});
        if (registered.status != 202)
            return {};
        const QString ticket = m_server.valueFromMail(email, u"Confirmation token: "_s);
        const auto confirmed =
            http->post(u"/users/confirm"_s, QJsonObject{{u"first_name"_s, first},
                                                        {u"last_name"_s, last},
                                                        {u"password"_s, kPassword},
                                                        {u"confirmation_token"_s, ticket}});
        if (confirmed.status != 201)
            return {};
        return http->login(email, kPassword);
    }

    /// Runs SQL on the server's database file (for fixtures the /users
    /// endpoints read but do not write: organizations, teams, invitations).
    qint64 sql(const QString &statement, const QVariantList &values = {})
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection);
        QSqlQuery query(db);
        if (!query.prepare(statement)) {
            qWarning() << query.lastError().text();
            return -1;
        }
        for (const QVariant &value : values)
            query.addBindValue(value);
        if (!query.exec()) {
            qWarning() << query.lastError().text();
            return -1;
        }
        return query.lastInsertId().isValid() ? query.lastInsertId().toLongLong() : 0;
    }

    qint64 userId(const QString &email)
    {
        QSqlQuery query(QSqlDatabase::database(m_connection));
        query.prepare(u"SELECT id FROM users WHERE email = ?"_s);
        query.addBindValue(email);
        if (!query.exec() || !query.next())
            return -1;
        return query.value(0).toLongLong();
    }

    qint64 addOrganization(const QString &name)
    {
        return sql(u"INSERT INTO organizations (name, email, notification_url, created_ms) "
                   "VALUES (?, ?, ?, ?)"_s,
                   {name, u"ops@example.com"_s, u"https://example.com/hook"_s,
                    QDateTime::currentMSecsSinceEpoch()});
    }

    qint64 addTeam(qint64 organization, const QString &name)
    {
        return sql(u"INSERT INTO teams (organization_id, name, created_ms) VALUES (?, ?, ?)"_s,
                   {organization, name, QDateTime::currentMSecsSinceEpoch()});
    }

    static QStringList namedRoles(const QJsonArray &array)
    {
        QStringList result;
        for (const QJsonValue &value : array)
            result.append(value[u"name"_s].toString() + u':' + value[u"role"_s].toString());
        return result;
    }

    static QStringList emails(const QJsonArray &array)
    {
        QStringList result;
        for (const QJsonValue &value : array)
            result.append(value[u"email"_s].toString());
        return result;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.lastError()));
        QSqlDatabase db = m_server.openDatabase(m_connection);
        QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
    }

    void cleanupTestCase()
    {
        QSqlDatabase::database(m_connection).close();
        QSqlDatabase::removeDatabase(m_connection);
        QVERIFY(m_server.stop());
    }

    void registerConfirmLoginInfoLogout()
    {
        auto http = client();
        const QString email = u"flow@example.com"_s;
        auto reply =
            http->post(u"/users/register"_s, QJsonObject{{u"email"_s, u"Flow@Example.com"_s}});
        QCOMPARE(reply.status, 202);
        const QString ticket = m_server.valueFromMail(email, u"Confirmation token: "_s);
        QVERIFY2(ticket.size() >= 40, qPrintable(m_server.latestMailTo(email)));

        reply = http->post(u"/users/confirm"_s, QJsonObject{{u"first_name"_s, u"Flo"_s},
                                                            {u"last_name"_s, u"Rider"_s},
                                                            {u"password"_s, kPassword},
                                                            {u"confirmation_token"_s, ticket}});
        QCOMPARE(reply.status, 201);
        QCOMPARE(reply.object(), (QJsonObject{{u"first_name"_s, u"Flo"_s},
                                              {u"last_name"_s, u"Rider"_s},
                                              {u"email"_s, email}}));

        reply = http->post(u"/users/login"_s, QJsonObject{{u"email"_s, u"FLOW@example.com"_s},
                                                          {u"password"_s, kPassword}});
        QCOMPARE(reply.status, 200);
        const QString session = reply.object().value(u"token"_s).toString();
        QVERIFY(!session.isEmpty());
        const QDateTime expires =
            QDateTime::fromString(reply.object().value(u"expires"_s).toString(), Qt::ISODateWithMs);
        QVERIFY(expires > QDateTime::currentDateTimeUtc());

        auto user = client(session);
        reply = user->get(u"/users/info"_s);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.object().value(u"email"_s).toString(), email);
        QCOMPARE(reply.object().value(u"first_name"_s).toString(), u"Flo"_s);

        reply = user->patch(u"/users/info"_s, QJsonObject{{u"first_name"_s, u"Florence"_s}});
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.object(), (QJsonObject{{u"first_name"_s, u"Florence"_s},
                                              {u"last_name"_s, u"Rider"_s},
                                              {u"email"_s, email}}));
        reply = user->patch(u"/users/info"_s, QJsonObject{{u"last_name"_s, u"Nightingale"_s}});
        QCOMPARE(reply.status, 200);
        QCOMPARE(user->get(u"/users/info"_s).object().value(u"last_name"_s).toString(),
                 u"Nightingale"_s);
        QCOMPARE(user->get(u"/users/info"_s).object().value(u"first_name"_s).toString(),
                 u"Florence"_s);

        // Logout ends only the session it is sent with.
        const QString second = http->login(email, kPassword);
        QVERIFY(!second.isEmpty());
        reply = user->post(u"/users/logout"_s, QJsonObject{});
        QCOMPARE(reply.status, 204);
        reply = user->get(u"/users/info"_s);
        QCOMPARE(reply.status, 401);
        QVERIFY(!reply.header("WWW-Authenticate").isEmpty());
        QCOMPARE(client(second)->get(u"/users/info"_s).status, 200);
        QCOMPARE(client()->post(u"/users/logout"_s, QJsonObject{}).status, 401);
    }

    void registerRejectsMalformedRequests()
    {
        auto http = client();
        QCOMPARE(http->post(u"/users/register"_s, QJsonObject{}).status, 400);
        QCOMPARE(
            http->post(u"/users/register"_s, QJsonObject{{u"email"_s, u"not an email"_s}}).status,
            400);
        QCOMPARE(http->post(u"/users/register"_s, QJsonObject{{u"email"_s, 42}}).status, 400);
        QCOMPARE(http->requestRaw("POST", u"/users/register"_s, "{nope"_ba).status, 400);
    }

    void registerExistingEmailMailsANotice()
    {
        const QString email = u"existing@example.com"_s;
        QVERIFY(m_server.addUser(email, kPassword));
        const auto reply = client()->post(u"/users/register"_s, QJsonObject{{u"email"_s, email}});
        QCOMPARE(reply.status, 202);
        const QString mail = m_server.latestMailTo(email);
        QVERIFY2(!mail.isEmpty(), "no notice mail was written");
        QVERIFY(mail.contains(u"has an account already"_s));
        QVERIFY(!mail.contains(u"Confirmation token:"_s));
    }

    void confirmRejectsBadTickets()
    {
        auto http = client();
        const auto body = [](const QString &ticket, const QString &password = kPassword) {
            return QJsonObject{{u"first_name"_s, u"A"_s},
                               {u"last_name"_s, u"B"_s},
                               {u"password"_s, password},
                               {u"confirmation_token"_s, ticket}};
        };
        auto reply = http->post(u"/users/confirm"_s, body(u"no-such-ticket"_s));
        QCOMPARE(reply.status, 400);
        QVERIFY(reply.detail().contains(u"confirmation token"_s));
        QCOMPARE(http->post(u"/users/confirm"_s, QJsonObject{{u"first_name"_s, u"A"_s}}).status,
                 400);

        const QString email = u"ticket@example.com"_s;
        QCOMPARE(http->post(u"/users/register"_s, QJsonObject{{u"email"_s, email}}).status, 202);
        const QString ticket = m_server.valueFromMail(email, u"Confirmation token: "_s);
        QVERIFY(!ticket.isEmpty());
        // A weak password is refused without spending the ticket.
        reply = http->post(u"/users/confirm"_s, body(ticket, u"short"_s));
        QCOMPARE(reply.status, 400);
        QVERIFY(reply.detail().contains(u"at least"_s));
        QCOMPARE(http->post(u"/users/confirm"_s, body(ticket)).status, 201);
        reply = http->post(u"/users/confirm"_s, body(ticket));
        QCOMPARE(reply.status, 400);

        // A reset ticket is not a confirmation ticket.
        QCOMPARE(http->post(u"/users/forgot-password"_s, QJsonObject{{u"email"_s, email}}).status,
                 202);
        const QString reset = m_server.valueFromMail(email, u"Password reset token: "_s);
        QVERIFY(!reset.isEmpty());
        QCOMPARE(http->post(u"/users/confirm"_s, body(reset)).status, 400);
    }

    void confirmConflictsWhenTheEmailRegisteredMeanwhile()
    {
        auto http = client();
        const QString email = u"race@example.com"_s;
        QCOMPARE(http->post(u"/users/register"_s, QJsonObject{{u"email"_s, email}}).status, 202);
        const QString ticket = m_server.valueFromMail(email, u"Confirmation token: "_s);
        QVERIFY(!ticket.isEmpty());
        QVERIFY(m_server.addUser(email, kPassword));
        const auto reply =
            http->post(u"/users/confirm"_s, QJsonObject{{u"first_name"_s, u"A"_s},
                                                        {u"last_name"_s, u"B"_s},
                                                        {u"password"_s, kPassword},
                                                        {u"confirmation_token"_s, ticket}});
        QCOMPARE(reply.status, 409);
    }

    void confirmAppliesInvitations()
    {
        const QString email = u"invited@example.com"_s;
        const qint64 org = addOrganization(u"invite-org"_s);
        const qint64 team = addTeam(org, u"crew"_s);
        const qint64 teamOnlyOrg = addOrganization(u"invite-teamonly"_s);
        const qint64 otherTeam = addTeam(teamOnlyOrg, u"blue"_s);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const QString invite = u"INSERT INTO invitations (organization_id, team_id, email, role, "
                               "created_ms) VALUES (?, ?, ?, ?, ?)"_s;
        QVERIFY(sql(invite,
                    {org, QVariant(QMetaType::fromType<qint64>()), email, u"member"_s, now}) > 0);
        QVERIFY(sql(invite, {org, team, email, u"viewer"_s, now}) > 0);
        QVERIFY(sql(invite, {teamOnlyOrg, otherTeam, email, u"admin"_s, now}) > 0);

        const QString session = createAccount(email);
        QVERIFY(!session.isEmpty());
        auto user = client(session);
        auto reply = user->get(u"/users/organizations"_s);
        QCOMPARE(reply.status, 200);
        QCOMPARE(namedRoles(reply.array()),
                 (QStringList{u"invite-org:member"_s, u"invite-teamonly:team"_s}));
        reply = user->get(u"/users/organizations/invite-org/teams"_s);
        QCOMPARE(reply.status, 200);
        QCOMPARE(namedRoles(reply.array()), QStringList{u"crew:viewer"_s});
        reply = user->get(u"/users/organizations/invite-teamonly/teams"_s);
        QCOMPARE(namedRoles(reply.array()), QStringList{u"blue:admin"_s});
        QSqlQuery left(QSqlDatabase::database(m_connection));
        QVERIFY(
            left.exec(u"SELECT COUNT(*) FROM invitations WHERE email = 'invited@example.com'"_s));
        QVERIFY(left.next());
        QCOMPARE(left.value(0).toInt(), 0);
    }

    void loginFailures()
    {
        const QString email = u"wrongpass@example.com"_s;
        QVERIFY(m_server.addUser(email, kPassword));
        auto http = client();
        auto bad = http->post(u"/users/login"_s, QJsonObject{{u"email"_s, email},
                                                             {u"password"_s, u"wrong password"_s}});
        QCOMPARE(bad.status, 401);
        QVERIFY(!bad.header("WWW-Authenticate").isEmpty());
        QVERIFY(bad.header("Content-Type").startsWith("application/problem+json"));
        auto unknown =
            http->post(u"/users/login"_s, QJsonObject{{u"email"_s, u"nobody@example.com"_s},
                                                      {u"password"_s, kPassword}});
        QCOMPARE(unknown.status, 401);
        // The same sentence for both, so the answer does not tell which emails exist.
        QCOMPARE(unknown.detail(), bad.detail());
        QCOMPARE(http->post(u"/users/login"_s, QJsonObject{{u"email"_s, email}}).status, 400);
        QCOMPARE(http->post(u"/users/login"_s, QJsonObject{{u"password"_s, kPassword}}).status,
                 400);
    }

    void loginThrottling()
    {
        const QString email = u"throttled@example.com"_s;
        QVERIFY(m_server.addUser(email, kPassword));
        auto http = client();
        const QJsonObject wrong{{u"email"_s, email}, {u"password"_s, u"not the password"_s}};
        // LoginThrottle's default: 10 failures per account within the window.
        for (int attempt = 0; attempt < 10; ++attempt)
            QCOMPARE(http->post(u"/users/login"_s, wrong).status, 401);
        auto reply = http->post(u"/users/login"_s, wrong);
        QCOMPARE(reply.status, 429);
        QVERIFY(reply.header("Retry-After").toLongLong() > 0);
        // While throttled even the right password waits.
        reply = http->post(u"/users/login"_s,
                           QJsonObject{{u"email"_s, email}, {u"password"_s, kPassword}});
        QCOMPARE(reply.status, 429);
        QVERIFY(reply.header("Retry-After").toLongLong() > 0);
        // Other accounts from the same address are not affected yet.
        QVERIFY(m_server.addUser(u"unthrottled@example.com"_s, kPassword));
        QVERIFY(!http->login(u"unthrottled@example.com"_s, kPassword).isEmpty());
    }

    void credentialForms()
    {
        const QString session = createAccount(u"schemes@example.com"_s);
        QVERIFY(!session.isEmpty());
        QCOMPARE(client(session, HttpClient::Scheme::Bearer)->get(u"/users/info"_s).status, 200);
        auto basic = client(session, HttpClient::Scheme::Basic)->get(u"/users/info"_s);
        QCOMPARE(basic.status, 200);
        QCOMPARE(basic.object().value(u"email"_s).toString(), u"schemes@example.com"_s);

        auto http = client();
        const QByteArray withPassword = "Basic "_ba + (session.toUtf8() + ":secret").toBase64();
        auto reply = http->request("GET", u"/users/info"_s, std::nullopt,
                                   {{"Authorization"_ba, withPassword}});
        QCOMPARE(reply.status, 401);
        QVERIFY(!reply.header("WWW-Authenticate").isEmpty());

        reply = http->get(u"/users/info"_s);
        QCOMPARE(reply.status, 401);
        QVERIFY(!reply.header("WWW-Authenticate").isEmpty());

        reply = client(u"not-a-session-token"_s)->get(u"/users/info"_s);
        QCOMPARE(reply.status, 401);
        reply = client(u"not-a-session-token"_s, HttpClient::Scheme::Basic)->get(u"/users/info"_s);
        QCOMPARE(reply.status, 401);
        reply = http->request("GET", u"/users/info"_s, std::nullopt,
                              {{"Authorization"_ba, "Digest username=\"x\""_ba}});
        QCOMPARE(reply.status, 401);
    }

    void forgotAndResetPassword()
    {
        const QString email = u"forgetful@example.com"_s;
        QVERIFY(m_server.addUser(email, kPassword));
        auto http = client();
        const QString oldSession = http->login(email, kPassword);
        QVERIFY(!oldSession.isEmpty());

        QCOMPARE(http->post(u"/users/forgot-password"_s, QJsonObject{}).status, 400);
        QCOMPARE(http->post(u"/users/forgot-password"_s, QJsonObject{{u"email"_s, u"x"_s}}).status,
                 400);
        QCOMPARE(http->post(u"/users/forgot-password"_s,
                            QJsonObject{{u"email"_s, u"ghost@example.com"_s}})
                     .status,
                 202);
        QVERIFY(m_server.latestMailTo(u"ghost@example.com"_s).isEmpty());

        QCOMPARE(http->post(u"/users/forgot-password"_s,
                            QJsonObject{{u"email"_s, u"Forgetful@example.com"_s}})
                     .status,
                 202);
        const QString ticket = m_server.valueFromMail(email, u"Password reset token: "_s);
        QVERIFY2(!ticket.isEmpty(), qPrintable(m_server.latestMailTo(email)));

        const QString newPassword = u"a brand new password"_s;
        auto reply = http->post(u"/users/reset-password"_s,
                                QJsonObject{{u"password"_s, u"short"_s}, {u"token"_s, ticket}});
        QCOMPARE(reply.status, 400);
        reply = http->post(u"/users/reset-password"_s,
                           QJsonObject{{u"password"_s, newPassword}, {u"token"_s, u"bogus"_s}});
        QCOMPARE(reply.status, 400);
        // CAVE's spec sends "token"; the docs' "confirmation_token" is tested below.
        reply = http->post(u"/users/reset-password"_s,
                           QJsonObject{{u"password"_s, newPassword}, {u"token"_s, ticket}});
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.object().value(u"email"_s).toString(), email);

        QCOMPARE(client(oldSession)->get(u"/users/info"_s).status, 401);
        QCOMPARE(http->post(u"/users/login"_s,
                            QJsonObject{{u"email"_s, email}, {u"password"_s, kPassword}})
                     .status,
                 401);
        QVERIFY(!http->login(email, newPassword).isEmpty());

        reply =
            http->post(u"/users/reset-password"_s, QJsonObject{{u"password"_s, newPassword},
                                                               {u"confirmation_token"_s, ticket}});
        QCOMPARE(reply.status, 400);

        QCOMPARE(http->post(u"/users/forgot-password"_s, QJsonObject{{u"email"_s, email}}).status,
                 202);
        const QString second = m_server.valueFromMail(email, u"Password reset token: "_s);
        QVERIFY(!second.isEmpty() && second != ticket);
        reply =
            http->post(u"/users/reset-password"_s,
                       QJsonObject{{u"password"_s, kPassword}, {u"confirmation_token"_s, second}});
        QCOMPARE(reply.status, 200);
        QVERIFY(!http->login(email, kPassword).isEmpty());
    }

    void patchInfoValidation()
    {
        const QString session = createAccount(u"patcher@example.com"_s);
        QVERIFY(!session.isEmpty());
        auto user = client(session, HttpClient::Scheme::Basic);
        QCOMPARE(user->patch(u"/users/info"_s, QJsonObject{}).status, 400);
        QCOMPARE(user->patch(u"/users/info"_s, QJsonObject{{u"email"_s, u"x@y.z"_s}}).status, 400);
        QCOMPARE(user->patch(u"/users/info"_s, QJsonObject{{u"first_name"_s, u""_s}}).status, 400);
        QCOMPARE(user->patch(u"/users/info"_s, QJsonObject{{u"first_name"_s, 7}}).status, 400);
        QCOMPARE(client()->patch(u"/users/info"_s, QJsonObject{{u"first_name"_s, u"X"_s}}).status,
                 401);
        QCOMPARE(user->get(u"/users/info"_s).object().value(u"first_name"_s).toString(), u"Test"_s);
    }

    void organizationsAndTeams()
    {
        const QString email = u"member@example.com"_s;
        const QString session = createAccount(email);
        QVERIFY(!session.isEmpty());
        const qint64 me = userId(email);
        QVERIFY(me > 0);
        auto user = client(session);
        auto reply = user->get(u"/users/organizations"_s);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.array(), QJsonArray{});

        const qint64 zeta = addOrganization(u"zeta"_s);
        const qint64 alpha = addOrganization(u"alpha"_s);
        const qint64 mid = addOrganization(u"mid"_s);
        const qint64 other = addOrganization(u"other"_s);
        const QString orgMember = u"INSERT INTO organization_members (organization_id, user_id, "
                                  "role) VALUES (?, ?, ?)"_s;
        const QString teamMember = u"INSERT INTO team_members (team_id, user_id, role) "
                                   "VALUES (?, ?, ?)"_s;
        QVERIFY(sql(orgMember, {zeta, me, u"admin"_s}) >= 0);
        QVERIFY(sql(orgMember, {alpha, me, u"viewer"_s}) >= 0);
        QVERIFY(sql(teamMember, {addTeam(alpha, u"web"_s), me, u"member"_s}) >= 0);
        QVERIFY(sql(teamMember, {addTeam(mid, u"ops"_s), me, u"admin"_s}) >= 0);
        QVERIFY(sql(teamMember, {addTeam(mid, u"dev"_s), me, u"viewer"_s}) >= 0);
        addTeam(mid, u"qa"_s);
        addTeam(zeta, u"payments"_s);
        addTeam(other, u"hidden"_s);

        reply = user->get(u"/users/organizations"_s);
        QCOMPARE(reply.status, 200);
        QCOMPARE(namedRoles(reply.array()),
                 (QStringList{u"alpha:viewer"_s, u"mid:team"_s, u"zeta:admin"_s}));
        QVERIFY(reply.header("X-Total-Count").isEmpty());

        reply = user->get(u"/users/organizations?limit=1&offset=1"_s);
        QCOMPARE(reply.status, 200);
        QCOMPARE(namedRoles(reply.array()), QStringList{u"mid:team"_s});
        QCOMPARE(reply.header("X-Total-Count"), "3"_ba);
        QCOMPARE(user->get(u"/users/organizations?limit=-1"_s).status, 400);

        reply = user->get(u"/users/organizations/mid/teams"_s);
        QCOMPARE(reply.status, 200);
        QCOMPARE(namedRoles(reply.array()), (QStringList{u"dev:viewer"_s, u"ops:admin"_s}));
        reply = user->get(u"/users/organizations/mid/teams?limit=1"_s);
        QCOMPARE(namedRoles(reply.array()), QStringList{u"dev:viewer"_s});
        QCOMPARE(reply.header("X-Total-Count"), "2"_ba);
        // api.md: the caller's own team roles only, also for an organization admin.
        reply = user->get(u"/users/organizations/zeta/teams"_s);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.array(), QJsonArray{});
        QCOMPARE(namedRoles(user->get(u"/users/organizations/alpha/teams"_s).array()),
                 QStringList{u"web:member"_s});
        QCOMPARE(user->get(u"/users/organizations/other/teams"_s).array(), QJsonArray{});
        reply = user->get(u"/users/organizations/no-such-org/teams"_s);
        QCOMPARE(reply.status, 404);
        QCOMPARE(client()->get(u"/users/organizations"_s).status, 401);
        QCOMPARE(client()->get(u"/users/organizations/mid/teams"_s).status, 401);
    }

    void search()
    {
        QVERIFY(m_server.addUser(u"search.one@finder.example"_s, kPassword, u"Quentin"_s,
                                 u"Blackwood"_s));
        QVERIFY(
            m_server.addUser(u"search.two@finder.example"_s, kPassword, u"Rosalind"_s, u"Quist"_s));
        QVERIFY(
            m_server.addUser(u"under_score@finder.example"_s, kPassword, u"Per%cent"_s, u"Sign"_s));
        const QString session = client()->login(u"search.one@finder.example"_s, kPassword);
        QVERIFY(!session.isEmpty());
        auto user = client(session);

        QCOMPARE(user->get(u"/users/search"_s).status, 400);
        QCOMPARE(user->get(u"/users/search?q="_s).status, 400);
        QCOMPARE(user->get(u"/users/search?q=%20"_s).status, 400);
        QCOMPARE(client()->get(u"/users/search?q=finder"_s).status, 401);

        auto reply = user->get(u"/users/search?q=FINDER.example"_s);
        QCOMPARE(reply.status, 200);
        QCOMPARE(emails(reply.array()),
                 (QStringList{u"search.one@finder.example"_s, u"search.two@finder.example"_s,
                              u"under_score@finder.example"_s}));
        QCOMPARE(reply.array().first().toObject(),
                 (QJsonObject{{u"first_name"_s, u"Quentin"_s},
                              {u"last_name"_s, u"Blackwood"_s},
                              {u"email"_s, u"search.one@finder.example"_s}}));
        // First and last names, case-insensitively.
        QCOMPARE(emails(user->get(u"/users/search?q=qu"_s).array()),
                 (QStringList{u"search.one@finder.example"_s, u"search.two@finder.example"_s}));
        QCOMPARE(emails(user->get(u"/users/search?q=ROSA"_s).array()),
                 QStringList{u"search.two@finder.example"_s});
        QCOMPARE(user->get(u"/users/search?q=nobody-matches-this"_s).array(), QJsonArray{});
        // LIKE wildcards in q are literal characters.
        QCOMPARE(emails(user->get(u"/users/search?q=%25"_s).array()),
                 QStringList{u"under_score@finder.example"_s});
        QCOMPARE(emails(user->get(u"/users/search?q=_"_s).array()),
                 QStringList{u"under_score@finder.example"_s});
        QCOMPARE(emails(user->get(u"/users/search?q=r%25c"_s).array()),
                 QStringList{u"under_score@finder.example"_s});
        QCOMPARE(user->get(u"/users/search?q=search_one"_s).array(), QJsonArray{});
        QCOMPARE(user->get(u"/users/search?q=%5C"_s).array(), QJsonArray{});

        reply = user->get(u"/users/search?q=finder&limit=2&offset=1"_s);
        QCOMPARE(reply.status, 200);
        QCOMPARE(emails(reply.array()),
                 (QStringList{u"search.two@finder.example"_s, u"under_score@finder.example"_s}));
        QCOMPARE(reply.header("X-Total-Count"), "3"_ba);
    }

    void userAddCommand()
    {
        QByteArray output;
        QCOMPARE(m_server.runCommand({u"user"_s, u"add"_s, u"Cli@Example.com"_s, u"--first-name"_s,
                                      u"Cleo"_s, u"--last-name"_s, u"Line"_s},
                                     kPassword.toUtf8() + '\n', &output),
                 0);
        QVERIFY2(output.contains("cli@example.com"), output.constData());
        const QString session = client()->login(u"cli@example.com"_s, kPassword);
        QVERIFY(!session.isEmpty());
        QCOMPARE(client(session)->get(u"/users/info"_s).object(),
                 (QJsonObject{{u"first_name"_s, u"Cleo"_s},
                              {u"last_name"_s, u"Line"_s},
                              {u"email"_s, u"cli@example.com"_s}}));

        QVERIFY(m_server.runCommand({u"user"_s, u"add"_s, u"cli@example.com"_s},
                                    kPassword.toUtf8() + '\n', &output) != 0);
        QVERIFY2(output.contains("exists already"), output.constData());
        QVERIFY(m_server.runCommand({u"user"_s, u"add"_s, u"weak@example.com"_s}, "short\n"_ba,
                                    &output) != 0);
        QVERIFY2(output.contains("at least"), output.constData());
        QVERIFY(m_server.runCommand({u"user"_s, u"add"_s, u"not-an-email"_s},
                                    kPassword.toUtf8() + '\n', &output) != 0);
        QCOMPARE(userId(u"weak@example.com"_s), -1);
    }
};

QTEST_GUILESS_MAIN(TestUserEndpoints)
#include "tst_userendpoints.moc"
