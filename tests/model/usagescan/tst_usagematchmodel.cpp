// SPDX-License-Identifier: GPL-3.0-or-later
#include "usagescan/usagematchmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using keyward::UsageMatch;
using keyward::UsageMatchModel;

class TestUsageMatchModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void appendAndClear()
    {
        UsageMatchModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QCOMPARE(model.columnCount(), 3);
        QCOMPARE(model.headerData(UsageMatchModel::LineColumn, Qt::Horizontal).toString(),
                 u"Line"_s);

        model.append({});
        QCOMPARE(inserted.size(), 0);
        model.append(
            {UsageMatch{u"/a/.env"_s, 2, u"T=eyJh\u2026(masked)"_s, 1},
             UsageMatch{u"/a/b.yaml"_s, 7, u"x: eyJh\u2026(masked) eyJh\u2026(masked)"_s, 2}});
        model.append({UsageMatch{u"/c.ini"_s, 1, u"k=eyJh\u2026(masked)"_s, 1}});
        QCOMPARE(inserted.size(), 2);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(1, UsageMatchModel::FileColumn).data().toString(), u"/a/b.yaml"_s);
        QCOMPARE(model.index(1, UsageMatchModel::LineColumn).data().toInt(), 7);
        QCOMPARE(model.index(1, UsageMatchModel::TextColumn).data().toString(),
                 u"x: eyJh\u2026(masked) eyJh\u2026(masked)"_s);
        QVERIFY(model.index(1, UsageMatchModel::TextColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(u"2 occurrence"_s));
        QCOMPARE(model.index(2, 0).data(UsageMatchModel::FilePathRole).toString(), u"/c.ini"_s);
        QCOMPARE(model.matchAt(0).lineNumber, 2);

        model.clear();
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.rowCount(), 0);
        model.clear();
        QCOMPARE(reset.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestUsageMatchModel)
#include "tst_usagematchmodel.moc"
