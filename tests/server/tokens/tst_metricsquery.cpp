// SPDX-License-Identifier: GPL-3.0-or-later
// GET …/metrics (raw, aggregated, tag filters, reading tokens) and …/metric-names.
#include "tokenworld.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using keyward::test::HttpClient;
using keyward::test::TokenWorld;

class TestMetricsQuery final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void rawPointsOldestFirst();
    void limitIsCappedAt60();
    void tagFilter();
    void aggregated_data();
    void aggregated();
    void queryErrors();
    void rolesForSessions();
    void readingTokens();
    void teamMetrics();
    void metricNames();

private:
    QJsonArray metricsOf(const HttpClient::Reply &reply)
    {
        return reply.object().value(u"metrics"_s).toArray();
    }
    QString path(const QString &query) const
    {
        return u"/organizations/%1/metrics?%2"_s.arg(m_org, query);
    }
    QString window() const
    {
        return u"start=%1&end=%2"_s.arg(
            QDateTime::fromSecsSinceEpoch(m_base, Qt::UTC).toString(Qt::ISODate),
            QDateTime::fromSecsSinceEpoch(m_base + 3600, Qt::UTC).toString(Qt::ISODate));
    }

    TokenWorld m_world;
    QString m_admin;
    QString m_org;
    qint64 m_base = 0; ///< start of a whole hour two hours ago
};

void TestMetricsQuery::initTestCase()
{
    QVERIFY2(m_world.start(), qPrintable(m_world.lastError()));
    m_admin = m_world.newUser(u"q"_s);
    m_org = m_world.unique(u"q"_s);
    QVERIFY2(m_world.createOrganization(m_admin, m_org), qPrintable(m_world.lastError()));
    QVERIFY2(m_world.createTeam(m_admin, m_org, u"ops"_s), qPrintable(m_world.lastError()));
    QVERIFY2(m_world.createTeam(m_admin, m_org, u"dev"_s), qPrintable(m_world.lastError()));
    const QString orgToken = m_world.client(m_admin)
                                 ->get(u"/organizations/%1/tokens"_s.arg(m_org))
                                 .array()
                                 .at(0)
                                 .toObject()
                                 .value(u"value"_s)
                                 .toString();
    m_base = (QDateTime::currentSecsSinceEpoch() / 3600 - 2) * 3600;
    // "cpu": one point per minute for 70 minutes, value = minute index, alternating hosts.
    QJsonArray points;
    for (int minute = 0; minute < 70; ++minute)
        points.append(QJsonObject{{u"metric"_s, u"cpu"_s},
                                  {u"tags"_s, QJsonObject{{u"host"_s, minute % 2 ? u"b"_s : u"a"_s},
                                                          {u"env"_s, u"prod"_s}}},
                                  {u"timestamp"_s, m_base + minute * 60},
                                  {u"value"_s, minute}});
    points.append(QJsonObject{{u"name"_s, u"mem"_s},
                              {u"tags"_s, QJsonObject{{u"zone"_s, u"z1"_s}}},
                              {u"timestamp"_s, m_base},
                              {u"value"_s, 7}});
    auto publisher = m_world.client(orgToken);
    const auto reply = publisher->post(u"/organizations/%1/metrics"_s.arg(m_org),
                                       QJsonObject{{u"metrics"_s, points}});
    QCOMPARE(reply.status, 202);
    QCOMPARE(reply.object().value(u"accepted"_s).toInt(), 71);
    const auto team = publisher->post(
        u"/organizations/%1/teams/ops/metrics"_s.arg(m_org),
        QJsonObject{{u"metrics"_s, QJsonArray{QJsonObject{
                                       {u"metric"_s, u"latency"_s},
                                       {u"tags"_s, QJsonObject{{u"env"_s, u"prod"_s}}},
                                       {u"timestamp"_s, QDateTime::currentSecsSinceEpoch() - 60},
                                       {u"value"_s, 12.5}}}}});
    QCOMPARE(team.status, 202);
}

void TestMetricsQuery::rawPointsOldestFirst()
{
    const auto reply = m_world.client(m_admin)->get(path(u"metric=cpu&limit=5&"_s + window()));
    QCOMPARE(reply.status, 200);
    const QJsonArray points = metricsOf(reply);
    QCOMPARE(points.size(), 5);
    for (int i = 0; i < 5; ++i) {
        const QJsonObject point = points.at(i).toObject();
        QCOMPARE(point.value(u"value"_s).toDouble(), double(i));
        QCOMPARE(QDateTime::fromString(point.value(u"time"_s).toString(), Qt::ISODateWithMs)
                     .toSecsSinceEpoch(),
                 m_base + i * 60);
    }
    // Basic works as well.
    QCOMPARE(m_world.client(m_admin, HttpClient::Scheme::Basic)
                 ->get(path(u"metric=cpu&"_s + window()))
                 .status,
             200);
}

void TestMetricsQuery::limitIsCappedAt60()
{
    auto http = m_world.client(m_admin);
    const QString wide = u"start=%1&end=%2"_s.arg(
        QDateTime::fromSecsSinceEpoch(m_base, Qt::UTC).toString(Qt::ISODate),
        QDateTime::fromSecsSinceEpoch(m_base + 7200, Qt::UTC).toString(Qt::ISODate));
    QCOMPARE(metricsOf(http->get(path(u"metric=cpu&limit=100&"_s + wide))).size(), 60);
    QCOMPARE(metricsOf(http->get(path(u"metric=cpu&"_s + wide))).size(), 60);
    // Default window: the last hour, which holds none of these old points.
    QCOMPARE(metricsOf(http->get(path(u"metric=mem"_s))).size(), 0);
}

void TestMetricsQuery::tagFilter()
{
    auto http = m_world.client(m_admin);
    const QJsonArray b =
        metricsOf(http->get(path(u"metric=cpu&tags=host:b&limit=3&"_s + window())));
    QCOMPARE(b.size(), 3);
    QCOMPARE(b.at(0).toObject().value(u"value"_s).toDouble(), 1.0);
    QCOMPARE(b.at(1).toObject().value(u"value"_s).toDouble(), 3.0);
    QCOMPARE(metricsOf(http->get(path(u"metric=cpu&tags=host:a,env:prod&limit=60&"_s + window())))
                 .size(),
             31); // minutes 0, 2, …, 60: start and end are both inclusive
    QCOMPARE(metricsOf(http->get(path(u"metric=cpu&tags=host:c&"_s + window()))).size(), 0);
    QCOMPARE(http->get(path(u"metric=cpu&tags=host&"_s + window())).status, 400);
}

void TestMetricsQuery::aggregated_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("buckets");
    QTest::addColumn<double>("first");
    QTest::addColumn<double>("second");
    // Minutes 0..59 in the window; period 10 → buckets of 10 points.
    QTest::newRow("sum") << u"aggregator=sum&period=10"_s << 6 << 45.0 << 145.0;
    QTest::newRow("count") << u"aggregator=count&period=10"_s << 6 << 10.0 << 10.0;
    QTest::newRow("min") << u"aggregator=min&period=10"_s << 6 << 0.0 << 10.0;
    QTest::newRow("max") << u"aggregator=max&period=10"_s << 6 << 9.0 << 19.0;
    QTest::newRow("mean") << u"aggregator=mean&period=10"_s << 6 << 4.5 << 14.5;
    QTest::newRow("default period") << u"aggregator=sum"_s << 60 << 0.0 << 1.0;
    QTest::newRow("limited") << u"aggregator=count&period=10&limit=2"_s << 2 << 10.0 << 10.0;
    QTest::newRow("filtered") << u"aggregator=count&period=10&tags=host:a"_s << 6 << 5.0 << 5.0;
}

void TestMetricsQuery::aggregated()
{
    QFETCH(QString, query);
    QFETCH(int, buckets);
    QFETCH(double, first);
    QFETCH(double, second);
    // End one second before minute 60 so exactly 60 points fall in the window.
    const QString window = u"start=%1&end=%2"_s.arg(
        QDateTime::fromSecsSinceEpoch(m_base, Qt::UTC).toString(Qt::ISODate),
        QDateTime::fromSecsSinceEpoch(m_base + 3599, Qt::UTC).toString(Qt::ISODate));
    const auto reply = m_world.client(m_admin)->get(path(u"metric=cpu&%1&%2"_s.arg(query, window)));
    QCOMPARE(reply.status, 200);
    const QJsonArray points = metricsOf(reply);
    QCOMPARE(points.size(), buckets);
    QCOMPARE(points.at(0).toObject().value(u"value"_s).toDouble(), first);
    QCOMPARE(points.at(1).toObject().value(u"value"_s).toDouble(), second);
    QCOMPARE(QDateTime::fromString(points.at(0).toObject().value(u"time"_s).toString(),
                                   Qt::ISODateWithMs)
                 .toSecsSinceEpoch(),
             m_base);
}

void TestMetricsQuery::queryErrors()
{
    auto http = m_world.client(m_admin);
    const auto unknown = http->get(path(u"metric=never.published"_s));
    QCOMPARE(unknown.status, 400);
    QVERIFY2(unknown.detail().contains(u"never.published"_s), qPrintable(unknown.detail()));
    QCOMPARE(http->get(u"/organizations/%1/metrics"_s.arg(m_org)).status, 400);
    QCOMPARE(http->get(path(u"metric=cpu&aggregator=median"_s)).status, 400);
    QCOMPARE(http->get(path(u"metric=cpu&period=0&aggregator=sum"_s)).status, 400);
    QCOMPARE(http->get(path(u"metric=cpu&start=yesterday"_s)).status, 400);
    QCOMPARE(http->get(path(u"metric=cpu&limit=abc"_s)).status, 400);
    QCOMPARE(
        http->get(path(u"metric=cpu&start=2030-01-01T00:00:00Z&end=2020-01-01T00:00:00Z"_s)).status,
        400);
    QCOMPARE(http->get(u"/organizations/nope-q/metrics?metric=cpu"_s).status, 404);
    QCOMPARE(m_world.client({})->get(path(u"metric=cpu"_s)).status, 401);
    // The team's metric is unknown at organization level.
    QCOMPARE(http->get(path(u"metric=latency"_s)).status, 400);
}

void TestMetricsQuery::rolesForSessions()
{
    for (const QString &role : {u"member"_s, u"viewer"_s}) {
        QString email;
        const QString session = m_world.newUser(u"q-"_s + role, &email);
        QVERIFY2(m_world.addMember(m_admin, m_org, {}, email, role),
                 qPrintable(m_world.lastError()));
        QCOMPARE(m_world.client(session)->get(path(u"metric=cpu&"_s + window())).status, 200);
        QCOMPARE(
            m_world.client(session)->get(u"/organizations/%1/metric-names"_s.arg(m_org)).status,
            200);
    }
    const QString outsider = m_world.newUser(u"q-outsider"_s);
    QCOMPARE(m_world.client(outsider)->get(path(u"metric=cpu"_s)).status, 403);
    QCOMPARE(m_world.client(outsider)->get(u"/organizations/%1/metric-names"_s.arg(m_org)).status,
             403);
}

void TestMetricsQuery::readingTokens()
{
    const QString tokens = u"/organizations/%1/tokens"_s.arg(m_org);
    const QJsonObject reader =
        m_world.createToken(m_admin, tokens,
                            {{u"description"_s, u"reader"_s},
                             {u"scopes"_s, QJsonArray{u"metrics:read"_s}},
                             {u"labels"_s, QJsonObject{{u"host"_s, u"b"_s}}}});
    QVERIFY2(!reader.isEmpty(), qPrintable(m_world.lastError()));
    auto http = m_world.client(reader.value(u"value"_s).toString(), HttpClient::Scheme::Basic);
    // Held to host:b by its label.
    const QJsonArray points = metricsOf(http->get(path(u"metric=cpu&limit=60&"_s + window())));
    QCOMPARE(points.size(), 30);
    QCOMPARE(points.at(0).toObject().value(u"value"_s).toDouble(), 1.0);
    QCOMPARE(http->get(path(u"metric=cpu&tags=host:b&"_s + window())).status, 200);
    const auto widened = http->get(path(u"metric=cpu&tags=host:a&"_s + window()));
    QCOMPARE(widened.status, 403);
    // An organization token may read its teams' metrics.
    QCOMPARE(http->get(u"/organizations/%1/teams/ops/metrics?metric=latency"_s.arg(m_org)).status,
             200);
    // Tokens never list metric names (a session endpoint).
    QCOMPARE(http->get(u"/organizations/%1/metric-names"_s.arg(m_org)).status, 401);

    // A write-only token cannot read.
    const QString writer =
        m_world.client(m_admin)->get(tokens).array().at(0).toObject().value(u"value"_s).toString();
    QCOMPARE(m_world.client(writer)->get(path(u"metric=cpu"_s)).status, 403);

    // A team token reads only its team.
    const QJsonObject devReader = m_world.createToken(
        m_admin, u"/organizations/%1/teams/dev/tokens"_s.arg(m_org),
        {{u"description"_s, u"dev reader"_s}, {u"scopes"_s, QJsonArray{u"metrics:read"_s}}});
    QVERIFY2(!devReader.isEmpty(), qPrintable(m_world.lastError()));
    auto dev = m_world.client(devReader.value(u"value"_s).toString());
    QCOMPARE(dev->get(u"/organizations/%1/teams/ops/metrics?metric=latency"_s.arg(m_org)).status,
             403);
    QCOMPARE(dev->get(path(u"metric=cpu"_s)).status, 403);

    // A pattern limits what a reading token may query.
    const QJsonObject memOnly = m_world.createToken(
        m_admin, tokens,
        {{u"description"_s, u"mem"_s}, {u"scopes"_s, QJsonArray{u"metrics:read:mem"_s}}});
    QVERIFY2(!memOnly.isEmpty(), qPrintable(m_world.lastError()));
    auto mem = m_world.client(memOnly.value(u"value"_s).toString());
    QCOMPARE(mem->get(path(u"metric=mem&"_s + window())).status, 200);
    QCOMPARE(mem->get(path(u"metric=cpu&"_s + window())).status, 403);
}

void TestMetricsQuery::teamMetrics()
{
    auto http = m_world.client(m_admin);
    const auto reply =
        http->get(u"/organizations/%1/teams/ops/metrics?metric=latency"_s.arg(m_org));
    QCOMPARE(reply.status, 200);
    QCOMPARE(metricsOf(reply).size(), 1);
    QCOMPARE(metricsOf(reply).at(0).toObject().value(u"value"_s).toDouble(), 12.5);
    QCOMPARE(http->get(u"/organizations/%1/teams/dev/metrics?metric=latency"_s.arg(m_org)).status,
             400);
    QCOMPARE(http->get(u"/organizations/%1/teams/nope/metrics?metric=latency"_s.arg(m_org)).status,
             404);
    QString email;
    const QString viewer = m_world.newUser(u"q-teamviewer"_s, &email);
    QVERIFY2(m_world.addMember(m_admin, m_org, u"ops"_s, email, u"viewer"_s),
             qPrintable(m_world.lastError()));
    QCOMPARE(m_world.client(viewer)
                 ->get(u"/organizations/%1/teams/ops/metrics?metric=latency"_s.arg(m_org))
                 .status,
             200);
    QCOMPARE(m_world.client(viewer)
                 ->get(u"/organizations/%1/teams/dev/metrics?metric=latency"_s.arg(m_org))
                 .status,
             403);
}

void TestMetricsQuery::metricNames()
{
    auto http = m_world.client(m_admin);
    const auto reply = http->get(u"/organizations/%1/metric-names"_s.arg(m_org));
    QCOMPARE(reply.status, 200);
    const QJsonArray names = reply.array();
    QCOMPARE(names.size(), 2);
    QCOMPARE(names.at(0).toObject().value(u"name"_s).toString(), u"cpu"_s);
    QCOMPARE(names.at(0).toObject().value(u"tags"_s).toArray(), (QJsonArray{u"env"_s, u"host"_s}));
    QCOMPARE(names.at(1).toObject().value(u"name"_s).toString(), u"mem"_s);
    QCOMPARE(names.at(1).toObject().value(u"tags"_s).toArray(), QJsonArray{u"zone"_s});
    const auto team = http->get(u"/organizations/%1/teams/ops/metric-names"_s.arg(m_org));
    QCOMPARE(team.status, 200);
    QCOMPARE(team.array().size(), 1);
    QCOMPARE(team.array().at(0).toObject().value(u"name"_s).toString(), u"latency"_s);
    QCOMPARE(http->get(u"/organizations/%1/teams/dev/metric-names"_s.arg(m_org)).array().size(), 0);
}

QTEST_GUILESS_MAIN(TestMetricsQuery)
#include "tst_metricsquery.moc"
