// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

#include <array>
#include <atomic>
#include <memory>
#include <vector>

namespace keyward::server {

/// Why a publishing token was refused, as the metrics label it.
enum class TokenRefusal
{
    Malformed,     ///< not a JWT, or a JWT that does not parse
    NotAToken,     ///< an operator session where a publishing token is needed
    UnknownKey,    ///< "kid" names no key of this server
    RetiredKey,    ///< "kid" names a retired key (keys retire)
    BadSignature,  ///< the signature does not verify
    Time,          ///< outside nbf/exp
    WrongAudience, ///< "aud" is not the publishing audience
    InvalidClaims, ///< no usable "jti"
    Revoked,       ///< revoked (or deleted) token
    Expired,       ///< stored expiry passed (rotation grace ended)
    Forbidden,     ///< valid token without the scope, organization or team for the request
};
inline constexpr int kTokenRefusalCount = int(TokenRefusal::Forbidden) + 1;

/// The server's Prometheus metrics. Every recorder is a few relaxed atomic
/// increments, safe from any worker thread. Routes are registered once before
/// serving (addRoute is not thread-safe); their table is read-only afterwards.
class Metrics
{
public:
    Metrics();
    ~Metrics();
    Q_DISABLE_COPY_MOVE(Metrics)

    /// Registers a route template so its requests are counted by status.
    void addRoute(const QString &method, const QString &pattern);
    /// A request answered by route \p method \p pattern, handled in \p seconds.
    /// Unregistered routes only count in the latency histogram.
    void recordRequest(const QString &method, const QString &pattern, int status, double seconds);
    void recordTokenVerification();
    void recordTokenRefusal(TokenRefusal reason);
    void recordLoginFailure(bool throttled);

    /// The text exposition format (version 0.0.4).
    QByteArray render() const;

    static constexpr std::array<double, 13> kLatencyBuckets{
        0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0};
    /// The statuses counted separately; anything else is labelled "other".
    static constexpr std::array<int, 21> kStatuses{200, 201, 202, 204, 400, 401, 403,
                                                   404, 405, 408, 409, 410, 411, 412,
                                                   413, 415, 422, 429, 500, 501, 503};

private:
    using Counter = std::atomic<quint64>;
    struct RouteCounters
    {
        QString method;
        QString pattern;
        std::array<Counter, kStatuses.size() + 1> byStatus{};
    };

    std::vector<std::unique_ptr<RouteCounters>> m_routes;
    QHash<QString, RouteCounters *> m_routeIndex;
    std::array<Counter, kLatencyBuckets.size() + 1> m_latency{}; ///< per bucket, not cumulative
    Counter m_latencySumMicros{0};
    Counter m_tokenVerifications{0};
    std::array<Counter, kTokenRefusalCount> m_tokenRefusals{};
    Counter m_loginFailures{0};
    Counter m_loginThrottled{0};
};

} // namespace keyward::server
