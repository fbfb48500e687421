// SPDX-License-Identifier: GPL-3.0-or-later
// TeamListModel under QAbstractItemModelTester: bulk reset, insert, remove.
#include "organizations/teamlistmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace Qt::StringLiterals;
using keyward::Team;
using keyward::TeamListModel;
using keyward::Token;

class TestTeamListModel final : public QObject
{
    Q_OBJECT

    static Team team(const QString &name, int tokens)
    {
        Team t{name, {}};
        for (int i = 0; i < tokens; ++i) {
            Token token;
            token.id = QString::number(i);
            token.description = u"token %1"_s.arg(i);
            t.tokens.append(token);
        }
        return t;
    }

private Q_SLOTS:
    void bulkResetAndData()
    {
        TeamListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);
        model.setTeams({team(u"runners"_s, 1), team(u"builders"_s, 3)});
        QCOMPARE(resets.count(), 1);
        QCOMPARE(inserts.count(), 0);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(TeamListModel::ColumnCount));
        QCOMPARE(model.index(0, TeamListModel::NameColumn).data().toString(), u"runners"_s);
        QCOMPARE(model.index(1, TeamListModel::TokensColumn).data().toString(), u"3 of 3"_s);
        QCOMPARE(model.index(1, TeamListModel::TokensColumn).data(TeamListModel::RawDataRole),
                 QVariant(3));
        QCOMPARE(model.index(1, TeamListModel::TokensColumn).data(TeamListModel::NameRole),
                 QVariant(u"builders"_s));
        QCOMPARE(model.headerData(TeamListModel::NameColumn, Qt::Horizontal).toString(), u"Team"_s);
        QVERIFY(!model.index(2, 0).isValid());
    }

    void addReplaceRemove()
    {
        TeamListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTeams({team(u"a"_s, 1)});
        QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removes(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
        model.addTeam(team(u"b"_s, 1));
        QCOMPARE(inserts.count(), 1);
        QCOMPARE(model.rowOf(u"b"_s), 1);
        model.addTeam(team(u"b"_s, 2)); // same name: replaced, not duplicated
        QCOMPARE(inserts.count(), 1);
        QCOMPARE(changes.count(), 1);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(1, 1).data(TeamListModel::TokenCountRole), QVariant(2));
        QVERIFY(model.removeTeam(u"a"_s));
        QVERIFY(!model.removeTeam(u"a"_s));
        QCOMPARE(removes.count(), 1);
        QCOMPARE(model.rowCount(), 1);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void sortsAndFiltersThroughProxy()
    {
        TeamListModel model;
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(TeamListModel::RawDataRole);
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<Team> many;
        for (int i = 0; i < 1000; ++i) {
            many.append(team(u"team-%1"_s.arg(i, 4, 10, QChar(u'0')), i % 4 == 0 ? 3 : 1));
        }
        model.setTeams(many);
        proxy.sort(TeamListModel::TokensColumn, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, 1).data(TeamListModel::TokenCountRole), QVariant(3));
        proxy.setFilterKeyColumn(TeamListModel::NameColumn);
        proxy.setFilterFixedString(u"team-099"_s);
        QCOMPARE(proxy.rowCount(), 10);
    }
};

QTEST_GUILESS_MAIN(TestTeamListModel)
#include "tst_teamlistmodel.moc"
