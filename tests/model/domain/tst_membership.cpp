// SPDX-License-Identifier: GPL-3.0-or-later
#include "cavedata.h"
#include "domain/membership.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace keyward;
using namespace keyward::test;

class TestMembership : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void caveGetOrgUsers()
    {
        // docs/organizations/get-org-users.md, example response
        const QJsonDocument doc = loadCave(u"get-org-users.json"_s);
        QVERIFY(doc.isArray());
        const auto members = checkListRoundTrip<Membership>(doc.array(), membershipFromJson);
        QVERIFY(members);
        QCOMPARE(members->size(), 1);
        QCOMPARE(members->at(0).role, Role::Admin);
        QCOMPARE(members->at(0).user.email, u"joe.appleseed@gmail.com"_s);
        QCOMPARE(toJsonArray(*members), doc.array());
    }

    void badInput_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("field");
        const auto user = R"("user":{"first_name":"A","last_name":"B","email":"a@b"})";
        QTest::newRow("missing user") << R"({"role":"admin"})"_ba << u"user"_s;
        QTest::newRow("user not object") << R"({"user":"a@b","role":"admin"})"_ba << u"user"_s;
        QTest::newRow("user without email")
            << R"({"user":{"first_name":"A","last_name":"B"},"role":"admin"})"_ba
            << u"user/email"_s;
        QTest::newRow("missing role") << ("{"_ba + user + "}") << u"role"_s;
        QTest::newRow("unknown role") << ("{"_ba + user + R"(,"role":"owner"})") << u"role"_s;
        QTest::newRow("capitalised role") << ("{"_ba + user + R"(,"role":"Admin"})") << u"role"_s;
        QTest::newRow("numeric role") << ("{"_ba + user + R"(,"role":1})") << u"role"_s;
    }

    void badInput()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, field);
        const auto member = membershipFromJson(QJsonDocument::fromJson(json).object());
        QVERIFY(!member);
        QCOMPARE(member.error().field, field);
        QVERIFY(!member.error().message.isEmpty());
    }
};

QTEST_APPLESS_MAIN(TestMembership)
#include "tst_membership.moc"
