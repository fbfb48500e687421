// SPDX-License-Identifier: GPL-3.0-or-later
#include "cavedata.h"
#include "domain/isotime.h"
#include "domain/token.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace keyward;
using namespace keyward::test;

namespace {

QJsonObject caveToken()
{
    return QJsonObject{{u"id"_s, u"80"_s},
                       {u"description"_s, u"November 2014"_s},
                       {u"value"_s, u"Ie7HVLvEP50EHwy2bzvONQZOi5yxAqhq8vARZ92unTcOrlOSkRMHFaUb"_s},
                       {u"created"_s, u"2014-10-23T16:32:33.324Z"_s}};
}

QJsonObject extendedToken()
{
    QJsonObject json = caveToken();
    json.insert(u"expires"_s, u"2015-10-23T16:32:33.324Z"_s);
    json.insert(u"last_used"_s, u"2014-11-01T08:00:00.000Z"_s);
    json.insert(u"scopes"_s, QJsonArray{u"metrics:write:billing.*"_s, u"metrics:read"_s});
    json.insert(u"labels"_s, QJsonObject{{u"env"_s, u"prod"_s}, {u"region"_s, u"eu-1"_s}});
    json.insert(u"attributes"_s,
                QJsonObject{{u"max_past"_s, 3600}, {u"drop_out_of_window"_s, true}});
    json.insert(u"format"_s, u"jwt"_s);
    json.insert(u"org"_s, u"acme"_s);
    json.insert(u"team"_s, u"runners"_s);
    return json;
}

} // namespace

class TestToken : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void caveCreateOrgToken()
    {
        // docs/tokens/create-org-token.md, example response
        const QJsonDocument doc = loadCave(u"create-org-token.json"_s);
        QVERIFY(doc.isObject());
        const auto token = checkObjectRoundTrip<Token>(doc.object(), tokenFromJson);
        QVERIFY(token);
        QCOMPARE(token->id, u"80"_s);
        QCOMPARE(token->description, u"November 2014"_s);
        QCOMPARE(token->value, std::optional<QString>(doc.object().value(u"value"_s).toString()));
        QCOMPARE(token->created, QDateTime(QDate(2014, 10, 23), QTime(16, 32, 33, 324), Qt::UTC));
        // A CAVE token has no extension fields.
        QCOMPARE(token->expires, std::nullopt);
        QVERIFY(token->scopes.isEmpty());
        QVERIFY(token->format.isEmpty());
        // The CAVE view is exactly the document.
        QCOMPARE(toJson(*token, false), doc.object());
    }

    void caveGetOrgTokens()
    {
        // docs/tokens/get-org-tokens.md, example response
        const QJsonDocument doc = loadCave(u"get-org-tokens.json"_s);
        QVERIFY(doc.isArray());
        const auto tokens = checkListRoundTrip<Token>(doc.array(), tokenFromJson);
        QVERIFY(tokens);
        QCOMPARE(tokens->size(), 1);
        QCOMPARE(tokens->at(0).id, u"80"_s);
    }

    void caveFieldsOnly()
    {
        const auto token = tokenFromJson(extendedToken());
        QVERIFY2(token, qPrintable(errorText(token)));
        QCOMPARE(toJson(*token, false), caveToken());
    }

    void extendedRoundTrip()
    {
        const QJsonObject json = extendedToken();
        const auto token = checkObjectRoundTrip<Token>(json, tokenFromJson);
        QVERIFY(token);
        QCOMPARE(token->expires, std::optional<QDateTime>(QDateTime(
                                     QDate(2015, 10, 23), QTime(16, 32, 33, 324), Qt::UTC)));
        QCOMPARE(token->lastUsed,
                 std::optional<QDateTime>(QDateTime(QDate(2014, 11, 1), QTime(8, 0), Qt::UTC)));
        QCOMPARE(token->scopes, (QStringList{u"metrics:write:billing.*"_s, u"metrics:read"_s}));
        QCOMPARE(token->labels.value(u"region"_s), u"eu-1"_s);
        QCOMPARE(token->attributes.value(u"max_past"_s).toInteger(), 3600);
        QCOMPARE(token->format, u"jwt"_s);
        QCOMPARE(token->org, u"acme"_s);
        QCOMPARE(token->team, u"runners"_s);
        QCOMPARE(toJson(*token), json);
    }

    void nullExpiryIsWrittenAsNull()
    {
        QJsonObject json = caveToken();
        json.insert(u"expires"_s, QJsonValue());
        json.insert(u"last_used"_s, QJsonValue());
        json.insert(u"format"_s, u"jwt"_s);
        json.insert(u"scopes"_s, QJsonArray{u"metrics:write"_s});
        const auto token = checkObjectRoundTrip<Token>(json, tokenFromJson);
        QVERIFY(token);
        QCOMPARE(token->expires, std::nullopt);
        QCOMPARE(token->lastUsed, std::nullopt);
        const QJsonObject written = toJson(*token);
        QVERIFY(written.contains(u"expires"_s));
        QVERIFY(written.value(u"expires"_s).isNull());
        QVERIFY(written.value(u"last_used"_s).isNull());
        QCOMPARE(written, json);
    }

    void missingExpiryIsNever()
    {
        const auto token = tokenFromJson(caveToken());
        QVERIFY(token);
        QCOMPARE(token->expires, std::nullopt);
        QCOMPARE(token->lastUsed, std::nullopt);
    }

    void missingValue()
    {
        // --show-tokens-once and /users/tokens leave the value out.
        QJsonObject json = caveToken();
        json.remove(u"value"_s);
        json.insert(u"org"_s, u"acme"_s);
        const auto token = checkObjectRoundTrip<Token>(json, tokenFromJson);
        QVERIFY(token);
        QCOMPARE(token->value, std::nullopt);
        QVERIFY(!toJson(*token).contains(u"value"_s));
        QVERIFY(!toJson(*token).contains(u"team"_s));
    }

    void numericIdIsAccepted()
    {
        QJsonObject json = caveToken();
        json.insert(u"id"_s, 80);
        const auto token = tokenFromJson(json);
        QVERIFY2(token, qPrintable(errorText(token)));
        QCOMPARE(token->id, u"80"_s);
        QCOMPARE(toJson(*token).value(u"id"_s), QJsonValue(u"80"_s));
    }

    void timesWithOffsets()
    {
        QJsonObject json = caveToken();
        json.insert(u"created"_s, u"2014-10-23T18:32:33.324+02:00"_s);
        const auto token = tokenFromJson(json);
        QVERIFY(token);
        QCOMPARE(toJson(*token).value(u"created"_s).toString(), u"2014-10-23T16:32:33.324Z"_s);
    }

    // Our server's "…Z" times take a shortcut past parseIsoTime; it must read
    // exactly what parseIsoTime reads and refuse what it refuses.
    void utcTimesAgreeWithTheStrictParser_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("milliseconds") << u"2025-10-28T06:45:14.866Z"_s;
        QTest::newRow("whole seconds") << u"2025-10-28T06:45:14Z"_s;
        QTest::newRow("leap day") << u"2024-02-29T23:59:59.999Z"_s;
        QTest::newRow("small milliseconds") << u"2025-01-01T00:00:00.007Z"_s;
        QTest::newRow("lower-case z") << u"2025-01-01T00:00:00.070z"_s;
        QTest::newRow("microseconds") << u"2025-01-01T00:00:00.123456Z"_s;
    }

    void utcTimesAgreeWithTheStrictParser()
    {
        QFETCH(QString, text);
        QJsonObject json = caveToken();
        json.insert(u"created"_s, text);
        json.insert(u"expires"_s, text);
        json.insert(u"last_used"_s, text);
        const auto token = tokenFromJson(json);
        QVERIFY(token);
        const std::optional<QDateTime> strict = parseIsoTime(text);
        QVERIFY(strict);
        QCOMPARE(token->created, *strict);
        QCOMPARE(token->created.toMSecsSinceEpoch(), strict->toMSecsSinceEpoch());
        QCOMPARE(token->created.timeSpec(), Qt::UTC);
        QCOMPARE(token->expires, strict);
        QCOMPARE(token->lastUsed, strict);
    }

    void nearMissTimesAreRefused_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("30 February") << u"2025-02-30T00:00:00.000Z"_s;
        QTest::newRow("month 13") << u"2025-13-01T00:00:00Z"_s;
        QTest::newRow("hour 24") << u"2025-01-01T24:00:00.000Z"_s;
        QTest::newRow("minute 60") << u"2025-01-01T00:60:00Z"_s;
        QTest::newRow("letter in year") << u"2O25-01-01T00:00:00.000Z"_s;
        QTest::newRow("space for T") << u"2025-01-01 00:00:00.000Z"_s;
        QTest::newRow("comma for dot") << u"2025-01-01T00:00:00,000Z"_s;
        QTest::newRow("sign in milliseconds") << u"2025-01-01T00:00:00.-12Z"_s;
        QTest::newRow("no zone") << u"2025-01-01T00:00:00.000X"_s;
    }

    void nearMissTimesAreRefused()
    {
        QFETCH(QString, text);
        for (const QString &key : {u"created"_s, u"expires"_s, u"last_used"_s}) {
            QJsonObject json = caveToken();
            json.insert(key, text);
            const auto token = tokenFromJson(json);
            QVERIFY2(!token, qPrintable(key));
            QCOMPARE(token.error().field, key);
        }
    }

    void badInput_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("field");
        const QJsonValue missing(QJsonValue::Undefined);
        QTest::newRow("missing id") << u"id"_s << missing << u"id"_s;
        QTest::newRow("fractional id") << u"id"_s << QJsonValue(80.5) << u"id"_s;
        QTest::newRow("bool id") << u"id"_s << QJsonValue(true) << u"id"_s;
        QTest::newRow("empty id") << u"id"_s << QJsonValue(u""_s) << u"id"_s;
        QTest::newRow("missing description") << u"description"_s << missing << u"description"_s;
        QTest::newRow("numeric description")
            << u"description"_s << QJsonValue(1) << u"description"_s;
        QTest::newRow("numeric value") << u"value"_s << QJsonValue(1) << u"value"_s;
        QTest::newRow("missing created") << u"created"_s << missing << u"created"_s;
        QTest::newRow("bad created") << u"created"_s << QJsonValue(u"yesterday"_s) << u"created"_s;
        QTest::newRow("created without zone")
            << u"created"_s << QJsonValue(u"2014-10-23T16:32:33.324"_s) << u"created"_s;
        QTest::newRow("numeric expires") << u"expires"_s << QJsonValue(0) << u"expires"_s;
        QTest::newRow("bad expires") << u"expires"_s << QJsonValue(u"never"_s) << u"expires"_s;
        QTest::newRow("bad last_used") << u"last_used"_s << QJsonValue(u"x"_s) << u"last_used"_s;
        QTest::newRow("string scopes")
            << u"scopes"_s << QJsonValue(u"metrics:write"_s) << u"scopes"_s;
        QTest::newRow("number in scopes")
            << u"scopes"_s << QJsonValue(QJsonArray{u"metrics:write"_s, 3}) << u"scopes/1"_s;
        QTest::newRow("array labels") << u"labels"_s << QJsonValue(QJsonArray()) << u"labels"_s;
        QTest::newRow("number in labels")
            << u"labels"_s << QJsonValue(QJsonObject{{u"env"_s, 1}}) << u"labels/env"_s;
        QTest::newRow("string attributes")
            << u"attributes"_s << QJsonValue(u"max_past=1"_s) << u"attributes"_s;
        QTest::newRow("numeric format") << u"format"_s << QJsonValue(1) << u"format"_s;
        QTest::newRow("numeric org") << u"org"_s << QJsonValue(1) << u"org"_s;
        QTest::newRow("object team") << u"team"_s << QJsonValue(QJsonObject()) << u"team"_s;
    }

    void badInput()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QFETCH(QString, field);
        QJsonObject json = caveToken();
        if (value.isUndefined())
            json.remove(key);
        else
            json.insert(key, value);
        const auto token = tokenFromJson(json);
        QVERIFY(!token);
        QCOMPARE(token.error().field, field);
        QVERIFY(token.error().message.endsWith(u'.'));
    }
};

QTEST_APPLESS_MAIN(TestToken)
#include "tst_token.moc"
