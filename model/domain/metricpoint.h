// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "expected.h"

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

namespace keyward {

/// One data point: {metric (or name), tags, timestamp (epoch seconds), value}.
struct MetricPoint
{
    QString metric;
    QMap<QString, QString> tags;
    qint64 timestamp = 0;
    double value = 0;

    friend bool operator==(const MetricPoint &, const MetricPoint &) = default;
};

/// Metric names: 1–128 ASCII letters, digits, '.', '_', '-'.
bool isValidMetricName(const QString &name);

/// Writes the name as "metric".
QJsonObject toJson(const MetricPoint &point);
/// Accepts "metric" or "name" for the metric name; timestamp must be an
/// integral number, value a finite number, tags an object of strings.
Expected<MetricPoint> metricPointFromJson(const QJsonObject &json);

/// An entry of GET …/metric-names: {name, tags}.
struct MetricName
{
    QString name;
    QStringList tags;

    friend bool operator==(const MetricName &, const MetricName &) = default;
};

QJsonObject toJson(const MetricName &name);
Expected<MetricName> metricNameFromJson(const QJsonObject &json);

} // namespace keyward
