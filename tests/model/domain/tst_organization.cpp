// SPDX-License-Identifier: GPL-3.0-or-later
#include "cavedata.h"
#include "domain/organization.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace keyward;
using namespace keyward::test;

class TestOrganization : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void caveExamples_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("email");
        // docs/organizations/create-org.md, example response. The document has
        // a typo, `"id: "76"`, which is not JSON; the stored copy has the
        // corrected `"id": "76"`.
        QTest::newRow("create-org") << u"create-org.json"_s << u"cave@acme.inc"_s;
        // docs/organizations/get-org.md, example response (same typo, corrected).
        QTest::newRow("get-org") << u"get-org.json"_s << u"cave@acme.inc"_s;
        // docs/organizations/update-org.md, example response.
        QTest::newRow("update-org") << u"update-org.json"_s << u"cavellc@acme.inc"_s;
    }

    void caveExamples()
    {
        QFETCH(QString, file);
        QFETCH(QString, email);
        const QJsonDocument doc = loadCave(file);
        QVERIFY(doc.isObject());
        const auto org = checkObjectRoundTrip<Organization>(doc.object(), organizationFromJson);
        QVERIFY(org);
        QCOMPARE(org->name, u"acme"_s);
        QCOMPARE(org->email, email);
        QCOMPARE(org->notificationUrl, u"https://api.acme.inc/notifications"_s);
        QCOMPARE(org->tokens.size(), 1);
        QCOMPARE(org->tokens.at(0).id, u"76"_s);
        QCOMPARE(org->tokens.at(0).description, u"default"_s);
    }

    void docComparisonHasTeeth()
    {
        // The round-trip checks above rely on sameDocFields; make sure it
        // notices what it must notice.
        const QJsonObject doc = loadCave(u"create-org.json"_s).object();
        QString where;
        QJsonObject changed = doc;
        changed.insert(u"email"_s, u"other@acme.inc"_s);
        QVERIFY(!sameDocFields(doc, changed, &where));
        QCOMPARE(where, u"email"_s);
        QJsonObject missing = doc;
        missing.remove(u"notification_url"_s);
        QVERIFY(!sameDocFields(doc, missing, &where));
        QCOMPARE(where, u"notification_url"_s);
        QJsonObject deep = doc;
        QJsonArray tokens = deep.value(u"tokens"_s).toArray();
        QJsonObject token = tokens.at(0).toObject();
        token.insert(u"created"_s, u"2014-10-23T14:51:06.102Z"_s);
        tokens.replace(0, token);
        deep.insert(u"tokens"_s, tokens);
        QVERIFY(!sameDocFields(doc, deep, &where));
        QCOMPARE(where, u"tokens/0/created"_s);
        token.insert(u"created"_s, u"2014-10-23T16:51:06.101+02:00"_s);
        token.insert(u"expires"_s, QJsonValue());
        tokens.replace(0, token);
        deep.insert(u"tokens"_s, tokens);
        QVERIFY(sameDocFields(doc, deep, &where));
        deep.insert(u"tokens"_s, QJsonArray{token, token});
        QVERIFY(!sameDocFields(doc, deep, &where));
        QCOMPARE(where, u"tokens"_s);
    }

    void tokensMayBeAbsent()
    {
        const auto org = organizationFromJson(QJsonObject{{u"name"_s, u"acme"_s},
                                                          {u"email"_s, u"a@acme.inc"_s},
                                                          {u"notification_url"_s, u"https://x"_s}});
        QVERIFY2(org, qPrintable(errorText(org)));
        QVERIFY(org->tokens.isEmpty());
        QCOMPARE(toJson(*org).value(u"tokens"_s), QJsonValue(QJsonArray()));
    }

    void badInput_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("field");
        const QJsonValue missing(QJsonValue::Undefined);
        QTest::newRow("missing name") << u"name"_s << missing << u"name"_s;
        QTest::newRow("numeric name") << u"name"_s << QJsonValue(1) << u"name"_s;
        QTest::newRow("missing email") << u"email"_s << missing << u"email"_s;
        QTest::newRow("missing notification_url")
            << u"notification_url"_s << missing << u"notification_url"_s;
        QTest::newRow("array notification_url")
            << u"notification_url"_s << QJsonValue(QJsonArray()) << u"notification_url"_s;
        QTest::newRow("object tokens") << u"tokens"_s << QJsonValue(QJsonObject()) << u"tokens"_s;
        QTest::newRow("string in tokens")
            << u"tokens"_s << QJsonValue(QJsonArray{u"76"_s}) << u"tokens/0"_s;
        QTest::newRow("token without created")
            << u"tokens"_s
            << QJsonValue(QJsonArray{QJsonObject{{u"id"_s, u"76"_s}, {u"description"_s, u"d"_s}}})
            << u"tokens/0/created"_s;
    }

    void badInput()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QFETCH(QString, field);
        QJsonObject json = loadCave(u"create-org.json"_s).object();
        QVERIFY(!json.isEmpty());
        if (value.isUndefined())
            json.remove(key);
        else
            json.insert(key, value);
        const auto org = organizationFromJson(json);
        QVERIFY(!org);
        QCOMPARE(org.error().field, field);
    }
};

QTEST_APPLESS_MAIN(TestOrganization)
#include "tst_organization.moc"
