// SPDX-License-Identifier: GPL-3.0-or-later
#include "cavedata.h"
#include "domain/auditevent.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace keyward;
using namespace keyward::test;

class TestAuditEvent : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip()
    {
        const QJsonObject json{
            {u"id"_s, u"17"_s},
            {u"time"_s, u"2024-03-01T10:00:00.250Z"_s},
            {u"actor"_s, u"joe@acme.inc"_s},
            {u"action"_s, u"token.create"_s},
            {u"target"_s, u"acme/teams/ops/tokens/12"_s},
            {u"detail"_s, u"created token \"deploy\""_s},
            {u"remote"_s, u"127.0.0.1"_s},
        };
        const auto event = checkObjectRoundTrip<AuditEvent>(json, auditEventFromJson);
        QVERIFY(event);
        QCOMPARE(event->action, u"token.create"_s);
        QCOMPARE(toJson(*event), json);
    }

    void optionalFields()
    {
        const auto event = auditEventFromJson(QJsonObject{
            {u"id"_s, u"1"_s},
            {u"time"_s, u"2024-03-01T10:00:00Z"_s},
            {u"actor"_s, u"token:12"_s},
            {u"action"_s, u"metrics.read"_s},
            {u"detail"_s, QJsonValue()},
        });
        QVERIFY2(event, qPrintable(errorText(event)));
        QVERIFY(event->target.isEmpty());
        QVERIFY(event->detail.isEmpty());
    }

    void badEvents_data()
    {
        QTest::addColumn<QString>("remove");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("missing id") << u"id"_s << QString() << QJsonValue();
        QTest::newRow("missing time") << u"time"_s << QString() << QJsonValue();
        QTest::newRow("missing actor") << u"actor"_s << QString() << QJsonValue();
        QTest::newRow("missing action") << u"action"_s << QString() << QJsonValue();
        QTest::newRow("bad time") << QString() << u"time"_s << QJsonValue(u"noon"_s);
        QTest::newRow("numeric target") << QString() << u"target"_s << QJsonValue(3);
        QTest::newRow("numeric remote") << QString() << u"remote"_s << QJsonValue(3);
    }

    void badEvents()
    {
        QFETCH(QString, remove);
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QJsonObject json{{u"id"_s, u"1"_s},
                         {u"time"_s, u"2024-03-01T10:00:00Z"_s},
                         {u"actor"_s, u"a@b"_s},
                         {u"action"_s, u"x"_s}};
        if (!remove.isEmpty())
            json.remove(remove);
        else
            json.insert(key, value);
        const auto event = auditEventFromJson(json);
        QVERIFY(!event);
        QCOMPARE(event.error().field, remove.isEmpty() ? key : remove);
    }

    void revocationRoundTrip()
    {
        const QJsonObject json{{u"jti"_s, u"80"_s},
                               {u"revoked_at"_s, u"2024-03-01T10:00:00.000Z"_s}};
        const auto revocation = checkObjectRoundTrip<Revocation>(json, revocationFromJson);
        QVERIFY(revocation);
        QCOMPARE(toJson(*revocation), json);
    }

    void badRevocations_data()
    {
        QTest::addColumn<QJsonObject>("json");
        QTest::addColumn<QString>("field");
        QTest::newRow("missing jti")
            << QJsonObject{{u"revoked_at"_s, u"2024-03-01T10:00:00Z"_s}} << u"jti"_s;
        QTest::newRow("numeric jti")
            << QJsonObject{{u"jti"_s, 80}, {u"revoked_at"_s, u"2024-03-01T10:00:00Z"_s}}
            << u"jti"_s;
        QTest::newRow("missing revoked_at") << QJsonObject{{u"jti"_s, u"80"_s}} << u"revoked_at"_s;
        QTest::newRow("bad revoked_at")
            << QJsonObject{{u"jti"_s, u"80"_s}, {u"revoked_at"_s, u"2024-03-01"_s}}
            << u"revoked_at"_s;
    }

    void badRevocations()
    {
        QFETCH(QJsonObject, json);
        QFETCH(QString, field);
        const auto revocation = revocationFromJson(json);
        QVERIFY(!revocation);
        QCOMPARE(revocation.error().field, field);
    }
};

QTEST_APPLESS_MAIN(TestAuditEvent)
#include "tst_auditevent.moc"
