// SPDX-License-Identifier: GPL-3.0-or-later
// AuditEventModel and its filter proxy under QAbstractItemModelTester: paging
// backwards with moreRequested(oldest id), display and raw roles, filters,
// and the CSV/JSON bytes of AuditExport.
#include "audit/auditeventmodel.h"
#include "audit/auditexport.h"
#include "audit/auditfilterproxy.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace keyward;

namespace {

AuditEvent makeEvent(int id, const QString &actor, const QString &action, const QString &target,
                     const QString &detail = {})
{
    return AuditEvent{QString::number(id),
                      QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC).addSecs(id * 60),
                      actor,
                      action,
                      target,
                      detail,
                      u"127.0.0.1"_s};
}

QList<AuditEvent> newestFirst(int from, int to)
{
    QList<AuditEvent> events;
    for (int id = from; id >= to; --id) {
        events.append(makeEvent(id, id % 2 ? u"ann@example.com"_s : u"bob@example.com"_s,
                                id % 3 ? u"token.create"_s : u"member.add"_s,
                                u"acme/teams/t%1/tokens/%2"_s.arg(id % 4).arg(id),
                                u"made %1"_s.arg(id)));
    }
    return events;
}

} // namespace

class TestAuditEventModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pagesBackwardsThroughTheTrail()
    {
        AuditEventModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy more(&model, &AuditEventModel::moreRequested);
        QVERIFY(!model.canFetchMore({}));

        model.appendEvents(newestFirst(20, 16), true);
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.columnCount(), int(AuditEventModel::ColumnCount));
        // The tester itself calls fetchMore() on every change, as a view does.
        QVERIFY(model.moreAvailable());
        model.cancelFetch();
        more.clear();
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(more.count(), 1);
        QCOMPARE(more.at(0).at(0).toString(), u"16"_s);
        // One request at a time, however often the view asks.
        QVERIFY(!model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(more.count(), 1);

        model.cancelFetch();
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(more.count(), 2);

        model.appendEvents(newestFirst(15, 11), false);
        QCOMPARE(model.rowCount(), 10);
        QVERIFY(!model.canFetchMore({}));
        QCOMPARE(model.oldestId(), u"11"_s);
        QCOMPARE(model.actions(), (QStringList{u"member.add"_s, u"token.create"_s}));

        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.canFetchMore({}));
    }

    void displayAndRawRoles()
    {
        AuditEventModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const AuditEvent e = makeEvent(7, u"ann@example.com"_s, u"token.delete"_s,
                                       u"acme/tokens/7"_s, u"deleted \"ci\"\nsecond line"_s);
        model.setNow(e.time.addSecs(3 * 3600));
        model.appendEvents({e}, false);
        const auto at = [&](int column, int role) {
            return model.index(0, column).data(role);
        };
        QCOMPARE(at(AuditEventModel::ActorColumn, Qt::DisplayRole).toString(), e.actor);
        QCOMPARE(at(AuditEventModel::ActionColumn, Qt::DisplayRole).toString(), e.action);
        QCOMPARE(at(AuditEventModel::TargetColumn, Qt::DisplayRole).toString(), e.target);
        QCOMPARE(at(AuditEventModel::RemoteColumn, Qt::DisplayRole).toString(), e.remote);
        QVERIFY(!at(AuditEventModel::DetailColumn, Qt::DisplayRole).toString().contains(u'\n'));
        QCOMPARE(at(AuditEventModel::DetailColumn, Qt::ToolTipRole).toString(), e.detail);
        const QString time = at(AuditEventModel::TimeColumn, Qt::DisplayRole).toString();
        QVERIFY2(time.contains(u"3 hours ago"_s), qPrintable(time));
        QVERIFY2(time.contains(e.time.toLocalTime().toString(u"HH:mm"_s)), qPrintable(time));
        QCOMPARE(at(AuditEventModel::TimeColumn, Qt::ToolTipRole).toString(),
                 u"2026-03-01 12:07:00.000 UTC"_s);
        for (int column = 0; column < AuditEventModel::ColumnCount; ++column) {
            QCOMPARE(at(column, AuditEventModel::IdRole).toString(), u"7"_s);
            QCOMPARE(at(column, AuditEventModel::TimeRole).toDateTime(), e.time);
            QCOMPARE(at(column, AuditEventModel::DetailRole).toString(), e.detail);
        }
        QCOMPARE(model.headerData(AuditEventModel::TimeColumn, Qt::Horizontal).toString(),
                 u"Time"_s);
        QCOMPARE(model.headerData(AuditEventModel::RemoteColumn, Qt::Horizontal).toString(),
                 u"Remote"_s);
    }

    void proxyFilters()
    {
        AuditEventModel model;
        AuditFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.appendEvents(newestFirst(12, 1), true);
        QCOMPARE(proxy.rowCount(), 12);
        QVERIFY(!proxy.isFiltering());

        proxy.setActor(u"ANN"_s);
        QCOMPARE(proxy.rowCount(), 6);
        proxy.setAction(u"member.add"_s); // ids 3, 9 are odd multiples of 3
        QCOMPARE(proxy.rowCount(), 2);
        proxy.setActor({});
        QCOMPARE(proxy.rowCount(), 4);
        proxy.setAction({});
        proxy.setTarget(u"teams/t1/"_s); // ids 1, 5, 9
        QCOMPARE(proxy.rowCount(), 3);
        proxy.setTarget({});

        const QDateTime base(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);
        proxy.setTimeRange(base.addSecs(5 * 60), base.addSecs(8 * 60)); // both ends included
        QCOMPARE(proxy.rowCount(), 4);
        proxy.setTimeRange(std::nullopt, base.addSecs(2 * 60));
        QCOMPARE(proxy.rowCount(), 2);
        proxy.setTimeRange(base.addSecs(11 * 60), std::nullopt);
        QCOMPARE(proxy.rowCount(), 2);
        QVERIFY(proxy.isFiltering());

        // Pages arriving while filtered are filtered too; fetchMore reaches the source.
        QSignalSpy more(&model, &AuditEventModel::moreRequested);
        model.cancelFetch(); // the tester has fetched already
        QVERIFY(proxy.canFetchMore({}));
        proxy.fetchMore({});
        QCOMPARE(more.count(), 1);
        model.appendEvents(newestFirst(0, 0), false);
        QCOMPARE(proxy.rowCount(), 2);
    }

    void csvIsRfc4180AndNeutralisesFormulas()
    {
        AuditEvent e = makeEvent(1, u"=cmd|' /C calc'!A0"_s, u"token.create"_s, u"acme/tokens/1"_s,
                                 u"created \"ci, nightly\" with scopes metrics:write"_s);
        e.remote = u"@SUM(1+1)"_s;
        AuditEvent second = makeEvent(2, u"bob@example.com"_s, u"member.add"_s, {}, u"-1\r\nx"_s);
        const QByteArray csv = AuditExport::toCsv({second, e});
        const QByteArray expected =
            "id,time,actor,action,target,detail,remote\r\n"
            "2,2026-03-01T12:02:00.000Z,bob@example.com,member.add,,\"'-1\r\nx\",127.0.0.1\r\n"
            "1,2026-03-01T12:01:00.000Z,'=cmd|' /C calc'!A0,token.create,acme/tokens/1,"
            "\"created \"\"ci, nightly\"\" with scopes metrics:write\",'@SUM(1+1)\r\n"_ba;
        QCOMPARE(csv, expected);
        QCOMPARE(AuditExport::toCsv({}), "id,time,actor,action,target,detail,remote\r\n"_ba);
    }

    void jsonIsTheApiArray()
    {
        const QList<AuditEvent> events = newestFirst(3, 1);
        const QByteArray json = AuditExport::toJson(events);
        QVERIFY(json.contains("\n    {")); // pretty-printed
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(json, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QVERIFY(document.isArray());
        QCOMPARE(document.array().size(), 3);
        for (int i = 0; i < 3; ++i) {
            const QJsonObject object = document.array().at(i).toObject();
            QCOMPARE(object.keys().size(), 7);
            const auto parsed = auditEventFromJson(object);
            QVERIFY(parsed.hasValue());
            QCOMPARE(*parsed, events.at(i));
        }
    }
};

QTEST_GUILESS_MAIN(TestAuditEventModel)
#include "tst_auditeventmodel.moc"
