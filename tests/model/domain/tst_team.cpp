// SPDX-License-Identifier: GPL-3.0-or-later
#include "cavedata.h"
#include "domain/team.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace keyward;
using namespace keyward::test;

class TestTeam : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void caveCreateTeam()
    {
        // docs/teams/create-team.md, example response
        const QJsonDocument doc = loadCave(u"create-team.json"_s);
        QVERIFY(doc.isObject());
        const auto team = checkObjectRoundTrip<Team>(doc.object(), teamFromJson);
        QVERIFY(team);
        QCOMPARE(team->name, u"runners"_s);
        QCOMPARE(team->tokens.size(), 1);
        QCOMPARE(team->tokens.at(0).id, u"79"_s);
        QCOMPARE(team->tokens.at(0).created,
                 QDateTime(QDate(2014, 10, 23), QTime(16, 17, 11, 209), Qt::UTC));
    }

    void caveGetTeams()
    {
        // docs/teams/get-teams.md, example response
        const QJsonDocument doc = loadCave(u"get-teams.json"_s);
        QVERIFY(doc.isArray());
        const auto teams = checkListRoundTrip<Team>(doc.array(), teamFromJson);
        QVERIFY(teams);
        QCOMPARE(teams->size(), 1);
        QCOMPARE(teams->at(0).name, u"runners"_s);
    }

    void badInput_data()
    {
        QTest::addColumn<QJsonObject>("json");
        QTest::addColumn<QString>("field");
        QTest::newRow("missing name") << QJsonObject{{u"tokens"_s, QJsonArray()}} << u"name"_s;
        QTest::newRow("null name") << QJsonObject{{u"name"_s, QJsonValue()}} << u"name"_s;
        QTest::newRow("string tokens")
            << QJsonObject{{u"name"_s, u"runners"_s}, {u"tokens"_s, u"79"_s}} << u"tokens"_s;
        QTest::newRow("bad token")
            << QJsonObject{{u"name"_s, u"runners"_s},
                           {u"tokens"_s,
                            QJsonArray{QJsonObject{{u"id"_s, u"79"_s},
                                                   {u"description"_s, u"default"_s},
                                                   {u"created"_s, u"2014-10-23T16:17:11.209Z"_s}},
                                       QJsonObject{{u"id"_s, u"80"_s},
                                                   {u"description"_s, u"x"_s},
                                                   {u"created"_s, u"2014-10-23T16:17:11.209Z"_s},
                                                   {u"expires"_s, u"soon"_s}}}}}
            << u"tokens/1/expires"_s;
    }

    void badInput()
    {
        QFETCH(QJsonObject, json);
        QFETCH(QString, field);
        const auto team = teamFromJson(json);
        QVERIFY(!team);
        QCOMPARE(team.error().field, field);
    }
};

QTEST_APPLESS_MAIN(TestTeam)
#include "tst_team.moc"
