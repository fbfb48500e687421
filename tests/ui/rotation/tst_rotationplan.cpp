// SPDX-License-Identifier: GPL-3.0-or-later
// The rotation wizard's pure decisions: the successor's description, which
// token to retire at the 3-token cap, and the metric a check may use.
#include "rotation/rotationplan.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace keyward;

namespace {

const QDateTime Now = QDateTime(QDate(2026, 3, 10), QTime(12, 0), Qt::UTC);

Token token(const QString &id, int createdDaysAgo, std::optional<int> lastUsedDaysAgo,
            std::optional<int> expiresInDays = {})
{
    Token t;
    t.id = id;
    t.description = u"token "_s + id;
    t.created = Now.addDays(-createdDaysAgo);
    if (lastUsedDaysAgo) {
        t.lastUsed = Now.addDays(-*lastUsedDaysAgo);
    }
    if (expiresInDays) {
        t.expires = Now.addDays(*expiresInDays);
    }
    return t;
}

} // namespace

class TestRotationPlan final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void successorDescription_data()
    {
        QTest::addColumn<QString>("old");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << u"billing"_s << u"billing (rotated 2026-03-10)"_s;
        QTest::newRow("rotated before")
            << u"billing (rotated 2025-01-02)"_s << u"billing (rotated 2026-03-10)"_s;
        QTest::newRow("rotated twice") << u"billing (rotated 2025-01-02) (rotated 2025-06-01)"_s
                                       << u"billing (rotated 2026-03-10)"_s;
        QTest::newRow("parentheses kept") << u"ci (eu)"_s << u"ci (eu) (rotated 2026-03-10)"_s;
    }
    void successorDescription()
    {
        QFETCH(QString, old);
        QFETCH(QString, expected);
        QCOMPARE(RotationPlan::successorDescription(old, Now.date()), expected);
    }

    void prefersExpired()
    {
        const QList<Token> tokens{token(u"1"_s, 10, {}), token(u"2"_s, 90, 1, -2),
                                  token(u"3"_s, 50, {})};
        const auto suggestion = RotationPlan::suggestRetirement(tokens, u"1"_s, Now);
        QVERIFY(suggestion);
        QCOMPARE(suggestion->tokenId, u"2"_s);
        QVERIFY2(suggestion->reason.contains(u"expired"_s), qPrintable(suggestion->reason));
    }

    void thenNeverUsed()
    {
        const QList<Token> tokens{token(u"1"_s, 100, 1), token(u"2"_s, 200, 30),
                                  token(u"3"_s, 5, {})};
        const auto suggestion = RotationPlan::suggestRetirement(tokens, u"1"_s, Now);
        QVERIFY(suggestion);
        QCOMPARE(suggestion->tokenId, u"3"_s);
        QVERIFY2(suggestion->reason.contains(u"never been used"_s), qPrintable(suggestion->reason));
    }

    void thenLeastRecentlyUsed()
    {
        const QList<Token> tokens{token(u"1"_s, 100, 40), token(u"2"_s, 200, 3),
                                  token(u"3"_s, 5, 20)};
        const auto suggestion = RotationPlan::suggestRetirement(tokens, u"1"_s, Now);
        QVERIFY(suggestion);
        QCOMPARE(suggestion->tokenId, u"3"_s); // 1 is older but is the one rotated
        QVERIFY2(suggestion->reason.contains(u"least recently"_s), qPrintable(suggestion->reason));
    }

    void thenOldest()
    {
        const QList<Token> tokens{token(u"1"_s, 1, {}), token(u"2"_s, 20, {}),
                                  token(u"3"_s, 60, {})};
        const auto suggestion = RotationPlan::suggestRetirement(tokens, u"2"_s, Now);
        QVERIFY(suggestion);
        QCOMPARE(suggestion->tokenId, u"3"_s);
        QVERIFY2(suggestion->reason.contains(u"oldest"_s), qPrintable(suggestion->reason));
    }

    void nothingToSuggest()
    {
        QVERIFY(!RotationPlan::suggestRetirement({token(u"1"_s, 1, {})}, u"1"_s, Now));
    }

    void checkPlans_data()
    {
        QTest::addColumn<QStringList>("scopes");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("metric");
        const int publish = int(TokenCheckPlan::Kind::DryRunPublish);
        const int query = int(TokenCheckPlan::Kind::ReadQuery);
        QTest::newRow("default") << QStringList() << publish << u"keyward.keyward_rotation_check"_s;
        QTest::newRow("write") << QStringList{u"metrics:write"_s} << publish
                               << u"keyward.keyward_rotation_check"_s;
        QTest::newRow("dotted pattern") << QStringList{u"metrics:write:billing.*"_s} << publish
                                        << u"billing.keyward_rotation_check"_s;
        QTest::newRow("bare prefix") << QStringList{u"metrics:write:billing*"_s} << publish
                                     << u"billing_keyward_rotation_check"_s;
        QTest::newRow("exact") << QStringList{u"metrics:write:cpu.load"_s} << publish
                               << u"cpu.load"_s;
        QTest::newRow("read only")
            << QStringList{u"metrics:read:app.*"_s} << query << u"app.keyward_rotation_check"_s;
        QTest::newRow("write wins") << QStringList{u"metrics:read"_s, u"metrics:write:x.*"_s}
                                    << publish << u"x.keyward_rotation_check"_s;
        QTest::newRow("none") << QStringList{u"other"_s} << int(TokenCheckPlan::Kind::None)
                              << QString();
    }
    void checkPlans()
    {
        QFETCH(QStringList, scopes);
        QFETCH(int, kind);
        QFETCH(QString, metric);
        const TokenCheckPlan plan = RotationPlan::checkFor(scopes);
        QCOMPARE(int(plan.kind), kind);
        QCOMPARE(plan.metric, metric);
    }
};

QTEST_GUILESS_MAIN(TestRotationPlan)
#include "tst_rotationplan.moc"
