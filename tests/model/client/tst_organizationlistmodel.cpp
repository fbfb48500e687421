// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/organizationlistmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using keyward::NamedRole;
using keyward::OrganizationListModel;
using keyward::Role;

class TestOrganizationListModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bulkResetAndData()
    {
        OrganizationListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), int(OrganizationListModel::ColumnCount));

        model.setOrganizations({{u"acme"_s, Role::Admin}, {u"globex"_s, Role::Team}});
        QCOMPARE(resets.count(), 1);
        QCOMPARE(inserts.count(), 0);
        QCOMPARE(model.rowCount(), 2);

        const QModelIndex name = model.index(1, OrganizationListModel::NameColumn);
        const QModelIndex role = model.index(1, OrganizationListModel::RoleColumn);
        QCOMPARE(name.data().toString(), u"globex"_s);
        QCOMPARE(role.data().toString(), u"Team member"_s);
        QCOMPARE(role.data(OrganizationListModel::RawDataRole).toInt(), int(Role::Team));
        QCOMPARE(role.data(OrganizationListModel::NameRole).toString(), u"globex"_s);
        QCOMPARE(model.headerData(OrganizationListModel::RoleColumn, Qt::Horizontal).toString(),
                 u"Your role"_s);

        model.clear();
        QCOMPARE(resets.count(), 2);
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestOrganizationListModel)
#include "tst_organizationlistmodel.moc"
