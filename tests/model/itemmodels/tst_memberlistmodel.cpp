// SPDX-License-Identifier: GPL-3.0-or-later
#include "itemmodels/memberlistmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using keyward::MemberListModel;
using keyward::Membership;
using keyward::Role;
using keyward::User;

namespace {

Membership member(int i, Role role = Role::Member)
{
    return {User{u"First%1"_s.arg(i), u"Last%1"_s.arg(i), u"user%1@example.com"_s.arg(i)}, role};
}

QList<Membership> page(int from, int count)
{
    QList<Membership> result;
    for (int i = from; i < from + count; ++i) {
        result.append(member(i));
    }
    return result;
}

} // namespace

class TestMemberListModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bulkResetAndData()
    {
        MemberListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);

        model.setMembers({{User{u"Ada"_s, u"Lovelace"_s, u"ada@example.com"_s}, Role::Admin},
                          {User{{}, {}, u"invited@example.com"_s}, Role::Viewer}});
        QCOMPARE(resets.count(), 1);
        QCOMPARE(inserts.count(), 0);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(MemberListModel::ColumnCount));
        QVERIFY(!model.canFetchMore({}));

        QCOMPARE(model.index(0, MemberListModel::NameColumn).data().toString(), u"Ada Lovelace"_s);
        QCOMPARE(model.index(0, MemberListModel::EmailColumn).data().toString(),
                 u"ada@example.com"_s);
        QCOMPARE(model.index(0, MemberListModel::RoleColumn).data().toString(), u"Administrator"_s);
        QCOMPARE(
            model.index(0, MemberListModel::RoleColumn).data(MemberListModel::RawDataRole).toInt(),
            int(Role::Admin));
        QCOMPARE(model.index(0, MemberListModel::NameColumn).data(Qt::ToolTipRole).toString(),
                 u"Ada Lovelace <ada@example.com>"_s);
        // Someone invited who has not confirmed yet has no name: show the email.
        QCOMPARE(model.index(1, MemberListModel::NameColumn).data().toString(),
                 u"invited@example.com"_s);
        QCOMPARE(model.index(1, MemberListModel::NameColumn).data(MemberListModel::EmailRole),
                 QVariant(u"invited@example.com"_s));
        QCOMPARE(model.index(1, MemberListModel::EmailColumn).data(MemberListModel::RoleRole),
                 QVariant(int(Role::Viewer)));
        QCOMPARE(model.headerData(MemberListModel::EmailColumn, Qt::Horizontal).toString(),
                 u"Email"_s);

        model.clear();
        QCOMPARE(resets.count(), 2);
        QCOMPARE(model.rowCount(), 0);
    }

    void updateAndRemove()
    {
        MemberListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setMembers(page(0, 3));
        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy removals(&model, &QAbstractItemModel::rowsRemoved);

        Membership promoted = member(1, Role::Admin);
        promoted.user.email = u"USER1@example.com"_s; // emails match ignoring case
        QVERIFY(model.updateMember(promoted));
        QCOMPARE(changes.count(), 1);
        QCOMPARE(changes.at(0).at(0).value<QModelIndex>().row(), 1);
        QCOMPARE(model.index(1, MemberListModel::RoleColumn).data().toString(), u"Administrator"_s);
        QVERIFY(!model.updateMember(member(42)));
        QCOMPARE(changes.count(), 1);

        QVERIFY(model.removeMember(u"user0@example.com"_s));
        QCOMPARE(removals.count(), 1);
        QCOMPARE(removals.at(0).at(1).toInt(), 0);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.rowOf(u"user2@example.com"_s), 1);
        QVERIFY(!model.removeMember(u"user0@example.com"_s));
        QCOMPARE(removals.count(), 1);
    }

    void pagingThroughFetchMore()
    {
        MemberListModel model;
        QSignalSpy requested(&model, &MemberListModel::moreRequested);
        QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);

        model.setMembers(page(0, 50), 120);
        QCOMPARE(model.rowCount(), 50);
        QCOMPARE(model.totalCount(), 120);
        QVERIFY(model.canFetchMore({}));

        model.fetchMore({});
        QCOMPARE(requested.count(), 1);
        QCOMPARE(requested.at(0).at(0).toInt(), 50);
        // A request is on its way: no duplicate requests while the view scrolls.
        QVERIFY(!model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(requested.count(), 1);

        model.appendMembers(page(50, 50), 120);
        QCOMPARE(inserts.count(), 1);
        QCOMPARE(inserts.at(0).at(1).toInt(), 50);
        QCOMPARE(inserts.at(0).at(2).toInt(), 99);
        QCOMPARE(model.rowCount(), 100);
        QVERIFY(model.canFetchMore({}));

        model.fetchMore({});
        QCOMPARE(requested.at(1).at(0).toInt(), 100);
        // Someone was added meanwhile: the last page repeats user99.
        QList<Membership> last = page(99, 22);
        model.appendMembers(last, 121);
        QCOMPARE(model.rowCount(), 121);
        QCOMPARE(model.rowOf(u"user99@example.com"_s), 99);
        QCOMPARE(model.index(100, MemberListModel::EmailColumn).data().toString(),
                 u"user100@example.com"_s);
        QVERIFY(!model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(requested.count(), 2);
    }

    void failedPageCanBeRetried()
    {
        MemberListModel model;
        QSignalSpy requested(&model, &MemberListModel::moreRequested);
        model.setMembers(page(0, 10), 20);
        model.fetchMore({});
        QVERIFY(!model.canFetchMore({}));
        model.cancelFetch();
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(requested.count(), 2);
        QCOMPARE(requested.at(1).at(0).toInt(), 10);
    }

    void shortPageEndsPaging()
    {
        // The total shrank on the server (someone was removed): an empty page
        // must stop the requests instead of asking for the same offset forever.
        MemberListModel model;
        model.setMembers(page(0, 10), 20);
        model.fetchMore({});
        model.appendMembers({});
        QCOMPARE(model.totalCount(), 10);
        QVERIFY(!model.canFetchMore({}));
    }

    void removalLowersTheTotal()
    {
        MemberListModel model;
        model.setMembers(page(0, 10), 11);
        QVERIFY(model.canFetchMore({}));
        QVERIFY(model.removeMember(u"user3@example.com"_s));
        QCOMPARE(model.totalCount(), 10);
        QVERIFY(model.canFetchMore({}));
    }

    void pagingUnderTheTester()
    {
        // The tester itself calls fetchMore(): the request goes out once and
        // the appended rows pass its checks.
        MemberListModel model;
        QSignalSpy requested(&model, &MemberListModel::moreRequested);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setMembers(page(0, 5), 8);
        QCOMPARE(requested.count(), 1);
        model.appendMembers(page(5, 3), 8);
        QCOMPARE(model.rowCount(), 8);
        QVERIFY(!model.canFetchMore({}));
        QCOMPARE(requested.count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestMemberListModel)
#include "tst_memberlistmodel.moc"
