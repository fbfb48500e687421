// SPDX-License-Identifier: GPL-3.0-or-later
// ExpiryCollector against live servers: GET /users/tokens (paged) on a normal
// keyward-server, and the walk over organizations and teams on one started
// with --cave-compatible, where /users/tokens answers 404.
#include "apiawait.h"
#include "httpclient.h"
#include "serverprocess.h"

#include "api/apiclient.h"
#include "expirycollection/expirycollector.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace keyward;
using keyward::test::HttpClient;
using keyward::test::ServerProcess;

namespace {

const QString Password = u"Expiry-c0llector-passw0rd"_s;
const QString Admin = u"admin@example.com"_s;      // the user whose tokens are collected
const QString OwnerEmail = u"owner@example.com"_s; // owns the organizations Admin is less in
const QString Demoted = u"demoted@example.com"_s;  // loses a role in the middle of a walk

/// One server with the same organizations, teams, roles and tokens as the other.
struct Fixture
{
    ServerProcess server;
    std::unique_ptr<HttpClient> admin;
    std::unique_ptr<HttpClient> owner;
    std::unique_ptr<HttpClient> demoted;
    /// "org/team/id/description" of every token Admin administers.
    QSet<QString> expected;
};

QString iso(qint64 daysFromNow)
{
    static const QDateTime now = QDateTime::currentDateTimeUtc();
    return now.addDays(daysFromNow).toString(Qt::ISODate);
}

QString keyOf(const QString &org, const QString &team, const QString &id,
              const QString &description)
{
    return org + u'/' + team + u'/' + id + u'/' + description;
}

QSet<QString> keysOf(const QList<ExpiryRecord> &records)
{
    QSet<QString> keys;
    for (const ExpiryRecord &record : records)
        keys.insert(
            keyOf(record.token.org, record.token.team, record.token.id, record.token.description));
    return keys;
}

ConnectionProfile profileFor(const ServerProcess &server, const QString &name)
{
    ConnectionProfile profile;
    profile.id = QUuid::createUuid();
    profile.name = name;
    profile.serverUrl = QUrl(server.baseUrl());
    profile.environment = Environment::Staging;
    profile.colour = u"#123456"_s;
    return profile;
}

/// What a finished collection delivered.
struct Outcome
{
    QList<ExpiryRecord> records;
    QStringList problems;
    bool usedFallback = false;
    QList<QList<QVariant>> progress;
};

} // namespace

class TestExpiryCollector final : public QObject
{
    Q_OBJECT

private:
    Fixture m_full;
    Fixture m_cave;

    static bool ok(const HttpClient::Reply &reply, int status)
    {
        if (reply.status != status)
            qWarning() << "unexpected" << reply.status << reply.body;
        return reply.status == status;
    }

    static bool createOrganization(HttpClient &http, const QString &name, const QStringList &teams)
    {
        if (!ok(http.post(u"/organizations"_s,
                          QJsonObject{{u"name"_s, name},
                                      {u"email"_s, u"ops@example.com"_s},
                                      {u"notification_url"_s, u"https://example.com/hook"_s}}),
                201))
            return false;
        for (const QString &team : teams) {
            if (!ok(http.post(u"/organizations/%1/teams"_s.arg(name),
                              QJsonObject{{u"name"_s, team}}),
                    201))
                return false;
        }
        return true;
    }

    static bool addToken(HttpClient &http, const QString &tokensPath, const QString &description,
                         std::optional<qint64> expiresInDays)
    {
        QJsonObject body{{u"description"_s, description}};
        if (expiresInDays)
            body.insert(u"expires"_s, iso(*expiresInDays));
        return ok(http.post(tokensPath, body), 201);
    }

    static bool addMember(HttpClient &http, const QString &usersPath, const QString &email,
                          const QString &role)
    {
        return ok(http.post(usersPath, QJsonObject{{u"email"_s, email}, {u"role"_s, role}}), 202);
    }

    /// Adds the tokens behind \p tokensPath to \p expected.
    static bool expect(HttpClient &http, const QString &org, const QString &team,
                       QSet<QString> *expected)
    {
        const QString path = team.isEmpty() ? u"/organizations/%1/tokens"_s.arg(org)
                                            : u"/organizations/%1/teams/%2/tokens"_s.arg(org, team);
        const HttpClient::Reply reply = http.get(path);
        if (!ok(reply, 200))
            return false;
        for (const QJsonValue &token : reply.array()) {
            const QJsonObject object = token.toObject();
            expected->insert(keyOf(org, team, object.value(u"id"_s).toString(),
                                   object.value(u"description"_s).toString()));
        }
        return true;
    }

    /// The same data on every server, built in the same order.
    static void build(Fixture &fixture, const QStringList &arguments)
    {
        QVERIFY2(fixture.server.start(arguments), qPrintable(fixture.server.lastError()));
        for (const QString &email : {Admin, OwnerEmail, Demoted})
            QVERIFY(fixture.server.addUser(email, Password));
        const auto login = [&fixture](const QString &email) {
            auto http = std::make_unique<HttpClient>(fixture.server.baseUrl());
            http->setCredential(http->login(email, Password));
            return http;
        };
        fixture.admin = login(Admin);
        fixture.owner = login(OwnerEmail);
        fixture.demoted = login(Demoted);
        HttpClient &admin = *fixture.admin;
        HttpClient &owner = *fixture.owner;

        // alpha: Admin is organization admin, so every team's tokens count.
        QVERIFY(createOrganization(admin, u"alpha"_s, {u"a1"_s, u"a2"_s}));
        QVERIFY(addToken(admin, u"/organizations/alpha/tokens"_s, u"soon"_s, 3));
        QVERIFY(addToken(admin, u"/organizations/alpha/tokens"_s, u"later"_s, 200));
        QVERIFY(addToken(admin, u"/organizations/alpha/teams/a1/tokens"_s, u"month"_s, 20));
        QVERIFY(
            addToken(admin, u"/organizations/alpha/teams/a2/tokens"_s, u"never"_s, std::nullopt));
        // beta: organization member, admin of team b1 only.
        QVERIFY(createOrganization(owner, u"beta"_s, {u"b1"_s, u"b2"_s}));
        QVERIFY(addMember(owner, u"/organizations/beta/users"_s, Admin, u"member"_s));
        QVERIFY(addMember(owner, u"/organizations/beta/teams/b1/users"_s, Admin, u"admin"_s));
        QVERIFY(addMember(owner, u"/organizations/beta/teams/b2/users"_s, Admin, u"member"_s));
        QVERIFY(addToken(owner, u"/organizations/beta/teams/b1/tokens"_s, u"week"_s, 6));
        QVERIFY(addToken(owner, u"/organizations/beta/teams/b2/tokens"_s, u"not mine"_s, 6));
        QVERIFY(addToken(owner, u"/organizations/beta/tokens"_s, u"not mine either"_s, 6));
        // gamma: viewer of the organization, member of its team: nothing.
        QVERIFY(createOrganization(owner, u"gamma"_s, {u"g1"_s}));
        QVERIFY(addMember(owner, u"/organizations/gamma/users"_s, Admin, u"viewer"_s));
        QVERIFY(addMember(owner, u"/organizations/gamma/teams/g1/users"_s, Admin, u"member"_s));
        // delta: no organization role, admin of team d1 (role "team").
        QVERIFY(createOrganization(owner, u"delta"_s, {u"d1"_s, u"d2"_s}));
        QVERIFY(addMember(owner, u"/organizations/delta/teams/d1/users"_s, Admin, u"admin"_s));
        QVERIFY(addToken(owner, u"/organizations/delta/teams/d1/tokens"_s, u"year"_s, 365));
        // zeta: Demoted starts as organization admin and owns omega.
        QVERIFY(createOrganization(owner, u"zeta"_s, {u"z1"_s}));
        QVERIFY(addMember(owner, u"/organizations/zeta/users"_s, Demoted, u"admin"_s));
        QVERIFY(createOrganization(*fixture.demoted, u"omega"_s, {}));

        QVERIFY(expect(admin, u"alpha"_s, {}, &fixture.expected));
        QVERIFY(expect(admin, u"alpha"_s, u"a1"_s, &fixture.expected));
        QVERIFY(expect(admin, u"alpha"_s, u"a2"_s, &fixture.expected));
        QVERIFY(expect(owner, u"beta"_s, u"b1"_s, &fixture.expected));
        QVERIFY(expect(owner, u"delta"_s, u"d1"_s, &fixture.expected));
        QCOMPARE(fixture.expected.size(), 3 + 2 + 2 + 2 + 2);
    }

    static std::unique_ptr<ApiClient> client(const ServerProcess &server, const QString &email)
    {
        QString error;
        auto api = test::loggedInClient(server, email, Password, false, &error);
        if (!api)
            qWarning() << error;
        return api;
    }

    /// Runs \p collector to its end; fails the test unless it finished.
    static Outcome run(ExpiryCollector &collector)
    {
        Outcome outcome;
        QSignalSpy finished(&collector, &ExpiryCollector::finished);
        QSignalSpy failed(&collector, &ExpiryCollector::failed);
        QSignalSpy progress(&collector, &ExpiryCollector::progress);
        collector.start();
        if (!finished.wait(60000) || finished.size() != 1 || !failed.isEmpty()) {
            qWarning() << "the collection did not finish";
            return outcome;
        }
        outcome.records = finished.at(0).at(0).value<QList<ExpiryRecord>>();
        outcome.problems = finished.at(0).at(1).toStringList();
        outcome.usedFallback = finished.at(0).at(2).toBool();
        for (const auto &arguments : progress)
            outcome.progress.append(arguments);
        return outcome;
    }

    static void verifyRecords(const QList<ExpiryRecord> &records, const ConnectionProfile &profile)
    {
        for (const ExpiryRecord &record : records) {
            QVERIFY2(!record.token.value.has_value(), qPrintable(record.key()));
            QVERIFY(!record.token.org.isEmpty());
            QCOMPARE(record.profileId, profile.id);
            QCOMPARE(record.profileName, profile.name);
            QCOMPARE(record.environment, Environment::Staging);
            QCOMPARE(record.environmentColour, u"#123456"_s);
            QCOMPARE(record.serverUrl, profile.serverUrl);
        }
    }

    static void verifyMonotonic(const QList<QList<QVariant>> &progress)
    {
        QVERIFY(!progress.isEmpty());
        int lastDone = 0;
        int lastTotal = 0;
        for (const auto &arguments : progress) {
            const int done = arguments.at(0).toInt();
            const int total = arguments.at(1).toInt();
            QVERIFY(done > lastDone);
            QVERIFY(total >= lastTotal);
            QVERIFY(done <= total);
            QVERIFY(!arguments.at(2).toString().isEmpty());
            lastDone = done;
            lastTotal = total;
        }
        QCOMPARE(progress.last().at(0).toInt(), progress.last().at(1).toInt());
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<QList<ExpiryRecord>>();
        qRegisterMetaType<ApiError>();
        QVERIFY2(!ServerProcess::binary().isEmpty(), "KEYWARD_SERVER_BINARY not set");
        build(m_full, {});
        build(m_cave, {u"--cave-compatible"_s});
    }

    void userTokensGivesTheAdministeredTokens()
    {
        auto api = client(m_full.server, Admin);
        QVERIFY(api);
        const ConnectionProfile profile = profileFor(m_full.server, u"Full"_s);
        ExpiryCollector collector(api.get(), profile);
        const Outcome outcome = run(collector);
        QCOMPARE(keysOf(outcome.records), m_full.expected);
        QCOMPARE(outcome.records.size(), m_full.expected.size());
        QVERIFY(!outcome.usedFallback);
        QVERIFY(outcome.problems.isEmpty());
        verifyRecords(outcome.records, profile);
        // One request, one page.
        QCOMPARE(outcome.progress.size(), 1);
    }

    void pagesAreFollowed()
    {
        auto api = client(m_full.server, Admin);
        QVERIFY(api);
        const ConnectionProfile profile = profileFor(m_full.server, u"Paged"_s);
        ExpiryCollector collector(api.get(), profile);
        collector.setPageSize(2);
        const Outcome outcome = run(collector);
        QCOMPARE(keysOf(outcome.records), m_full.expected);
        QCOMPARE(outcome.records.size(), m_full.expected.size());
        // 11 tokens in pages of 2.
        QCOMPARE(outcome.progress.size(), 6);
        QCOMPARE(outcome.progress.last().at(1).toInt(), 6);
        verifyMonotonic(outcome.progress);
    }

    void fallbackWalksOrganizationsAndTeams()
    {
        auto api = client(m_cave.server, Admin);
        QVERIFY(api);
        const ConnectionProfile profile = profileFor(m_cave.server, u"Cave"_s);
        ExpiryCollector collector(api.get(), profile);
        const Outcome outcome = run(collector);
        QVERIFY(outcome.usedFallback);
        QVERIFY2(outcome.problems.isEmpty(), qPrintable(outcome.problems.join(u'\n')));
        QCOMPARE(keysOf(outcome.records), m_cave.expected);
        QCOMPARE(outcome.records.size(), m_cave.expected.size());
        verifyRecords(outcome.records, profile);
        verifyMonotonic(outcome.progress);
        // a1, a2, b1 and d1.
        QCOMPARE(collector.teamsRead(), 4);
    }

    void fallbackMatchesUserTokens()
    {
        auto fullApi = client(m_full.server, Admin);
        auto caveApi = client(m_cave.server, Admin);
        QVERIFY(fullApi && caveApi);
        ExpiryCollector full(fullApi.get(), profileFor(m_full.server, u"Full"_s));
        ExpiryCollector cave(caveApi.get(), profileFor(m_cave.server, u"Cave"_s));
        const Outcome fromUserTokens = run(full);
        const Outcome fromWalk = run(cave);
        QVERIFY(!fromUserTokens.usedFallback);
        QVERIFY(fromWalk.usedFallback);
        QCOMPARE(keysOf(fromWalk.records), keysOf(fromUserTokens.records));
        // Beyond the keys, the tokens agree field by field (apart from their
        // values' absence, every field the review shows).
        QHash<QString, Token> byKey;
        for (const ExpiryRecord &record : fromUserTokens.records)
            byKey.insert(keysOf({record}).values().constFirst(), record.token);
        for (const ExpiryRecord &record : fromWalk.records) {
            const Token other = byKey.value(keysOf({record}).values().constFirst());
            QCOMPARE(record.token.expires.has_value(), other.expires.has_value());
            if (record.token.expires)
                QCOMPARE(record.token.expires->toSecsSinceEpoch() / 60,
                         other.expires->toSecsSinceEpoch() / 60);
            // Not shown by the review, so neither path keeps them.
            QVERIFY(record.token.scopes.isEmpty());
            QVERIFY(other.scopes.isEmpty());
        }
    }

    void cancelMidWalk()
    {
        auto api = client(m_cave.server, Admin);
        QVERIFY(api);
        ExpiryCollector collector(api.get(), profileFor(m_cave.server, u"Cave"_s));
        QSignalSpy finished(&collector, &ExpiryCollector::finished);
        QSignalSpy failed(&collector, &ExpiryCollector::failed);
        QSignalSpy cancelled(&collector, &ExpiryCollector::cancelled);
        QSignalSpy progress(&collector, &ExpiryCollector::progress);
        // Cancel once the organizations are known and their requests are queued.
        connect(&collector, &ExpiryCollector::progress, this,
                [&collector](int done, int, const QString &) {
                    if (done == 3)
                        collector.cancel();
                });
        collector.start();
        QVERIFY(cancelled.wait(30000));
        QCOMPARE(cancelled.size(), 1);
        QVERIFY(!collector.isRunning());
        const qsizetype progressAtCancel = progress.size();

        // A whole second collection on the same client takes longer than the
        // first one's outstanding answers: none of them may surface.
        ExpiryCollector second(api.get(), profileFor(m_cave.server, u"Cave again"_s));
        const Outcome outcome = run(second);
        QCOMPARE(keysOf(outcome.records), m_cave.expected);
        QCOMPARE(finished.size(), 0);
        QCOMPARE(failed.size(), 0);
        QCOMPARE(progress.size(), progressAtCancel);
        QCOMPARE(cancelled.size(), 1);
        // Cancelling again does nothing.
        collector.cancel();
        QCOMPARE(cancelled.size(), 1);
    }

    void forbiddenPartIsAProblem()
    {
        // Real roles cannot make one part of the walk forbidden while the
        // listings say it is administered, unless the role changes in the
        // middle of the walk: Demoted is demoted from admin of zeta right
        // after the organization list arrived (progress is reported before
        // an answer's follow-up requests are sent).
        auto api = client(m_cave.server, Demoted);
        QVERIFY(api);
        ExpiryCollector collector(api.get(), profileFor(m_cave.server, u"Cave"_s));
        bool demoted = false;
        connect(&collector, &ExpiryCollector::progress, this,
                [this, &demoted](int, int, const QString &what) {
                    if (what != u"Organizations"_s || demoted)
                        return;
                    demoted = true;
                    const HttpClient::Reply reply =
                        m_cave.owner->patch(u"/organizations/zeta/users/%1"_s.arg(Demoted),
                                            QJsonObject{{u"role"_s, u"member"_s}});
                    QCOMPARE(reply.status, 202);
                });
        QSignalSpy failed(&collector, &ExpiryCollector::failed);
        const Outcome outcome = run(collector);
        QVERIFY(demoted);
        QCOMPARE(failed.size(), 0);
        QVERIFY(outcome.usedFallback);
        // zeta's own tokens and its team z1's: both refused now.
        QCOMPARE(outcome.problems.size(), 2);
        for (const QString &problem : outcome.problems)
            QVERIFY2(problem.contains(u"zeta"_s), qPrintable(problem));
        // omega's default token still came through.
        QCOMPARE(outcome.records.size(), 1);
        QCOMPARE(outcome.records.constFirst().token.org, u"omega"_s);
    }

    void firstCallFailureFails()
    {
        ApiClient api;
        api.setServerUrl(QUrl(m_full.server.baseUrl()));
        ExpiryCollector collector(&api, profileFor(m_full.server, u"Nobody"_s));
        QSignalSpy finished(&collector, &ExpiryCollector::finished);
        QSignalSpy failed(&collector, &ExpiryCollector::failed);
        collector.start();
        QVERIFY(failed.wait(30000));
        QCOMPARE(failed.at(0).at(0).value<ApiError>().kind, ApiError::Unauthorized);
        QCOMPARE(finished.size(), 0);
        QVERIFY(!collector.isRunning());
    }

    void cleanupTestCase()
    {
        m_full.server.stop();
        m_cave.server.stop();
    }
};

QTEST_GUILESS_MAIN(TestExpiryCollector)
#include "tst_expirycollector.moc"
