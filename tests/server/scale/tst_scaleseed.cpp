// SPDX-License-Identifier: GPL-3.0-or-later
// keyward-server --demo-scale: the bench's dataset, small here, checked over
// HTTP as the app sees it (paged lists with X-Total-Count).
#include "httpclient.h"
#include "jwt/jwks.h"
#include "jwt/jws.h"
#include "serverprocess.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using keyward::test::HttpClient;
using keyward::test::ServerProcess;

namespace {
constexpr int kTokens = 250;
constexpr int kTeams = 100;
constexpr int kMembers = 40;

QStringList scaleArguments()
{
    return {u"--demo-scale"_s,       QString::number(kTokens),  u"--demo-scale-teams"_s,
            QString::number(kTeams), u"--demo-scale-members"_s, QString::number(kMembers)};
}
} // namespace

class TestScaleSeed final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void teamsAreAllThere();
    void userTokensListsEveryTokenOverPages();
    void tokensAreSignedAndSpread();
    void membersPageWithTotalCount();
    void newTokensStillGetFreshIds();
    void restartDoesNotSeedAgain();
    void tooFewTeamsForTheTokensFails();

private:
    /// Every token of GET /users/tokens, fetched page by page.
    QJsonArray allUserTokens(int pageSize, int *requests, qint64 *total);

    ServerProcess m_server;
    std::unique_ptr<HttpClient> m_client;
};

void TestScaleSeed::initTestCase()
{
    QVERIFY2(m_server.start(scaleArguments()), qPrintable(m_server.lastError()));
    m_client = std::make_unique<HttpClient>(m_server.baseUrl());
    const QString session = m_client->login(u"demo@keyward.example"_s, u"keyward-demo"_s);
    QVERIFY2(!session.isEmpty(), "the demo user cannot log in");
    m_client->setCredential(session);
}

QJsonArray TestScaleSeed::allUserTokens(int pageSize, int *requests, qint64 *total)
{
    QJsonArray all;
    *requests = 0;
    *total = -1;
    for (int offset = 0;; offset += pageSize) {
        const auto reply =
            m_client->get(u"/users/tokens?limit=%1&offset=%2"_s.arg(pageSize).arg(offset));
        ++*requests;
        if (reply.status != 200)
            return {};
        *total = reply.header("X-Total-Count").toLongLong();
        const QJsonArray page = reply.array();
        for (const QJsonValue &token : page)
            all.append(token);
        if (page.size() < pageSize || *requests > 100)
            return all;
    }
}

void TestScaleSeed::teamsAreAllThere()
{
    const auto paged = m_client->get(u"/organizations/scale/teams?limit=7&offset=0"_s);
    QCOMPARE(paged.status, 200);
    QCOMPARE(paged.header("X-Total-Count"), QByteArray::number(kTeams));
    QCOMPARE(paged.array().size(), 7);

    const auto whole = m_client->get(u"/organizations/scale/teams"_s);
    QCOMPARE(whole.status, 200);
    QSet<QString> names;
    for (const QJsonValue &team : whole.array())
        names.insert(team.toObject().value(u"name"_s).toString());
    QCOMPARE(names.size(), kTeams);

    const auto organizations = m_client->get(u"/users/organizations"_s);
    QCOMPARE(organizations.status, 200);
    QCOMPARE(organizations.array().size(), 1);
    QCOMPARE(organizations.array().at(0).toObject().value(u"name"_s).toString(), u"scale"_s);
    QCOMPARE(organizations.array().at(0).toObject().value(u"role"_s).toString(), u"admin"_s);
}

void TestScaleSeed::userTokensListsEveryTokenOverPages()
{
    int requests = 0;
    qint64 total = 0;
    const QJsonArray tokens = allUserTokens(64, &requests, &total);
    QCOMPARE(total, qint64(kTokens));
    QCOMPARE(tokens.size(), kTokens);
    QCOMPARE(requests, (kTokens + 63) / 64);

    QSet<QString> ids;
    QHash<QString, int> perOwner;
    for (const QJsonValue &value : tokens) {
        const QJsonObject token = value.toObject();
        QCOMPARE(token.value(u"org"_s).toString(), u"scale"_s);
        QVERIFY(!token.contains(u"value"_s));
        ids.insert(token.value(u"id"_s).toString());
        ++perOwner[token.value(u"team"_s).toString()];
    }
    QCOMPARE(ids.size(), kTokens);
    for (auto it = perOwner.cbegin(); it != perOwner.cend(); ++it)
        QVERIFY2(it.value() <= 3, qPrintable(it.key() + u" has more than 3 tokens"_s));
    // 250 tokens over the organization and 100 teams: every owner holds some.
    QCOMPARE(perOwner.size(), kTeams + 1);
}

void TestScaleSeed::tokensAreSignedAndSpread()
{
    int requests = 0;
    qint64 total = 0;
    const QJsonArray tokens = allUserTokens(1000, &requests, &total);
    QCOMPARE(requests, 1);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    int expired = 0, within7 = 0, within30 = 0, later = 0, never = 0, used = 0;
    for (const QJsonValue &value : tokens) {
        const QJsonObject token = value.toObject();
        if (!token.value(u"last_used"_s).isNull())
            ++used;
        if (token.value(u"expires"_s).isNull()) {
            ++never;
            continue;
        }
        const QDateTime expires =
            QDateTime::fromString(token.value(u"expires"_s).toString(), Qt::ISODateWithMs);
        QVERIFY(expires.isValid());
        const qint64 days = now.msecsTo(expires) / (24 * 3600 * 1000LL);
        if (expires < now)
            ++expired;
        else if (days < 7)
            ++within7;
        else if (days < 30)
            ++within30;
        else
            ++later;
    }
    QVERIFY2(expired > 0 && within7 > 0 && within30 > 0 && later > 0 && never > 0,
             qPrintable(u"expired %1, 7 days %2, 30 days %3, later %4, never %5"_s.arg(expired)
                            .arg(within7)
                            .arg(within30)
                            .arg(later)
                            .arg(never)));
    QVERIFY(used > 0 && used < kTokens);

    // The values are real tokens, signed by the server's published key.
    const auto jwks = HttpClient(m_server.baseUrl()).get(u"/.well-known/jwks.json"_s);
    QCOMPARE(jwks.status, 200);
    const auto keys = keyward::jwt::Jwks::fromJson(jwks.object());
    QVERIFY(keys);
    const QString team = tokens.at(0).toObject().value(u"team"_s).toString();
    const auto owned =
        m_client->get(team.isEmpty() ? u"/organizations/scale/tokens"_s
                                     : u"/organizations/scale/teams/%1/tokens"_s.arg(team));
    QCOMPARE(owned.status, 200);
    QVERIFY(!owned.array().isEmpty());
    for (const QJsonValue &value : owned.array()) {
        const QByteArray jwt = value.toObject().value(u"value"_s).toString().toLatin1();
        const auto jws = keyward::jwt::parseCompact(jwt);
        QVERIFY(jws);
        const auto verified = keyward::jwt::verifySignature(*jws, *keys);
        QVERIFY(verified && *verified);
    }
}

void TestScaleSeed::membersPageWithTotalCount()
{
    const auto first = m_client->get(u"/organizations/scale/users?limit=15&offset=0"_s);
    QCOMPARE(first.status, 200);
    // The members and the demo admin.
    QCOMPARE(first.header("X-Total-Count"), QByteArray::number(kMembers + 1));
    QCOMPARE(first.array().size(), 15);
    const auto last = m_client->get(u"/organizations/scale/users?limit=15&offset=30"_s);
    QCOMPARE(last.status, 200);
    QCOMPARE(last.array().size(), kMembers + 1 - 30);

    const auto whole = m_client->get(u"/organizations/scale/users"_s);
    bool demoIsAdmin = false;
    for (const QJsonValue &value : whole.array()) {
        const QJsonObject membership = value.toObject();
        if (membership.value(u"user"_s).toObject().value(u"email"_s).toString() ==
            u"demo@keyward.example"_s)
            demoIsAdmin = membership.value(u"role"_s).toString() == u"admin"_s;
    }
    QVERIFY(demoIsAdmin);

    // A member logs in with the shared demo password.
    HttpClient member(m_server.baseUrl());
    QVERIFY(!member.login(u"member00007@scale.example"_s, u"keyward-demo"_s).isEmpty());
}

void TestScaleSeed::newTokensStillGetFreshIds()
{
    int requests = 0;
    qint64 total = 0;
    const QJsonArray tokens = allUserTokens(1000, &requests, &total);
    QHash<QString, int> perTeam;
    qint64 maxId = 0;
    for (const QJsonValue &value : tokens) {
        const QJsonObject token = value.toObject();
        maxId = qMax(maxId, token.value(u"id"_s).toString().toLongLong());
        if (!token.value(u"team"_s).toString().isEmpty())
            ++perTeam[token.value(u"team"_s).toString()];
    }
    QString roomy;
    for (auto it = perTeam.cbegin(); it != perTeam.cend() && roomy.isEmpty(); ++it) {
        if (it.value() < 3)
            roomy = it.key();
    }
    QVERIFY2(!roomy.isEmpty(), "every team is full");
    const auto created = m_client->post(u"/organizations/scale/teams/%1/tokens"_s.arg(roomy),
                                        QJsonObject{{u"description"_s, u"after seeding"_s}});
    QVERIFY2(created.status == 201, qPrintable(created.detail()));
    QVERIFY(created.object().value(u"id"_s).toString().toLongLong() > maxId);
}

void TestScaleSeed::restartDoesNotSeedAgain()
{
    QVERIFY2(m_server.restart(scaleArguments()), qPrintable(m_server.lastError()));
    // The restarted server may listen on another port.
    m_client = std::make_unique<HttpClient>(m_server.baseUrl());
    const QString session = m_client->login(u"demo@keyward.example"_s, u"keyward-demo"_s);
    QVERIFY(!session.isEmpty());
    m_client->setCredential(session);
    const auto teams = m_client->get(u"/organizations/scale/teams?limit=1"_s);
    QCOMPARE(teams.header("X-Total-Count"), QByteArray::number(kTeams));
    const auto tokens = m_client->get(u"/users/tokens?limit=1"_s);
    // The seeded tokens and the one created above.
    QCOMPARE(tokens.header("X-Total-Count"), QByteArray::number(kTokens + 1));
}

void TestScaleSeed::tooFewTeamsForTheTokensFails()
{
    ServerProcess crowded;
    QVERIFY(!crowded.start({u"--demo-scale"_s, u"100"_s, u"--demo-scale-teams"_s, u"5"_s}));
    QVERIFY2(crowded.lastError().contains(u"do not fit"_s), qPrintable(crowded.lastError()));
}

QTEST_GUILESS_MAIN(TestScaleSeed)
#include "tst_scaleseed.moc"
