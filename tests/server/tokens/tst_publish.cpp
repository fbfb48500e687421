// SPDX-License-Identifier: GPL-3.0-or-later
// POST …/metrics: every check of api.md's order, dry runs, labels, attributes.
#include "tokenworld.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using keyward::test::HttpClient;
using keyward::test::TokenWorld;

class TestPublish final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void organizationTokenPublishesToItsTeams();
    void teamTokenStaysInItsTeam();
    void otherOrganizationRefused();
    void credentialsChecks();
    void deletedAndExpiredTokensRefused();
    void scopesAndPatterns();
    void pathBeforeToken();
    void malformedBodies();
    void timeWindowAttributes();
    void labelsAreStampedOntoTags();
    void dryRunStoresNothing();
    void lastUsedIsRecorded();

private:
    static QJsonObject body(const QList<std::pair<QString, qint64>> &points,
                            const QJsonObject &tags = {});
    static QJsonObject one(const QString &metric) { return body({{metric, now()}}); }
    static qint64 now() { return QDateTime::currentSecsSinceEpoch(); }
    QJsonObject token(const QString &path, const QJsonObject &request);

    TokenWorld m_world;
    QString m_admin;
    QString m_org;
    QString m_orgToken;
    QString m_opsToken;
};

QJsonObject TestPublish::body(const QList<std::pair<QString, qint64>> &points,
                              const QJsonObject &tags)
{
    QJsonArray array;
    for (const auto &[metric, timestamp] : points)
        array.append(QJsonObject{{u"metric"_s, metric},
                                 {u"tags"_s, tags},
                                 {u"timestamp"_s, timestamp},
                                 {u"value"_s, 1.5}});
    return QJsonObject{{u"metrics"_s, array}};
}

QJsonObject TestPublish::token(const QString &path, const QJsonObject &request)
{
    return m_world.createToken(m_admin, path, request);
}

void TestPublish::initTestCase()
{
    QVERIFY2(m_world.start(), qPrintable(m_world.lastError()));
    m_admin = m_world.newUser(u"pub"_s);
    m_org = m_world.unique(u"pub"_s);
    QVERIFY2(m_world.createOrganization(m_admin, m_org), qPrintable(m_world.lastError()));
    QVERIFY2(m_world.createTeam(m_admin, m_org, u"ops"_s), qPrintable(m_world.lastError()));
    QVERIFY2(m_world.createTeam(m_admin, m_org, u"dev"_s), qPrintable(m_world.lastError()));
    auto http = m_world.client(m_admin);
    m_orgToken = http->get(u"/organizations/%1/tokens"_s.arg(m_org))
                     .array()
                     .at(0)
                     .toObject()
                     .value(u"value"_s)
                     .toString();
    m_opsToken = http->get(u"/organizations/%1/teams/ops/tokens"_s.arg(m_org))
                     .array()
                     .at(0)
                     .toObject()
                     .value(u"value"_s)
                     .toString();
    QVERIFY(!m_orgToken.isEmpty());
    QVERIFY(!m_opsToken.isEmpty());
}

void TestPublish::organizationTokenPublishesToItsTeams()
{
    auto bearer = m_world.client(m_orgToken);
    auto reply = bearer->post(u"/organizations/%1/metrics"_s.arg(m_org),
                              body({{u"orgwide"_s, now()}, {u"orgwide"_s, now() - 1}}));
    QCOMPARE(reply.status, 202);
    QCOMPARE(reply.object().value(u"accepted"_s).toInt(), 2);
    auto basic = m_world.client(m_orgToken, HttpClient::Scheme::Basic);
    reply = basic->post(u"/organizations/%1/teams/ops/metrics"_s.arg(m_org), one(u"teamwide"_s));
    QCOMPARE(reply.status, 202);
    QCOMPARE(reply.object().value(u"accepted"_s).toInt(), 1);
    QCOMPARE(bearer->post(u"/organizations/%1/teams/dev/metrics"_s.arg(m_org), one(u"x"_s)).status,
             202);
}

void TestPublish::teamTokenStaysInItsTeam()
{
    auto http = m_world.client(m_opsToken, HttpClient::Scheme::Basic);
    QCOMPARE(http->post(u"/organizations/%1/teams/ops/metrics"_s.arg(m_org), one(u"t"_s)).status,
             202);
    const auto otherTeam =
        http->post(u"/organizations/%1/teams/dev/metrics"_s.arg(m_org), one(u"t"_s));
    QCOMPARE(otherTeam.status, 403);
    QVERIFY2(otherTeam.detail().contains(u"ops"_s), qPrintable(otherTeam.detail()));
    QCOMPARE(http->post(u"/organizations/%1/metrics"_s.arg(m_org), one(u"t"_s)).status, 403);
}

void TestPublish::otherOrganizationRefused()
{
    const QString otherAdmin = m_world.newUser(u"pub-other"_s);
    const QString other = m_world.unique(u"pubother"_s);
    QVERIFY2(m_world.createOrganization(otherAdmin, other), qPrintable(m_world.lastError()));
    const auto reply =
        m_world.client(m_orgToken)->post(u"/organizations/%1/metrics"_s.arg(other), one(u"x"_s));
    QCOMPARE(reply.status, 403);
}

void TestPublish::credentialsChecks()
{
    const QString path = u"/organizations/%1/metrics"_s.arg(m_org);
    const auto none = m_world.client({})->post(path, one(u"x"_s));
    QCOMPARE(none.status, 401);
    QVERIFY(!none.header("WWW-Authenticate").isEmpty());
    // An operator session never publishes.
    const auto session = m_world.client(m_admin)->post(path, one(u"x"_s));
    QCOMPARE(session.status, 401);
    QVERIFY2(session.detail().contains(u"session"_s, Qt::CaseInsensitive),
             qPrintable(session.detail()));
    QCOMPARE(m_world.client(u"a.b.c"_s)->post(path, one(u"x"_s)).status, 401);
    // A forged signature.
    QString forged = m_orgToken;
    forged[forged.size() - 2] = forged[forged.size() - 2] == u'A' ? u'B' : u'A';
    QCOMPARE(m_world.client(forged)->post(path, one(u"x"_s)).status, 401);
    // A publishing token never works on management endpoints.
    QCOMPARE(m_world.client(m_orgToken)->get(u"/organizations/%1"_s.arg(m_org)).status, 401);
}

void TestPublish::deletedAndExpiredTokensRefused()
{
    const QString tokens = u"/organizations/%1/tokens"_s.arg(m_org);
    const QString path = u"/organizations/%1/metrics"_s.arg(m_org);
    const QJsonObject doomed = token(tokens, {{u"description"_s, u"doomed"_s}});
    QVERIFY2(!doomed.isEmpty(), qPrintable(m_world.lastError()));
    auto publisher = m_world.client(doomed.value(u"value"_s).toString());
    QCOMPARE(publisher->post(path, one(u"x"_s)).status, 202);
    QCOMPARE(m_world.client(m_admin)->del(tokens + u'/' + doomed.value(u"id"_s).toString()).status,
             204);
    const auto revoked = publisher->post(path, one(u"x"_s));
    QCOMPARE(revoked.status, 401);
    QVERIFY2(revoked.detail().contains(u"revoked"_s), qPrintable(revoked.detail()));

    const QJsonObject expiring = token(tokens, {{u"description"_s, u"expiring"_s}});
    QVERIFY2(!expiring.isEmpty(), qPrintable(m_world.lastError()));
    publisher = m_world.client(expiring.value(u"value"_s).toString());
    QCOMPARE(publisher->post(path, one(u"x"_s)).status, 202);
    QVERIFY2(m_world.execSql(u"UPDATE tokens SET stored_expires_ms = ? WHERE id = ?"_s,
                             {QDateTime::currentMSecsSinceEpoch() - 1000,
                              expiring.value(u"id"_s).toString().toLongLong()}),
             qPrintable(m_world.lastError()));
    QCOMPARE(publisher->post(path, one(u"x"_s)).status, 401);
    // Clean up the slot for later tests.
    QCOMPARE(m_world.client(m_admin)->get(tokens).array().size(), 1);
}

void TestPublish::scopesAndPatterns()
{
    const QString teamTokens = u"/organizations/%1/teams/dev/tokens"_s.arg(m_org);
    const QString path = u"/organizations/%1/teams/dev/metrics"_s.arg(m_org);
    const QJsonObject reader = token(teamTokens, {{u"description"_s, u"reader"_s},
                                                  {u"scopes"_s, QJsonArray{u"metrics:read"_s}}});
    QVERIFY2(!reader.isEmpty(), qPrintable(m_world.lastError()));
    const auto refused =
        m_world.client(reader.value(u"value"_s).toString())->post(path, one(u"x"_s));
    QCOMPARE(refused.status, 403);
    QVERIFY2(refused.detail().contains(u"metrics:write"_s), qPrintable(refused.detail()));

    const QJsonObject billing =
        token(teamTokens, {{u"description"_s, u"billing"_s},
                           {u"scopes"_s, QJsonArray{u"metrics:write:billing.*"_s}}});
    QVERIFY2(!billing.isEmpty(), qPrintable(m_world.lastError()));
    auto http = m_world.client(billing.value(u"value"_s).toString());
    QCOMPARE(http->post(path, one(u"billing.invoices"_s)).status, 202);
    const auto outside = http->post(path, body({{u"billing.ok"_s, now()}, {u"cpu"_s, now()}}));
    QCOMPARE(outside.status, 403);
    QVERIFY2(outside.detail().contains(u"cpu"_s), qPrintable(outside.detail()));
    // The pattern check precedes the body check: an otherwise malformed body
    // naming a metric outside the pattern is 403, not 400.
    QCOMPARE(http->post(path, QJsonObject{{u"metrics"_s,
                                           QJsonArray{QJsonObject{{u"metric"_s, u"cpu"_s}}}}})
                 .status,
             403);
    // Inside the pattern but malformed: 400.
    QCOMPARE(http->post(path, QJsonObject{{u"metrics"_s,
                                           QJsonArray{QJsonObject{{u"metric"_s, u"billing.x"_s}}}}})
                 .status,
             400);
}

void TestPublish::pathBeforeToken()
{
    // Unknown organization or team: 404 before any token check, even for a session.
    QCOMPARE(
        m_world.client(m_admin)->post(u"/organizations/nope-org/metrics"_s, one(u"x"_s)).status,
        404);
    QCOMPARE(m_world.client(u"garbage"_s)
                 ->post(u"/organizations/%1/teams/nope/metrics"_s.arg(m_org), one(u"x"_s))
                 .status,
             404);
}

void TestPublish::malformedBodies()
{
    auto http = m_world.client(m_orgToken);
    const QString path = u"/organizations/%1/metrics"_s.arg(m_org);
    QCOMPARE(http->requestRaw("POST", path, "{nope").status, 400);
    QCOMPARE(http->post(path, QJsonObject{}).status, 400);
    QCOMPARE(http->post(path, QJsonObject{{u"metrics"_s, QJsonArray{}}}).status, 400);
    QCOMPARE(http->post(path, QJsonObject{{u"metrics"_s,
                                           QJsonArray{QJsonObject{{u"metric"_s, u"x"_s},
                                                                  {u"timestamp"_s, u"now"_s},
                                                                  {u"value"_s, 1}}}}})
                 .status,
             400);
    QCOMPARE(http->post(path + u"?dry_run=maybe"_s, one(u"x"_s)).status, 400);
}

void TestPublish::timeWindowAttributes()
{
    const QString tokens = u"/organizations/%1/teams/ops/tokens"_s.arg(m_org);
    const QString path = u"/organizations/%1/teams/ops/metrics"_s.arg(m_org);
    const QJsonObject strict =
        token(tokens, {{u"description"_s, u"strict"_s},
                       {u"attributes"_s, QJsonObject{{u"max_past"_s, 60}, {u"max_future"_s, 60}}}});
    QVERIFY2(!strict.isEmpty(), qPrintable(m_world.lastError()));
    auto http = m_world.client(strict.value(u"value"_s).toString());
    QCOMPARE(http->post(path, one(u"w"_s)).status, 202);
    const auto past = http->post(path, body({{u"w"_s, now()}, {u"w"_s, now() - 3600}}));
    QCOMPARE(past.status, 400);
    QVERIFY2(past.detail().contains(u"past"_s), qPrintable(past.detail()));
    const auto future = http->post(path, body({{u"w"_s, now() + 3600}}));
    QCOMPARE(future.status, 400);
    QVERIFY2(future.detail().contains(u"future"_s), qPrintable(future.detail()));

    const QJsonObject lenient =
        token(tokens, {{u"description"_s, u"lenient"_s},
                       {u"attributes"_s, QJsonObject{{u"max_past"_s, 60},
                                                     {u"max_future"_s, 60},
                                                     {u"drop_out_of_window"_s, true}}}});
    QVERIFY2(!lenient.isEmpty(), qPrintable(m_world.lastError()));
    const auto dropped = m_world.client(lenient.value(u"value"_s).toString())
                             ->post(path, body({{u"w"_s, now()},
                                                {u"w"_s, now() - 3600},
                                                {u"w"_s, now() + 3600},
                                                {u"w"_s, now() - 10}}));
    QCOMPARE(dropped.status, 202);
    QCOMPARE(dropped.object().value(u"accepted"_s).toInt(), 2);
}

void TestPublish::labelsAreStampedOntoTags()
{
    const QString tokens = u"/organizations/%1/teams/dev/tokens"_s.arg(m_org);
    const QString path = u"/organizations/%1/teams/dev/metrics"_s.arg(m_org);
    // dev has its default, reader and billing tokens from scopesAndPatterns: free one slot.
    auto admin = m_world.client(m_admin);
    const QJsonArray existing = admin->get(tokens).array();
    for (qsizetype i = 1; i < existing.size(); ++i)
        QCOMPARE(
            admin->del(tokens + u'/' + existing.at(i).toObject().value(u"id"_s).toString()).status,
            204);
    const QJsonObject labelled = token(tokens, {{u"description"_s, u"labelled"_s},
                                                {u"labels"_s, QJsonObject{{u"env"_s, u"prod"_s}}}});
    QVERIFY2(!labelled.isEmpty(), qPrintable(m_world.lastError()));
    const auto published =
        m_world.client(labelled.value(u"value"_s).toString())
            ->post(path, body({{u"stamped"_s, now() - 5}},
                              QJsonObject{{u"env"_s, u"dev"_s}, {u"host"_s, u"a"_s}}));
    QCOMPARE(published.status, 202);
    const auto prod = admin->get(path + u"?metric=stamped&tags=env:prod,host:a"_s);
    QCOMPARE(prod.status, 200);
    QCOMPARE(prod.object().value(u"metrics"_s).toArray().size(), 1);
    const auto dev = admin->get(path + u"?metric=stamped&tags=env:dev"_s);
    QCOMPARE(dev.status, 200);
    QCOMPARE(dev.object().value(u"metrics"_s).toArray().size(), 0);
}

void TestPublish::dryRunStoresNothing()
{
    auto http = m_world.client(m_orgToken);
    const QString path = u"/organizations/%1/metrics"_s.arg(m_org);
    const auto dry = http->post(path + u"?dry_run=true"_s,
                                body({{u"dry.only"_s, now()}, {u"dry.only"_s, now() - 2}}));
    QCOMPARE(dry.status, 200);
    QCOMPARE(dry.object().value(u"dry_run"_s).toBool(), true);
    QCOMPARE(dry.object().value(u"accepted"_s).toInt(), 2);
    // Nothing was stored: the metric is still unknown.
    QCOMPARE(m_world.client(m_admin)->get(path + u"?metric=dry.only"_s).status, 400);
    // Checks still run on a dry run.
    QCOMPARE(m_world.client(m_opsToken)->post(path + u"?dry_run=true"_s, one(u"x"_s)).status, 403);
    QCOMPARE(http->post(path + u"?dry_run=true"_s, QJsonObject{}).status, 400);
}

void TestPublish::lastUsedIsRecorded()
{
    const QString tokens = u"/organizations/%1/teams/ops/tokens"_s.arg(m_org);
    auto admin = m_world.client(m_admin);
    const QJsonObject first = admin->get(tokens).array().at(0).toObject();
    QCOMPARE(first.value(u"value"_s).toString(), m_opsToken);
    QVERIFY(!first.value(u"last_used"_s).toString().isEmpty());
}

QTEST_GUILESS_MAIN(TestPublish)
#include "tst_publish.moc"
