// SPDX-License-Identifier: GPL-3.0-or-later
// The expiry review's model: 10,000 generated tokens on an injected clock,
// urgency keys, roles, time passing, policies and the export rows.
#include "expiry/expirylistmodel.h"
#include "expiry/rotationpolicies.h"

#include <QAbstractItemModelTester>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "domain/relativetime.h"

#include <QSet>

#include <algorithm>
#include <numeric>

using namespace Qt::StringLiterals;
using namespace keyward;

namespace {

const QDateTime start = QDateTime::fromString(u"2026-11-22T12:00:00Z"_s, Qt::ISODate);
const QUuid profileA = QUuid::fromString(u"{11111111-1111-4111-8111-111111111111}"_s);
const QUuid profileB = QUuid::fromString(u"{22222222-2222-4222-8222-222222222222}"_s);

ExpiryRecord record(const QString &id, std::optional<QDateTime> expires,
                    const QString &org = u"acme"_s, const QString &team = QString())
{
    ExpiryRecord r;
    r.profileId = profileA;
    r.profileName = u"Acme prod"_s;
    r.environment = Environment::Production;
    r.environmentColour = u"#c62828"_s;
    r.serverUrl = QUrl(u"https://keyward.acme.example"_s);
    r.token.id = id;
    r.token.description = u"Deploy %1"_s.arg(id);
    r.token.created = start.addDays(-100);
    r.token.expires = std::move(expires);
    r.token.org = org;
    r.token.team = team;
    return r;
}

/// Deterministic spread over every band: expired, 7, 30, later and never.
QList<ExpiryRecord> generated(int count)
{
    QList<ExpiryRecord> records;
    records.reserve(count);
    for (int i = 0; i < count; ++i) {
        std::optional<QDateTime> expires;
        if (i % 5 != 4) {
            // -200 .. +199 hours and days, mixed.
            expires = start.addSecs(qint64((i * 7919) % 400 - 200) * 3600 * (i % 3 == 0 ? 24 : 1));
        }
        ExpiryRecord r = record(QString::number(i), expires, u"org%1"_s.arg(i % 13),
                                i % 2 ? u"team%1"_s.arg(i % 7) : QString());
        r.profileId = i % 4 ? profileA : profileB;
        if (i % 3 == 1) {
            r.token.lastUsed = start.addDays(-(i % 50));
        }
        records.append(r);
    }
    return records;
}

} // namespace

class TestExpiryListModel final : public QObject
{
    Q_OBJECT

private:
    QDateTime m_now;

    void useTestClock(ExpiryListModel &model)
    {
        m_now = start;
        model.setClock([this] { return m_now; });
    }

private Q_SLOTS:
    void tenThousandRowsUnderTester()
    {
        ExpiryListModel model;
        useTestClock(model);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        const QList<ExpiryRecord> records = generated(10000);
        model.setRecords(records);
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), 10000);
        QCOMPARE(model.columnCount(), int(ExpiryListModel::ColumnCount));
        QCOMPARE(model.now(), start);

        QVERIFY(model.inUrgencyOrder());
        for (const int i : {0, 1, 4, 777, 9999}) {
            const std::optional<int> found = model.rowOfKey(records.at(i).key());
            QVERIFY(found);
            const int row = *found;
            QCOMPARE(model.record(row), records.at(i));
            const ExpiryAssessment expected = assessExpiry(records.at(i).token, start, {});
            QCOMPARE(model.state(row), expected.state);
            QCOMPARE(model.index(row, 0).data(ExpiryListModel::StateRole).toInt(),
                     int(expected.state));
        }
        QVERIFY(!model.rowOfKey(u"nope"_s));

        // Every band is present, and urgency orders by state then deadline.
        QList<int> rows(10000);
        std::iota(rows.begin(), rows.end(), 0);
        std::stable_sort(rows.begin(), rows.end(),
                         [&](int l, int r) { return model.urgency(l) < model.urgency(r); });
        QSet<ExpiryState> seen;
        for (int i = 1; i < rows.size(); ++i) {
            const ExpiryAssessment &a = model.assessment(rows.at(i - 1));
            const ExpiryAssessment &b = model.assessment(rows.at(i));
            seen.insert(b.state);
            QVERIFY(int(a.state) <= int(b.state));
            if (a.state == b.state && a.deadline && b.deadline) {
                QVERIFY(*a.deadline <= *b.deadline);
            }
        }
        seen.insert(model.state(rows.first()));
        QCOMPARE(model.state(rows.first()), ExpiryState::Expired);
        QCOMPARE(model.state(rows.last()), ExpiryState::NeverExpires);
        QVERIFY(seen.contains(ExpiryState::ExpiresWithin7Days));
        QVERIFY(seen.contains(ExpiryState::ExpiresWithin30Days));
        QVERIFY(seen.contains(ExpiryState::ExpiresLater));

        model.setRecords({});
        QCOMPARE(model.rowCount(), 0);
    }

    void roles()
    {
        ExpiryListModel model;
        useTestClock(model);
        ExpiryRecord r = record(u"42"_s, start.addDays(5).addSecs(60), u"acme"_s, u"Runners"_s);
        r.environment = Environment::Staging;
        r.token.lastUsed = start.addDays(-3);
        ExpiryRecord never = record(u"43"_s, std::nullopt);
        model.setRecords({r, never});

        const auto at = [&](int row, int column, int role) {
            return model.index(row, column).data(role);
        };
        QCOMPARE(at(0, 3, ExpiryListModel::RecordKeyRole).toString(), r.key());
        QCOMPARE(at(0, 0, ExpiryListModel::StateRole).toInt(),
                 int(ExpiryState::ExpiresWithin7Days));
        QCOMPARE(at(0, 0, ExpiryListModel::DeadlineRole).toDateTime(), *r.token.expires);
        QCOMPARE(at(0, 0, ExpiryListModel::ExpiresRole).toDateTime(), *r.token.expires);
        QCOMPARE(at(0, 0, ExpiryListModel::LastUsedRole).toDateTime(), *r.token.lastUsed);
        QCOMPARE(at(0, 0, ExpiryListModel::SearchTextRole).toString(),
                 u"acme prod\nstaging\nacme\nrunners\ndeploy 42\n42"_s);
        QCOMPARE(at(0, 0, ExpiryListModel::StatusIconNameRole).toString(), u"dialog-warning"_s);
        QVERIFY(at(0, 0, ExpiryListModel::UrgencyRole).toLongLong() <
                at(1, 0, ExpiryListModel::UrgencyRole).toLongLong());

        QCOMPARE(at(0, ExpiryListModel::EnvironmentColumn, Qt::DisplayRole).toString(),
                 u"Staging"_s);
        QCOMPARE(at(0, ExpiryListModel::OrganizationColumn, Qt::DisplayRole).toString(), u"acme"_s);
        QCOMPARE(at(0, ExpiryListModel::TeamColumn, Qt::DisplayRole).toString(), u"Runners"_s);
        QCOMPARE(at(0, ExpiryListModel::DescriptionColumn, Qt::DisplayRole).toString(),
                 u"Deploy 42"_s);
        QCOMPARE(at(0, ExpiryListModel::ExpiresColumn, Qt::DisplayRole).toString(), u"in 5 days"_s);
        QCOMPARE(at(0, ExpiryListModel::LastUsedColumn, Qt::DisplayRole).toString(),
                 u"3 days ago"_s);
        QCOMPARE(at(0, ExpiryListModel::StatusColumn, Qt::DisplayRole).toString(),
                 u"Expires within 7 days"_s);
        QCOMPARE(at(0, ExpiryListModel::ExpiresColumn, Qt::ToolTipRole).toString(),
                 RelativeTime::absoluteText(*r.token.expires));
        QVERIFY(at(0, ExpiryListModel::EnvironmentColumn, Qt::ToolTipRole)
                    .toString()
                    .contains(u"Acme prod"_s));

        QVERIFY(!at(1, 0, ExpiryListModel::DeadlineRole).toDateTime().isValid());
        QVERIFY(!at(1, 0, ExpiryListModel::ExpiresRole).toDateTime().isValid());
        QVERIFY(!at(1, 0, ExpiryListModel::LastUsedRole).toDateTime().isValid());
        QCOMPARE(at(1, ExpiryListModel::ExpiresColumn, Qt::DisplayRole).toString(), u"never"_s);
        QCOMPARE(at(1, ExpiryListModel::StatusColumn, Qt::DisplayRole).toString(),
                 u"Never expires"_s);
        QCOMPARE(model.headerData(ExpiryListModel::StatusColumn, Qt::Horizontal).toString(),
                 u"Status"_s);
    }

    void clockMovingForwardChangesStates()
    {
        ExpiryListModel model;
        useTestClock(model);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRecords({record(u"1"_s, start.addDays(10)), record(u"2"_s, std::nullopt)});
        QCOMPARE(model.state(0), ExpiryState::ExpiresWithin30Days);
        QSignalSpy states(&model, &ExpiryListModel::statesChanged);
        QSignalSpy data(&model, &QAbstractItemModel::dataChanged);

        m_now = start.addSecs(60);
        model.refreshTime();
        QCOMPARE(states.count(), 0); // nothing crossed a boundary
        QCOMPARE(data.count(), 1);   // but the relative texts moved

        m_now = start.addDays(4);
        model.refreshTime();
        QCOMPARE(model.now(), m_now);
        QCOMPARE(model.state(0), ExpiryState::ExpiresWithin7Days);
        QCOMPARE(states.count(), 1);
        QCOMPARE(model.index(0, ExpiryListModel::ExpiresColumn).data().toString(), u"in 6 days"_s);

        m_now = start.addDays(11);
        model.refreshTime();
        QCOMPARE(model.state(0), ExpiryState::Expired);
        QCOMPARE(model.index(0, ExpiryListModel::ExpiresColumn).data().toString(),
                 RelativeTime::text(start.addDays(10), m_now));
        QCOMPARE(states.count(), 2);
        QCOMPARE(model.state(1), ExpiryState::NeverExpires);
    }

    void rotationPoliciesApply()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(u"p.ini"_s), QSettings::IniFormat);
        RotationPolicies policies(&settings);
        ExpiryListModel model;
        useTestClock(model);
        ExpiryRecord opaque = record(u"1"_s, std::nullopt, u"acme"_s); // created 100 days ago
        ExpiryRecord other = record(u"2"_s, std::nullopt, u"globex"_s);
        ExpiryRecord dated = record(u"3"_s, start.addDays(200), u"acme"_s);
        ExpiryRecord elsewhere = record(u"4"_s, std::nullopt, u"acme"_s);
        elsewhere.profileId = profileB;
        model.setRecords({opaque, other, dated, elsewhere});
        // Held by urgency: the dated token first, the others in their order.
        QCOMPARE(model.record(0), dated);
        QCOMPARE(model.record(1), opaque);
        QCOMPARE(model.record(2), other);
        QCOMPARE(model.record(3), elsewhere);
        model.setRotationPolicies(&policies);
        QCOMPARE(model.state(1), ExpiryState::NeverExpires);

        QSignalSpy states(&model, &ExpiryListModel::statesChanged);
        QVERIFY(policies.setDefaultDays(profileA, 90));
        QCOMPARE(states.count(), 1);
        QCOMPARE(model.state(1), ExpiryState::RotationOverdue);
        QCOMPARE(model.state(2), ExpiryState::RotationOverdue);
        QCOMPARE(model.state(0), ExpiryState::ExpiresLater); // its own expiry wins
        QCOMPARE(model.state(3), ExpiryState::NeverExpires); // another profile
        QVERIFY(model.assessment(1).fromPolicy);
        QCOMPARE(model.index(1, 0).data(ExpiryListModel::DeadlineRole).toDateTime(),
                 opaque.token.created.addDays(90));
        QCOMPARE(model.index(1, ExpiryListModel::StatusColumn).data().toString(),
                 u"Rotation overdue"_s);

        QVERIFY(policies.setOrganizationDays(profileA, u"acme"_s, 104));
        QCOMPARE(model.state(1), ExpiryState::RotationDueWithin7Days);
        QCOMPARE(model.state(2), ExpiryState::RotationOverdue);
        QVERIFY(model.index(1, ExpiryListModel::StatusColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(u"104"_s));

        model.setRotationPolicies(nullptr);
        QCOMPARE(model.state(1), ExpiryState::NeverExpires);
        QVERIFY(policies.setDefaultDays(profileA, 10)); // disconnected: no effect
        QCOMPARE(model.state(2), ExpiryState::NeverExpires);
    }

    void exportEntries()
    {
        ExpiryListModel model;
        useTestClock(model);
        ExpiryRecord a = record(u"1"_s, start.addDays(-1), u"acme"_s, u"ops"_s);
        a.token.lastUsed = start.addDays(-2);
        ExpiryRecord b = record(u"2"_s, std::nullopt, u"globex"_s);
        model.setRecords({a, b});
        const QList<ExpiryEntry> entries = model.exportEntries({1, 0, 7});
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.at(0).tokenId, u"2"_s);
        QCOMPARE(entries.at(0).status, u"Never expires"_s);
        QVERIFY(!entries.at(0).expires);
        const ExpiryEntry &e = entries.at(1);
        QCOMPARE(e.environment, u"Production"_s);
        QCOMPARE(e.profile, u"Acme prod"_s);
        QCOMPARE(e.server, u"keyward.acme.example"_s);
        QCOMPARE(e.organization, u"acme"_s);
        QCOMPARE(e.team, u"ops"_s);
        QCOMPARE(e.description, u"Deploy 1"_s);
        QCOMPARE(e.created, a.token.created);
        QCOMPARE(e.expires, a.token.expires);
        QCOMPARE(e.lastUsed, a.token.lastUsed);
        QCOMPARE(e.status, u"Expired"_s);
    }
};

QTEST_GUILESS_MAIN(TestExpiryListModel)
#include "tst_expirylistmodel.moc"
