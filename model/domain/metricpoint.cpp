// SPDX-License-Identifier: GPL-3.0-or-later
#include "metricpoint.h"

#include "wirereader.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace keyward {

namespace {

constexpr qsizetype MaxMetricNameLength = 128;

QJsonObject stringMapToJson(const QMap<QString, QString> &map)
{
    QJsonObject object;
    for (auto it = map.constBegin(); it != map.constEnd(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

} // namespace

bool isValidMetricName(const QString &name)
{
    if (name.isEmpty() || name.size() > MaxMetricNameLength)
        return false;
    for (const QChar c : name) {
        const bool ok = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') ||
                        (c >= u'0' && c <= u'9') || c == u'.' || c == u'_' || c == u'-';
        if (!ok)
            return false;
    }
    return true;
}

QJsonObject toJson(const MetricPoint &point)
{
    return QJsonObject{
        {u"metric"_s, point.metric},
        {u"tags"_s, stringMapToJson(point.tags)},
        {u"timestamp"_s, point.timestamp},
        {u"value"_s, point.value},
    };
}

Expected<MetricPoint> metricPointFromJson(const QJsonObject &json)
{
    WireReader r(json);
    MetricPoint point;
    // CAVE's field table says "metric", its own example sends "name".
    const QString nameKey = r.has(u"metric"_s) || !r.has(u"name"_s) ? u"metric"_s : u"name"_s;
    point.metric = r.requiredString(nameKey);
    if (r.ok() && !isValidMetricName(point.metric))
        r.fail(nameKey, u"must be 1 to 128 ASCII letters, digits, '.', '_' or '-'."_s);
    point.tags = r.optionalStringMap(u"tags"_s);
    if (const auto timestamp = r.requiredInteger(u"timestamp"_s))
        point.timestamp = *timestamp;
    if (const auto value = r.requiredNumber(u"value"_s))
        point.value = *value;
    return r.result(std::move(point));
}

QJsonObject toJson(const MetricName &name)
{
    return QJsonObject{
        {u"name"_s, name.name},
        {u"tags"_s, QJsonArray::fromStringList(name.tags)},
    };
}

Expected<MetricName> metricNameFromJson(const QJsonObject &json)
{
    WireReader r(json);
    MetricName name;
    name.name = r.requiredString(u"name"_s);
    name.tags = r.optionalStringList(u"tags"_s).value_or(QStringList());
    return r.result(std::move(name));
}

} // namespace keyward
