// SPDX-License-Identifier: GPL-3.0-or-later
// keyward-server --demo: the seeded data is there, usable over HTTP, varied
// enough for the app's pages, and seeded only into an empty database.
#include "httpclient.h"
#include "serverprocess.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using keyward::test::HttpClient;
using keyward::test::ServerProcess;

namespace {
const auto kDemoEmail = u"demo@keyward.example"_s;
const auto kDemoPassword = u"keyward-demo"_s;
constexpr qint64 kDayMs = 24 * 3600 * 1000;
} // namespace

class TestDemoSeeder final : public QObject
{
    Q_OBJECT

private:
    /// Just before the server (and its seeder) started.
    qint64 m_seededAfter = 0;
    ServerProcess m_server;
    const QString m_connection = u"tst_demoseeder"_s;

    QSqlDatabase db() { return QSqlDatabase::database(m_connection); }

    qint64 scalar(const QString &statement)
    {
        QSqlQuery query(db());
        if (!query.exec(statement) || !query.next()) {
            qWarning() << statement << query.lastError().text();
            return -1;
        }
        return query.value(0).toLongLong();
    }

    static QStringList namedRoles(const QJsonArray &array)
    {
        QStringList result;
        for (const QJsonValue &value : array)
            result.append(value[u"name"_s].toString() + u':' + value[u"role"_s].toString());
        return result;
    }

    QString login(const QString &email)
    {
        HttpClient http(m_server.baseUrl());
        return http.login(email, kDemoPassword);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_seededAfter = QDateTime::currentMSecsSinceEpoch();
        QVERIFY2(m_server.start({u"--demo"_s}), qPrintable(m_server.lastError()));
        QVERIFY2(m_server.output().contains("seeded demo data"), m_server.output().constData());
        QSqlDatabase database = m_server.openDatabase(m_connection);
        QVERIFY2(database.isOpen(), qPrintable(database.lastError().text()));
    }

    void cleanupTestCase()
    {
        QSqlDatabase::database(m_connection).close();
        QSqlDatabase::removeDatabase(m_connection);
        QVERIFY(m_server.stop());
    }

    void demoUserLogsInAndSeesOrganizations()
    {
        const QString session = login(kDemoEmail);
        QVERIFY(!session.isEmpty());
        HttpClient http(m_server.baseUrl());
        http.setCredential(session, HttpClient::Scheme::Basic);
        auto reply = http.get(u"/users/info"_s);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.object().value(u"email"_s).toString(), kDemoEmail);
        QVERIFY(!reply.object().value(u"first_name"_s).toString().isEmpty());

        reply = http.get(u"/users/organizations"_s);
        QCOMPARE(reply.status, 200);
        QCOMPARE(namedRoles(reply.array()),
                 (QStringList{u"acme:admin"_s, u"globex:admin"_s, u"initech:member"_s}));
        reply = http.get(u"/users/organizations/initech/teams"_s);
        QCOMPARE(reply.status, 200);
        const QStringList teams = namedRoles(reply.array());
        QVERIFY2(teams.contains(u"mobile:admin"_s), qPrintable(teams.join(u' ')));
        QVERIFY(teams.contains(u"reports:member"_s));
        QVERIFY(teams.contains(u"support:viewer"_s));
    }

    void everyRoleAndUserKindExists()
    {
        QVERIFY(scalar(u"SELECT COUNT(*) FROM users"_s) >= 9);
        for (const QString &role : {u"admin"_s, u"member"_s, u"viewer"_s}) {
            QVERIFY2(scalar(u"SELECT COUNT(*) FROM organization_members WHERE role = '%1'"_s.arg(
                         role)) > 0,
                     qPrintable(role));
            QVERIFY2(scalar(u"SELECT COUNT(*) FROM team_members WHERE role = '%1'"_s.arg(role)) > 0,
                     qPrintable(role));
        }
        // Somebody only in teams, and somebody in nothing at all.
        QVERIFY(scalar(u"SELECT COUNT(*) FROM users u WHERE NOT EXISTS (SELECT 1 FROM "
                       "organization_members m WHERE m.user_id = u.id) AND EXISTS (SELECT 1 FROM "
                       "team_members t WHERE t.user_id = u.id)"_s) > 0);
        QVERIFY(scalar(u"SELECT COUNT(*) FROM users u WHERE NOT EXISTS (SELECT 1 FROM "
                       "organization_members m WHERE m.user_id = u.id) AND NOT EXISTS (SELECT 1 "
                       "FROM team_members t WHERE t.user_id = u.id)"_s) > 0);
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM organizations"_s), 3);
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM organizations o WHERE (SELECT COUNT(*) FROM teams "
                        "t WHERE t.organization_id = o.id) BETWEEN 3 AND 5"_s),
                 3);
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM organizations WHERE email = '' OR "
                        "notification_url = ''"_s),
                 0);

        // A team-only user sees the organization with role "team", and every
        // demo account has the demo password.
        const QString grace = login(u"grace@contractors.example"_s);
        QVERIFY(!grace.isEmpty());
        HttpClient http(m_server.baseUrl());
        http.setCredential(grace);
        const auto reply = http.get(u"/users/organizations"_s);
        QCOMPARE(reply.status, 200);
        QCOMPARE(namedRoles(reply.array()), (QStringList{u"acme:team"_s, u"initech:team"_s}));
        QVERIFY(!login(u"ivan@example.org"_s).isEmpty());
    }

    void tokensCoverEveryExpiryState()
    {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const auto count = [this](const QString &where) {
            return scalar(u"SELECT COUNT(*) FROM tokens WHERE "_s + where);
        };
        // Every organization and team has its never-expiring default token.
        QCOMPARE(count(u"description = 'default' AND exp_ms IS NULL"_s),
                 scalar(u"SELECT COUNT(*) FROM organizations"_s) +
                     scalar(u"SELECT COUNT(*) FROM teams"_s));
        QVERIFY(count(u"exp_ms < %1"_s.arg(now)) > 0);
        QVERIFY(count(u"exp_ms BETWEEN %1 AND %2"_s.arg(now).arg(now + 7 * kDayMs)) > 0);
        QVERIFY(count(u"exp_ms BETWEEN %1 AND %2"_s.arg(now + 7 * kDayMs).arg(now + 30 * kDayMs)) >
                0);
        QVERIFY(count(u"exp_ms > %1"_s.arg(now + 30 * kDayMs)) > 0);
        QVERIFY(count(u"exp_ms IS NULL AND description <> 'default'"_s) > 0);
        // Nobody owns more than three tokens.
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM (SELECT organization_id, team_id FROM tokens "
                        "GROUP BY organization_id, team_id HAVING COUNT(*) > 3) x"_s),
                 0);
        QVERIFY(count(u"scopes LIKE '%metrics:read%'"_s) > 0);
        QVERIFY(count(u"scopes LIKE '%metrics:write:%'"_s) > 0);
        QVERIFY(count(u"labels <> '{}'"_s) > 0);
        QVERIFY(count(u"attributes <> '{}'"_s) > 0);
        QVERIFY(count(u"team_id IS NULL AND description <> 'default'"_s) > 0);
        QVERIFY(count(u"team_id IS NOT NULL AND description <> 'default'"_s) > 0);
    }

    void metricsAndAuditEventsExist()
    {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        QVERIFY(scalar(u"SELECT COUNT(*) FROM metric_points"_s) > 0);
        // ts in epoch milliseconds, within the hour before seeding (measured
        // from when the server was started, not from now: on a busy machine
        // this test may run minutes later).
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM metric_points WHERE ts < %1 OR ts > %2"_s
                            .arg(m_seededAfter - 3600 * 1000)
                            .arg(now)),
                 0);
        QVERIFY(scalar(u"SELECT COUNT(DISTINCT organization_id) FROM metric_points"_s) >= 2);
        QVERIFY(scalar(u"SELECT COUNT(*) FROM metric_points WHERE team_id IS NOT NULL"_s) > 0);
        QVERIFY(
            scalar(u"SELECT COUNT(*) FROM audit_events WHERE actor = 'demo@keyward.example'"_s) >=
            3);
        QCOMPARE(scalar(u"SELECT COUNT(DISTINCT organization) FROM audit_events"_s), 3);
    }

    void restartDoesNotSeedAgain()
    {
        const qint64 users = scalar(u"SELECT COUNT(*) FROM users"_s);
        const qint64 tokens = scalar(u"SELECT COUNT(*) FROM tokens"_s);
        const qint64 points = scalar(u"SELECT COUNT(*) FROM metric_points"_s);
        QVERIFY(users > 0);
        QVERIFY(m_server.restart({u"--demo"_s}));
        QVERIFY2(!m_server.output().contains("seeded demo data"), m_server.output().constData());
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM users"_s), users);
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM tokens"_s), tokens);
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM metric_points"_s), points);
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM organizations"_s), 3);
        QVERIFY(!login(kDemoEmail).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDemoSeeder)
#include "tst_demoseeder.moc"
