// SPDX-License-Identifier: GPL-3.0-or-later
// Two keyward-server processes sharing one database and key directory, as
// behind a load balancer: whatever one decides, the other enforces at once.
#include "httpclient.h"
#include "serverprocess.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;
using keyward::test::HttpClient;
using keyward::test::ServerProcess;

namespace {
const QString kPassword = u"correct horse battery"_s;
}

class TestMultiProcess final : public QObject
{
    Q_OBJECT

private:
    ServerProcess m_first;
    ServerProcess m_second;

    QString login(const ServerProcess &server, const QString &email)
    {
        HttpClient http(server.baseUrl());
        return http.login(email, kPassword);
    }

    static std::unique_ptr<HttpClient> client(const ServerProcess &server,
                                              const QString &credential)
    {
        auto http = std::make_unique<HttpClient>(server.baseUrl());
        http->setCredential(credential);
        return http;
    }

    /// A new organization created through the first server; its admin's
    /// session through \p session.
    QString createOrganization(const QString &name, QString *session)
    {
        const QString email = name + u"@example.com"_s;
        if (!m_first.addUser(email, kPassword))
            return {};
        *session = login(m_first, email);
        const auto created =
            client(m_first, *session)
                ->post(u"/organizations"_s,
                       QJsonObject{{u"name"_s, name},
                                   {u"email"_s, email},
                                   {u"notification_url"_s, u"https://example.com/n"_s}});
        return created.status == 201 ? name : QString();
    }

    static QJsonObject onePoint()
    {
        return QJsonObject{{u"metrics"_s, QJsonArray{QJsonObject{
                                              {u"metric"_s, u"requests"_s},
                                              {u"timestamp"_s, QDateTime::currentSecsSinceEpoch()},
                                              {u"value"_s, 1}}}}};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_first.start(), qPrintable(m_first.lastError()));
        QVERIFY2(m_first.startSibling(m_second), qPrintable(m_second.lastError()));
        QVERIFY(m_first.port() != m_second.port());
    }

    void bothServeTheDatabaseTheVariantNames()
    {
        // Proves the postgresql variant really runs on PostgreSQL (and the
        // default one on SQLite): the servers say so, and the database the
        // test created holds the servers' tables and users.
        const QByteArray expected =
            ServerProcess::usesPostgres() ? "database: postgresql://"_ba : "database: sqlite:"_ba;
        QVERIFY2(m_first.output().contains(expected), m_first.output().constData());
        QVERIFY2(m_second.output().contains(expected), m_second.output().constData());
        QVERIFY(m_first.addUser(u"proof@example.com"_s, kPassword));
        {
            QSqlDatabase db = m_first.openDatabase(u"proof"_s);
            QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
            QSqlQuery query(db);
            QVERIFY(query.exec(u"SELECT COUNT(*) FROM users WHERE email = 'proof@example.com'"_s));
            QVERIFY(query.next());
            QCOMPARE(query.value(0).toInt(), 1);
            if (ServerProcess::usesPostgres()) {
                QCOMPARE(db.driverName(), u"QPSQL"_s);
                QVERIFY(query.exec(u"SELECT COUNT(*) FROM pg_database "
                                   "WHERE datname = current_database()"_s));
                QVERIFY(query.next());
                QCOMPARE(query.value(0).toInt(), 1);
            }
            query.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(u"proof"_s);
    }

    void aSessionEndedThroughOneIsRefusedByTheOther()
    {
        QVERIFY(m_first.addUser(u"leaver@example.com"_s, kPassword));
        const QString session = login(m_first, u"leaver@example.com"_s);
        QVERIFY(!session.isEmpty());
        auto second = client(m_second, session);
        QCOMPARE(second->get(u"/users/info"_s).status, 200);

        auto first = client(m_first, session);
        QCOMPARE(first->post(u"/users/logout"_s, QJsonObject{}).status, 204);
        QCOMPARE(second->get(u"/users/info"_s).status, 401);
        QCOMPARE(first->get(u"/users/info"_s).status, 401);

        // The other way round, with Basic this time.
        const QString again = login(m_second, u"leaver@example.com"_s);
        QVERIFY(!again.isEmpty());
        HttpClient viaFirst(m_first.baseUrl());
        viaFirst.setCredential(again, HttpClient::Scheme::Basic);
        QCOMPARE(viaFirst.get(u"/users/info"_s).status, 200);
        auto viaSecond = client(m_second, again);
        QCOMPARE(viaSecond->post(u"/users/logout"_s, QJsonObject{}).status, 204);
        QCOMPARE(viaFirst.get(u"/users/info"_s).status, 401);
    }

    void aTokenRevokedThroughOneIsRefusedByTheOther()
    {
        QString session;
        const QString org = createOrganization(u"revoker"_s, &session);
        QVERIFY(!org.isEmpty());
        auto admin = client(m_first, session);
        const QString base = u"/organizations/%1/tokens"_s.arg(org);
        // A second token: the last one cannot be deleted.
        const auto created = admin->post(base, QJsonObject{{u"description"_s, u"doomed"_s}});
        QCOMPARE(created.status, 201);
        const QString id = created.object().value(u"id"_s).toString();
        const QString value = created.object().value(u"value"_s).toString();
        QVERIFY(!value.isEmpty());

        auto publisher = client(m_second, value);
        const QString metrics = u"/organizations/%1/metrics"_s.arg(org);
        QCOMPARE(publisher->post(metrics, onePoint()).status, 202);

        QCOMPARE(admin->del(base + u"/"_s + id).status, 204);
        const auto refused = publisher->post(metrics, onePoint());
        QCOMPARE(refused.status, 401);
        // And the other process lists it for verifiers elsewhere.
        auto lister = client(m_second, session);
        const auto revocations = lister->get(u"/revocations"_s);
        QCOMPARE(revocations.status, 200);
        const QJsonArray listed = revocations.array();
        QVERIFY(std::any_of(listed.begin(), listed.end(), [&id](const QJsonValue &entry) {
            return entry.toObject().value(u"jti"_s).toString() == id;
        }));
    }

    void concurrentCreatesThroughBothRespectTheLimit()
    {
        QString session;
        const QString org = createOrganization(u"racers"_s, &session);
        QVERIFY(!org.isEmpty());
        const QString base = u"/organizations/%1/tokens"_s.arg(org);
        QCOMPARE(
            client(m_first, session)->post(base, QJsonObject{{u"description"_s, u"two"_s}}).status,
            201);

        // One create in flight on each process at once: exactly one wins.
        QNetworkAccessManager first;
        QNetworkAccessManager second;
        QList<QNetworkReply *> replies;
        for (auto [network, server] :
             {std::pair{&first, &m_first}, std::pair{&second, &m_second}}) {
            QNetworkRequest request(server->url(base));
            request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
            request.setRawHeader("Authorization"_ba, "Bearer "_ba + session.toUtf8());
            replies.append(network->post(request, R"({"description":"racer"})"_ba));
        }
        QTRY_VERIFY_WITH_TIMEOUT(replies.at(0)->isFinished() && replies.at(1)->isFinished(), 20000);
        QList<int> statuses;
        for (QNetworkReply *reply : std::as_const(replies)) {
            statuses.append(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt());
            reply->deleteLater();
        }
        std::sort(statuses.begin(), statuses.end());
        QCOMPARE(statuses, (QList<int>{201, 400}));
        QCOMPARE(client(m_second, session)->get(base).array().size(), 3);
    }

    void failedLoginsThroughBothCountTogether()
    {
        // LoginThrottle's default: 10 failures per account within the window.
        // Five through each process: per-process counting would allow both
        // another guess.
        const QString email = u"guessed@example.com"_s;
        QVERIFY(m_first.addUser(email, kPassword));
        const QJsonObject wrong{{u"email"_s, email}, {u"password"_s, u"a wrong guess"_s}};
        HttpClient first(m_first.baseUrl());
        HttpClient second(m_second.baseUrl());

        // A success through one process clears the failures for the other too.
        for (int attempt = 0; attempt < 9; ++attempt)
            QCOMPARE((attempt % 2 ? second : first).post(u"/users/login"_s, wrong).status, 401);
        QVERIFY(!second.login(email, kPassword).isEmpty());
        for (int attempt = 0; attempt < 9; ++attempt)
            QCOMPARE(first.post(u"/users/login"_s, wrong).status, 401);

        QCOMPARE(second.post(u"/users/login"_s, wrong).status, 401);
        for (HttpClient *http : {&first, &second}) {
            const auto refused = http->post(u"/users/login"_s, wrong);
            QCOMPARE(refused.status, 429);
            QVERIFY(refused.header("Retry-After").toLongLong() > 0);
            // While throttled even the right password waits, on both.
            const QJsonObject right{{u"email"_s, email}, {u"password"_s, kPassword}};
            QCOMPARE(http->post(u"/users/login"_s, right).status, 429);
        }

        // The shared table holds digests, never what was typed as the email.
        QSqlDatabase db = m_first.openDatabase(u"throttle"_s);
        QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
        {
            QSqlQuery query(db);
            QVERIFY2(query.exec(u"SELECT COUNT(*) FROM login_failures"_s),
                     qPrintable(query.lastError().text()));
            QVERIFY(query.next());
            QVERIFY(query.value(0).toInt() >= 20);
            QVERIFY(query.exec(u"SELECT COUNT(*) FROM login_failures "
                               "WHERE subject LIKE '%guessed%' OR subject LIKE '%127.0.0.1%'"_s));
            QVERIFY(query.next());
            QCOMPARE(query.value(0).toInt(), 0);
        }
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"throttle"_s);
    }

    void droppedDatabaseConnectionsAreReopened()
    {
        // What a PostgreSQL restart or fail-over does to every pooled
        // connection: the servers reconnect instead of answering 503.
        if (!ServerProcess::usesPostgres())
            QSKIP("PostgreSQL connections only; SQLite has none to lose");
        QVERIFY(m_first.addUser(u"steady@example.com"_s, kPassword));
        const QString session = login(m_first, u"steady@example.com"_s);
        QVERIFY(!session.isEmpty());
        for (int i = 0; i < 8; ++i) {
            QCOMPARE(client(m_first, session)->get(u"/users/info"_s).status, 200);
            QCOMPARE(client(m_second, session)->get(u"/users/info"_s).status, 200);
        }
        {
            QSqlDatabase db = m_first.openDatabase(u"terminator"_s);
            QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
            QSqlQuery query(db);
            QVERIFY2(query.exec(u"SELECT COUNT(pg_terminate_backend(pid)) FROM pg_stat_activity "
                                "WHERE datname = current_database() AND pid <> pg_backend_pid()"_s),
                     qPrintable(query.lastError().text()));
            QVERIFY(query.next());
            QVERIFY(query.value(0).toInt() >= 2);
            query.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(u"terminator"_s);
        for (int i = 0; i < 8; ++i) {
            QCOMPARE(client(m_first, session)->get(u"/users/info"_s).status, 200);
            QCOMPARE(client(m_second, session)->get(u"/users/info"_s).status, 200);
        }
        // Writes too (a login stores a session in a write transaction).
        QVERIFY(!login(m_second, u"steady@example.com"_s).isEmpty());
    }

    void cleanupTestCase()
    {
        QVERIFY(m_second.stop());
        QVERIFY(m_first.stop());
    }
};

QTEST_GUILESS_MAIN(TestMultiProcess)
#include "tst_multiprocess.moc"
