// SPDX-License-Identifier: GPL-3.0-or-later
// GET /internal/metrics: after known traffic (logins, one failing; publishes,
// one with a revoked token; reads) the Prometheus text parses and every
// counter holds exactly what that traffic implies; only the scraper secret of
// --metrics-token opens the endpoint.
#include "httpclient.h"
#include "serverprocess.h"

#include <QDateTime>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using keyward::test::HttpClient;
using keyward::test::ServerProcess;

namespace {
constexpr auto kSecret = "scraper-secret-0123456789abcdef";
constexpr auto kPassword = "correct horse battery staple";

/// The text exposition format, as far as these metrics use it.
struct Exposition
{
    QHash<QString, QString> types;  ///< metric family -> "counter", "histogram"
    QHash<QString, double> samples; ///< "name{labels}" exactly as printed -> value
    QString error;

    static Exposition parse(const QByteArray &text)
    {
        static const QRegularExpression sample(
            uR"(^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{([a-zA-Z_][a-zA-Z0-9_]*="(?:[^"\\]|\\.)*",?)*\})? (\S+)$)"_s);
        static const QRegularExpression type(
            uR"(^# TYPE ([a-zA-Z_:][a-zA-Z0-9_:]*) (counter|gauge|histogram|summary|untyped)$)"_s);
        Exposition result;
        const QList<QByteArray> lines = text.split('\n');
        for (const QByteArray &raw : lines) {
            const QString line = QString::fromUtf8(raw);
            if (line.isEmpty() || line.startsWith(u"# HELP "_s))
                continue;
            if (line.startsWith(u'#')) {
                const auto match = type.match(line);
                if (!match.hasMatch())
                    return result.fail(line);
                result.types.insert(match.captured(1), match.captured(2));
                continue;
            }
            const auto match = sample.match(line);
            if (!match.hasMatch())
                return result.fail(line);
            bool ok = false;
            const QString valueText = match.captured(4);
            const double value = valueText == u"+Inf"_s ? qInf() : valueText.toDouble(&ok);
            if (!ok && valueText != u"+Inf"_s)
                return result.fail(line);
            QString family = match.captured(1);
            for (const QString &suffix : {u"_bucket"_s, u"_sum"_s, u"_count"_s}) {
                if (!result.types.contains(family) && family.endsWith(suffix))
                    family.chop(suffix.size());
            }
            if (!result.types.contains(family))
                return result.fail(u"no # TYPE before "_s + line);
            const QString key = match.captured(1) + match.captured(2);
            if (result.samples.contains(key))
                return result.fail(u"duplicate series "_s + line);
            result.samples.insert(key, value);
        }
        return result;
    }

    Exposition &fail(const QString &line)
    {
        error = u"unparsable line: "_s + line;
        return *this;
    }

    double value(const QString &series) const { return samples.value(series, 0.0); }
};

QString requests(const char *method, const char *route, int status)
{
    return u"keyward_http_requests_total{method=\"%1\",route=\"%2\",status=\"%3\"}"_s.arg(
        QLatin1StringView(method), QLatin1StringView(route), QString::number(status));
}
} // namespace

class TestMetricsEndpoint final : public QObject
{
    Q_OBJECT

private:
    ServerProcess m_server;
    QTemporaryDir m_dir;

    HttpClient::Reply scrape(const QString &credential,
                             HttpClient::Scheme scheme = HttpClient::Scheme::Bearer)
    {
        HttpClient client(m_server.baseUrl());
        if (!credential.isEmpty())
            client.setCredential(credential, scheme);
        return client.get(u"/internal/metrics"_s);
    }

    int publish(const QString &org, const QString &token)
    {
        HttpClient client(m_server.baseUrl());
        client.setCredential(token);
        const QJsonObject point{{u"metric"_s, u"jobs"_s},
                                {u"value"_s, 1},
                                {u"timestamp"_s, QDateTime::currentSecsSinceEpoch()}};
        return client
            .post(u"/organizations/%1/metrics"_s.arg(org),
                  QJsonObject{{u"metrics"_s, QJsonArray{point}}})
            .status;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString secretFile = m_dir.filePath(u"metrics-token"_s);
        QFile file(secretFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(kSecret) + '\n');
        file.close();
        QVERIFY2(m_server.start({u"--metrics-token"_s, secretFile}),
                 qPrintable(m_server.lastError()));
    }

    void refusedWithoutTheSecret()
    {
        QCOMPARE(scrape({}).status, 401);
        QCOMPARE(scrape(u"wrong-secret-0123456789abcdef"_s).status, 401);
        // Basic with the secret as user name is not the scraper scheme.
        QCOMPARE(scrape(QString::fromLatin1(kSecret), HttpClient::Scheme::Basic).status, 401);
        QVERIFY(m_server.addUser(u"metrics-viewer@example.org"_s, QString::fromLatin1(kPassword)));
        HttpClient client(m_server.baseUrl());
        const QString session =
            client.login(u"metrics-viewer@example.org"_s, QString::fromLatin1(kPassword));
        QVERIFY(!session.isEmpty());
        // An operator session is no scraper credential either.
        QCOMPARE(scrape(session).status, 401);
    }

    void countersMatchTraffic()
    {
        const QString email = u"metrics-admin@example.org"_s;
        QVERIFY(m_server.addUser(email, QString::fromLatin1(kPassword)));
        HttpClient admin(m_server.baseUrl());
        QVERIFY(admin.login(email, u"wrong password"_s).isEmpty());
        const QString session = admin.login(email, QString::fromLatin1(kPassword));
        QVERIFY(!session.isEmpty());
        admin.setCredential(session);

        const QString org = u"metricsorg"_s;
        QCOMPARE(admin
                     .post(u"/organizations"_s,
                           QJsonObject{{u"name"_s, org},
                                       {u"email"_s, u"ops@example.org"_s},
                                       {u"notification_url"_s, u"https://example.org/hook"_s}})
                     .status,
                 201);
        const QString tokens = u"/organizations/%1/tokens"_s.arg(org);
        const auto kept = admin.post(tokens, QJsonObject{{u"description"_s, u"kept"_s}});
        QCOMPARE(kept.status, 201);
        const auto revoked = admin.post(tokens, QJsonObject{{u"description"_s, u"revoked"_s}});
        QCOMPARE(revoked.status, 201);
        QCOMPARE(admin
                     .del(u"%1/%2"_s.arg(tokens).arg(
                         revoked.object().value(u"id"_s).toVariant().toLongLong()))
                     .status,
                 204);
        QCOMPARE(admin.get(u"/organizations/%1"_s.arg(org)).status, 200);
        QCOMPARE(admin.get(u"/organizations/%1"_s.arg(org)).status, 200);

        QCOMPARE(publish(org, kept.object().value(u"value"_s).toString()), 202);
        QCOMPARE(publish(org, kept.object().value(u"value"_s).toString()), 202);
        QCOMPARE(publish(org, revoked.object().value(u"value"_s).toString()), 401);
        QCOMPARE(publish(org, u"not.a.jwt"_s), 401);

        const auto reply = scrape(QString::fromLatin1(kSecret));
        QCOMPARE(reply.status, 200);
        QVERIFY2(reply.header("Content-Type").startsWith("text/plain; version=0.0.4"),
                 reply.header("Content-Type").constData());
        const Exposition metrics = Exposition::parse(reply.body);
        QVERIFY2(metrics.error.isEmpty(), qPrintable(metrics.error));

        QCOMPARE(metrics.types.value(u"keyward_http_requests_total"_s), u"counter"_s);
        QCOMPARE(metrics.types.value(u"keyward_http_request_duration_seconds"_s), u"histogram"_s);
        QCOMPARE(metrics.types.value(u"keyward_token_verifications_total"_s), u"counter"_s);
        QCOMPARE(metrics.types.value(u"keyward_token_verification_failures_total"_s), u"counter"_s);
        QCOMPARE(metrics.types.value(u"keyward_login_failures_total"_s), u"counter"_s);

        // refusedWithoutTheSecret ran first: one login of its own, four refused scrapes.
        QCOMPARE(metrics.value(requests("POST", "/users/login", 200)), 2.0);
        QCOMPARE(metrics.value(requests("POST", "/users/login", 401)), 1.0);
        QCOMPARE(metrics.value(u"keyward_login_failures_total{reason=\"bad_credentials\"}"_s), 1.0);
        QCOMPARE(metrics.value(u"keyward_login_failures_total{reason=\"throttled\"}"_s), 0.0);
        QCOMPARE(metrics.value(requests("GET", "/internal/metrics", 401)), 4.0);
        QCOMPARE(metrics.value(requests("POST", "/organizations", 201)), 1.0);
        QCOMPARE(metrics.value(requests("POST", "/organizations/{org}/tokens", 201)), 2.0);
        QCOMPARE(metrics.value(requests("DELETE", "/organizations/{org}/tokens/{id}", 204)), 1.0);
        QCOMPARE(metrics.value(requests("GET", "/organizations/{org}", 200)), 2.0);
        QCOMPARE(metrics.value(requests("POST", "/organizations/{org}/metrics", 202)), 2.0);
        QCOMPARE(metrics.value(requests("POST", "/organizations/{org}/metrics", 401)), 2.0);

        QCOMPARE(metrics.value(u"keyward_token_verifications_total"_s), 4.0);
        // The kept token's second publish skipped its signature check.
        QCOMPARE(metrics.types.value(u"keyward_token_cache_hits_total"_s), u"counter"_s);
        QCOMPARE(metrics.types.value(u"keyward_token_cache_misses_total"_s), u"counter"_s);
        QCOMPARE(metrics.value(u"keyward_token_cache_hits_total"_s), 1.0);
        QVERIFY(metrics.value(u"keyward_token_cache_misses_total"_s) >= 1.0);
        const auto failures = [&metrics](const char *reason) {
            return metrics.value(u"keyward_token_verification_failures_total{reason=\"%1\"}"_s.arg(
                QLatin1StringView(reason)));
        };
        QCOMPARE(failures("revoked"), 1.0);
        QCOMPARE(failures("malformed"), 1.0);
        QCOMPARE(failures("bad_signature"), 0.0);
        QCOMPARE(failures("retired_key"), 0.0);
        QVERIFY(metrics.samples.contains(
            u"keyward_token_verification_failures_total{reason=\"forbidden\"}"_s));

        // The histogram counts every request the route counters count (this scrape
        // is recorded after its own answer), with cumulative buckets.
        double routed = 0;
        for (auto it = metrics.samples.begin(); it != metrics.samples.end(); ++it) {
            if (it.key().startsWith(u"keyward_http_requests_total{"_s))
                routed += it.value();
        }
        const QString histogram = u"keyward_http_request_duration_seconds"_s;
        QCOMPARE(metrics.value(histogram + u"_count"_s), routed);
        QCOMPARE(metrics.value(histogram + u"_bucket{le=\"+Inf\"}"_s), routed);
        double previous = 0;
        for (const char *bound : {"0.001", "0.0025", "0.005", "0.01", "0.025", "0.05", "0.1",
                                  "0.25", "0.5", "1", "2.5", "5", "10", "+Inf"}) {
            const QString series =
                histogram + u"_bucket{le=\"%1\"}"_s.arg(QLatin1StringView(bound));
            QVERIFY2(metrics.samples.contains(series), qPrintable(series));
            QVERIFY(metrics.value(series) >= previous);
            previous = metrics.value(series);
        }
        QVERIFY(metrics.value(histogram + u"_sum"_s) > 0);

        // The scrape itself shows up in the next one.
        const Exposition next = Exposition::parse(scrape(QString::fromLatin1(kSecret)).body);
        QVERIFY2(next.error.isEmpty(), qPrintable(next.error));
        QCOMPARE(next.value(requests("GET", "/internal/metrics", 200)), 1.0);
    }

    void requestsNoRouteAnsweredAreCounted()
    {
        const auto before = Exposition::parse(scrape(QString::fromLatin1(kSecret)).body);
        QVERIFY2(before.error.isEmpty(), qPrintable(before.error));

        HttpClient client(m_server.baseUrl());
        QCOMPARE(client.get(u"/no/such/endpoint"_s).status, 404);
        QCOMPARE(client.get(u"/no/such/endpoint"_s).status, 404);
        QCOMPARE(client.del(u"/users/login"_s).status, 405);

        // Refused by the connection guard before the HTTP server parsed it.
        QTcpSocket socket;
        socket.connectToHost(u"127.0.0.1"_s, m_server.port());
        QVERIFY(socket.waitForConnected(10000));
        socket.write("GET /health HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer a\r\n"
                     "Authorization: Bearer b\r\n\r\n"_ba);
        QTRY_VERIFY_WITH_TIMEOUT(socket.bytesAvailable() > 0 ||
                                     socket.state() == QAbstractSocket::UnconnectedState,
                                 10000);
        QVERIFY2(socket.readAll().startsWith("HTTP/1.1 400"), "the guard answers 400");

        // The guard's count arrives through a signal; the scrape sees it soon.
        const QString guarded = requests("-", "unmatched", 400);
        QTRY_COMPARE_WITH_TIMEOUT(
            Exposition::parse(scrape(QString::fromLatin1(kSecret)).body).value(guarded),
            before.value(guarded) + 1, 10000);
        const auto after = Exposition::parse(scrape(QString::fromLatin1(kSecret)).body);
        QVERIFY2(after.error.isEmpty(), qPrintable(after.error));
        QCOMPARE(after.value(requests("GET", "unmatched", 404)),
                 before.value(requests("GET", "unmatched", 404)) + 2);
        QCOMPARE(after.value(requests("DELETE", "unmatched", 405)),
                 before.value(requests("DELETE", "unmatched", 405)) + 1);
        // Unmatched requests are in the histogram like every other answer.
        double routed = 0;
        for (auto it = after.samples.begin(); it != after.samples.end(); ++it) {
            if (it.key().startsWith(u"keyward_http_requests_total{"_s))
                routed += it.value();
        }
        QCOMPARE(after.value(u"keyward_http_request_duration_seconds_count"_s), routed);
    }
};

QTEST_GUILESS_MAIN(TestMetricsEndpoint)
#include "tst_metricsendpoint.moc"
