// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace keyward::server {

namespace {
constexpr auto kRelaxed = std::memory_order_relaxed;

QString routeKey(const QString &method, const QString &pattern)
{
    return method + u' ' + pattern;
}

QByteArray labelValue(const QString &value)
{
    QByteArray out = value.toUtf8();
    out.replace('\\', "\\\\").replace('"', "\\\"").replace('\n', "\\n");
    return out;
}

QByteArray refusalName(TokenRefusal reason)
{
    switch (reason) {
    case TokenRefusal::Malformed:
        return "malformed"_ba;
    case TokenRefusal::NotAToken:
        return "not_a_token"_ba;
    case TokenRefusal::UnknownKey:
        return "unknown_key"_ba;
    case TokenRefusal::RetiredKey:
        return "retired_key"_ba;
    case TokenRefusal::BadSignature:
        return "bad_signature"_ba;
    case TokenRefusal::Time:
        return "not_valid_now"_ba;
    case TokenRefusal::WrongAudience:
        return "wrong_audience"_ba;
    case TokenRefusal::InvalidClaims:
        return "invalid_claims"_ba;
    case TokenRefusal::Revoked:
        return "revoked"_ba;
    case TokenRefusal::Expired:
        return "expired"_ba;
    case TokenRefusal::Forbidden:
        return "forbidden"_ba;
    }
    return "unknown"_ba;
}

void header(QByteArray &out, const char *name, const char *type, const char *help)
{
    out += "# HELP "_ba + name + ' ' + help + "\n# TYPE "_ba + name + ' ' + type + '\n';
}

QByteArray number(double value)
{
    return QByteArray::number(value, 'g', 15);
}
} // namespace

Metrics::Metrics() = default;
Metrics::~Metrics() = default;

void Metrics::addRoute(const QString &method, const QString &pattern)
{
    const QString key = routeKey(method, pattern);
    if (m_routeIndex.contains(key))
        return;
    auto counters = std::make_unique<RouteCounters>();
    counters->method = method;
    counters->pattern = pattern;
    m_routeIndex.insert(key, counters.get());
    m_routes.push_back(std::move(counters));
}

void Metrics::recordRequest(const QString &method, const QString &pattern, int status,
                            double seconds)
{
    if (RouteCounters *route = m_routeIndex.value(routeKey(method, pattern))) {
        const auto *found = std::find(kStatuses.begin(), kStatuses.end(), status);
        route->byStatus[std::size_t(found - kStatuses.begin())].fetch_add(1, kRelaxed);
    }
    const auto *bucket = std::lower_bound(kLatencyBuckets.begin(), kLatencyBuckets.end(), seconds);
    m_latency[std::size_t(bucket - kLatencyBuckets.begin())].fetch_add(1, kRelaxed);
    m_latencySumMicros.fetch_add(quint64(std::max(0.0, seconds) * 1e6), kRelaxed);
}

void Metrics::recordTokenVerification()
{
    m_tokenVerifications.fetch_add(1, kRelaxed);
}

void Metrics::recordTokenRefusal(TokenRefusal reason)
{
    m_tokenRefusals[std::size_t(reason)].fetch_add(1, kRelaxed);
}

void Metrics::recordLoginFailure(bool throttled)
{
    (throttled ? m_loginThrottled : m_loginFailures).fetch_add(1, kRelaxed);
}

QByteArray Metrics::render() const
{
    QByteArray out;
    out.reserve(8192);
    header(out, "keyward_http_requests_total", "counter",
           "Requests answered by a route, by method, route template and status.");
    for (const auto &route : m_routes) {
        const QByteArray labels = "method=\""_ba + labelValue(route->method) + "\",route=\""_ba +
                                  labelValue(route->pattern) + "\",status=\""_ba;
        for (std::size_t i = 0; i < route->byStatus.size(); ++i) {
            const quint64 value = route->byStatus[i].load(kRelaxed);
            if (value == 0)
                continue;
            const QByteArray status =
                i < kStatuses.size() ? QByteArray::number(kStatuses[i]) : "other"_ba;
            out += "keyward_http_requests_total{"_ba + labels + status + "\"} "_ba +
                   QByteArray::number(value) + '\n';
        }
    }

    header(out, "keyward_http_request_duration_seconds", "histogram",
           "Time from a request's dispatch to its response, in seconds.");
    // Each bucket is read once; the count is their sum so the series stay consistent.
    quint64 cumulative = 0;
    for (std::size_t i = 0; i < kLatencyBuckets.size(); ++i) {
        cumulative += m_latency[i].load(kRelaxed);
        out += "keyward_http_request_duration_seconds_bucket{le=\""_ba +
               number(kLatencyBuckets[i]) + "\"} "_ba + QByteArray::number(cumulative) + '\n';
    }
    cumulative += m_latency[kLatencyBuckets.size()].load(kRelaxed);
    out += "keyward_http_request_duration_seconds_bucket{le=\"+Inf\"} "_ba +
           QByteArray::number(cumulative) + '\n';
    out += "keyward_http_request_duration_seconds_sum "_ba +
           number(double(m_latencySumMicros.load(kRelaxed)) / 1e6) + '\n';
    out +=
        "keyward_http_request_duration_seconds_count "_ba + QByteArray::number(cumulative) + '\n';

    header(out, "keyward_token_verifications_total", "counter",
           "Publishing tokens presented for verification.");
    out += "keyward_token_verifications_total "_ba +
           QByteArray::number(m_tokenVerifications.load(kRelaxed)) + '\n';
    header(out, "keyward_token_verification_failures_total", "counter",
           "Publishing tokens refused, by reason.");
    for (int i = 0; i < kTokenRefusalCount; ++i)
        out += "keyward_token_verification_failures_total{reason=\""_ba +
               refusalName(TokenRefusal(i)) + "\"} "_ba +
               QByteArray::number(m_tokenRefusals[std::size_t(i)].load(kRelaxed)) + '\n';

    header(out, "keyward_login_failures_total", "counter",
           "Refused logins: wrong email or password, or throttled.");
    out += "keyward_login_failures_total{reason=\"bad_credentials\"} "_ba +
           QByteArray::number(m_loginFailures.load(kRelaxed)) + '\n';
    out += "keyward_login_failures_total{reason=\"throttled\"} "_ba +
           QByteArray::number(m_loginThrottled.load(kRelaxed)) + '\n';
    return out;
}

} // namespace keyward::server
