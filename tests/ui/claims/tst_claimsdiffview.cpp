// SPDX-License-Identifier: GPL-3.0-or-later
#include "claimsuitokens.h"

#include "claims/claimsdiffmodel.h"
#include "claims/claimsdiffview.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace keyward;
using namespace keyward::claimsui::test;

class TestClaimsDiffView : public QObject
{
    Q_OBJECT

private:
    /// Change column text per claim name, for the rows the table shows.
    static QHash<QString, QString> changes(const QTableView &table)
    {
        QHash<QString, QString> result;
        const QAbstractItemModel *model = table.model();
        for (int row = 0; row < model->rowCount(); ++row)
            result.insert(model->index(row, ClaimsDiffModel::ClaimColumn).data().toString(),
                          model->index(row, ClaimsDiffModel::ChangeColumn).data().toString());
        return result;
    }

    claims::TokenInspection m_before;
    claims::TokenInspection m_after;

private Q_SLOTS:
    void initTestCase()
    {
        // A rotation: same rights, new jti, new times; the new token also
        // gained "sub" and lost "attrs".
        const jwt::Jwk key = jwt::Jwk::generate(jwt::Algorithm::EdDSA, u"k2"_s);
        const QDateTime firstIssued = fixedNow().addDays(-30);
        QJsonObject before = serverClaims(u"42"_s, firstIssued.addDays(90), firstIssued);
        QJsonObject after = serverClaims(u"43"_s, fixedNow().addDays(90), fixedNow());
        before.insert(u"attrs"_s, QJsonObject{{u"max_past"_s, 3600}});
        after.insert(u"sub"_s, u"ci"_s);
        m_before = inspect(jwt::signCompact(before, key));
        m_after = inspect(jwt::signCompact(after, key));
    }

    void rotation()
    {
        ClaimsDiffView view;
        QCOMPARE(view.objectName(), u"claimsDiffView"_s);
        view.setTokens(m_before, u"Before rotation"_s, m_after, u"After rotation"_s);
        auto *table = view.findChild<QTableView *>(u"claimsDiffTable"_s);
        auto *showSame = view.findChild<QCheckBox *>(u"claimsDiffShowSame"_s);
        auto *count = view.findChild<QLabel *>(u"claimsDiffCount"_s);
        QVERIFY(table && showSame && count);
        QVERIFY(!showSame->accessibleName().isEmpty());
        QVERIFY(!table->accessibleName().isEmpty());
        QAbstractItemModelTester tester(table->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);

        QCOMPARE(table->model()->headerData(1, Qt::Horizontal).toString(), u"Before rotation"_s);
        QCOMPARE(table->model()->headerData(2, Qt::Horizontal).toString(), u"After rotation"_s);
        QCOMPARE(table->model()->headerData(3, Qt::Horizontal).toString(), u"Change"_s);

        QVERIFY(!showSame->isChecked());
        QHash<QString, QString> shown = changes(*table);
        for (const auto &name : {u"jti"_s, u"exp"_s, u"iat"_s, u"nbf"_s})
            QCOMPARE(shown.value(name), u"Changed"_s);
        QCOMPARE(shown.value(u"sub"_s), u"Added"_s);
        QCOMPARE(shown.value(u"attrs"_s), u"Removed"_s);
        // Same rows are hidden until asked for.
        for (const auto &name : {u"iss"_s, u"org"_s, u"scope"_s, u"alg (header)"_s})
            QVERIFY2(!shown.contains(name), qPrintable(name));
        QCOMPARE(table->model()->rowCount(), 6);
        QCOMPARE(count->text(), u"6 claims changed"_s);

        // Change marked by an icon too, and absent sides spelled out.
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            const QModelIndex change = table->model()->index(row, ClaimsDiffModel::ChangeColumn);
            QVERIFY(!change.data(Qt::DecorationRole).value<QIcon>().isNull());
        }

        QTest::mouseClick(showSame, Qt::LeftButton, {}, QPoint(2, showSame->height() / 2));
        QVERIFY(showSame->isChecked());
        shown = changes(*table);
        QCOMPARE(shown.value(u"org"_s), u"Same"_s);
        QCOMPARE(shown.value(u"alg (header)"_s), u"Same"_s);
        QCOMPARE(shown.value(u"jti"_s), u"Changed"_s);
        QVERIFY(table->model()->rowCount() > 6);
        QCOMPARE(count->text(), u"6 claims changed"_s);

        showSame->setChecked(false);
        QCOMPARE(table->model()->rowCount(), 6);
    }

    void valuesAndAbsence()
    {
        ClaimsDiffModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRows(claims::ClaimsDiff::compare(m_before, m_after), u"A"_s, u"B"_s);
        for (int row = 0; row < model.rowCount(); ++row) {
            const QString name = model.index(row, ClaimsDiffModel::ClaimColumn).data().toString();
            const QString left = model.index(row, ClaimsDiffModel::LeftColumn).data().toString();
            const QString right = model.index(row, ClaimsDiffModel::RightColumn).data().toString();
            if (name == u"jti"_s) {
                QCOMPARE(left, u"42"_s);
                QCOMPARE(right, u"43"_s);
            } else if (name == u"sub"_s) {
                QCOMPARE(left, u"(absent)"_s);
                QCOMPARE(right, u"ci"_s);
            } else if (name == u"attrs"_s) {
                QCOMPARE(right, u"(absent)"_s);
            }
        }
        model.setShowSame(true);
        model.setRows({}, u"A"_s, u"B"_s);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.changedCount(), 0);
    }

    void htmlInValuesIsEscaped()
    {
        const jwt::Jwk key = jwt::Jwk::generate(jwt::Algorithm::EdDSA, u"k2"_s);
        QJsonObject left = serverClaims(u"1"_s, fixedNow().addDays(1));
        QJsonObject right = left;
        right.insert(u"note"_s, u"<img src=x>"_s);
        ClaimsDiffModel model;
        model.setRows(claims::ClaimsDiff::compare(inspect(jwt::signCompact(left, key)),
                                                  inspect(jwt::signCompact(right, key))),
                      u"<b>left</b>"_s, u"right"_s);
        QCOMPARE(model.rowCount(), 1);
        const QModelIndex value = model.index(0, ClaimsDiffModel::RightColumn);
        QCOMPARE(value.data().toString(), u"<img src=x>"_s);
        const QString tip = value.data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(u"&lt;img src=x&gt;"_s) && !tip.contains(u"<img"_s), qPrintable(tip));
    }

    void countWording()
    {
        const jwt::Jwk key = jwt::Jwk::generate(jwt::Algorithm::EdDSA, u"k2"_s);
        const QJsonObject claims = serverClaims(u"1"_s, fixedNow().addDays(1));
        QJsonObject other = claims;
        other.insert(u"jti"_s, u"2"_s);
        ClaimsDiffView view;
        auto *count = view.findChild<QLabel *>(u"claimsDiffCount"_s);
        view.setTokens(inspect(jwt::signCompact(claims, key)), u"a"_s,
                       inspect(jwt::signCompact(claims, key)), u"b"_s);
        QCOMPARE(count->text(), u"No claims changed"_s);
        view.setTokens(inspect(jwt::signCompact(claims, key)), u"a"_s,
                       inspect(jwt::signCompact(other, key)), u"b"_s);
        QCOMPARE(count->text(), u"1 claim changed"_s);
    }

    void grab()
    {
        const QString dir = qEnvironmentVariable("KEYWARD_GRAB_DIR");
        if (dir.isEmpty())
            QSKIP("set KEYWARD_GRAB_DIR to save a screenshot");
        ClaimsDiffView view;
        view.setTokens(m_before, u"Before rotation"_s, m_after, u"After rotation"_s);
        view.resize(760, 300);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(view.grab().save(dir + u"/claimsdiffview.png"_s));
    }
};

QTEST_MAIN(TestClaimsDiffView)
#include "tst_claimsdiffview.moc"
