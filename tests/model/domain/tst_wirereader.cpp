// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/jsonlist.h"
#include "domain/user.h"
#include "domain/wirereader.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace keyward;

namespace {

QJsonObject parse(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

} // namespace

class TestWireReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsTypedFields()
    {
        WireReader r(parse(R"({"s":"text","n":1.5,"i":1400000000,"d":1.4e9,"b":true,
                               "o":{"k":"v"},"a":[1],"t":"2014-10-23T16:32:33.324Z",
                               "m":{"x":"1","y":"2"},"l":["p","q"]})"));
        QCOMPARE(r.requiredString(u"s"_s), u"text"_s);
        QCOMPARE(r.requiredNumber(u"n"_s), std::optional<double>(1.5));
        QCOMPARE(r.requiredInteger(u"i"_s), std::optional<qint64>(1400000000));
        QCOMPARE(r.requiredInteger(u"d"_s), std::optional<qint64>(1400000000));
        QCOMPARE(r.optionalBool(u"b"_s), std::optional<bool>(true));
        QCOMPARE(r.requiredObject(u"o"_s).value(u"k"_s).toString(), u"v"_s);
        QCOMPARE(r.requiredArray(u"a"_s).size(), 1);
        QCOMPARE(r.requiredTime(u"t"_s),
                 QDateTime(QDate(2014, 10, 23), QTime(16, 32, 33, 324), Qt::UTC));
        const QMap<QString, QString> map{{u"x"_s, u"1"_s}, {u"y"_s, u"2"_s}};
        QCOMPARE(r.optionalStringMap(u"m"_s), map);
        QCOMPARE(r.optionalStringList(u"l"_s), std::optional<QStringList>({u"p"_s, u"q"_s}));
        QVERIFY(r.ok());
    }

    void largeIntegersAreExact()
    {
        WireReader r(parse(R"({"i":9007199254740993})"));
        // Qt keeps integers that fit qint64 exactly; doubles would round this.
        QCOMPARE(r.requiredInteger(u"i"_s), std::optional<qint64>(9007199254740993LL));
    }

    void absentOptionalsAreNotErrors()
    {
        WireReader r(parse(R"({"nul":null})"));
        QCOMPARE(r.optionalString(u"x"_s), std::nullopt);
        QCOMPARE(r.optionalString(u"nul"_s), std::nullopt);
        QCOMPARE(r.optionalInteger(u"x"_s), std::nullopt);
        QCOMPARE(r.optionalBool(u"nul"_s), std::nullopt);
        QCOMPARE(r.optionalTime(u"nul"_s), std::nullopt);
        QVERIFY(r.optionalStringMap(u"x"_s).isEmpty());
        QCOMPARE(r.optionalStringList(u"x"_s), std::nullopt);
        QVERIFY(r.ok());
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("message");
        QTest::newRow("missing string") << "{}"_ba << u"string"_s << u"f"_s << u"is required."_s;
        QTest::newRow("null required string")
            << R"({"f":null})"_ba << u"string"_s << u"f"_s << u"must be a string, not null."_s;
        QTest::newRow("number for string")
            << R"({"f":1})"_ba << u"string"_s << u"f"_s << u"must be a string, not a number."_s;
        QTest::newRow("blank string")
            << R"({"f":"  "})"_ba << u"nonempty"_s << u"f"_s << u"must not be empty."_s;
        QTest::newRow("string for integer") << R"({"f":"1"})"_ba << u"integer"_s << u"f"_s
                                            << u"must be an integer, not a string."_s;
        QTest::newRow("fraction for integer")
            << R"({"f":1.5})"_ba << u"integer"_s << u"f"_s << u"must be a whole number."_s;
        QTest::newRow("huge for integer")
            << R"({"f":1e30})"_ba << u"integer"_s << u"f"_s << u"must be a whole number."_s;
        QTest::newRow("string for bool") << R"({"f":"true"})"_ba << u"bool"_s << u"f"_s
                                         << u"must be true or false, not a string."_s;
        QTest::newRow("array for object")
            << R"({"f":[]})"_ba << u"object"_s << u"f"_s << u"must be an object, not an array."_s;
        QTest::newRow("object for array")
            << R"({"f":{}})"_ba << u"array"_s << u"f"_s << u"must be an array, not an object."_s;
        QTest::newRow("false for number")
            << R"({"f":false})"_ba << u"number"_s << u"f"_s << u"must be a number, not false."_s;
        QTest::newRow("number in map") << R"({"f":{"a":"x","b":2}})"_ba << u"map"_s << u"f/b"_s
                                       << u"must be a string, not a number."_s;
        QTest::newRow("number in list") << R"({"f":["a",2]})"_ba << u"list"_s << u"f/1"_s
                                        << u"must be a string, not a number."_s;
        QTest::newRow("time without offset")
            << R"({"f":"2014-10-23T16:32:33"})"_ba << u"time"_s << u"f"_s
            << u"must be an ISO 8601 time with a time zone, such as 2014-10-23T16:32:33.324Z."_s;
        QTest::newRow("number for time") << R"({"f":1414081953})"_ba << u"time"_s << u"f"_s
                                         << u"must be an ISO 8601 time string, not a number."_s;
        QTest::newRow("unknown role") << R"({"f":"owner"})"_ba << u"role"_s << u"f"_s
                                      << u"must be one of admin, member, viewer or team."_s;
        QTest::newRow("team not assignable") << R"({"f":"team"})"_ba << u"assignable"_s << u"f"_s
                                             << u"must be one of admin, member or viewer."_s;
    }

    void errors()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, kind);
        QFETCH(QString, field);
        QFETCH(QString, message);
        WireReader r(QJsonDocument::fromJson(json).object(), u"outer/2"_s);
        if (kind == u"string")
            r.requiredString(u"f"_s);
        else if (kind == u"nonempty")
            r.requiredNonEmptyString(u"f"_s);
        else if (kind == u"integer")
            r.optionalInteger(u"f"_s);
        else if (kind == u"bool")
            r.optionalBool(u"f"_s);
        else if (kind == u"object")
            r.optionalObject(u"f"_s);
        else if (kind == u"array")
            r.requiredArray(u"f"_s);
        else if (kind == u"number")
            r.requiredNumber(u"f"_s);
        else if (kind == u"map")
            r.optionalStringMap(u"f"_s);
        else if (kind == u"list")
            r.optionalStringList(u"f"_s);
        else if (kind == u"time")
            r.requiredTime(u"f"_s);
        else if (kind == u"role")
            r.requiredRole(u"f"_s, false);
        else if (kind == u"assignable")
            r.requiredRole(u"f"_s, true);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().field, u"outer/2/"_s + field);
        QCOMPARE(r.error().message, message);
    }

    void firstErrorWins()
    {
        WireReader r(parse(R"({"b":1})"));
        r.requiredString(u"a"_s);
        r.requiredString(u"b"_s);
        r.fail(u"c"_s, u"later."_s);
        QCOMPARE(r.error().field, u"a"_s);
        QCOMPARE(r.error().message, u"is required."_s);
        QCOMPARE(r.error().toString(), u"a: is required."_s);
        // Readers after an error return empty values without touching the error.
        QCOMPARE(r.requiredString(u"b"_s), QString());
        const Expected<int> result = r.result(1);
        QVERIFY(!result);
    }

    void objectListNamesTheElement()
    {
        WireReader r(parse(R"({"users":[{"first_name":"a","last_name":"b","email":"c"},
                                        {"first_name":"a","last_name":2,"email":"c"}]})"));
        const QJsonArray users = r.requiredArray(u"users"_s);
        const auto list = r.objectList<User>(u"users"_s, users, userFromJson);
        QVERIFY(list.isEmpty());
        QCOMPARE(r.error().field, u"users/1/last_name"_s);
    }

    void objectListRefusesNonObjects()
    {
        WireReader r(parse(R"({"users":["joe"]})"));
        r.objectList<User>(u"users"_s, r.requiredArray(u"users"_s), userFromJson);
        QCOMPARE(r.error().field, u"users/0"_s);
        QCOMPARE(r.error().message, u"must be an object, not a string."_s);
    }

    void jsonListParsesTopLevelArrays()
    {
        const QJsonArray array =
            QJsonDocument::fromJson(R"([{"first_name":"a","last_name":"b","email":"c"}])").array();
        const auto users = listFromJson<User>(array, userFromJson);
        QVERIFY(users);
        QCOMPARE(users->size(), 1);
        QCOMPARE(toJsonArray(*users), array);

        const auto bad = listFromJson<User>(
            QJsonDocument::fromJson(R"([{"first_name":"a"}])").array(), userFromJson);
        QVERIFY(!bad);
        QCOMPARE(bad.error().field, u"0/last_name"_s);
        const auto notObject =
            listFromJson<User>(QJsonDocument::fromJson("[1]").array(), userFromJson);
        QCOMPARE(notObject.error().field, u"0"_s);
    }
};

QTEST_APPLESS_MAIN(TestWireReader)
#include "tst_wirereader.moc"
