// SPDX-License-Identifier: GPL-3.0-or-later
#include "jwt/strictjson.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace keyward::jwt;

class TestStrictJson final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void acceptsObjects()
    {
        const auto result = parseStrictJsonObject(
            "{\"iss\":\"joe\",\r\n \"exp\":1300819380,\r\n \"http://example.com/is_root\":true,"
            " \"nested\": {\"a\": [1, -2.5e3, null, false, {\"k\": \"v\"}], \"b\": {}},"
            " \"esc\": \"\\\"\\\\\\/\\b\\f\\n\\r\\t\\u00e9\\ud83d\\ude00\", \"utf8\": \"\xc3\xa9\"}"_ba);
        QVERIFY2(result.hasValue(), result ? "" : qPrintable(result.error().detail));
        QCOMPARE(result->value("iss"_L1).toString(), u"joe"_s);
        QCOMPARE(result->value("exp"_L1).toInteger(), 1300819380);
        QCOMPARE(result->value("nested"_L1).toObject().value("a"_L1).toArray().size(), 5);
        QCOMPARE(result->value("esc"_L1).toString(),
                 u"\"\\/\b\f\n\r\t\u00e9"_s + QString::fromUtf8("\xf0\x9f\x98\x80"));
        QCOMPARE(result->value("utf8"_L1).toString(), u"\u00e9"_s);
    }

    void acceptsSameNameInDifferentObjects()
    {
        const auto result = parseStrictJsonObject(
            "{\"a\":{\"k\":1},\"b\":{\"k\":2},\"c\":[{\"k\":3},{\"k\":4}],\"k\":5}"_ba);
        QVERIFY(result.hasValue());
    }

    void refusesDuplicates_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("top level") << "{\"exp\":1,\"exp\":2}"_ba;
        QTest::newRow("same value") << "{\"exp\":1,\"exp\":1}"_ba;
        QTest::newRow("not adjacent") << "{\"alg\":\"ES256\",\"kid\":\"a\",\"alg\":\"HS256\"}"_ba;
        QTest::newRow("nested object") << "{\"a\":{\"b\":1,\"b\":2}}"_ba;
        QTest::newRow("object in array") << "{\"a\":[1,{\"x\":true,\"x\":false}]}"_ba;
        QTest::newRow("deep") << "{\"a\":{\"b\":{\"c\":{\"d\":{\"e\":1,\"e\":1}}}}}"_ba;
        QTest::newRow("escaped spelling") << "{\"exp\":1,\"\\u0065xp\":2}"_ba;
        QTest::newRow("escaped solidus") << "{\"a/b\":1,\"a\\/b\":2}"_ba;
        QTest::newRow("empty name") << "{\"\":1,\"\":2}"_ba;
    }
    void refusesDuplicates()
    {
        QFETCH(QByteArray, json);
        const auto result = parseStrictJsonObject(json);
        QVERIFY(!result.hasValue());
        QCOMPARE(result.error().code, JwtErrorCode::DuplicateKey);
    }

    void refusesMalformed_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("array") << "[1,2]"_ba;
        QTest::newRow("string") << "\"x\""_ba;
        QTest::newRow("number") << "1"_ba;
        QTest::newRow("trailing garbage") << "{} x"_ba;
        QTest::newRow("two objects") << "{}{}"_ba;
        QTest::newRow("trailing comma") << "{\"a\":1,}"_ba;
        QTest::newRow("missing colon") << "{\"a\" 1}"_ba;
        QTest::newRow("unquoted name") << "{a:1}"_ba;
        QTest::newRow("single quotes") << "{'a':1}"_ba;
        QTest::newRow("unterminated") << "{\"a\":1"_ba;
        QTest::newRow("unterminated string") << "{\"a\":\"x}"_ba;
        QTest::newRow("NaN") << "{\"a\":NaN}"_ba;
        QTest::newRow("leading zero") << "{\"a\":01}"_ba;
        QTest::newRow("leading plus") << "{\"a\":+1}"_ba;
        QTest::newRow("bare dot") << "{\"a\":1.}"_ba;
        QTest::newRow("bad literal") << "{\"a\":tru}"_ba;
        QTest::newRow("control char") << "{\"a\":\"x\ty\"}"_ba;
        QTest::newRow("bad escape") << "{\"a\":\"\\x\"}"_ba;
        QTest::newRow("short unicode escape") << "{\"a\":\"\\u12\"}"_ba;
        QTest::newRow("lone high surrogate") << "{\"a\":\"\\ud800\"}"_ba;
        QTest::newRow("lone low surrogate") << "{\"a\":\"\\udc00\"}"_ba;
        QTest::newRow("invalid utf-8") << "{\"a\":\"\xff\"}"_ba;
        QTest::newRow("overlong utf-8") << "{\"a\":\"\xc0\xaf\"}"_ba;
        QTest::newRow("byte order mark") << "\xef\xbb\xbf{}"_ba;
        QTest::newRow("nul after object") << QByteArray("{}\0", 3);
        QTest::newRow("too deep") << QByteArray("{\"a\":") + QByteArray(100, '[') +
                                         QByteArray(100, ']') + "}"_ba;
    }
    void refusesMalformed()
    {
        QFETCH(QByteArray, json);
        const auto result = parseStrictJsonObject(json);
        QVERIFY(!result.hasValue());
        QCOMPARE(result.error().code, JwtErrorCode::MalformedPayload);
    }
};

QTEST_GUILESS_MAIN(TestStrictJson)
#include "tst_strictjson.moc"
