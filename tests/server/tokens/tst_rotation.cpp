// SPDX-License-Identifier: GPL-3.0-or-later
// POST …/tokens/{id}/rotate: successor, description stem, grace, free slot.
#include "tokenworld.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using keyward::test::TokenWorld;

class TestRotation final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void rotateWithoutGraceRevokesAtOnce();
    void rotatingARotatedTokenKeepsTheStem();
    void graceKeepsTheOldTokenWorking();
    void successorKeepsTheLifetime();
    void rotationNeedsAFreeSlot();
    void teamRotationAndErrors();
    void endedGraceHidesTheTokenBeforeTheSweep();

private:
    QString newOrganization(const QString &stem, QString *admin);
    static QJsonObject point(const QString &metric);
    static QString today() { return QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate); }

    TokenWorld m_world;
};

void TestRotation::initTestCase()
{
    QVERIFY2(m_world.start(), qPrintable(m_world.lastError()));
}

QString TestRotation::newOrganization(const QString &stem, QString *admin)
{
    *admin = m_world.newUser(stem);
    const QString name = m_world.unique(stem);
    return !admin->isEmpty() && m_world.createOrganization(*admin, name) ? name : QString();
}

QJsonObject TestRotation::point(const QString &metric)
{
    return QJsonObject{
        {u"metrics"_s, QJsonArray{QJsonObject{{u"metric"_s, metric},
                                              {u"timestamp"_s, QDateTime::currentSecsSinceEpoch()},
                                              {u"value"_s, 1}}}}};
}

void TestRotation::rotateWithoutGraceRevokesAtOnce()
{
    QString admin;
    const QString org = newOrganization(u"rot"_s, &admin);
    QVERIFY2(!org.isEmpty(), qPrintable(m_world.lastError()));
    const QString base = u"/organizations/%1/tokens"_s.arg(org);
    const QJsonObject old =
        m_world.createToken(admin, base,
                            {{u"description"_s, u"billing"_s},
                             {u"scopes"_s, QJsonArray{u"metrics:write"_s, u"metrics:read"_s}},
                             {u"labels"_s, QJsonObject{{u"env"_s, u"prod"_s}}},
                             {u"attributes"_s, QJsonObject{{u"max_past"_s, 600}}}});
    QVERIFY2(!old.isEmpty(), qPrintable(m_world.lastError()));
    const QString oldId = old.value(u"id"_s).toString();
    QCOMPARE(m_world.client(old.value(u"value"_s).toString())
                 ->post(u"/organizations/%1/metrics"_s.arg(org), point(u"a"_s))
                 .status,
             202);

    auto http = m_world.client(admin);
    const auto rotated = http->post(base + u'/' + oldId + u"/rotate"_s, QJsonObject{});
    QCOMPARE(rotated.status, 201);
    const QJsonObject fresh = rotated.object();
    const QString freshId = fresh.value(u"id"_s).toString();
    QVERIFY(freshId != oldId);
    QCOMPARE(QString::fromUtf8(rotated.header("Location")),
             m_world.server().baseUrl() + base + u'/' + freshId);
    QCOMPARE(fresh.value(u"description"_s).toString(), u"billing (rotated %1)"_s.arg(today()));
    QCOMPARE(fresh.value(u"scopes"_s), old.value(u"scopes"_s));
    QCOMPARE(fresh.value(u"labels"_s), old.value(u"labels"_s));
    QCOMPARE(fresh.value(u"attributes"_s), old.value(u"attributes"_s));
    QVERIFY(fresh.value(u"expires"_s).isNull());
    QVERIFY(!fresh.value(u"value"_s).toString().isEmpty());

    // Grace 0: the old token is gone from the organization, refused, and listed.
    QCOMPARE(http->get(base + u'/' + oldId).status, 404);
    QCOMPARE(http->get(base).array().size(), 2);
    const auto refused = m_world.client(old.value(u"value"_s).toString())
                             ->post(u"/organizations/%1/metrics"_s.arg(org), point(u"a"_s));
    QCOMPARE(refused.status, 401);
    bool listed = false;
    for (const QJsonValue &entry : http->get(u"/revocations"_s).array())
        listed = listed || entry.toObject().value(u"jti"_s).toString() == oldId;
    QVERIFY(listed);
    QCOMPARE(m_world.client(fresh.value(u"value"_s).toString())
                 ->post(u"/organizations/%1/metrics"_s.arg(org), point(u"a"_s))
                 .status,
             202);
}

void TestRotation::rotatingARotatedTokenKeepsTheStem()
{
    QString admin;
    const QString org = newOrganization(u"stem"_s, &admin);
    QVERIFY2(!org.isEmpty(), qPrintable(m_world.lastError()));
    const QString base = u"/organizations/%1/tokens"_s.arg(org);
    const QJsonObject first =
        m_world.createToken(admin, base, {{u"description"_s, u"ingest (rotated 2020-01-01)"_s}});
    QVERIFY(!first.isEmpty());
    auto http = m_world.client(admin);
    const auto second =
        http->post(base + u'/' + first.value(u"id"_s).toString() + u"/rotate"_s, QJsonObject{});
    QCOMPARE(second.status, 201);
    QCOMPARE(second.object().value(u"description"_s).toString(),
             u"ingest (rotated %1)"_s.arg(today()));
    const auto third = http->post(
        base + u'/' + second.object().value(u"id"_s).toString() + u"/rotate"_s, QJsonObject{});
    QCOMPARE(third.status, 201);
    QCOMPARE(third.object().value(u"description"_s).toString(),
             u"ingest (rotated %1)"_s.arg(today()));
}

void TestRotation::graceKeepsTheOldTokenWorking()
{
    QString admin;
    const QString org = newOrganization(u"grace"_s, &admin);
    QVERIFY2(!org.isEmpty(), qPrintable(m_world.lastError()));
    const QString base = u"/organizations/%1/tokens"_s.arg(org);
    const QJsonObject old = m_world.createToken(admin, base, {{u"description"_s, u"app"_s}});
    QVERIFY(!old.isEmpty());
    const QString oldId = old.value(u"id"_s).toString();
    auto http = m_world.client(admin);
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const auto rotated =
        http->post(base + u'/' + oldId + u"/rotate"_s, QJsonObject{{u"grace_seconds"_s, 3600}});
    QCOMPARE(rotated.status, 201);

    const auto stillThere = http->get(base + u'/' + oldId);
    QCOMPARE(stillThere.status, 200);
    const QDateTime expires = QDateTime::fromString(
        stillThere.object().value(u"expires"_s).toString(), Qt::ISODateWithMs);
    QVERIFY(expires.isValid());
    QVERIFY(qAbs(before.secsTo(expires) - 3600) < 30);
    QCOMPARE(m_world.client(old.value(u"value"_s).toString())
                 ->post(u"/organizations/%1/metrics"_s.arg(org), point(u"g"_s))
                 .status,
             202);
    QCOMPARE(http->get(base).array().size(), 3);
}

void TestRotation::successorKeepsTheLifetime()
{
    QString admin;
    const QString org = newOrganization(u"life"_s, &admin);
    QVERIFY2(!org.isEmpty(), qPrintable(m_world.lastError()));
    const QString base = u"/organizations/%1/tokens"_s.arg(org);
    const QJsonObject old = m_world.createToken(
        admin, base,
        {{u"description"_s, u"ten days"_s},
         {u"expires"_s, QDateTime::currentDateTimeUtc().addDays(10).toString(Qt::ISODate)}});
    QVERIFY(!old.isEmpty());
    const auto rotated = m_world.client(admin)->post(
        base + u'/' + old.value(u"id"_s).toString() + u"/rotate"_s, QJsonObject{});
    QCOMPARE(rotated.status, 201);
    const QDateTime expires =
        QDateTime::fromString(rotated.object().value(u"expires"_s).toString(), Qt::ISODateWithMs);
    QVERIFY(expires.isValid());
    QVERIFY(qAbs(QDateTime::currentDateTimeUtc().secsTo(expires) - 10 * 86400) < 60);
}

void TestRotation::rotationNeedsAFreeSlot()
{
    QString admin;
    const QString org = newOrganization(u"full"_s, &admin);
    QVERIFY2(!org.isEmpty(), qPrintable(m_world.lastError()));
    const QString base = u"/organizations/%1/tokens"_s.arg(org);
    QVERIFY(!m_world.createToken(admin, base, {{u"description"_s, u"two"_s}}).isEmpty());
    const QJsonObject third = m_world.createToken(admin, base, {{u"description"_s, u"three"_s}});
    QVERIFY(!third.isEmpty());
    auto http = m_world.client(admin);
    const auto refused =
        http->post(base + u'/' + third.value(u"id"_s).toString() + u"/rotate"_s, QJsonObject{});
    QCOMPARE(refused.status, 400);
    QCOMPARE(http->get(base).array().size(), 3);
    QCOMPARE(http->get(base + u'/' + third.value(u"id"_s).toString()).status, 200);
}

void TestRotation::teamRotationAndErrors()
{
    QString admin;
    const QString org = newOrganization(u"teamrot"_s, &admin);
    QVERIFY2(!org.isEmpty(), qPrintable(m_world.lastError()));
    QVERIFY(m_world.createTeam(admin, org, u"ops"_s));
    QString teamAdminEmail;
    const QString teamAdmin = m_world.newUser(u"teamrot-admin"_s, &teamAdminEmail);
    QVERIFY(m_world.addMember(admin, org, u"ops"_s, teamAdminEmail, u"admin"_s));
    const QString base = u"/organizations/%1/teams/ops/tokens"_s.arg(org);
    auto http = m_world.client(teamAdmin);
    const QString id = http->get(base).array().at(0).toObject().value(u"id"_s).toString();
    QCOMPARE(
        http->post(base + u'/' + id + u"/rotate"_s, QJsonObject{{u"grace_seconds"_s, -1}}).status,
        400);
    QCOMPARE(
        http->post(base + u'/' + id + u"/rotate"_s, QJsonObject{{u"grace_seconds"_s, u"soon"_s}})
            .status,
        400);
    QCOMPARE(http->post(base + u"/424242/rotate"_s, QJsonObject{}).status, 404);
    const auto rotated = http->post(base + u'/' + id + u"/rotate"_s, QJsonObject{});
    QCOMPARE(rotated.status, 201);
    QCOMPARE(rotated.object().value(u"description"_s).toString(),
             u"default (rotated %1)"_s.arg(today()));
    const auto list = http->get(base).array();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.at(0).toObject().value(u"id"_s), rotated.object().value(u"id"_s));
}

QTEST_GUILESS_MAIN(TestRotation)
#include "tst_rotation.moc"

// The sweeper runs every 30 s; between its runs a token whose grace has ended
// must already be gone for every reader, not only for the tokens endpoints.
void TestRotation::endedGraceHidesTheTokenBeforeTheSweep()
{
    QString admin;
    const QString org = newOrganization(u"ended"_s, &admin);
    QVERIFY2(!org.isEmpty(), qPrintable(m_world.lastError()));
    const QString base = u"/organizations/%1/tokens"_s.arg(org);
    const QJsonObject old = m_world.createToken(admin, base, {{u"description"_s, u"app"_s}});
    const QString oldId = old.value(u"id"_s).toString();
    auto http = m_world.client(admin);
    QCOMPARE(http->post(base + u'/' + oldId + u"/rotate"_s, QJsonObject{{u"grace_seconds"_s, 3600}})
                 .status,
             201);
    // The grace period ends now, without any request that would sweep it.
    QVERIFY2(m_world.execSql(u"UPDATE tokens SET stored_expires_ms = 1 WHERE id = ?"_s,
                             {oldId.toLongLong()}),
             qPrintable(m_world.lastError()));

    const auto hasOld = [&oldId](const QJsonArray &tokens) {
        for (const QJsonValue &token : tokens)
            if (token.toObject().value(u"id"_s).toString() == oldId)
                return true;
        return false;
    };
    QVERIFY(!hasOld(http->get(u"/organizations/"_s + org).object().value(u"tokens"_s).toArray()));
    QVERIFY(!hasOld(http->get(base).array()));
    QVERIFY(!hasOld(http->get(u"/users/tokens"_s).array()));
    QCOMPARE(http->get(base + u'/' + oldId).status, 404);
    // Its slot is free again: the default, the successor, and one more.
    QCOMPARE(http->post(base, QJsonObject{{u"description"_s, u"third"_s}}).status, 201);
}
