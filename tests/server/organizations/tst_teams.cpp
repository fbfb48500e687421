// SPDX-License-Identifier: GPL-3.0-or-later
// GET/POST /organizations/{org}/teams and GET/DELETE …/teams/{team} against a
// real keyward-server.
#include "orgtestsupport.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace keyward::test;
using namespace keyward::test::orgs;

class TestTeams final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void createAnswers201WithLocationAndDefaultToken();
    void createStartsWithoutUsers();
    void createRefusesInvalidNames_data();
    void createRefusesInvalidNames();
    void createRefusesDuplicates();
    void createNeedsOrganizationAdmin();
    void createInUnknownOrganizationIs404();

    void listShowsValuesToAdminsOnly();
    void listRefusesViewersAndNonMembers();
    void listPagesWithTotalCount();
    void listNamesOnly();
    void listNamesOnlyPagesWithTotalCount();
    void listNamesOnlyIsNotAudited();
    void listNamesOnlyRefusesOtherFieldsAndRoles();
    void listNamesOnlyIgnoredWhenCaveCompatible();

    void getAsOrganizationAdminShowsValues();
    void getAsTeamAdminWhoIsNoOrganizationMember();
    void teamMemberCanReadTeamButNotOrganization();
    void getRefusesTeamViewersAndOrganizationMembersOutsideTheTeam();
    void getUnknownTeamIs404();

    void deleteRevokesTokens();
    void deleteByTeamAdmin();
    void deleteNeedsTeamAdmin();
    void deleteUnknownTeamIs404();

private:
    bool createOrganization(const QString &name);
    int auditCount(const QString &org);
    QJsonObject createTeam(const QString &org, const QString &team);

    ServerProcess m_server;
    std::unique_ptr<HttpClient> m_admin;    ///< creates every organization
    std::unique_ptr<HttpClient> m_member;   ///< organization member (added per test)
    std::unique_ptr<HttpClient> m_viewer;   ///< organization viewer (added per test)
    std::unique_ptr<HttpClient> m_teamUser; ///< team-only user (added per test)
    std::unique_ptr<HttpClient> m_outsider;
};

void TestTeams::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.lastError()));
    m_admin = loggedIn(m_server, u"admin@teams.test"_s);
    m_member = loggedIn(m_server, u"member@teams.test"_s);
    m_viewer = loggedIn(m_server, u"viewer@teams.test"_s);
    m_teamUser = loggedIn(m_server, u"teamuser@teams.test"_s, HttpClient::Scheme::Basic);
    m_outsider = loggedIn(m_server, u"outsider@teams.test"_s);
    QVERIFY(m_admin && m_member && m_viewer && m_teamUser && m_outsider);
}

void TestTeams::cleanupTestCase()
{
    QVERIFY(m_server.stop());
}

bool TestTeams::createOrganization(const QString &name)
{
    if (m_admin->post(u"/organizations"_s, organizationBody(name)).status != 201)
        return false;
    const QString users = u"/organizations/%1/users"_s.arg(name);
    return m_admin->post(users, memberBody(u"member@teams.test"_s, u"member"_s)).status == 202 &&
           m_admin->post(users, memberBody(u"viewer@teams.test"_s, u"viewer"_s)).status == 202;
}

QJsonObject TestTeams::createTeam(const QString &org, const QString &team)
{
    const auto reply =
        m_admin->post(u"/organizations/%1/teams"_s.arg(org), QJsonObject{{u"name"_s, team}});
    if (reply.status != 201)
        qWarning("creating team %s: %d %s", qPrintable(team), reply.status,
                 qPrintable(reply.detail()));
    return reply.status == 201 ? reply.object() : QJsonObject{};
}

void TestTeams::createAnswers201WithLocationAndDefaultToken()
{
    QVERIFY(createOrganization(u"t-create"_s));
    const auto reply = m_admin->post(u"/organizations/t-create/teams"_s,
                                     QJsonObject{{u"name"_s, u"ops"_s}, {u"org"_s, u"ignored"_s}});
    QCOMPARE(reply.status, 201);
    QCOMPARE(QString::fromUtf8(reply.header("Location")),
             m_server.baseUrl() + u"/organizations/t-create/teams/ops"_s);
    QCOMPARE(reply.object().value(u"name"_s).toString(), u"ops"_s);
    const QJsonArray tokens = reply.object().value(u"tokens"_s).toArray();
    QCOMPARE(tokens.size(), 1);
    QCOMPARE(tokens.first().toObject().value(u"description"_s).toString(), u"default"_s);
    QCOMPARE(tokens.first().toObject().value(u"value"_s).toString().count(u'.'), 2);

    // Team tokens are the team's own: the organization still has only its one.
    QCOMPARE(
        m_admin->get(u"/organizations/t-create"_s).object().value(u"tokens"_s).toArray().size(), 1);
    const auto read = m_admin->get(u"/organizations/t-create/teams/ops"_s);
    QCOMPARE(read.status, 200);
    QCOMPARE(read.object().value(u"tokens"_s).toArray(), tokens);
}

void TestTeams::createStartsWithoutUsers()
{
    QVERIFY(createOrganization(u"t-empty"_s));
    QVERIFY(!createTeam(u"t-empty"_s, u"ops"_s).isEmpty());
    const auto users = m_admin->get(u"/organizations/t-empty/teams/ops/users"_s);
    QCOMPARE(users.status, 200);
    QCOMPARE(users.array().size(), 0);
}

void TestTeams::createRefusesInvalidNames_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::newRow("no name") << QJsonObject{};
    QTest::newRow("space") << QJsonObject{{u"name"_s, u"two words"_s}};
    QTest::newRow("slash") << QJsonObject{{u"name"_s, u"a/b"_s}};
    QTest::newRow("leading dot") << QJsonObject{{u"name"_s, u".hidden"_s}};
    QTest::newRow("not a string") << QJsonObject{{u"name"_s, true}};
}

void TestTeams::createRefusesInvalidNames()
{
    QFETCH(QJsonObject, body);
    static bool created = false;
    if (!created)
        QVERIFY(createOrganization(u"t-invalid"_s));
    created = true;
    const auto reply = m_admin->post(u"/organizations/t-invalid/teams"_s, body);
    QCOMPARE(reply.status, 400);
    QVERIFY(!reply.detail().isEmpty());
    QCOMPARE(m_admin->get(u"/organizations/t-invalid/teams"_s).array().size(), 0);
}

void TestTeams::createRefusesDuplicates()
{
    QVERIFY(createOrganization(u"t-dup"_s));
    QVERIFY(!createTeam(u"t-dup"_s, u"ops"_s).isEmpty());
    const auto again =
        m_admin->post(u"/organizations/t-dup/teams"_s, QJsonObject{{u"name"_s, u"ops"_s}});
    QCOMPARE(again.status, 409);
    QVERIFY(again.detail().contains(u"ops"_s));
    // Team names are unique per organization only.
    QVERIFY(createOrganization(u"t-dup2"_s));
    QVERIFY(!createTeam(u"t-dup2"_s, u"ops"_s).isEmpty());
}

void TestTeams::createNeedsOrganizationAdmin()
{
    QVERIFY(createOrganization(u"t-roles"_s));
    const QJsonObject body{{u"name"_s, u"ops"_s}};
    QCOMPARE(m_member->post(u"/organizations/t-roles/teams"_s, body).status, 403);
    QCOMPARE(m_viewer->post(u"/organizations/t-roles/teams"_s, body).status, 403);
    QCOMPARE(m_outsider->post(u"/organizations/t-roles/teams"_s, body).status, 403);
    QCOMPARE(m_admin->get(u"/organizations/t-roles/teams/ops"_s).status, 404);
}

void TestTeams::createInUnknownOrganizationIs404()
{
    QCOMPARE(m_admin->post(u"/organizations/t-nowhere/teams"_s, QJsonObject{{u"name"_s, u"ops"_s}})
                 .status,
             404);
}

void TestTeams::listShowsValuesToAdminsOnly()
{
    QVERIFY(createOrganization(u"t-list"_s));
    QVERIFY(!createTeam(u"t-list"_s, u"beta"_s).isEmpty());
    QVERIFY(!createTeam(u"t-list"_s, u"alpha"_s).isEmpty());

    const auto asAdmin = m_admin->get(u"/organizations/t-list/teams"_s);
    QCOMPARE(asAdmin.status, 200);
    const QJsonArray adminTeams = asAdmin.array();
    QCOMPARE(adminTeams.size(), 2);
    QCOMPARE(adminTeams.at(0).toObject().value(u"name"_s).toString(), u"alpha"_s);
    QCOMPARE(adminTeams.at(1).toObject().value(u"name"_s).toString(), u"beta"_s);
    QVERIFY(everyTokenHasValue(adminTeams.at(0).toObject().value(u"tokens"_s).toArray()));
    QVERIFY(asAdmin.header("X-Total-Count").isEmpty()); // unpaged lists come whole

    const auto asMember = m_member->get(u"/organizations/t-list/teams"_s);
    QCOMPARE(asMember.status, 200);
    QCOMPARE(asMember.array().size(), 2);
    for (const QJsonValue &team : asMember.array())
        QVERIFY(noTokenHasValue(team.toObject().value(u"tokens"_s).toArray()));
}

void TestTeams::listRefusesViewersAndNonMembers()
{
    QVERIFY(createOrganization(u"t-list-roles"_s));
    QCOMPARE(m_viewer->get(u"/organizations/t-list-roles/teams"_s).status, 403);
    QCOMPARE(m_outsider->get(u"/organizations/t-list-roles/teams"_s).status, 403);
    QCOMPARE(m_outsider->get(u"/organizations/t-list-none/teams"_s).status, 404);
}

void TestTeams::listPagesWithTotalCount()
{
    QVERIFY(createOrganization(u"t-paged"_s));
    for (const QString &name : {u"a1"_s, u"a2"_s, u"a3"_s})
        QVERIFY(!createTeam(u"t-paged"_s, name).isEmpty());
    const auto page = m_member->get(u"/organizations/t-paged/teams?limit=2&offset=1"_s);
    QCOMPARE(page.status, 200);
    QCOMPARE(page.header("X-Total-Count"), "3"_ba);
    QCOMPARE(page.array().size(), 2);
    QCOMPARE(page.array().at(0).toObject().value(u"name"_s).toString(), u"a2"_s);
    QCOMPARE(page.array().at(1).toObject().value(u"name"_s).toString(), u"a3"_s);
    QCOMPARE(m_member->get(u"/organizations/t-paged/teams?limit=x"_s).status, 400);
}

int TestTeams::auditCount(const QString &org)
{
    const auto audit = m_admin->get(u"/organizations/%1/audit?limit=1000"_s.arg(org));
    return audit.status == 200 ? int(audit.array().size()) : -1;
}

void TestTeams::listNamesOnly()
{
    QVERIFY(createOrganization(u"t-names"_s));
    for (const QString &name : {u"beta"_s, u"alpha"_s, u"gamma"_s})
        QVERIFY(!createTeam(u"t-names"_s, name).isEmpty());
    for (HttpClient *client : {m_admin.get(), m_member.get()}) {
        const auto reply = client->get(u"/organizations/t-names/teams?fields=name"_s);
        QCOMPARE(reply.status, 200);
        QVERIFY(reply.header("X-Total-Count").isEmpty()); // unpaged lists come whole
        const QJsonArray teams = reply.array();
        QCOMPARE(teams.size(), 3);
        QStringList names;
        for (const QJsonValue &team : teams) {
            // No tokens at all, not even without values.
            QCOMPARE(team.toObject().keys(), QStringList{u"name"_s});
            names.append(team.toObject().value(u"name"_s).toString());
        }
        QCOMPARE(names, (QStringList{u"alpha"_s, u"beta"_s, u"gamma"_s}));
    }
}

void TestTeams::listNamesOnlyPagesWithTotalCount()
{
    QVERIFY(createOrganization(u"t-names-paged"_s));
    for (const QString &name : {u"n1"_s, u"n2"_s, u"n3"_s, u"n4"_s})
        QVERIFY(!createTeam(u"t-names-paged"_s, name).isEmpty());
    const auto page =
        m_member->get(u"/organizations/t-names-paged/teams?fields=name&limit=2&offset=1"_s);
    QCOMPARE(page.status, 200);
    QCOMPARE(page.header("X-Total-Count"), "4"_ba);
    QCOMPARE(page.array(),
             (QJsonArray{QJsonObject{{u"name"_s, u"n2"_s}}, QJsonObject{{u"name"_s, u"n3"_s}}}));
    const auto tail = m_admin->get(u"/organizations/t-names-paged/teams?offset=3&fields=name"_s);
    QCOMPARE(tail.status, 200);
    QCOMPARE(tail.header("X-Total-Count"), "4"_ba);
    QCOMPARE(tail.array(), (QJsonArray{QJsonObject{{u"name"_s, u"n4"_s}}}));
    QCOMPARE(m_member->get(u"/organizations/t-names-paged/teams?fields=name&limit=x"_s).status,
             400);
}

void TestTeams::listNamesOnlyIsNotAudited()
{
    QVERIFY(createOrganization(u"t-names-audit"_s));
    QVERIFY(!createTeam(u"t-names-audit"_s, u"ops"_s).isEmpty());
    const int before = auditCount(u"t-names-audit"_s);
    QVERIFY(before > 0);
    QCOMPARE(m_admin->get(u"/organizations/t-names-audit/teams?fields=name"_s).status, 200);
    QCOMPARE(m_member->get(u"/organizations/t-names-audit/teams?fields=name"_s).status, 200);
    QCOMPARE(auditCount(u"t-names-audit"_s), before);
    // The whole listing reads values as an admin, and that is audited: the
    // count above would have seen it.
    QCOMPARE(m_admin->get(u"/organizations/t-names-audit/teams"_s).status, 200);
    QVERIFY(auditCount(u"t-names-audit"_s) > before);
}

void TestTeams::listNamesOnlyRefusesOtherFieldsAndRoles()
{
    QVERIFY(createOrganization(u"t-names-roles"_s));
    const QString path = u"/organizations/t-names-roles/teams?fields="_s;
    for (const QString &value : {u"tokens"_s, u"name,tokens"_s, QString()}) {
        const auto reply = m_admin->get(path + value);
        QCOMPARE(reply.status, 400);
        QVERIFY(reply.detail().contains(u"fields"_s));
    }
    QCOMPARE(m_viewer->get(path + u"name"_s).status, 403);
    QCOMPARE(m_outsider->get(path + u"name"_s).status, 403);
    QCOMPARE(m_teamUser->get(path + u"name"_s).status, 403);
    QCOMPARE(m_admin->get(u"/organizations/t-names-none/teams?fields=name"_s).status, 404);
}

void TestTeams::listNamesOnlyIgnoredWhenCaveCompatible()
{
    // A plain CAVE server knows no `fields`: whole teams come back, and the
    // app's names-only call must read them (tst_navigationtree's side).
    ServerProcess cave;
    QVERIFY2(cave.start({u"--cave-compatible"_s}), qPrintable(cave.lastError()));
    const auto admin = loggedIn(cave, u"admin@cave.test"_s);
    QVERIFY(admin);
    QCOMPARE(admin->post(u"/organizations"_s, organizationBody(u"t-cave"_s)).status, 201);
    QCOMPARE(
        admin->post(u"/organizations/t-cave/teams"_s, QJsonObject{{u"name"_s, u"ops"_s}}).status,
        201);
    const auto reply = admin->get(u"/organizations/t-cave/teams?fields=name"_s);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.array().size(), 1);
    const QJsonObject team = reply.array().first().toObject();
    QCOMPARE(team.value(u"name"_s).toString(), u"ops"_s);
    QVERIFY(everyTokenHasValue(team.value(u"tokens"_s).toArray()));
    QCOMPARE(admin->get(u"/organizations/t-cave/teams?fields=bogus"_s).status, 200);
    QVERIFY(cave.stop());
}

void TestTeams::getAsOrganizationAdminShowsValues()
{
    QVERIFY(createOrganization(u"t-get"_s));
    const QJsonObject created = createTeam(u"t-get"_s, u"ops"_s);
    // The organization admin is not a team member, yet acts as team admin.
    const auto reply = m_admin->get(u"/organizations/t-get/teams/ops"_s);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.object().value(u"name"_s).toString(), u"ops"_s);
    QVERIFY(everyTokenHasValue(reply.object().value(u"tokens"_s).toArray()));
    QCOMPARE(reply.object().value(u"tokens"_s).toArray(), created.value(u"tokens"_s).toArray());
}

void TestTeams::getAsTeamAdminWhoIsNoOrganizationMember()
{
    QVERIFY(createOrganization(u"t-teamadmin"_s));
    QVERIFY(!createTeam(u"t-teamadmin"_s, u"ops"_s).isEmpty());
    QCOMPARE(m_admin
                 ->post(u"/organizations/t-teamadmin/teams/ops/users"_s,
                        memberBody(u"outsider@teams.test"_s, u"admin"_s))
                 .status,
             202);
    const auto reply = m_outsider->get(u"/organizations/t-teamadmin/teams/ops"_s);
    QCOMPARE(reply.status, 200);
    QVERIFY(everyTokenHasValue(reply.object().value(u"tokens"_s).toArray()));
    QCOMPARE(m_outsider->get(u"/organizations/t-teamadmin"_s).status, 403);
}

void TestTeams::teamMemberCanReadTeamButNotOrganization()
{
    QVERIFY(createOrganization(u"t-teamonly"_s));
    QVERIFY(!createTeam(u"t-teamonly"_s, u"ops"_s).isEmpty());
    QCOMPARE(m_admin
                 ->post(u"/organizations/t-teamonly/teams/ops/users"_s,
                        memberBody(u"teamuser@teams.test"_s, u"member"_s))
                 .status,
             202);
    const auto team = m_teamUser->get(u"/organizations/t-teamonly/teams/ops"_s); // Basic scheme
    QCOMPARE(team.status, 200);
    QVERIFY(noTokenHasValue(team.object().value(u"tokens"_s).toArray()));
    QCOMPARE(m_teamUser->get(u"/organizations/t-teamonly"_s).status, 403);
    QCOMPARE(m_teamUser->get(u"/organizations/t-teamonly/teams"_s).status, 403);
}

void TestTeams::getRefusesTeamViewersAndOrganizationMembersOutsideTheTeam()
{
    QVERIFY(createOrganization(u"t-get-roles"_s));
    QVERIFY(!createTeam(u"t-get-roles"_s, u"ops"_s).isEmpty());
    QCOMPARE(m_admin
                 ->post(u"/organizations/t-get-roles/teams/ops/users"_s,
                        memberBody(u"teamuser@teams.test"_s, u"viewer"_s))
                 .status,
             202);
    QCOMPARE(m_teamUser->get(u"/organizations/t-get-roles/teams/ops"_s).status, 403);
    // Organization members are not team members.
    QCOMPARE(m_member->get(u"/organizations/t-get-roles/teams/ops"_s).status, 403);
    QCOMPARE(m_outsider->get(u"/organizations/t-get-roles/teams/ops"_s).status, 403);
}

void TestTeams::getUnknownTeamIs404()
{
    QVERIFY(createOrganization(u"t-get-none"_s));
    QCOMPARE(m_admin->get(u"/organizations/t-get-none/teams/nope"_s).status, 404);
    QCOMPARE(m_outsider->get(u"/organizations/t-get-none/teams/nope"_s).status, 404);
    QCOMPARE(m_outsider->get(u"/organizations/t-no-org/teams/nope"_s).status, 404);
}

void TestTeams::deleteRevokesTokens()
{
    QVERIFY(createOrganization(u"t-del"_s));
    const QJsonObject created = createTeam(u"t-del"_s, u"ops"_s);
    const QStringList ids = tokenIds(created.value(u"tokens"_s).toArray());
    QCOMPARE(ids.size(), 1);
    QVERIFY(!revokedIds(*m_admin).contains(ids.first()));

    const auto deleted = m_admin->del(u"/organizations/t-del/teams/ops"_s);
    QCOMPARE(deleted.status, 204);
    QVERIFY(revokedIds(*m_member).contains(ids.first()));
    QCOMPARE(m_admin->get(u"/organizations/t-del/teams/ops"_s).status, 404);
    QCOMPARE(m_admin->get(u"/organizations/t-del/teams"_s).array().size(), 0);
    // The organization's own token is untouched.
    QCOMPARE(m_admin->get(u"/organizations/t-del"_s).object().value(u"tokens"_s).toArray().size(),
             1);
}

void TestTeams::deleteByTeamAdmin()
{
    QVERIFY(createOrganization(u"t-del-teamadmin"_s));
    QVERIFY(!createTeam(u"t-del-teamadmin"_s, u"ops"_s).isEmpty());
    QCOMPARE(m_admin
                 ->post(u"/organizations/t-del-teamadmin/teams/ops/users"_s,
                        memberBody(u"teamuser@teams.test"_s, u"admin"_s))
                 .status,
             202);
    QCOMPARE(m_teamUser->del(u"/organizations/t-del-teamadmin/teams/ops"_s).status, 204);
    QCOMPARE(m_admin->get(u"/organizations/t-del-teamadmin/teams/ops"_s).status, 404);
}

void TestTeams::deleteNeedsTeamAdmin()
{
    QVERIFY(createOrganization(u"t-del-roles"_s));
    QVERIFY(!createTeam(u"t-del-roles"_s, u"ops"_s).isEmpty());
    QCOMPARE(m_admin
                 ->post(u"/organizations/t-del-roles/teams/ops/users"_s,
                        memberBody(u"teamuser@teams.test"_s, u"member"_s))
                 .status,
             202);
    QCOMPARE(m_teamUser->del(u"/organizations/t-del-roles/teams/ops"_s).status, 403);
    QCOMPARE(m_member->del(u"/organizations/t-del-roles/teams/ops"_s).status, 403);
    QCOMPARE(m_outsider->del(u"/organizations/t-del-roles/teams/ops"_s).status, 403);
    QCOMPARE(m_admin->get(u"/organizations/t-del-roles/teams/ops"_s).status, 200);
}

void TestTeams::deleteUnknownTeamIs404()
{
    QVERIFY(createOrganization(u"t-del-none"_s));
    QCOMPARE(m_admin->del(u"/organizations/t-del-none/teams/ghost"_s).status, 404);
    QCOMPARE(m_admin->del(u"/organizations/t-ghost-org/teams/ghost"_s).status, 404);
}

QTEST_GUILESS_MAIN(TestTeams)
#include "tst_teams.moc"
