// SPDX-License-Identifier: GPL-3.0-or-later
#include "cavedata.h"
#include "domain/namedrole.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace keyward;
using namespace keyward::test;

class TestNamedRole : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void caveGetOrganizations()
    {
        // docs/users/get-organizations.md, example response
        const QJsonDocument doc = loadCave(u"get-organizations.json"_s);
        QVERIFY(doc.isArray());
        const auto orgs = checkListRoundTrip<NamedRole>(doc.array(), namedRoleFromJson);
        QVERIFY(orgs);
        const QList<NamedRole> expected{{u"acme"_s, Role::Admin}, {u"gilt"_s, Role::Viewer}};
        QCOMPARE(*orgs, expected);
        QCOMPARE(toJsonArray(*orgs), doc.array());
    }

    void caveUserTeams()
    {
        // docs/users/get-teams.md, example response
        const QJsonDocument doc = loadCave(u"users-get-teams.json"_s);
        QVERIFY(doc.isArray());
        const auto teams = checkListRoundTrip<NamedRole>(doc.array(), namedRoleFromJson);
        QVERIFY(teams);
        const QList<NamedRole> expected{{u"runners"_s, Role::Admin}, {u"loyalty"_s, Role::Member}};
        QCOMPARE(*teams, expected);
    }

    void teamRole()
    {
        // api.md: a user who only belongs to a team of the organization.
        const auto entry =
            namedRoleFromJson(QJsonObject{{u"name"_s, u"acme"_s}, {u"role"_s, u"team"_s}});
        QVERIFY2(entry, qPrintable(errorText(entry)));
        QCOMPARE(entry->role, Role::Team);
        QCOMPARE(toJson(*entry).value(u"role"_s).toString(), u"team"_s);
    }

    void badInput_data()
    {
        QTest::addColumn<QJsonObject>("json");
        QTest::addColumn<QString>("field");
        QTest::newRow("missing name") << QJsonObject{{u"role"_s, u"admin"_s}} << u"name"_s;
        QTest::newRow("numeric name")
            << QJsonObject{{u"name"_s, 1}, {u"role"_s, u"admin"_s}} << u"name"_s;
        QTest::newRow("missing role") << QJsonObject{{u"name"_s, u"acme"_s}} << u"role"_s;
        QTest::newRow("unknown role")
            << QJsonObject{{u"name"_s, u"acme"_s}, {u"role"_s, u"owner"_s}} << u"role"_s;
        QTest::newRow("null role")
            << QJsonObject{{u"name"_s, u"acme"_s}, {u"role"_s, QJsonValue()}} << u"role"_s;
    }

    void badInput()
    {
        QFETCH(QJsonObject, json);
        QFETCH(QString, field);
        const auto entry = namedRoleFromJson(json);
        QVERIFY(!entry);
        QCOMPARE(entry.error().field, field);
    }
};

QTEST_APPLESS_MAIN(TestNamedRole)
#include "tst_namedrole.moc"
