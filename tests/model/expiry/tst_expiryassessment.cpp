// SPDX-License-Identifier: GPL-3.0-or-later
// Expiry states at their boundaries, policy deadlines and precedence.
#include "expiry/expiryassessment.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace keyward;

namespace {

const QDateTime now = QDateTime::fromString(u"2026-11-22T12:00:00Z"_s, Qt::ISODate);

Token token(std::optional<QDateTime> expires, QDateTime created = now.addDays(-10))
{
    Token t;
    t.id = u"1"_s;
    t.description = u"deploy"_s;
    t.created = std::move(created);
    t.expires = std::move(expires);
    return t;
}

} // namespace

class TestExpiryAssessment final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void expiryBoundaries_data()
    {
        QTest::addColumn<qint64>("offsetSeconds");
        QTest::addColumn<ExpiryState>("expected");
        constexpr qint64 day = 24 * 60 * 60;
        QTest::newRow("a year ago") << -365 * day << ExpiryState::Expired;
        QTest::newRow("a second ago") << qint64(-1) << ExpiryState::Expired;
        QTest::newRow("exactly now") << qint64(0) << ExpiryState::Expired;
        QTest::newRow("in a second") << qint64(1) << ExpiryState::ExpiresWithin7Days;
        QTest::newRow("exactly 7 days") << 7 * day << ExpiryState::ExpiresWithin7Days;
        QTest::newRow("7 days and a second") << 7 * day + 1 << ExpiryState::ExpiresWithin30Days;
        QTest::newRow("exactly 30 days") << 30 * day << ExpiryState::ExpiresWithin30Days;
        QTest::newRow("30 days and a second") << 30 * day + 1 << ExpiryState::ExpiresLater;
        QTest::newRow("in 10 years") << 3650 * day << ExpiryState::ExpiresLater;
    }

    void expiryBoundaries()
    {
        QFETCH(qint64, offsetSeconds);
        QFETCH(ExpiryState, expected);
        const QDateTime expires = now.addSecs(offsetSeconds);
        for (const std::optional<int> policy : {std::optional<int>(), std::optional<int>(1)}) {
            // A policy never overrides the token's own expiry.
            const ExpiryAssessment a = assessExpiry(token(expires), now, policy);
            QCOMPARE(a.state, expected);
            QCOMPARE(a.deadline, std::optional<QDateTime>(expires));
            QVERIFY(!a.fromPolicy);
        }
    }

    void policyDeadlines_data()
    {
        QTest::addColumn<int>("createdDaysAgo");
        QTest::addColumn<int>("policyDays");
        QTest::addColumn<ExpiryState>("expected");
        QTest::newRow("overdue") << 100 << 90 << ExpiryState::RotationOverdue;
        QTest::newRow("due exactly now") << 90 << 90 << ExpiryState::RotationOverdue;
        QTest::newRow("due in 5 days") << 85 << 90 << ExpiryState::RotationDueWithin7Days;
        QTest::newRow("due in exactly 7 days") << 83 << 90 << ExpiryState::RotationDueWithin7Days;
        QTest::newRow("due in 8 days") << 82 << 90 << ExpiryState::RotationDueWithin30Days;
        QTest::newRow("due in exactly 30 days") << 60 << 90 << ExpiryState::RotationDueWithin30Days;
        QTest::newRow("due in 31 days") << 59 << 90 << ExpiryState::RotationDueLater;
        QTest::newRow("new token, one-day policy") << 0 << 1 << ExpiryState::RotationDueWithin7Days;
    }

    void policyDeadlines()
    {
        QFETCH(int, createdDaysAgo);
        QFETCH(int, policyDays);
        QFETCH(ExpiryState, expected);
        const QDateTime created = now.addDays(-createdDaysAgo);
        const ExpiryAssessment a = assessExpiry(token(std::nullopt, created), now, policyDays);
        QCOMPARE(a.state, expected);
        QVERIFY(a.fromPolicy);
        QCOMPARE(a.deadline, std::optional<QDateTime>(created.addDays(policyDays)));
        QVERIFY(ExpiryStateText::isRotationState(a.state));
    }

    void withoutExpiryOrPolicyNeverExpires()
    {
        for (const std::optional<int> policy :
             {std::optional<int>(), std::optional<int>(0), std::optional<int>(-5)}) {
            const ExpiryAssessment a = assessExpiry(token(std::nullopt), now, policy);
            QCOMPARE(a.state, ExpiryState::NeverExpires);
            QVERIFY(!a.deadline);
            QVERIFY(!a.fromPolicy);
        }
    }

    void textsAreDistinctAndShort()
    {
        QSet<QString> texts;
        for (int i = int(ExpiryState::Expired); i <= int(ExpiryState::NeverExpires); ++i) {
            const auto state = ExpiryState(i);
            const QString text = ExpiryStateText::text(state);
            QVERIFY(!text.isEmpty());
            QVERIFY2(text.size() < 32, qPrintable(text));
            QVERIFY(!ExpiryStateText::iconName(state).isEmpty());
            texts.insert(text);
            if (ExpiryStateText::isRotationState(state)) {
                QVERIFY2(text.contains(u"due"_s) || text.contains(u"overdue"_s), qPrintable(text));
            }
        }
        QCOMPARE(texts.size(), 9);
        QCOMPARE(ExpiryStateText::text(ExpiryState::Expired), u"Expired"_s);
        QCOMPARE(ExpiryStateText::iconName(ExpiryState::Expired), u"dialog-error"_s);
    }
};

QTEST_GUILESS_MAIN(TestExpiryAssessment)
#include "tst_expiryassessment.moc"
