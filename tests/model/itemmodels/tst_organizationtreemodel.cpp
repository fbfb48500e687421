// SPDX-License-Identifier: GPL-3.0-or-later
#include "itemmodels/organizationtreemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using keyward::NamedRole;
using keyward::OrganizationTreeModel;
using keyward::Role;

namespace {

const QList<NamedRole> organizations{
    {u"acme"_s, Role::Admin}, {u"globex"_s, Role::Team}, {u"initech"_s, Role::Viewer}};

int kindOf(const QModelIndex &index)
{
    return index.data(OrganizationTreeModel::KindRole).toInt();
}

} // namespace

class TestOrganizationTreeModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void organizationsAreTopLevelRows()
    {
        OrganizationTreeModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.hasChildren());

        model.setOrganizations(organizations);
        QCOMPARE(resets.count(), 1);
        QCOMPARE(inserts.count(), 0);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(OrganizationTreeModel::ColumnCount));

        const QModelIndex globex = model.index(1, OrganizationTreeModel::NameColumn);
        const QModelIndex globexRole = model.index(1, OrganizationTreeModel::RoleColumn);
        QCOMPARE(globex.data().toString(), u"globex"_s);
        QCOMPARE(globexRole.data().toString(), u"Team member"_s);
        QCOMPARE(model.index(0, OrganizationTreeModel::RoleColumn).data().toString(),
                 u"Administrator"_s);
        QCOMPARE(model.index(2, OrganizationTreeModel::RoleColumn).data().toString(), u"Viewer"_s);
        QCOMPARE(globexRole.data(OrganizationTreeModel::NameRole).toString(), u"globex"_s);
        QCOMPARE(globexRole.data(OrganizationTreeModel::RoleRole).toInt(), int(Role::Team));
        QCOMPARE(kindOf(globex), int(OrganizationTreeModel::Kind::Organization));
        QCOMPARE(globex.data(OrganizationTreeModel::OrganizationRole).toString(), u"globex"_s);
        QVERIFY(!globex.parent().isValid());
        QVERIFY(!globexRole.data(Qt::ToolTipRole).toString().isEmpty());
        QCOMPARE(model.headerData(OrganizationTreeModel::RoleColumn, Qt::Horizontal).toString(),
                 u"Your role"_s);
        QCOMPARE(model.organizationIndex(u"initech"_s).row(), 2);
        QVERIFY(!model.organizationIndex(u"nobody"_s).isValid());

        model.clear();
        QCOMPARE(resets.count(), 2);
        QCOMPARE(model.rowCount(), 0);
    }

    void teamsAreFetchedLazilyOncePerOrganization()
    {
        OrganizationTreeModel model;
        model.setOrganizations(organizations);
        QSignalSpy requested(&model, &OrganizationTreeModel::teamsRequested);

        const QModelIndex acme = model.organizationIndex(u"acme"_s);
        // Unknown teams: an expander, no rows, and a fetch on demand.
        QVERIFY(model.hasChildren(acme));
        QCOMPARE(model.rowCount(acme), 0);
        QVERIFY(model.canFetchMore(acme));
        QVERIFY(!model.canFetchMore(QModelIndex()));
        QVERIFY(!model.canFetchMore(model.index(0, OrganizationTreeModel::RoleColumn)));
        QCOMPARE(requested.count(), 0);

        model.fetchMore(acme);
        QCOMPARE(requested.count(), 1);
        QCOMPARE(requested.at(0).at(0).toString(), u"acme"_s);
        QVERIFY(acme.data(OrganizationTreeModel::LoadingRole).toBool());
        // Asked already: views calling fetchMore again do not send more requests.
        QVERIFY(!model.canFetchMore(acme));
        model.fetchMore(acme);
        QCOMPARE(requested.count(), 1);
    }

    void setTeamsInsertsChildren()
    {
        OrganizationTreeModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setOrganizations(organizations);
        QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removals(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy requested(&model, &OrganizationTreeModel::teamsRequested);

        // The tester walked the tree after the reset and so asked for the teams.
        const QModelIndex acme = model.organizationIndex(u"acme"_s);
        QVERIFY(acme.data(OrganizationTreeModel::LoadingRole).toBool());
        model.setTeams(u"acme"_s, {{u"billing"_s, Role::Admin}, {u"search"_s, Role::Viewer}});
        QCOMPARE(inserts.count(), 1);
        QCOMPARE(inserts.at(0).at(0).value<QModelIndex>(), acme);
        QCOMPARE(inserts.at(0).at(1).toInt(), 0);
        QCOMPARE(inserts.at(0).at(2).toInt(), 1);
        QCOMPARE(resets.count(), 0);
        QVERIFY(!acme.data(OrganizationTreeModel::LoadingRole).toBool());
        QVERIFY(!model.canFetchMore(acme));

        QCOMPARE(model.rowCount(acme), 2);
        const QModelIndex search = model.index(1, OrganizationTreeModel::NameColumn, acme);
        const QModelIndex searchRole = model.index(1, OrganizationTreeModel::RoleColumn, acme);
        QCOMPARE(search.data().toString(), u"search"_s);
        QCOMPARE(searchRole.data().toString(), u"Viewer"_s);
        QCOMPARE(kindOf(search), int(OrganizationTreeModel::Kind::Team));
        QCOMPARE(search.data(OrganizationTreeModel::OrganizationRole).toString(), u"acme"_s);
        QCOMPARE(search.data(OrganizationTreeModel::RoleRole).toInt(), int(Role::Viewer));
        QCOMPARE(search.parent(), acme);
        QCOMPARE(searchRole.parent(), acme);
        QVERIFY(!model.hasChildren(search));
        QVERIFY(model.flags(search).testFlag(Qt::ItemNeverHasChildren));
        QCOMPARE(search.data(Qt::ToolTipRole).toString(), u"Team search of acme"_s);

        // A refresh replaces the children: removal, then insertion.
        model.setTeams(u"acme"_s, {{u"ops"_s, Role::Member}});
        QCOMPARE(removals.count(), 1);
        QCOMPARE(inserts.count(), 2);
        QCOMPARE(model.rowCount(acme), 1);
        QCOMPARE(model.index(0, 0, acme).data().toString(), u"ops"_s);
        QCOMPARE(model.index(0, 1, acme).data().toString(), u"Member"_s);

        // No teams: no expander any more.
        model.setTeams(u"acme"_s, {});
        QCOMPARE(removals.count(), 2);
        QCOMPARE(model.rowCount(acme), 0);
        QVERIFY(!model.hasChildren(acme));

        // Unknown organizations are ignored.
        model.setTeams(u"nobody"_s, {{u"x"_s, Role::Admin}});
        QCOMPARE(inserts.count(), 2);

        // A reset forgets the teams, so walking the tree asks for them again.
        QCOMPARE(requested.count(), 0);
        model.setOrganizations(organizations);
        QCOMPARE(resets.count(), 1);
        QCOMPARE(model.rowCount(model.organizationIndex(u"acme"_s)), 0);
        QCOMPARE(requested.count(), organizations.size());
    }

    void cancelledRequestCanBeRetried()
    {
        OrganizationTreeModel model;
        model.setOrganizations(organizations);
        QSignalSpy requested(&model, &OrganizationTreeModel::teamsRequested);
        const QModelIndex globex = model.organizationIndex(u"globex"_s);
        model.fetchMore(globex);
        QVERIFY(!model.canFetchMore(globex));
        model.cancelTeamsRequest(u"globex"_s);
        QVERIFY(!globex.data(OrganizationTreeModel::LoadingRole).toBool());
        QVERIFY(model.canFetchMore(globex));
        model.fetchMore(globex);
        QCOMPARE(requested.count(), 2);
    }

    void testerWalkingTheTreeRequestsEachOrganizationOnce()
    {
        // QAbstractItemModelTester calls fetchMore() itself while it walks the
        // model: each organization must be asked for exactly once.
        OrganizationTreeModel model;
        QSignalSpy requested(&model, &OrganizationTreeModel::teamsRequested);
        model.setOrganizations(organizations);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(requested.count(), organizations.size());
        QStringList names;
        for (const QList<QVariant> &arguments : std::as_const(requested)) {
            names.append(arguments.at(0).toString());
        }
        names.sort();
        QCOMPARE(names, (QStringList{u"acme"_s, u"globex"_s, u"initech"_s}));

        // Answers arriving later populate the tree under the tester's eye.
        model.setTeams(u"globex"_s, {{u"research"_s, Role::Member}});
        model.setTeams(u"initech"_s, {{u"tps"_s, Role::Viewer}, {u"printers"_s, Role::Admin}});
        QCOMPARE(model.rowCount(model.organizationIndex(u"initech"_s)), 2);
        QCOMPARE(requested.count(), organizations.size());
    }

    void thirtySevenThousandTeamsInOneInsert()
    {
        OrganizationTreeModel model;
        model.setOrganizations(organizations);
        QList<NamedRole> teams;
        teams.reserve(37'000);
        for (int i = 0; i < 37'000; ++i) {
            teams.append({u"team-%1"_s.arg(i, 5, 10, QLatin1Char('0')), Role::Admin});
        }
        QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removals(&model, &QAbstractItemModel::rowsRemoved);
        const QModelIndex acme = model.organizationIndex(u"acme"_s);
        model.fetchMore(acme);
        model.setTeams(u"acme"_s, teams);
        // One insertion for all of them: a view lays them out once.
        QCOMPARE(inserts.count(), 1);
        QCOMPARE(inserts.at(0).at(1).toInt(), 0);
        QCOMPARE(inserts.at(0).at(2).toInt(), 36'999);
        QCOMPARE(model.rowCount(acme), 37'000);
        const QModelIndex last = model.index(36'999, OrganizationTreeModel::NameColumn, acme);
        QCOMPARE(last.data().toString(), u"team-36999"_s);
        // Nothing per row a view would have to build or measure.
        QVERIFY(!last.data(Qt::DecorationRole).isValid());
        QVERIFY(!last.data(Qt::FontRole).isValid());
        QVERIFY(!last.data(Qt::SizeHintRole).isValid());

        // A reload replaces them in one removal and one insertion.
        teams.removeLast();
        model.setTeams(u"acme"_s, teams);
        QCOMPARE(removals.count(), 1);
        QCOMPARE(removals.at(0).at(2).toInt(), 36'999);
        QCOMPARE(inserts.count(), 2);
        QCOMPARE(inserts.at(1).at(2).toInt(), 36'998);
        QCOMPARE(model.rowCount(acme), 36'999);
    }

    void manyOrganizations()
    {
        OrganizationTreeModel model;
        QList<NamedRole> many;
        many.reserve(100'000);
        for (int i = 0; i < 100'000; ++i) {
            many.append({u"org-%1"_s.arg(i), Role::Member});
        }
        model.setOrganizations(many);
        QCOMPARE(model.rowCount(), 100'000);
        model.setTeams(u"org-99999"_s, {{u"last"_s, Role::Admin}});
        const QModelIndex last = model.organizationIndex(u"org-99999"_s);
        QCOMPARE(model.index(0, 0, last).parent().row(), 99'999);
    }
};

QTEST_GUILESS_MAIN(TestOrganizationTreeModel)
#include "tst_organizationtreemodel.moc"
