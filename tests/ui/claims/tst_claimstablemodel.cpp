// SPDX-License-Identifier: GPL-3.0-or-later
#include "claimsuitokens.h"

#include "claims/claimstablemodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace keyward;
using namespace keyward::claimsui::test;

class TestClaimsTableModel : public QObject
{
    Q_OBJECT

private:
    jwt::Jwk m_key;

    static int rowOf(const ClaimsTableModel &model, const QString &name)
    {
        for (int row = 0; row < model.rowCount(); ++row)
            if (model.index(row, ClaimsTableModel::ClaimColumn).data().toString() == name)
                return row;
        return -1;
    }

private Q_SLOTS:
    void initTestCase() { m_key = jwt::Jwk::generate(jwt::Algorithm::EdDSA, u"k2"_s); }

    void modelTester()
    {
        ClaimsTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto inspection =
            inspect(jwt::signCompact(serverClaims(u"42"_s, fixedNow().addDays(6)), m_key));
        model.setRows(inspection.rows());
        QCOMPARE(model.rowCount(), int(inspection.rows().size()));
        QCOMPARE(model.columnCount(), 6);
        model.setRows(inspection.rows().mid(2));
        QCOMPARE(model.rowCount(), int(inspection.rows().size()) - 2);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void headers()
    {
        ClaimsTableModel model;
        QStringList titles;
        for (int column = 0; column < model.columnCount(); ++column)
            titles.append(model.headerData(column, Qt::Horizontal).toString());
        QCOMPARE(titles, (QStringList{u"Part"_s, u"Claim"_s, u"Value"_s, u"Local time"_s, u"UTC"_s,
                                      u"Relative"_s}));
    }

    void sectionsAndTimes()
    {
        ClaimsTableModel model;
        const auto inspection =
            inspect(jwt::signCompact(serverClaims(u"42"_s, fixedNow().addDays(6)), m_key));
        model.setRows(inspection.rows());

        const int alg = rowOf(model, u"alg"_s);
        QCOMPARE(alg, 0);
        QCOMPARE(model.index(alg, ClaimsTableModel::SectionColumn).data().toString(), u"Header"_s);
        QCOMPARE(model.index(alg, ClaimsTableModel::ValueColumn).data().toString(), u"EdDSA"_s);

        const int exp = rowOf(model, u"exp"_s);
        QVERIFY(exp > alg);
        QCOMPARE(model.index(exp, ClaimsTableModel::SectionColumn).data().toString(), u"Payload"_s);
        QCOMPARE(model.index(exp, ClaimsTableModel::ValueColumn).data().toString(),
                 QString::number(fixedNow().addDays(6).toSecsSinceEpoch()));
        QCOMPARE(model.index(exp, ClaimsTableModel::LocalTimeColumn).data().toString(),
                 u"28 November 2026, 12:00"_s);
        QCOMPARE(model.index(exp, ClaimsTableModel::UtcColumn).data().toString(),
                 u"2026-11-28 12:00:00 UTC"_s);
        QCOMPARE(model.index(exp, ClaimsTableModel::RelativeColumn).data().toString(),
                 u"in 6 days"_s);

        // Non-time claims leave the time columns empty.
        const int org = rowOf(model, u"org"_s);
        QCOMPARE(model.index(org, ClaimsTableModel::ValueColumn).data().toString(), u"acme"_s);
        QVERIFY(model.index(org, ClaimsTableModel::LocalTimeColumn).data().toString().isEmpty());

        // The explanation is the tooltip, on every column.
        const QString explanation =
            inspection.row(claims::ClaimSection::Payload, u"org"_s)->explanation;
        QVERIFY(!explanation.isEmpty());
        for (int column = 0; column < model.columnCount(); ++column) {
            const QString tip = model.index(org, column).data(Qt::ToolTipRole).toString();
            QVERIFY2(tip.contains(explanation.toHtmlEscaped()), qPrintable(tip));
        }
    }

    void htmlInValuesIsEscaped_data()
    {
        QTest::addColumn<QString>("value");
        QTest::newRow("img") << u"<img src=x onerror=alert(1)>"_s;
        QTest::newRow("bold") << u"<b>x</b>"_s;
        QTest::newRow("entity") << u"a &amp; b"_s;
    }

    void htmlInValuesIsEscaped()
    {
        QFETCH(QString, value);
        QJsonObject claims = serverClaims(u"42"_s, fixedNow().addDays(6));
        claims.insert(u"note"_s, value);
        ClaimsTableModel model;
        model.setRows(inspect(jwt::signCompact(claims, m_key)).rows());
        const int note = rowOf(model, u"note"_s);
        QVERIFY(note >= 0);
        // Display text is plain: exactly the value, rendered by the delegate as text.
        QCOMPARE(model.index(note, ClaimsTableModel::ValueColumn).data().toString(), value);
        // Tooltips are rich text to Qt: the value must arrive escaped, inside <qt>.
        const QString tip =
            model.index(note, ClaimsTableModel::ValueColumn).data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.startsWith(u"<qt>"_s), qPrintable(tip));
        QVERIFY2(tip.contains(value.toHtmlEscaped()), qPrintable(tip));
        QVERIFY2(!tip.contains(value), qPrintable(tip));
        // The unknown claim still gets an explanation rather than an empty tip.
        const QString nameTip =
            model.index(note, ClaimsTableModel::ClaimColumn).data(Qt::ToolTipRole).toString();
        QVERIFY(nameTip.contains(u"note"_s));
    }

    void plainToolTip()
    {
        QCOMPARE(ClaimsTableModel::plainToolTip({}), QString());
        QCOMPARE(ClaimsTableModel::plainToolTip({u"a<b"_s, u""_s, u"c\nd"_s}),
                 u"<qt>a&lt;b<br><br>c<br>d</qt>"_s);
    }
};

QTEST_MAIN(TestClaimsTableModel)
#include "tst_claimstablemodel.moc"
