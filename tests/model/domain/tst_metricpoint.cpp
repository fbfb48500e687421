// SPDX-License-Identifier: GPL-3.0-or-later
#include "cavedata.h"
#include "domain/metricpoint.h"

#include <QJsonArray>
#include <QTest>

#include <limits>

using namespace Qt::StringLiterals;
using namespace keyward;
using namespace keyward::test;

namespace {

QJsonObject goodPoint()
{
    return QJsonObject{{u"metric"_s, u"http.cache.hits"_s},
                       {u"tags"_s, QJsonObject{{u"host"_s, u"svc12.prod.iad"_s}}},
                       {u"timestamp"_s, 1398788625},
                       {u"value"_s, 123}};
}

} // namespace

class TestMetricPoint : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip()
    {
        const auto point = checkObjectRoundTrip<MetricPoint>(goodPoint(), metricPointFromJson);
        QVERIFY(point);
        QCOMPARE(point->metric, u"http.cache.hits"_s);
        QCOMPARE(point->timestamp, 1398788625);
        QCOMPARE(point->value, 123.0);
        QCOMPARE(point->tags.value(u"host"_s), u"svc12.prod.iad"_s);
        QCOMPARE(toJson(*point), goodPoint());
    }

    void acceptsName()
    {
        QJsonObject json = goodPoint();
        json.remove(u"metric"_s);
        json.insert(u"name"_s, u"http.cache.misses"_s);
        const auto point = metricPointFromJson(json);
        QVERIFY2(point, qPrintable(errorText(point)));
        QCOMPARE(point->metric, u"http.cache.misses"_s);
        // Always written as "metric", the name CAVE's field table uses.
        QCOMPARE(toJson(*point).value(u"metric"_s).toString(), u"http.cache.misses"_s);
        QVERIFY(!toJson(*point).contains(u"name"_s));
    }

    void acceptsIntegralDoubleTimestamp()
    {
        QJsonObject json = goodPoint();
        json.insert(u"timestamp"_s, 1.4e9);
        const auto point = metricPointFromJson(json);
        QVERIFY2(point, qPrintable(errorText(point)));
        QCOMPARE(point->timestamp, 1400000000);
    }

    void acceptsFractionalValuesAndNoTags()
    {
        QJsonObject json = goodPoint();
        json.insert(u"value"_s, -0.25);
        json.remove(u"tags"_s);
        const auto point = metricPointFromJson(json);
        QVERIFY2(point, qPrintable(errorText(point)));
        QCOMPARE(point->value, -0.25);
        QVERIFY(point->tags.isEmpty());
    }

    void badInput_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("field");
        const QJsonValue missing(QJsonValue::Undefined);
        QTest::newRow("missing metric") << u"metric"_s << missing << u"metric"_s;
        QTest::newRow("numeric metric") << u"metric"_s << QJsonValue(1) << u"metric"_s;
        QTest::newRow("empty metric") << u"metric"_s << QJsonValue(u""_s) << u"metric"_s;
        QTest::newRow("metric with space")
            << u"metric"_s << QJsonValue(u"cache hits"_s) << u"metric"_s;
        QTest::newRow("metric with slash") << u"metric"_s << QJsonValue(u"a/b"_s) << u"metric"_s;
        QTest::newRow("metric too long")
            << u"metric"_s << QJsonValue(QString(129, u'm')) << u"metric"_s;
        QTest::newRow("missing timestamp") << u"timestamp"_s << missing << u"timestamp"_s;
        QTest::newRow("fractional timestamp")
            << u"timestamp"_s << QJsonValue(1.5) << u"timestamp"_s;
        QTest::newRow("string timestamp")
            << u"timestamp"_s << QJsonValue(u"1398788625"_s) << u"timestamp"_s;
        QTest::newRow("ISO timestamp")
            << u"timestamp"_s << QJsonValue(u"2014-04-29T16:23:45Z"_s) << u"timestamp"_s;
        QTest::newRow("missing value") << u"value"_s << missing << u"value"_s;
        QTest::newRow("string value") << u"value"_s << QJsonValue(u"123"_s) << u"value"_s;
        QTest::newRow("null value") << u"value"_s << QJsonValue() << u"value"_s;
        QTest::newRow("bool value") << u"value"_s << QJsonValue(true) << u"value"_s;
        QTest::newRow("array tags") << u"tags"_s << QJsonValue(QJsonArray()) << u"tags"_s;
        QTest::newRow("numeric tag")
            << u"tags"_s << QJsonValue(QJsonObject{{u"shard"_s, 3}}) << u"tags/shard"_s;
    }

    void badInput()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QFETCH(QString, field);
        QJsonObject json = goodPoint();
        if (value.isUndefined())
            json.remove(key);
        else
            json.insert(key, value);
        const auto point = metricPointFromJson(json);
        QVERIFY(!point);
        QCOMPARE(point.error().field, field);
    }

    void validMetricNames()
    {
        QVERIFY(isValidMetricName(u"RabbitMsgReceived"_s));
        QVERIFY(isValidMetricName(u"a-b_c.d9"_s));
        QVERIFY(isValidMetricName(QString(128, u'm')));
        QVERIFY(!isValidMetricName(QString()));
        QVERIFY(!isValidMetricName(u"héllo"_s));
    }

    void caveListOrgMetrics()
    {
        // docs/metrics/list-org-metrics.md, example response
        const QJsonDocument doc = loadCave(u"list-org-metrics.json"_s);
        QVERIFY(doc.isArray());
        const auto names = checkListRoundTrip<MetricName>(doc.array(), metricNameFromJson);
        QVERIFY(names);
        QCOMPARE(names->size(), 1);
        QCOMPARE(names->at(0).name, u"RabbitMsgReceived"_s);
        QCOMPARE(names->at(0).tags, (QStringList{u"host"_s, u"environment"_s, u"type"_s}));
        QCOMPARE(toJsonArray(*names), doc.array());
    }

    void badMetricNames()
    {
        auto result = metricNameFromJson(QJsonObject{{u"tags"_s, QJsonArray()}});
        QCOMPARE(result.error().field, u"name"_s);
        result = metricNameFromJson(QJsonObject{{u"name"_s, u"x"_s}, {u"tags"_s, u"host"_s}});
        QCOMPARE(result.error().field, u"tags"_s);
        result = metricNameFromJson(QJsonObject{{u"name"_s, u"x"_s}, {u"tags"_s, QJsonArray{1}}});
        QCOMPARE(result.error().field, u"tags/0"_s);
    }
};

QTEST_APPLESS_MAIN(TestMetricPoint)
#include "tst_metricpoint.moc"
