// SPDX-License-Identifier: GPL-3.0-or-later
#include "cavedata.h"
#include "domain/user.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace keyward;
using namespace keyward::test;

class TestUser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void caveExamples_data()
    {
        QTest::addColumn<QString>("file");
        // docs/users/get-info.md, example response
        QTest::newRow("get-info") << u"get-info.json"_s;
        // docs/users/confirm.md, example response (201 with the new user)
        QTest::newRow("confirm response") << u"confirm.json"_s;
    }

    void caveExamples()
    {
        QFETCH(QString, file);
        const QJsonDocument doc = loadCave(file);
        QVERIFY(doc.isObject());
        const auto user = checkObjectRoundTrip<User>(doc.object(), userFromJson);
        QVERIFY(user);
        QCOMPARE(user->firstName, u"Joe"_s);
        QCOMPARE(user->lastName, u"Appleseed"_s);
        QCOMPARE(user->email, u"joe.appleseed@gmail.com"_s);
        QCOMPARE(toJson(*user), doc.object());
    }

    void ignoresUnknownFields()
    {
        const auto user = userFromJson(QJsonObject{{u"first_name"_s, u"A"_s},
                                                   {u"last_name"_s, u"B"_s},
                                                   {u"email"_s, u"a@b"_s},
                                                   {u"shoe_size"_s, 44}});
        QVERIFY2(user, qPrintable(errorText(user)));
        QCOMPARE(user->email, u"a@b"_s);
    }

    void badInput_data()
    {
        QTest::addColumn<QJsonObject>("json");
        QTest::addColumn<QString>("field");
        const QJsonObject good{
            {u"first_name"_s, u"A"_s}, {u"last_name"_s, u"B"_s}, {u"email"_s, u"a@b"_s}};
        for (const QString &key : good.keys()) {
            QJsonObject missing = good;
            missing.remove(key);
            QTest::addRow("missing %s", qPrintable(key)) << missing << key;
            QJsonObject wrong = good;
            wrong.insert(key, 7);
            QTest::addRow("number %s", qPrintable(key)) << wrong << key;
        }
    }

    void badInput()
    {
        QFETCH(QJsonObject, json);
        QFETCH(QString, field);
        const auto user = userFromJson(json);
        QVERIFY(!user);
        QCOMPARE(user.error().field, field);
    }
};

QTEST_APPLESS_MAIN(TestUser)
#include "tst_user.moc"
