// SPDX-License-Identifier: GPL-3.0-or-later
// Signing keys: rotation keeps old tokens verifying; retiring a key makes
// every token it signed fail at once (mass invalidation, as Opstrace does).
#include "tokenworld.h"

#include "jwt/jws.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using keyward::test::TokenWorld;

class TestKeyRetirement final : public QObject
{
    Q_OBJECT

private:
    TokenWorld m_world;

    static QString kidOf(const QJsonObject &token)
    {
        const auto jws = keyward::jwt::parseCompact(token.value(u"value"_s).toString().toLatin1());
        return jws ? jws->header.value(u"kid"_s).toString() : QString();
    }

    int publish(const QJsonObject &token, const QString &org, QString *detail = nullptr)
    {
        const QJsonObject point{{u"metric"_s, u"jobs"_s},
                                {u"value"_s, 1},
                                {u"timestamp"_s, QDateTime::currentSecsSinceEpoch()}};
        const auto reply = m_world.client(token.value(u"value"_s).toString())
                               ->post(u"/organizations/%1/metrics"_s.arg(org),
                                      QJsonObject{{u"metrics"_s, QJsonArray{point}}});
        if (detail)
            *detail = reply.detail();
        return reply.status;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_world.start(), qPrintable(m_world.lastError())); }

    void retiringAKeyKillsItsTokensOnly()
    {
        const QString admin = m_world.newUser(u"keys"_s);
        const QString org = m_world.unique(u"keys"_s);
        QVERIFY2(m_world.createOrganization(admin, org), qPrintable(m_world.lastError()));
        const QString tokens = u"/organizations/%1/tokens"_s.arg(org);
        const QJsonObject before =
            m_world.createToken(admin, tokens, {{u"description"_s, u"old key"_s}});

        QByteArray output;
        QCOMPARE(m_world.server().runCommand({u"keys"_s, u"rotate"_s}, {}, &output), 0);
        const QJsonObject after =
            m_world.createToken(admin, tokens, {{u"description"_s, u"new key"_s}});
        const QString oldKid = kidOf(before);
        const QString newKid = kidOf(after);
        QVERIFY(!oldKid.isEmpty());
        QVERIFY(!newKid.isEmpty());
        QVERIFY(oldKid != newKid);

        // Rotation alone breaks nothing: the old key stays published and verifying.
        const QJsonArray published = m_world.client(admin)
                                         ->get(u"/.well-known/jwks.json"_s)
                                         .object()
                                         .value(u"keys"_s)
                                         .toArray();
        QCOMPARE(published.size(), 2);
        QCOMPARE(publish(before, org), 202);
        QCOMPARE(publish(after, org), 202);

        QCOMPARE(m_world.server().runCommand({u"keys"_s, u"retire"_s, oldKid}, {}, &output), 0);
        QString detail;
        QCOMPARE(publish(before, org, &detail), 401);
        QVERIFY2(detail.contains(u"retired"_s), qPrintable(detail));
        QCOMPARE(publish(after, org), 202);
    }
};

QTEST_GUILESS_MAIN(TestKeyRetirement)
#include "tst_keyretirement.moc"
