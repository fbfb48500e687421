// SPDX-License-Identifier: GPL-3.0-or-later
// GET /organizations/{org}/audit: token events, order, paging, access.
#include "tokenworld.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using keyward::test::TokenWorld;

class TestAudit final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void tokenEventsAreRecorded();
    void newestFirstAndPaging();
    void onlyOrganizationAdmins();
    void badParameters();

private:
    QJsonArray events(const QString &query = {});
    static QJsonObject find(const QJsonArray &events, const QString &action, const QString &target);

    TokenWorld m_world;
    QString m_admin;
    QString m_adminEmail;
    QString m_org;
};

void TestAudit::initTestCase()
{
    QVERIFY2(m_world.start(), qPrintable(m_world.lastError()));
    m_admin = m_world.newUser(u"audit"_s, &m_adminEmail);
    m_org = m_world.unique(u"audit"_s);
    QVERIFY2(m_world.createOrganization(m_admin, m_org), qPrintable(m_world.lastError()));
    QVERIFY2(m_world.createTeam(m_admin, m_org, u"ops"_s), qPrintable(m_world.lastError()));
}

QJsonArray TestAudit::events(const QString &query)
{
    const auto reply =
        m_world.client(m_admin)->get(u"/organizations/%1/audit%2"_s.arg(m_org, query));
    return reply.status == 200 ? reply.array() : QJsonArray();
}

QJsonObject TestAudit::find(const QJsonArray &events, const QString &action, const QString &target)
{
    for (const QJsonValue &event : events) {
        const QJsonObject object = event.toObject();
        if (object.value(u"action"_s).toString() == action &&
            object.value(u"target"_s).toString() == target)
            return object;
    }
    return {};
}

void TestAudit::tokenEventsAreRecorded()
{
    auto http = m_world.client(m_admin);
    const QString base = u"/organizations/%1/tokens"_s.arg(m_org);
    const auto created = http->post(base, QJsonObject{{u"description"_s, u"audited"_s}});
    QCOMPARE(created.status, 201);
    const QString id = created.object().value(u"id"_s).toString();
    const QString value = created.object().value(u"value"_s).toString();
    QCOMPARE(http->get(base + u'/' + id).status, 200);
    QCOMPARE(http->get(base).status, 200);
    const auto rotated =
        http->post(base + u'/' + id + u"/rotate"_s, QJsonObject{{u"grace_seconds"_s, 600}});
    QCOMPARE(rotated.status, 201);
    QCOMPARE(http->del(base + u'/' + id).status, 204);
    const QString teamBase = u"/organizations/%1/teams/ops/tokens"_s.arg(m_org);
    const auto teamToken = http->post(teamBase, QJsonObject{{u"description"_s, u"team audited"_s}});
    QCOMPARE(teamToken.status, 201);
    const QString teamId = teamToken.object().value(u"id"_s).toString();

    const QJsonArray all = events();
    const QString target = m_org + u"/tokens/"_s + id;
    const QJsonObject create = find(all, u"token.create"_s, target);
    QVERIFY2(!create.isEmpty(), QJsonDocument(all).toJson().constData());
    QCOMPARE(create.value(u"actor"_s).toString(), m_adminEmail);
    QVERIFY(!create.value(u"id"_s).toString().isEmpty());
    QVERIFY(!create.value(u"time"_s).toString().isEmpty());
    QVERIFY(!create.value(u"remote"_s).toString().isEmpty());
    QVERIFY(!find(all, u"token.read"_s, target).isEmpty());
    QVERIFY(!find(all, u"token.list"_s, m_org + u"/tokens"_s).isEmpty());
    QVERIFY(find(all, u"token.list"_s, m_org + u"/tokens"_s)
                .value(u"detail"_s)
                .toString()
                .contains(id));
    QVERIFY(!find(all, u"token.rotate"_s, target).isEmpty());
    QVERIFY(!find(all, u"token.delete"_s, target).isEmpty());
    QVERIFY(!find(all, u"token.create"_s, m_org + u"/teams/ops/tokens/"_s + teamId).isEmpty());
    // Details never carry a secret.
    for (const QJsonValue &event : all)
        QVERIFY(!event.toObject().value(u"detail"_s).toString().contains(value));
}

void TestAudit::newestFirstAndPaging()
{
    const QJsonArray all = events();
    QVERIFY(all.size() >= 6);
    for (qsizetype i = 1; i < all.size(); ++i)
        QVERIFY(all.at(i - 1).toObject().value(u"id"_s).toString().toLongLong() >
                all.at(i).toObject().value(u"id"_s).toString().toLongLong());

    const auto page = m_world.client(m_admin)->get(u"/organizations/%1/audit?limit=2"_s.arg(m_org));
    QCOMPARE(page.status, 200);
    QCOMPARE(page.header("X-Total-Count"), QByteArray::number(all.size()));
    QCOMPARE(page.array().size(), 2);
    QCOMPARE(page.array().at(0), all.at(0));
    QCOMPARE(page.array().at(1), all.at(1));
    // `before` an id continues after the last event of the previous page.
    const QString last = all.at(1).toObject().value(u"id"_s).toString();
    const QJsonArray next = events(u"?limit=2&before="_s + last);
    QCOMPARE(next.size(), 2);
    QCOMPARE(next.at(0), all.at(2));
    // `before` a time: everything strictly older.
    const QJsonArray none = events(u"?before=2000-01-01T00:00:00Z"_s);
    QCOMPARE(none.size(), 0);
    const QJsonArray everything = events(u"?before=2999-01-01T00:00:00Z"_s);
    QCOMPARE(everything.size(), all.size());
}

void TestAudit::onlyOrganizationAdmins()
{
    QString memberEmail;
    const QString member = m_world.newUser(u"audit-member"_s, &memberEmail);
    QVERIFY2(m_world.addMember(m_admin, m_org, {}, memberEmail, u"member"_s),
             qPrintable(m_world.lastError()));
    const QString path = u"/organizations/%1/audit"_s.arg(m_org);
    QCOMPARE(m_world.client(member)->get(path).status, 403);
    QCOMPARE(m_world.client(m_world.newUser(u"audit-outsider"_s))->get(path).status, 403);
    QCOMPARE(m_world.client({})->get(path).status, 401);
    QCOMPARE(m_world.client(m_admin)->get(u"/organizations/no-such-audit/audit"_s).status, 404);
    // Members added show up too (written by the member endpoints).
    QVERIFY(m_world.client(m_admin)->get(path).status == 200);
}

void TestAudit::badParameters()
{
    auto http = m_world.client(m_admin);
    const QString path = u"/organizations/%1/audit"_s.arg(m_org);
    QCOMPARE(http->get(path + u"?limit=1001"_s).status, 400);
    QCOMPARE(http->get(path + u"?limit=0"_s).status, 400);
    QCOMPARE(http->get(path + u"?before=yesterday"_s).status, 400);
    QCOMPARE(http->get(path + u"?limit=1000"_s).status, 200);
}

QTEST_GUILESS_MAIN(TestAudit)
#include "tst_audit.moc"
