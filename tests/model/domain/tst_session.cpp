// SPDX-License-Identifier: GPL-3.0-or-later
#include "cavedata.h"
#include "domain/session.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace keyward;
using namespace keyward::test;

class TestSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void caveLogin()
    {
        // docs/users/login.md, example response. CAVE writes this time without
        // milliseconds; we write them, so times are compared as instants.
        const QJsonDocument doc = loadCave(u"login.json"_s);
        QVERIFY(doc.isObject());
        const auto session = checkObjectRoundTrip<Session>(doc.object(), sessionFromJson);
        QVERIFY(session);
        QCOMPARE(session->token, u"fd2fa7c8-6778-49fe-8f2e-725850cb12c5"_s);
        QCOMPARE(session->expires, QDateTime(QDate(2014, 10, 23), QTime(12, 49, 41), Qt::UTC));
        QCOMPARE(toJson(*session).value(u"expires"_s).toString(), u"2014-10-23T12:49:41.000Z"_s);
    }

    void badInput_data()
    {
        QTest::addColumn<QJsonObject>("json");
        QTest::addColumn<QString>("field");
        const QString when = u"2014-10-23T12:49:41Z"_s;
        QTest::newRow("missing token") << QJsonObject{{u"expires"_s, when}} << u"token"_s;
        QTest::newRow("empty token")
            << QJsonObject{{u"token"_s, u""_s}, {u"expires"_s, when}} << u"token"_s;
        QTest::newRow("numeric token")
            << QJsonObject{{u"token"_s, 5}, {u"expires"_s, when}} << u"token"_s;
        QTest::newRow("missing expires") << QJsonObject{{u"token"_s, u"t"_s}} << u"expires"_s;
        QTest::newRow("epoch expires")
            << QJsonObject{{u"token"_s, u"t"_s}, {u"expires"_s, 1414068581}} << u"expires"_s;
        QTest::newRow("local expires")
            << QJsonObject{{u"token"_s, u"t"_s}, {u"expires"_s, u"2014-10-23T12:49:41"_s}}
            << u"expires"_s;
    }

    void badInput()
    {
        QFETCH(QJsonObject, json);
        QFETCH(QString, field);
        const auto session = sessionFromJson(json);
        QVERIFY(!session);
        QCOMPARE(session.error().field, field);
    }
};

QTEST_APPLESS_MAIN(TestSession)
#include "tst_session.moc"
