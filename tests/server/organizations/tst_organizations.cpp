// SPDX-License-Identifier: GPL-3.0-or-later
// POST/GET/PATCH/DELETE /organizations[/{org}] against a real keyward-server.
#include "orgtestsupport.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace keyward::test;
using namespace keyward::test::orgs;

class TestOrganizations final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void createAnswers201WithLocationAndDefaultToken();
    void createMakesTheCreatorAdmin();
    void createWorksWithBasicScheme();
    void createRefusesInvalidBodies_data();
    void createRefusesInvalidBodies();
    void createRefusesDuplicates();
    void createNeedsCredentials();
    void createIsAudited();

    void getShowsValuesToAdminsOnly();
    void getRefusesViewersAndNonMembers();
    void getUnknownIs404ForEverybody();
    void showTokensOnceHidesValuesAfterCreate();

    void patchChangesFieldsAndAnswersWholeOrganization();
    void patchRefusesBadBodies_data();
    void patchRefusesBadBodies();
    void patchNeedsAdmin();
    void patchUnknownIs404();

    void deleteRefusedWhileTeamsExist();
    void deleteRevokesTokensAndRemovesEverything();
    void deleteNeedsAdmin();
    void deleteUnknownIs404();

private:
    /// Creates \p name with \p owner and adds \p member / \p viewer (existing
    /// users) with those roles.
    QJsonObject createOrganization(HttpClient &owner, const QString &name);

    ServerProcess m_server;
    std::unique_ptr<HttpClient> m_admin;
    std::unique_ptr<HttpClient> m_member;
    std::unique_ptr<HttpClient> m_viewer;
    std::unique_ptr<HttpClient> m_outsider;
    std::unique_ptr<HttpClient> m_anonymous;
};

void TestOrganizations::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.lastError()));
    m_admin = loggedIn(m_server, u"admin@orgs.test"_s);
    m_member = loggedIn(m_server, u"member@orgs.test"_s);
    m_viewer = loggedIn(m_server, u"viewer@orgs.test"_s, HttpClient::Scheme::Basic);
    m_outsider = loggedIn(m_server, u"outsider@orgs.test"_s);
    QVERIFY(m_admin && m_member && m_viewer && m_outsider);
    m_anonymous = std::make_unique<HttpClient>(m_server.baseUrl());
}

void TestOrganizations::cleanupTestCase()
{
    QVERIFY(m_server.stop());
}

QJsonObject TestOrganizations::createOrganization(HttpClient &owner, const QString &name)
{
    const auto created = owner.post(u"/organizations"_s, organizationBody(name));
    if (created.status != 201) {
        qWarning("creating %s: %d %s", qPrintable(name), created.status,
                 qPrintable(created.detail()));
        return {};
    }
    const auto member = owner.post(u"/organizations/%1/users"_s.arg(name),
                                   memberBody(u"member@orgs.test"_s, u"member"_s));
    const auto viewer = owner.post(u"/organizations/%1/users"_s.arg(name),
                                   memberBody(u"viewer@orgs.test"_s, u"viewer"_s));
    if (member.status != 202 || viewer.status != 202)
        qWarning("adding members to %s: %d %d", qPrintable(name), member.status, viewer.status);
    return created.object();
}

void TestOrganizations::createAnswers201WithLocationAndDefaultToken()
{
    const auto reply = m_admin->post(u"/organizations"_s, organizationBody(u"acme"_s));
    QCOMPARE(reply.status, 201);
    QCOMPARE(QString::fromUtf8(reply.header("Location")),
             m_server.baseUrl() + u"/organizations/acme"_s);
    QVERIFY(QUrl(QString::fromUtf8(reply.header("Location"))).isValid());
    QVERIFY(!QUrl(QString::fromUtf8(reply.header("Location"))).isRelative());

    const QJsonObject body = reply.object();
    QCOMPARE(body.value(u"name"_s).toString(), u"acme"_s);
    QCOMPARE(body.value(u"email"_s).toString(), u"ops@acme.example"_s);
    QCOMPARE(body.value(u"notification_url"_s).toString(), u"https://acme.example/notify"_s);
    const QJsonArray tokens = body.value(u"tokens"_s).toArray();
    QCOMPARE(tokens.size(), 1);
    const QJsonObject token = tokens.first().toObject();
    QCOMPARE(token.value(u"description"_s).toString(), u"default"_s);
    QVERIFY(!token.value(u"id"_s).toString().isEmpty());
    QCOMPARE(token.value(u"value"_s).toString().count(u'.'), 2); // a compact JWS
    QVERIFY(token.value(u"expires"_s).isNull());                 // never expires
    QCOMPARE(token.value(u"scopes"_s).toArray(), QJsonArray{u"metrics:write"_s});

    // What the Location names is what GET answers.
    const auto read = m_admin->get(u"/organizations/acme"_s);
    QCOMPARE(read.status, 200);
    QCOMPARE(read.object().value(u"tokens"_s).toArray(), tokens);
}

void TestOrganizations::createMakesTheCreatorAdmin()
{
    QVERIFY(!createOrganization(*m_admin, u"creator-check"_s).isEmpty());
    const auto users = m_admin->get(u"/organizations/creator-check/users"_s);
    QCOMPARE(users.status, 200);
    bool found = false;
    for (const QJsonValue &entry : users.array()) {
        const QJsonObject membership = entry.toObject();
        if (membership.value(u"user"_s).toObject().value(u"email"_s).toString() ==
            u"admin@orgs.test"_s) {
            QCOMPARE(membership.value(u"role"_s).toString(), u"admin"_s);
            found = true;
        }
    }
    QVERIFY(found);
}

void TestOrganizations::createWorksWithBasicScheme()
{
    // m_viewer presents its session as the Basic user name.
    const auto reply = m_viewer->post(u"/organizations"_s, organizationBody(u"basic-org"_s));
    QCOMPARE(reply.status, 201);
    QCOMPARE(m_viewer->get(u"/organizations/basic-org"_s).status, 200);
}

void TestOrganizations::createRefusesInvalidBodies_data()
{
    QTest::addColumn<QJsonObject>("body");
    QJsonObject valid = organizationBody(u"valid-name"_s);
    auto without = [&](const QString &key) {
        QJsonObject body = valid;
        body.remove(key);
        return body;
    };
    auto with = [&](const QString &key, const QJsonValue &value) {
        QJsonObject body = valid;
        body.insert(key, value);
        return body;
    };
    QTest::newRow("no name") << without(u"name"_s);
    QTest::newRow("no email") << without(u"email"_s);
    QTest::newRow("no notification_url") << without(u"notification_url"_s);
    QTest::newRow("name with space") << with(u"name"_s, u"two words"_s);
    QTest::newRow("name with slash") << with(u"name"_s, u"a/b"_s);
    QTest::newRow("name starting with dash") << with(u"name"_s, u"-acme"_s);
    QTest::newRow("empty name") << with(u"name"_s, u""_s);
    QTest::newRow("name too long") << with(u"name"_s, QString(65, u'a'));
    QTest::newRow("name not a string") << with(u"name"_s, 42);
    QTest::newRow("invalid email") << with(u"email"_s, u"not-an-address"_s);
}

void TestOrganizations::createRefusesInvalidBodies()
{
    QFETCH(QJsonObject, body);
    const auto reply = m_admin->post(u"/organizations"_s, body);
    QCOMPARE(reply.status, 400);
    QVERIFY(!reply.detail().isEmpty());
    QCOMPARE(m_admin->get(u"/organizations/valid-name"_s).status, 404);
}

void TestOrganizations::createRefusesDuplicates()
{
    QCOMPARE(m_admin->post(u"/organizations"_s, organizationBody(u"twice"_s)).status, 201);
    const auto again = m_outsider->post(u"/organizations"_s, organizationBody(u"twice"_s));
    QCOMPARE(again.status, 409);
    QVERIFY(again.detail().contains(u"twice"_s));
    // The loser did not become a member of the winner's organization.
    QCOMPARE(m_outsider->get(u"/organizations/twice"_s).status, 403);
}

void TestOrganizations::createNeedsCredentials()
{
    const auto reply = m_anonymous->post(u"/organizations"_s, organizationBody(u"anonymous-org"_s));
    QCOMPARE(reply.status, 401);
    QVERIFY(!reply.header("WWW-Authenticate").isEmpty());
}

void TestOrganizations::createIsAudited()
{
    QVERIFY(!createOrganization(*m_admin, u"audited"_s).isEmpty());
    const auto audit = m_admin->get(u"/organizations/audited/audit"_s);
    QCOMPARE(audit.status, 200);
    QStringList actions;
    for (const QJsonValue &event : audit.array())
        actions.append(event.toObject().value(u"action"_s).toString());
    QVERIFY2(actions.contains(u"organization.create"_s), qPrintable(actions.join(u' ')));
    QVERIFY2(actions.contains(u"member.add"_s), qPrintable(actions.join(u' ')));
    QVERIFY(!audit.body.contains("eyJ")); // no token value in any detail
}

void TestOrganizations::getShowsValuesToAdminsOnly()
{
    QVERIFY(!createOrganization(*m_admin, u"secrets"_s).isEmpty());

    const auto asAdmin = m_admin->get(u"/organizations/secrets"_s);
    QCOMPARE(asAdmin.status, 200);
    QCOMPARE(asAdmin.object().value(u"name"_s).toString(), u"secrets"_s);
    QCOMPARE(asAdmin.object().value(u"email"_s).toString(), u"ops@secrets.example"_s);
    QVERIFY(everyTokenHasValue(asAdmin.object().value(u"tokens"_s).toArray()));

    const auto asMember = m_member->get(u"/organizations/secrets"_s);
    QCOMPARE(asMember.status, 200);
    const QJsonArray memberTokens = asMember.object().value(u"tokens"_s).toArray();
    QVERIFY(noTokenHasValue(memberTokens));
    QCOMPARE(tokenIds(memberTokens), tokenIds(asAdmin.object().value(u"tokens"_s).toArray()));
    QCOMPARE(memberTokens.first().toObject().value(u"description"_s).toString(), u"default"_s);
}

void TestOrganizations::getRefusesViewersAndNonMembers()
{
    QVERIFY(!createOrganization(*m_admin, u"private"_s).isEmpty());
    const auto asViewer = m_viewer->get(u"/organizations/private"_s);
    QCOMPARE(asViewer.status, 403);
    QVERIFY(!asViewer.detail().isEmpty());
    QCOMPARE(m_outsider->get(u"/organizations/private"_s).status, 403);
}

void TestOrganizations::getUnknownIs404ForEverybody()
{
    QCOMPARE(m_admin->get(u"/organizations/no-such-org"_s).status, 404);
    QCOMPARE(m_outsider->get(u"/organizations/no-such-org"_s).status, 404);
    QCOMPARE(m_anonymous->get(u"/organizations/no-such-org"_s).status, 401);
}

void TestOrganizations::showTokensOnceHidesValuesAfterCreate()
{
    ServerProcess server;
    QVERIFY2(server.start({u"--show-tokens-once"_s}), qPrintable(server.lastError()));
    const auto admin = loggedIn(server, u"once@orgs.test"_s);
    QVERIFY(admin);
    const auto created = admin->post(u"/organizations"_s, organizationBody(u"once"_s));
    QCOMPARE(created.status, 201);
    QVERIFY(everyTokenHasValue(created.object().value(u"tokens"_s).toArray()));
    const auto read = admin->get(u"/organizations/once"_s);
    QCOMPARE(read.status, 200);
    QVERIFY(noTokenHasValue(read.object().value(u"tokens"_s).toArray()));
    QVERIFY(server.stop());
}

void TestOrganizations::patchChangesFieldsAndAnswersWholeOrganization()
{
    QVERIFY(!createOrganization(*m_admin, u"patched"_s).isEmpty());
    const auto reply = m_admin->patch(
        u"/organizations/patched"_s,
        QJsonObject{{u"email"_s, u"new@patched.example"_s}, {u"name"_s, u"ignored"_s}});
    QCOMPARE(reply.status, 200);
    const QJsonObject body = reply.object();
    QCOMPARE(body.value(u"name"_s).toString(), u"patched"_s);
    QCOMPARE(body.value(u"email"_s).toString(), u"new@patched.example"_s);
    QCOMPARE(body.value(u"notification_url"_s).toString(), u"https://patched.example/notify"_s);
    QCOMPARE(body.value(u"tokens"_s).toArray().size(), 1);

    const auto url =
        m_admin->patch(u"/organizations/patched"_s,
                       QJsonObject{{u"notification_url"_s, u"https://hooks.example/x"_s}});
    QCOMPARE(url.status, 200);
    const auto read = m_member->get(u"/organizations/patched"_s);
    QCOMPARE(read.object().value(u"email"_s).toString(), u"new@patched.example"_s);
    QCOMPARE(read.object().value(u"notification_url"_s).toString(), u"https://hooks.example/x"_s);
}

void TestOrganizations::patchRefusesBadBodies_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::newRow("nothing to change") << QJsonObject{};
    QTest::newRow("only unknown fields") << QJsonObject{{u"name"_s, u"renamed"_s}};
    QTest::newRow("invalid email") << QJsonObject{{u"email"_s, u"nope"_s}};
    QTest::newRow("email not a string") << QJsonObject{{u"email"_s, 7}};
}

void TestOrganizations::patchRefusesBadBodies()
{
    QFETCH(QJsonObject, body);
    static bool created = false;
    if (!created)
        QVERIFY(!createOrganization(*m_admin, u"patch-bad"_s).isEmpty());
    created = true;
    const auto reply = m_admin->patch(u"/organizations/patch-bad"_s, body);
    QCOMPARE(reply.status, 400);
    QVERIFY(!reply.detail().isEmpty());
}

void TestOrganizations::patchNeedsAdmin()
{
    QVERIFY(!createOrganization(*m_admin, u"patch-roles"_s).isEmpty());
    const QJsonObject body{{u"email"_s, u"x@y.example"_s}};
    QCOMPARE(m_member->patch(u"/organizations/patch-roles"_s, body).status, 403);
    QCOMPARE(m_viewer->patch(u"/organizations/patch-roles"_s, body).status, 403);
    QCOMPARE(m_outsider->patch(u"/organizations/patch-roles"_s, body).status, 403);
    QCOMPARE(m_admin->get(u"/organizations/patch-roles"_s).object().value(u"email"_s).toString(),
             u"ops@patch-roles.example"_s);
}

void TestOrganizations::patchUnknownIs404()
{
    QCOMPARE(
        m_admin->patch(u"/organizations/nowhere"_s, QJsonObject{{u"email"_s, u"x@y.example"_s}})
            .status,
        404);
}

void TestOrganizations::deleteRefusedWhileTeamsExist()
{
    QVERIFY(!createOrganization(*m_admin, u"with-teams"_s).isEmpty());
    QCOMPARE(m_admin->post(u"/organizations/with-teams/teams"_s, QJsonObject{{u"name"_s, u"ops"_s}})
                 .status,
             201);
    const auto refused = m_admin->del(u"/organizations/with-teams"_s);
    QCOMPARE(refused.status, 400);
    QVERIFY2(refused.detail().contains(u"team"_s), qPrintable(refused.detail()));
    QCOMPARE(m_admin->get(u"/organizations/with-teams"_s).status, 200);

    QCOMPARE(m_admin->del(u"/organizations/with-teams/teams/ops"_s).status, 204);
    QCOMPARE(m_admin->del(u"/organizations/with-teams"_s).status, 204);
}

void TestOrganizations::deleteRevokesTokensAndRemovesEverything()
{
    const QJsonObject created = createOrganization(*m_admin, u"doomed"_s);
    QVERIFY(!created.isEmpty());
    const QStringList ids = tokenIds(created.value(u"tokens"_s).toArray());
    QCOMPARE(ids.size(), 1);
    for (const QString &id : ids)
        QVERIFY(!revokedIds(*m_admin).contains(id));

    const auto deleted = m_admin->del(u"/organizations/doomed"_s);
    QCOMPARE(deleted.status, 204);
    QVERIFY(deleted.body.isEmpty());

    const QSet<QString> revoked = revokedIds(*m_member);
    for (const QString &id : ids)
        QVERIFY2(revoked.contains(id), qPrintable(id));
    QCOMPARE(m_admin->get(u"/organizations/doomed"_s).status, 404);
    QCOMPARE(m_member->get(u"/organizations/doomed/users"_s).status, 404);
    // The name is free again, and the new organization starts empty.
    QCOMPARE(m_outsider->post(u"/organizations"_s, organizationBody(u"doomed"_s)).status, 201);
    const auto users = m_outsider->get(u"/organizations/doomed/users"_s);
    QCOMPARE(users.status, 200);
    QCOMPARE(users.array().size(), 1);
    QCOMPARE(m_member->get(u"/organizations/doomed"_s).status, 403);
}

void TestOrganizations::deleteNeedsAdmin()
{
    QVERIFY(!createOrganization(*m_admin, u"sturdy"_s).isEmpty());
    QCOMPARE(m_member->del(u"/organizations/sturdy"_s).status, 403);
    QCOMPARE(m_viewer->del(u"/organizations/sturdy"_s).status, 403);
    QCOMPARE(m_outsider->del(u"/organizations/sturdy"_s).status, 403);
    QCOMPARE(m_admin->get(u"/organizations/sturdy"_s).status, 200);
}

void TestOrganizations::deleteUnknownIs404()
{
    QCOMPARE(m_admin->del(u"/organizations/never-was"_s).status, 404);
}

QTEST_GUILESS_MAIN(TestOrganizations)
#include "tst_organizations.moc"
