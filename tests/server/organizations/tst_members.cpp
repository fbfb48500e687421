// SPDX-License-Identifier: GPL-3.0-or-later
// Members of organizations and teams (…/users[/{email}]) against a real
// keyward-server, including invitations of addresses without an account.
#include "orgtestsupport.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace keyward::test;
using namespace keyward::test::orgs;

class TestMembers final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void listIsSortedByEmailWithUserFields();
    void listPagesWithTotalCount();
    void listRefusesViewersAndNonMembers();
    void listUnknownOrganizationIs404();

    void addExistingUserAnswers202WithMembership();
    void addRefusesExistingMembers();
    void addRefusesBadBodies_data();
    void addRefusesBadBodies();
    void addNeedsAdmin();
    void addUnknownEmailInvitesAndRegistrationApplies();
    void addUnknownEmailToTeamAppliesOnUserAdd();
    void addRefusesSecondInvitation();
    void addIsAudited();

    void changeRoleAnswers202WithMembership();
    void changeRoleErrors();
    void removeMember();
    void removeErrors();
    void removeWithdrawsInvitation();
    void emailsInPathsAreDecodedAndCaseInsensitive();

    void teamMembersLifecycle();
    void teamErrors();
    void teamAdminWhoIsNoOrganizationMemberManagesTeam();

private:
    bool createOrganization(const QString &name);
    QStringList memberEmails(const QString &path);
    QString roleOf(const QString &path, const QString &email);

    ServerProcess m_server;
    std::unique_ptr<HttpClient> m_admin;
    std::unique_ptr<HttpClient> m_member;
    std::unique_ptr<HttpClient> m_viewer;
    std::unique_ptr<HttpClient> m_other;
};

void TestMembers::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.lastError()));
    m_admin = loggedIn(m_server, u"admin@members.test"_s);
    m_member = loggedIn(m_server, u"member@members.test"_s, HttpClient::Scheme::Basic);
    m_viewer = loggedIn(m_server, u"viewer@members.test"_s);
    m_other = loggedIn(m_server, u"other@members.test"_s);
    QVERIFY(m_admin && m_member && m_viewer && m_other);
}

void TestMembers::cleanupTestCase()
{
    QVERIFY(m_server.stop());
}

bool TestMembers::createOrganization(const QString &name)
{
    if (m_admin->post(u"/organizations"_s, organizationBody(name)).status != 201)
        return false;
    const QString users = u"/organizations/%1/users"_s.arg(name);
    return m_admin->post(users, memberBody(u"member@members.test"_s, u"member"_s)).status == 202 &&
           m_admin->post(users, memberBody(u"viewer@members.test"_s, u"viewer"_s)).status == 202;
}

QStringList TestMembers::memberEmails(const QString &path)
{
    QStringList emails;
    for (const QJsonValue &entry : m_admin->get(path).array())
        emails.append(entry.toObject().value(u"user"_s).toObject().value(u"email"_s).toString());
    return emails;
}

QString TestMembers::roleOf(const QString &path, const QString &email)
{
    for (const QJsonValue &entry : m_admin->get(path).array()) {
        const QJsonObject membership = entry.toObject();
        if (membership.value(u"user"_s).toObject().value(u"email"_s).toString() == email)
            return membership.value(u"role"_s).toString();
    }
    return {};
}

void TestMembers::listIsSortedByEmailWithUserFields()
{
    QVERIFY(createOrganization(u"m-list"_s));
    const auto reply = m_member->get(u"/organizations/m-list/users"_s);
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.header("X-Total-Count").isEmpty());
    const QJsonArray list = reply.array();
    QCOMPARE(list.size(), 3);
    QStringList emails;
    for (const QJsonValue &entry : list) {
        const QJsonObject user = entry.toObject().value(u"user"_s).toObject();
        emails.append(user.value(u"email"_s).toString());
        QCOMPARE(user.value(u"first_name"_s).toString(), u"First"_s);
        QCOMPARE(user.value(u"last_name"_s).toString(), u"Last"_s);
        QVERIFY(!user.contains(u"password"_s));
    }
    QCOMPARE(emails, (QStringList{u"admin@members.test"_s, u"member@members.test"_s,
                                  u"viewer@members.test"_s}));
    QCOMPARE(list.at(0).toObject().value(u"role"_s).toString(), u"admin"_s);
    QCOMPARE(list.at(1).toObject().value(u"role"_s).toString(), u"member"_s);
    QCOMPARE(list.at(2).toObject().value(u"role"_s).toString(), u"viewer"_s);
}

void TestMembers::listPagesWithTotalCount()
{
    QVERIFY(createOrganization(u"m-paged"_s));
    const auto first = m_admin->get(u"/organizations/m-paged/users?limit=2"_s);
    QCOMPARE(first.status, 200);
    QCOMPARE(first.header("X-Total-Count"), "3"_ba);
    QCOMPARE(first.array().size(), 2);
    const auto rest = m_admin->get(u"/organizations/m-paged/users?limit=2&offset=2"_s);
    QCOMPARE(rest.status, 200);
    QCOMPARE(rest.header("X-Total-Count"), "3"_ba);
    QCOMPARE(rest.array().size(), 1);
    QCOMPARE(
        rest.array().first().toObject().value(u"user"_s).toObject().value(u"email"_s).toString(),
        u"viewer@members.test"_s);
    QCOMPARE(m_admin->get(u"/organizations/m-paged/users?limit=-1"_s).status, 400);
}

void TestMembers::listRefusesViewersAndNonMembers()
{
    QVERIFY(createOrganization(u"m-list-roles"_s));
    const auto asViewer = m_viewer->get(u"/organizations/m-list-roles/users"_s);
    QCOMPARE(asViewer.status, 403);
    QVERIFY(!asViewer.detail().isEmpty());
    QCOMPARE(m_other->get(u"/organizations/m-list-roles/users"_s).status, 403);
}

void TestMembers::listUnknownOrganizationIs404()
{
    QCOMPARE(m_other->get(u"/organizations/m-none/users"_s).status, 404);
}

void TestMembers::addExistingUserAnswers202WithMembership()
{
    QVERIFY(createOrganization(u"m-add"_s));
    const auto reply = m_admin->post(u"/organizations/m-add/users"_s,
                                     memberBody(u"Other@Members.Test"_s, u"admin"_s));
    QCOMPARE(reply.status, 202);
    const QJsonObject body = reply.object();
    QCOMPARE(body.value(u"role"_s).toString(), u"admin"_s);
    QCOMPARE(body.value(u"user"_s).toObject().value(u"email"_s).toString(),
             u"other@members.test"_s);
    QCOMPARE(body.value(u"user"_s).toObject().value(u"first_name"_s).toString(), u"First"_s);
    QCOMPARE(roleOf(u"/organizations/m-add/users"_s, u"other@members.test"_s), u"admin"_s);
    // The new admin can act at once.
    QCOMPARE(m_other->get(u"/organizations/m-add"_s).status, 200);
}

void TestMembers::addRefusesExistingMembers()
{
    QVERIFY(createOrganization(u"m-dup"_s));
    const auto again = m_admin->post(u"/organizations/m-dup/users"_s,
                                     memberBody(u"MEMBER@members.test"_s, u"viewer"_s));
    QCOMPARE(again.status, 409);
    QVERIFY(!again.detail().isEmpty());
    QCOMPARE(roleOf(u"/organizations/m-dup/users"_s, u"member@members.test"_s), u"member"_s);
}

void TestMembers::addRefusesBadBodies_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::newRow("unknown role") << memberBody(u"other@members.test"_s, u"owner"_s);
    QTest::newRow("role team") << memberBody(u"other@members.test"_s, u"team"_s);
    QTest::newRow("role upper case") << memberBody(u"other@members.test"_s, u"ADMIN"_s);
    QTest::newRow("no role") << QJsonObject{{u"email"_s, u"other@members.test"_s}};
    QTest::newRow("no email") << QJsonObject{{u"role"_s, u"member"_s}};
    QTest::newRow("bad email") << memberBody(u"not an address"_s, u"member"_s);
    QTest::newRow("role not a string")
        << QJsonObject{{u"email"_s, u"other@members.test"_s}, {u"role"_s, 1}};
}

void TestMembers::addRefusesBadBodies()
{
    QFETCH(QJsonObject, body);
    static bool created = false;
    if (!created)
        QVERIFY(createOrganization(u"m-bad"_s));
    created = true;
    const auto reply = m_admin->post(u"/organizations/m-bad/users"_s, body);
    QCOMPARE(reply.status, 400);
    QVERIFY(!reply.detail().isEmpty());
    QVERIFY(!memberEmails(u"/organizations/m-bad/users"_s).contains(u"other@members.test"_s));
}

void TestMembers::addNeedsAdmin()
{
    QVERIFY(createOrganization(u"m-add-roles"_s));
    const QJsonObject body = memberBody(u"other@members.test"_s, u"member"_s);
    QCOMPARE(m_member->post(u"/organizations/m-add-roles/users"_s, body).status, 403);
    QCOMPARE(m_viewer->post(u"/organizations/m-add-roles/users"_s, body).status, 403);
    QCOMPARE(m_other->post(u"/organizations/m-add-roles/users"_s, body).status, 403);
    QCOMPARE(m_admin->post(u"/organizations/m-add-nowhere/users"_s, body).status, 404);
    QVERIFY(!memberEmails(u"/organizations/m-add-roles/users"_s).contains(u"other@members.test"_s));
}

void TestMembers::addUnknownEmailInvitesAndRegistrationApplies()
{
    QVERIFY(createOrganization(u"m-invite"_s));
    const QString email = u"newcomer@members.test"_s;
    const auto reply = m_admin->post(u"/organizations/m-invite/users"_s,
                                     memberBody(u"NewComer@members.test"_s, u"member"_s));
    QCOMPARE(reply.status, 202);
    QCOMPARE(reply.object().value(u"status"_s).toString(), u"invited"_s);
    QCOMPARE(reply.object().value(u"email"_s).toString(), email);
    QCOMPARE(reply.object().value(u"role"_s).toString(), u"member"_s);
    QVERIFY(!memberEmails(u"/organizations/m-invite/users"_s).contains(email));

    const QString notice = m_server.latestMailTo(email);
    QVERIFY2(notice.contains(u"m-invite"_s), qPrintable(notice));
    QVERIFY(!notice.contains(u"token:"_s, Qt::CaseInsensitive));
    QVERIFY(!notice.contains(u"eyJ"_s));

    // The address registers and confirms: the invitation becomes a membership.
    HttpClient anonymous(m_server.baseUrl());
    QCOMPARE(anonymous.post(u"/users/register"_s, QJsonObject{{u"email"_s, email}}).status, 202);
    const QString ticket = m_server.valueFromMail(email, u"Confirmation token: "_s);
    QVERIFY(!ticket.isEmpty());
    const auto confirmed =
        anonymous.post(u"/users/confirm"_s, QJsonObject{{u"first_name"_s, u"New"_s},
                                                        {u"last_name"_s, u"Comer"_s},
                                                        {u"password"_s, kPassword},
                                                        {u"confirmation_token"_s, ticket}});
    QCOMPARE(confirmed.status, 201);
    QCOMPARE(roleOf(u"/organizations/m-invite/users"_s, email), u"member"_s);

    HttpClient newcomer(m_server.baseUrl());
    const QString session = newcomer.login(email, kPassword);
    QVERIFY(!session.isEmpty());
    newcomer.setCredential(session);
    QCOMPARE(newcomer.get(u"/organizations/m-invite"_s).status, 200);
}

void TestMembers::addUnknownEmailToTeamAppliesOnUserAdd()
{
    QVERIFY(createOrganization(u"m-team-invite"_s));
    QCOMPARE(
        m_admin->post(u"/organizations/m-team-invite/teams"_s, QJsonObject{{u"name"_s, u"ops"_s}})
            .status,
        201);
    const QString email = u"teamcomer@members.test"_s;
    const auto reply = m_admin->post(u"/organizations/m-team-invite/teams/ops/users"_s,
                                     memberBody(email, u"viewer"_s));
    QCOMPARE(reply.status, 202);
    QCOMPARE(reply.object().value(u"status"_s).toString(), u"invited"_s);

    QVERIFY(m_server.addUser(email, kPassword));
    QCOMPARE(roleOf(u"/organizations/m-team-invite/teams/ops/users"_s, email), u"viewer"_s);
    // A team invitation does not make an organization member.
    QVERIFY(!memberEmails(u"/organizations/m-team-invite/users"_s).contains(email));
}

void TestMembers::addRefusesSecondInvitation()
{
    QVERIFY(createOrganization(u"m-reinvite"_s));
    const QJsonObject body = memberBody(u"pending@members.test"_s, u"viewer"_s);
    QCOMPARE(m_admin->post(u"/organizations/m-reinvite/users"_s, body).status, 202);
    const auto again = m_admin->post(u"/organizations/m-reinvite/users"_s, body);
    QCOMPARE(again.status, 409);
    QVERIFY(again.detail().contains(u"invited"_s));
}

void TestMembers::addIsAudited()
{
    QVERIFY(createOrganization(u"m-audit"_s));
    QCOMPARE(m_admin
                 ->patch(u"/organizations/m-audit/users/viewer@members.test"_s,
                         QJsonObject{{u"role"_s, u"member"_s}})
                 .status,
             202);
    QCOMPARE(m_admin->del(u"/organizations/m-audit/users/viewer@members.test"_s).status, 204);
    const auto audit = m_admin->get(u"/organizations/m-audit/audit"_s);
    QCOMPARE(audit.status, 200);
    QStringList entries;
    for (const QJsonValue &event : audit.array())
        entries.append(event.toObject().value(u"action"_s).toString() + u' ' +
                       event.toObject().value(u"target"_s).toString());
    QVERIFY2(entries.contains(u"member.add m-audit/users/member@members.test"_s),
             qPrintable(entries.join(u", "_s)));
    QVERIFY2(entries.contains(u"member.role m-audit/users/viewer@members.test"_s),
             qPrintable(entries.join(u", "_s)));
    QVERIFY2(entries.contains(u"member.remove m-audit/users/viewer@members.test"_s),
             qPrintable(entries.join(u", "_s)));
}

void TestMembers::changeRoleAnswers202WithMembership()
{
    QVERIFY(createOrganization(u"m-role"_s));
    const auto reply = m_admin->patch(u"/organizations/m-role/users/viewer@members.test"_s,
                                      QJsonObject{{u"role"_s, u"admin"_s}});
    QCOMPARE(reply.status, 202);
    QCOMPARE(reply.object().value(u"role"_s).toString(), u"admin"_s);
    QCOMPARE(reply.object().value(u"user"_s).toObject().value(u"email"_s).toString(),
             u"viewer@members.test"_s);
    QCOMPARE(roleOf(u"/organizations/m-role/users"_s, u"viewer@members.test"_s), u"admin"_s);
    QCOMPARE(m_viewer->get(u"/organizations/m-role/users"_s).status, 200);
}

void TestMembers::changeRoleErrors()
{
    QVERIFY(createOrganization(u"m-role-errors"_s));
    const QString base = u"/organizations/m-role-errors/users/"_s;
    const QJsonObject toViewer{{u"role"_s, u"viewer"_s}};
    const auto self = m_admin->patch(base + u"admin@members.test"_s, toViewer);
    QCOMPARE(self.status, 400);
    QVERIFY(self.detail().contains(u"yourself"_s));
    QCOMPARE(m_admin->patch(base + u"other@members.test"_s, toViewer).status,
             404); // a user, no member
    QCOMPARE(m_admin->patch(base + u"ghost@members.test"_s, toViewer).status,
             404); // no user at all
    QCOMPARE(
        m_admin->patch(base + u"member@members.test"_s, QJsonObject{{u"role"_s, u"boss"_s}}).status,
        400);
    QCOMPARE(m_admin->patch(base + u"member@members.test"_s, QJsonObject{}).status, 400);
    QCOMPARE(m_member->patch(base + u"viewer@members.test"_s, toViewer).status, 403);
    QCOMPARE(m_admin->patch(u"/organizations/m-nope/users/member@members.test"_s, toViewer).status,
             404);
    QCOMPARE(roleOf(u"/organizations/m-role-errors/users"_s, u"member@members.test"_s),
             u"member"_s);
}

void TestMembers::removeMember()
{
    QVERIFY(createOrganization(u"m-remove"_s));
    const auto reply = m_admin->del(u"/organizations/m-remove/users/member@members.test"_s);
    QCOMPARE(reply.status, 204);
    QVERIFY(!memberEmails(u"/organizations/m-remove/users"_s).contains(u"member@members.test"_s));
    QCOMPARE(m_member->get(u"/organizations/m-remove"_s).status, 403);
}

void TestMembers::removeErrors()
{
    QVERIFY(createOrganization(u"m-remove-errors"_s));
    const QString base = u"/organizations/m-remove-errors/users/"_s;
    QCOMPARE(m_admin->del(base + u"admin@members.test"_s).status, 400);
    QCOMPARE(m_admin->del(base + u"other@members.test"_s).status, 404);
    QCOMPARE(m_member->del(base + u"viewer@members.test"_s).status, 403);
    QCOMPARE(m_viewer->del(base + u"member@members.test"_s).status, 403);
    QCOMPARE(m_admin->del(u"/organizations/m-gone/users/member@members.test"_s).status, 404);
    QCOMPARE(memberEmails(u"/organizations/m-remove-errors/users"_s).size(), 3);
}

void TestMembers::removeWithdrawsInvitation()
{
    QVERIFY(createOrganization(u"m-withdraw"_s));
    const QString email = u"mistyped@members.test"_s;
    QCOMPARE(
        m_admin->post(u"/organizations/m-withdraw/users"_s, memberBody(email, u"admin"_s)).status,
        202);
    QCOMPARE(m_admin->del(u"/organizations/m-withdraw/users/"_s + email).status, 204);
    QCOMPARE(m_admin->del(u"/organizations/m-withdraw/users/"_s + email).status, 404);
    QVERIFY(m_server.addUser(email, kPassword));
    QVERIFY(!memberEmails(u"/organizations/m-withdraw/users"_s).contains(email));
}

void TestMembers::emailsInPathsAreDecodedAndCaseInsensitive()
{
    QVERIFY(createOrganization(u"m-path"_s));
    const auto reply = m_admin->patch(u"/organizations/m-path/users/Viewer%40Members.TEST"_s,
                                      QJsonObject{{u"role"_s, u"member"_s}});
    QCOMPARE(reply.status, 202);
    QCOMPARE(roleOf(u"/organizations/m-path/users"_s, u"viewer@members.test"_s), u"member"_s);
    // Yourself, spelt differently, is still yourself.
    QCOMPARE(m_admin->del(u"/organizations/m-path/users/ADMIN%40members.test"_s).status, 400);
}

void TestMembers::teamMembersLifecycle()
{
    QVERIFY(createOrganization(u"m-team"_s));
    QCOMPARE(
        m_admin->post(u"/organizations/m-team/teams"_s, QJsonObject{{u"name"_s, u"ops"_s}}).status,
        201);
    const QString users = u"/organizations/m-team/teams/ops/users"_s;

    // other@ is no organization member, yet may join the team.
    const auto added = m_admin->post(users, memberBody(u"other@members.test"_s, u"member"_s));
    QCOMPARE(added.status, 202);
    QCOMPARE(added.object().value(u"role"_s).toString(), u"member"_s);
    QCOMPARE(added.object().value(u"user"_s).toObject().value(u"email"_s).toString(),
             u"other@members.test"_s);
    QCOMPARE(m_admin->post(users, memberBody(u"member@members.test"_s, u"viewer"_s)).status, 202);

    const auto list = m_other->get(users);
    QCOMPARE(list.status, 200);
    QCOMPARE(list.array().size(), 2);
    QCOMPARE(list.array().at(0).toObject().value(u"user"_s).toObject().value(u"email"_s).toString(),
             u"member@members.test"_s);
    const auto paged = m_other->get(users + u"?limit=1&offset=1"_s);
    QCOMPARE(paged.header("X-Total-Count"), "2"_ba);
    QCOMPARE(paged.array().size(), 1);
    QCOMPARE(m_other->get(u"/organizations/m-team/teams/ops"_s).status, 200);
    QCOMPARE(m_other->get(u"/organizations/m-team"_s).status, 403);

    const auto changed =
        m_admin->patch(users + u"/other@members.test"_s, QJsonObject{{u"role"_s, u"viewer"_s}});
    QCOMPARE(changed.status, 202);
    QCOMPARE(changed.object().value(u"role"_s).toString(), u"viewer"_s);
    QCOMPARE(m_other->get(users).status, 403); // a team viewer cannot list users

    QCOMPARE(m_admin->del(users + u"/other@members.test"_s).status, 204);
    QCOMPARE(roleOf(users, u"other@members.test"_s), QString());
    QCOMPARE(m_other->get(u"/organizations/m-team/teams/ops"_s).status, 403);
}

void TestMembers::teamErrors()
{
    QVERIFY(createOrganization(u"m-team-errors"_s));
    QCOMPARE(
        m_admin->post(u"/organizations/m-team-errors/teams"_s, QJsonObject{{u"name"_s, u"ops"_s}})
            .status,
        201);
    const QString users = u"/organizations/m-team-errors/teams/ops/users"_s;
    QCOMPARE(m_admin->post(users, memberBody(u"member@members.test"_s, u"member"_s)).status, 202);

    QCOMPARE(m_admin->post(users, memberBody(u"member@members.test"_s, u"admin"_s)).status, 409);
    QCOMPARE(m_admin->post(users, memberBody(u"other@members.test"_s, u"owner"_s)).status, 400);
    QCOMPARE(m_member->post(users, memberBody(u"other@members.test"_s, u"member"_s)).status, 403);
    QCOMPARE(m_viewer->get(users).status, 403); // organization viewer, not in the team
    QCOMPARE(m_admin->get(u"/organizations/m-team-errors/teams/nope/users"_s).status, 404);
    QCOMPARE(m_other->get(u"/organizations/m-team-errors/teams/nope/users"_s).status, 404);
    QCOMPARE(m_admin->patch(users + u"/other@members.test"_s, QJsonObject{{u"role"_s, u"admin"_s}})
                 .status,
             404);
    QCOMPARE(m_admin->del(users + u"/other@members.test"_s).status, 404);
    // The organization admin acts on the team as its admin, but not on themself.
    QCOMPARE(m_admin->patch(users + u"/admin@members.test"_s, QJsonObject{{u"role"_s, u"member"_s}})
                 .status,
             400);
    QCOMPARE(m_admin->del(users + u"/admin@members.test"_s).status, 400);
    QCOMPARE(m_member->del(users + u"/member@members.test"_s).status, 403);
}

void TestMembers::teamAdminWhoIsNoOrganizationMemberManagesTeam()
{
    QVERIFY(createOrganization(u"m-team-admin"_s));
    QCOMPARE(
        m_admin->post(u"/organizations/m-team-admin/teams"_s, QJsonObject{{u"name"_s, u"ops"_s}})
            .status,
        201);
    const QString users = u"/organizations/m-team-admin/teams/ops/users"_s;
    QCOMPARE(m_admin->post(users, memberBody(u"other@members.test"_s, u"admin"_s)).status, 202);

    QCOMPARE(m_other->post(users, memberBody(u"viewer@members.test"_s, u"member"_s)).status, 202);
    QCOMPARE(m_other->patch(users + u"/viewer@members.test"_s, QJsonObject{{u"role"_s, u"admin"_s}})
                 .status,
             202);
    QCOMPARE(m_other->del(users + u"/viewer@members.test"_s).status, 204);
    QCOMPARE(m_other->del(users + u"/other@members.test"_s).status, 400);
    // Team admin rights stop at the team.
    QCOMPARE(m_other
                 ->post(u"/organizations/m-team-admin/users"_s,
                        memberBody(u"viewer@members.test"_s, u"member"_s))
                 .status,
             403);
}

QTEST_GUILESS_MAIN(TestMembers)
#include "tst_members.moc"
