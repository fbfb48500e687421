// SPDX-License-Identifier: GPL-3.0-or-later
// Every typed ApiClient call once against a real keyward-server: the request
// reaches the right endpoint and the answer decodes into the right values.
// Failures a real server cannot produce on demand live in tst_apiclient.
#include "apiawait.h"
#include "serverprocess.h"

#include "api/apiclient.h"

#include <QSignalSpy>
#include <QTest>

#include <functional>
#include <optional>

using namespace Qt::StringLiterals;
using namespace keyward;
using keyward::test::await;

namespace {

constexpr auto Password = "correct horse battery staple";

} // namespace

class TestApiClientLive final : public QObject
{
    Q_OBJECT

private:
    test::ServerProcess m_server;
    std::unique_ptr<ApiClient> m_alice;
    const QString m_aliceEmail = u"alice@example.com"_s;
    const QString m_bobEmail = u"bob@example.com"_s;
    const QString m_plusEmail = u"a+b@example.com"_s;
    /// Legal in an email, meaningful in a URL: only percent-encoding gets it through.
    const QString m_oddEmail = u"x#y?z%41/w@example.com"_s;

    std::unique_ptr<ApiClient> clientFor(const QString &email)
    {
        auto client = std::make_unique<ApiClient>();
        if (!client->setServerUrl(QUrl(m_server.baseUrl()))) {
            return nullptr;
        }
        const auto session = await<Session>([&](ApiCallback<Session> done) {
            client->login(email, QString::fromLatin1(Password), this, std::move(done));
        });
        return session ? std::move(client) : nullptr;
    }

    /// An organization owned by alice, with its default token.
    std::optional<Organization> makeOrganization(const QString &name)
    {
        const auto created = await<Organization>([&](ApiCallback<Organization> done) {
            m_alice->createOrganization({name, u"ops@example.com"_s, u"https://example.com/n"_s},
                                        this, std::move(done));
        });
        if (!created) {
            return std::nullopt;
        }
        return *created;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.lastError()));
        for (const QString &email :
             {m_aliceEmail, m_bobEmail, m_plusEmail, m_oddEmail, u"dave@example.com"_s})
            QVERIFY(m_server.addUser(email, QString::fromLatin1(Password)));
        m_alice = clientFor(m_aliceEmail);
        QVERIFY(m_alice);
    }

    void accountLifecycle()
    {
        ApiClient anonymous;
        QVERIFY(anonymous.setServerUrl(QUrl(m_server.baseUrl())));
        const QString email = u"eve+new@example.com"_s;
        AWAIT(NoContent, registered, anonymous.registerUser(email, this, done));
        const QString confirmation = m_server.valueFromMail(email, u"Confirmation token: "_s);
        QVERIFY(!confirmation.isEmpty());
        AWAIT(User, confirmed,
              anonymous.confirmUser({u"Eve"_s, u"Example"_s, u"first password 1"_s, confirmation},
                                    this, done));
        QCOMPARE(confirmed->email, email);
        QCOMPARE(confirmed->firstName, u"Eve"_s);

        AWAIT(NoContent, forgot, anonymous.forgotPassword(email, this, done));
        const QString reset = m_server.valueFromMail(email, u"Password reset token: "_s);
        QVERIFY(!reset.isEmpty());
        AWAIT(NoContent, wasReset,
              anonymous.resetPassword({u"second password 2"_s, reset}, this, done));
        AWAIT(Session, session, anonymous.login(email, u"second password 2"_s, this, done));
        QVERIFY(anonymous.hasSession());

        AWAIT(User, updated, anonymous.updateUserInfo({u"Evelyn"_s, std::nullopt}, this, done));
        QCOMPARE(updated->firstName, u"Evelyn"_s);
        QCOMPARE(updated->lastName, u"Example"_s);
        AWAIT(User, info, anonymous.userInfo(this, done));
        QCOMPARE(*info, *updated);

        // An empty body is refused with the server's own sentence.
        AWAIT_ERROR(NoContent, badRegistration, anonymous.registerUser({}, this, done));
        QCOMPARE(badRegistration.kind, ApiError::BadRequest);
        QVERIFY2(badRegistration.message.contains(u"email"_s), qPrintable(badRegistration.message));
    }

    void searchEncodesThePlusSign()
    {
        AWAIT(Page<User>, found, m_alice->searchUsers(u"a+b"_s, {}, this, done));
        QCOMPARE(found->items.size(), 1);
        QCOMPARE(found->items.first().email, m_plusEmail);
        QCOMPARE(found->total, std::optional<qint64>(1));

        // '%', '#' and '&' in a query value stay literal.
        AWAIT(Page<User>, odd, m_alice->searchUsers(u"#y?z%41"_s, {}, this, done));
        QCOMPARE(odd->items.size(), 1);
        QCOMPARE(odd->items.first().email, m_oddEmail);
        AWAIT(Page<User>, ampersand, m_alice->searchUsers(u"a&limit=0"_s, {}, this, done));
        QVERIFY(ampersand->items.isEmpty());

        AWAIT(Page<User>, paged, m_alice->searchUsers(u"example.com"_s, {1, 1}, this, done));
        QCOMPARE(paged->items.size(), 1);
        QVERIFY(paged->total.has_value());
        QVERIFY(*paged->total >= 4);
    }

    void organizationCrud()
    {
        const auto created = makeOrganization(u"crud-org"_s);
        QVERIFY(created);
        QCOMPARE(created->name, u"crud-org"_s);
        QCOMPARE(created->email, u"ops@example.com"_s);
        QCOMPARE(created->notificationUrl, u"https://example.com/n"_s);
        QCOMPARE(created->tokens.size(), 1);
        QCOMPARE(created->tokens.first().description, u"default"_s);
        QVERIFY(created->tokens.first().value.has_value());

        AWAIT(Organization, read, m_alice->organization(u"crud-org"_s, this, done));
        QCOMPARE(read->name, created->name);
        QCOMPARE(read->tokens.first().id, created->tokens.first().id);

        AWAIT(Organization, updated,
              m_alice->updateOrganization(u"crud-org"_s, {u"new@example.com"_s, std::nullopt}, this,
                                          done));
        QCOMPARE(updated->email, u"new@example.com"_s);
        QCOMPARE(updated->notificationUrl, u"https://example.com/n"_s);

        AWAIT(Team, team, m_alice->createTeam(u"crud-org"_s, u"blocker"_s, this, done));
        AWAIT_ERROR(NoContent, stillHasTeams,
                    m_alice->deleteOrganization(u"crud-org"_s, this, done));
        QCOMPARE(stillHasTeams.kind, ApiError::BadRequest);
        AWAIT(NoContent, teamGone, m_alice->deleteTeam(u"crud-org"_s, u"blocker"_s, this, done));
        AWAIT(NoContent, deleted, m_alice->deleteOrganization(u"crud-org"_s, this, done));

        AWAIT_ERROR(Organization, missing, m_alice->organization(u"crud-org"_s, this, done));
        QCOMPARE(missing.kind, ApiError::NotFound);
        QCOMPARE(missing.httpStatus, 404);
        QVERIFY2(missing.message.contains(u"There is no organization named 'crud-org'."_s),
                 qPrintable(missing.message));
    }

    void organizationMembers()
    {
        QVERIFY(makeOrganization(u"members-org"_s));
        const QString org = u"members-org"_s;

        AWAIT(MemberAddition, known,
              m_alice->addOrganizationMember(org, {m_plusEmail, Role::Member}, this, done));
        QCOMPARE(known->status, MemberAddition::Status::Added);
        QVERIFY(known->membership.has_value());
        QCOMPARE(known->membership->user.email, m_plusEmail);
        QCOMPARE(known->membership->role, Role::Member);

        AWAIT(MemberAddition, invited,
              m_alice->addOrganizationMember(org, {u"nobody+yet@example.com"_s, Role::Viewer}, this,
                                             done));
        QCOMPARE(invited->status, MemberAddition::Status::Invited);
        QCOMPARE(invited->email, u"nobody+yet@example.com"_s);
        QCOMPARE(invited->role, Role::Viewer);
        QVERIFY(!invited->membership.has_value());

        AWAIT_ERROR(MemberAddition, twice,
                    m_alice->addOrganizationMember(org, {m_plusEmail, Role::Member}, this, done));
        QCOMPARE(twice.kind, ApiError::Conflict);

        AWAIT(Page<Membership>, all, m_alice->organizationMembers(org, {}, this, done));
        QCOMPARE(all->items.size(), 2);
        QVERIFY(!all->total.has_value());
        AWAIT(Page<Membership>, page, m_alice->organizationMembers(org, {1, 1}, this, done));
        QCOMPARE(page->items.size(), 1);
        QCOMPARE(page->total, std::optional<qint64>(2));

        // "a+b@…" in the path must reach a+b, not "a b".
        AWAIT(Membership, changed,
              m_alice->changeOrganizationMemberRole(org, m_plusEmail, Role::Admin, this, done));
        QCOMPARE(changed->user.email, m_plusEmail);
        QCOMPARE(changed->role, Role::Admin);

        AWAIT_ERROR(
            Membership, self,
            m_alice->changeOrganizationMemberRole(org, m_aliceEmail, Role::Viewer, this, done));
        QCOMPARE(self.kind, ApiError::BadRequest);

        AWAIT(MemberAddition, odd,
              m_alice->addOrganizationMember(org, {m_oddEmail, Role::Viewer}, this, done));
        AWAIT(Membership, oddChanged,
              m_alice->changeOrganizationMemberRole(org, m_oddEmail, Role::Member, this, done));
        QCOMPARE(oddChanged->user.email, m_oddEmail);
        QCOMPARE(oddChanged->role, Role::Member);
        AWAIT(NoContent, oddRemoved,
              m_alice->removeOrganizationMember(org, m_oddEmail, this, done));

        AWAIT(NoContent, removed, m_alice->removeOrganizationMember(org, m_plusEmail, this, done));
        AWAIT_ERROR(NoContent, removedAgain,
                    m_alice->removeOrganizationMember(org, m_plusEmail, this, done));
        QCOMPARE(removedAgain.kind, ApiError::NotFound);
        QVERIFY2(removedAgain.message.contains(m_plusEmail + u" is not a member"_s),
                 qPrintable(removedAgain.message));
    }

    void teamsAndTeamMembers()
    {
        QVERIFY(makeOrganization(u"teams-org"_s));
        const QString org = u"teams-org"_s;
        AWAIT(Team, created, m_alice->createTeam(org, u"ops"_s, this, done));
        QCOMPARE(created->name, u"ops"_s);
        QCOMPARE(created->tokens.size(), 1);
        QCOMPARE(created->tokens.first().description, u"default"_s);
        AWAIT(Team, second, m_alice->createTeam(org, u"web"_s, this, done));

        AWAIT(Team, read, m_alice->team(org, u"ops"_s, this, done));
        QCOMPARE(read->name, u"ops"_s);
        QCOMPARE(read->tokens.first().id, created->tokens.first().id);

        AWAIT(Page<Team>, all, m_alice->teams(org, {}, this, done));
        QCOMPARE(all->items.size(), 2);
        AWAIT(Page<Team>, paged, m_alice->teams(org, {1, 1}, this, done));
        QCOMPARE(paged->items.size(), 1);
        QCOMPARE(paged->items.first().name, u"web"_s);
        QCOMPARE(paged->total, std::optional<qint64>(2));

        AWAIT(MemberAddition, added,
              m_alice->addTeamMember(org, u"ops"_s, {m_plusEmail, Role::Viewer}, this, done));
        QCOMPARE(added->status, MemberAddition::Status::Added);
        QCOMPARE(added->membership->role, Role::Viewer);
        AWAIT(MemberAddition, invited,
              m_alice->addTeamMember(org, u"ops"_s, {u"later@example.com"_s, Role::Member}, this,
                                     done));
        QCOMPARE(invited->status, MemberAddition::Status::Invited);
        AWAIT(Membership, changed,
              m_alice->changeTeamMemberRole(org, u"ops"_s, m_plusEmail, Role::Member, this, done));
        QCOMPARE(changed->role, Role::Member);
        AWAIT(Page<Membership>, members, m_alice->teamMembers(org, u"ops"_s, {}, this, done));
        QCOMPARE(members->items.size(), 1);
        QCOMPARE(members->items.first().user.email, m_plusEmail);
        QCOMPARE(members->items.first().role, Role::Member);
        AWAIT(NoContent, removed,
              m_alice->removeTeamMember(org, u"ops"_s, m_plusEmail, this, done));
        AWAIT(Page<Membership>, none, m_alice->teamMembers(org, u"ops"_s, {}, this, done));
        QVERIFY(none->items.isEmpty());

        AWAIT(NoContent, deleted, m_alice->deleteTeam(org, u"web"_s, this, done));
        AWAIT_ERROR(Team, gone, m_alice->team(org, u"web"_s, this, done));
        QCOMPARE(gone.kind, ApiError::NotFound);
        // An empty team name never falls through to the organization.
        AWAIT_ERROR(NoContent, emptyName, m_alice->deleteTeam(org, QString(), this, done));
        QVERIFY(emptyName.kind == ApiError::NotFound || emptyName.kind == ApiError::BadRequest);
        AWAIT(Organization, stillThere, m_alice->organization(org, this, done));
    }

    void tokenLifecycle()
    {
        const auto organization = makeOrganization(u"tokens-org"_s);
        QVERIFY(organization);
        const Owner owner = Owner::ofOrganization(u"tokens-org"_s);

        CreateTokenRequest request;
        request.description = u"billing exporter"_s;
        request.scopes = {u"metrics:write:billing.*"_s};
        request.labels = {{u"env"_s, u"prod"_s}};
        request.expires = QDateTime::currentDateTimeUtc().addDays(10);
        AWAIT(Token, created, m_alice->createToken(owner, request, this, done));
        QCOMPARE(created->description, request.description);
        QCOMPARE(created->scopes, request.scopes);
        QCOMPARE(created->labels, request.labels);
        QVERIFY(created->expires.has_value());
        QVERIFY(created->value.has_value());
        QCOMPARE(created->format, u"jwt"_s);

        AWAIT(Token, read, m_alice->token(owner, created->id, this, done));
        QCOMPARE(read->id, created->id);
        QCOMPARE(read->value, created->value);
        QCOMPARE(read->description, created->description);

        AWAIT(QList<Token>, listed, m_alice->organizationTokens(u"tokens-org"_s, this, done));
        QCOMPARE(listed->size(), 2);

        AWAIT(Token, rotated, m_alice->rotateToken(owner, created->id, 3600, this, done));
        QVERIFY(rotated->id != created->id);
        QVERIFY2(rotated->description.startsWith(u"billing exporter (rotated "_s),
                 qPrintable(rotated->description));
        QCOMPARE(rotated->scopes, request.scopes);

        // Three tokens now: the fourth is refused with the server's sentence.
        AWAIT_ERROR(Token, fourth,
                    m_alice->createToken(
                        owner, CreateTokenRequest{u"one too many"_s, {}, {}, {}, {}}, this, done));
        QCOMPARE(fourth.kind, ApiError::BadRequest);
        QCOMPARE(fourth.httpStatus, 400);
        QVERIFY2(fourth.message.contains(
                     u"Organization tokens-org already has 3 tokens, the most it can have"_s),
                 qPrintable(fourth.message));

        AWAIT(NoContent, deleted, m_alice->deleteToken(owner, created->id, this, done));
        AWAIT_ERROR(Token, gone, m_alice->token(owner, created->id, this, done));
        QCOMPARE(gone.kind, ApiError::NotFound);

        AWAIT(Page<Revocation>, revoked,
              m_alice->revocations(QDateTime::currentDateTimeUtc().addSecs(-600), {}, std::nullopt,
                                   this, done));
        bool revokedListed = false;
        for (const Revocation &revocation : revoked->items)
            revokedListed = revokedListed || revocation.jti == created->id;
        QVERIFY(revokedListed);

        // Team tokens go through the same calls.
        AWAIT(Team, team, m_alice->createTeam(u"tokens-org"_s, u"ops"_s, this, done));
        AWAIT(QList<Token>, teamTokens, m_alice->teamTokens(u"tokens-org"_s, u"ops"_s, this, done));
        QCOMPARE(teamTokens->size(), 1);
        QCOMPARE(teamTokens->first().id, team->tokens.first().id);
        AWAIT(Token, teamToken,
              m_alice->token(Owner::ofTeam(u"tokens-org"_s, u"ops"_s), team->tokens.first().id,
                             this, done));
        QCOMPARE(teamToken->value, team->tokens.first().value);
    }

    void userTokensArePaged()
    {
        QVERIFY(makeOrganization(u"usertokens-org"_s));
        CreateTokenRequest expiring{
            u"expiring"_s, QDateTime::currentDateTimeUtc().addDays(3), {}, {}, {}};
        AWAIT(
            Token, created,
            m_alice->createToken(Owner::ofOrganization(u"usertokens-org"_s), expiring, this, done));
        AWAIT(Page<Token>, all, m_alice->userTokens({}, this, done));
        QVERIFY(all->items.size() >= 3);
        for (const Token &token : all->items) {
            QVERIFY(!token.org.isEmpty());
            QVERIFY(!token.value.has_value());
        }
        AWAIT(Page<Token>, page, m_alice->userTokens({std::nullopt, {2, 1}}, this, done));
        QCOMPARE(page->items.size(), 2);
        QCOMPARE(page->total, std::optional<qint64>(all->items.size()));

        // Only tokens that expire, and before the date.
        AWAIT(Page<Token>, soon,
              m_alice->userTokens({QDateTime::currentDateTimeUtc().addDays(5), {}}, this, done));
        bool createdListed = false;
        for (const Token &token : soon->items) {
            QVERIFY(token.expires.has_value());
            createdListed = createdListed || token.id == created->id;
        }
        QVERIFY(createdListed);
        QCOMPARE(soon->items.size(), 1);
    }

    void publishAndQueryMetrics()
    {
        const auto organization = makeOrganization(u"metrics-org"_s);
        QVERIFY(organization);
        const Owner owner = Owner::ofOrganization(u"metrics-org"_s);
        const QString writer = *organization->tokens.first().value;
        const qint64 now = QDateTime::currentSecsSinceEpoch();

        PublishRequest points;
        points.metrics = {MetricPoint{u"cpu.load"_s, {{u"host"_s, u"a"_s}}, now - 30, 1.5},
                          MetricPoint{u"cpu.load"_s, {{u"host"_s, u"b"_s}}, now - 20, 2.5}};
        QSignalSpy rejected(m_alice.get(), &ApiClient::sessionRejected);
        AWAIT(PublishResult, published,
              m_alice->publishMetrics(owner, points, writer, false, this, done));
        QCOMPARE(published->accepted, qint64(2));
        QVERIFY(!published->dryRun);

        PublishRequest onePoint;
        onePoint.metrics = {MetricPoint{u"cpu.load"_s, {}, now - 10, 9}};
        AWAIT(PublishResult, dryRun,
              m_alice->publishMetrics(owner, onePoint, writer, true, this, done));
        QCOMPARE(dryRun->accepted, qint64(1));
        QVERIFY(dryRun->dryRun);

        // The publishing token, not the session, went with the request: a bad
        // token is refused, and the session is not reported as rejected.
        AWAIT_ERROR(PublishResult, badToken,
                    m_alice->publishMetrics(owner, onePoint, u"not-a-token"_s, false, this, done));
        QCOMPARE(badToken.kind, ApiError::Unauthorized);
        QCOMPARE(rejected.count(), 0);
        QVERIFY(m_alice->hasSession());

        MetricQuery query;
        query.metric = u"cpu.load"_s;
        AWAIT(QList<MetricValue>, values,
              m_alice->queryMetrics(owner, query, std::nullopt, this, done));
        QCOMPARE(values->size(), 2); // the dry run stored nothing
        QCOMPARE(values->at(0).value, 1.5);
        QCOMPARE(values->at(0).time.toSecsSinceEpoch(), now - 30);
        QCOMPARE(values->at(1).value, 2.5);

        query.tags = {{u"host"_s, u"b"_s}};
        AWAIT(QList<MetricValue>, filtered,
              m_alice->queryMetrics(owner, query, std::nullopt, this, done));
        QCOMPARE(filtered->size(), 1);
        QCOMPARE(filtered->first().value, 2.5);

        query.tags.clear();
        query.aggregator = u"sum"_s;
        query.periodMinutes = 60 * 24;
        query.start = QDateTime::currentDateTimeUtc().addSecs(-3600);
        query.end = QDateTime::currentDateTimeUtc().addSecs(60);
        AWAIT(QList<MetricValue>, summed,
              m_alice->queryMetrics(owner, query, std::nullopt, this, done));
        double total = 0;
        for (const MetricValue &value : *summed)
            total += value.value;
        QCOMPARE(total, 4.0);

        // Reading with a metrics:read token instead of the session.
        CreateTokenRequest readRequest{u"reader"_s, {}, {u"metrics:read"_s}, {}, {}};
        AWAIT(Token, reader, m_alice->createToken(owner, readRequest, this, done));
        MetricQuery raw;
        raw.metric = u"cpu.load"_s;
        AWAIT(QList<MetricValue>, viaToken,
              m_alice->queryMetrics(owner, raw, reader->value, this, done));
        QCOMPARE(viaToken->size(), 2);

        AWAIT(QList<MetricName>, names, m_alice->metricNames(owner, this, done));
        QCOMPARE(names->size(), 1);
        QCOMPARE(names->first().name, u"cpu.load"_s);
        QCOMPARE(names->first().tags, QStringList{u"host"_s});

        raw.metric = u"no.such.metric"_s;
        AWAIT_ERROR(QList<MetricValue>, unknown,
                    m_alice->queryMetrics(owner, raw, std::nullopt, this, done));
        QCOMPARE(unknown.kind, ApiError::BadRequest);
        QVERIFY2(unknown.message.contains(u"Unknown metric 'no.such.metric'"_s),
                 qPrintable(unknown.message));
    }

    void auditTrail()
    {
        QVERIFY(makeOrganization(u"audit-org"_s));
        AWAIT(Team, a, m_alice->createTeam(u"audit-org"_s, u"a"_s, this, done));
        AWAIT(Team, b, m_alice->createTeam(u"audit-org"_s, u"b"_s, this, done));

        AWAIT(Page<AuditEvent>, all, m_alice->audit(u"audit-org"_s, {}, this, done));
        QVERIFY(all->items.size() >= 3);
        QCOMPARE(all->total, std::optional<qint64>(all->items.size()));
        for (const AuditEvent &event : all->items) {
            QCOMPARE(event.actor, m_aliceEmail);
            QVERIFY(!event.action.isEmpty());
        }

        AWAIT(Page<AuditEvent>, newest, m_alice->audit(u"audit-org"_s, {{}, 1}, this, done));
        QCOMPARE(newest->items.size(), 1);
        QCOMPARE(newest->items.first(), all->items.first());
        AWAIT(Page<AuditEvent>, older,
              m_alice->audit(u"audit-org"_s, {newest->items.first().id, 1}, this, done));
        QCOMPARE(older->items.size(), 1);
        QCOMPARE(older->items.first(), all->items.at(1));
        QCOMPARE(older->total, std::optional<qint64>(all->items.size() - 1));
    }

    void forbiddenAndNotFoundCarryTheServersDetail()
    {
        QVERIFY(makeOrganization(u"private-org"_s));
        const auto dave = clientFor(u"dave@example.com"_s);
        QVERIFY(dave);
        AWAIT_ERROR(Organization, forbidden, dave->organization(u"private-org"_s, this, done));
        QCOMPARE(forbidden.kind, ApiError::Forbidden);
        QCOMPARE(forbidden.httpStatus, 403);
        QVERIFY2(forbidden.message.contains(u"organization 'private-org'; you are not a member"_s),
                 qPrintable(forbidden.message));
        AWAIT_ERROR(Page<AuditEvent>, auditForbidden,
                    dave->audit(u"private-org"_s, {}, this, done));
        QCOMPARE(auditForbidden.kind, ApiError::Forbidden);

        AWAIT_ERROR(Team, noTeam, m_alice->team(u"private-org"_s, u"ghost"_s, this, done));
        QCOMPARE(noTeam.kind, ApiError::NotFound);
        QVERIFY2(noTeam.message.contains(u"ghost"_s), qPrintable(noTeam.message));
        AWAIT_ERROR(
            Token, noToken,
            m_alice->token(Owner::ofOrganization(u"private-org"_s), u"999999"_s, this, done));
        QCOMPARE(noToken.kind, ApiError::NotFound);
        QVERIFY2(noToken.message.contains(u"has no token with id '999999'"_s),
                 qPrintable(noToken.message));
    }

    void signingKeys()
    {
        ApiClient anonymous;
        QVERIFY(anonymous.setServerUrl(QUrl(m_server.baseUrl())));
        AWAIT(jwt::Jwks, keys, anonymous.jwks(this, done));
        QVERIFY(!keys->keys().isEmpty());
    }

    void tokenValueShownOnce()
    {
        test::ServerProcess server;
        QVERIFY2(server.start({u"--show-tokens-once"_s}), qPrintable(server.lastError()));
        QVERIFY(server.addUser(m_aliceEmail, QString::fromLatin1(Password)));
        ApiClient client;
        QVERIFY(client.setServerUrl(QUrl(server.baseUrl())));
        AWAIT(Session, session,
              client.login(m_aliceEmail, QString::fromLatin1(Password), this, done));
        AWAIT(Organization, created,
              client.createOrganization({u"once"_s, u"o@example.com"_s, u"https://example.com"_s},
                                        this, done));
        QVERIFY(created->tokens.first().value.has_value());
        AWAIT(
            Token, read,
            client.token(Owner::ofOrganization(u"once"_s), created->tokens.first().id, this, done));
        QCOMPARE(read->id, created->tokens.first().id);
        QVERIFY(!read->value.has_value());
    }
};

QTEST_GUILESS_MAIN(TestApiClientLive)
#include "tst_apiclientlive.moc"
