// SPDX-License-Identifier: GPL-3.0-or-later
// TokenTableProxy: consistent under QAbstractItemModelTester, sorts times as
// times ("never" last for expiry), filters literally, maps status icons.
#include "tokens/tokentableproxy.h"

#include "itemmodels/tokenlistmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace keyward;

namespace {

const QDateTime Now(QDate(2026, 11, 22), QTime(12, 0), Qt::UTC);

Token makeToken(const QString &id, const QString &description, std::optional<QDateTime> expires,
                const QString &value)
{
    Token token;
    token.id = id;
    token.description = description;
    token.created = Now.addDays(-id.toInt());
    token.expires = expires;
    token.scopes = {u"metrics:write"_s};
    token.value = value;
    return token;
}

} // namespace

class TestTokenTableProxy final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void underTester()
    {
        TokenListModel model;
        model.setClock([] { return Now; });
        TokenTableProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&proxy, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&proxy, &QAbstractItemModel::rowsRemoved);

        model.setTokens({makeToken(u"10"_s, u"alpha"_s, Now.addDays(3), u"a.b.c"_s),
                         makeToken(u"9"_s, u"beta"_s, std::nullopt, u"d.e.f"_s)});
        model.addToken(makeToken(u"11"_s, u"gamma"_s, Now.addDays(-1), u"g.h.i"_s));
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(proxy.rowCount(), 3);

        // Ids sort as numbers.
        proxy.sort(TokenListModel::IdColumn, Qt::AscendingOrder);
        QCOMPARE(proxy.index(0, TokenListModel::IdColumn).data().toString(), u"9"_s);
        QCOMPARE(proxy.index(2, TokenListModel::IdColumn).data().toString(), u"11"_s);

        // Expiry: past, soon, never (last).
        proxy.sort(TokenListModel::ExpiresColumn, Qt::AscendingOrder);
        QCOMPARE(proxy.index(0, 0).data().toString(), u"gamma"_s);
        QCOMPARE(proxy.index(1, 0).data().toString(), u"alpha"_s);
        QCOMPARE(proxy.index(2, 0).data().toString(), u"beta"_s);

        // Status icons are real icons; other columns have none.
        for (int row = 0; row < proxy.rowCount(); ++row) {
            const QVariant icon =
                proxy.index(row, TokenListModel::StatusColumn).data(Qt::DecorationRole);
            QVERIFY(icon.canConvert<QIcon>());
            QVERIFY(!icon.value<QIcon>().isNull());
            QVERIFY(!proxy.index(row, TokenListModel::StatusColumn).data().toString().isEmpty());
            QVERIFY(!proxy.index(row, 0).data(Qt::DecorationRole).isValid());
        }

        // Filter: literal, case-insensitive, over description/id/fingerprint.
        proxy.setFilterText(u"ALP"_s);
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setFilterText(u"a.*"_s); // not a pattern
        QCOMPARE(proxy.rowCount(), 0);
        proxy.setFilterText(TokenListModel::fingerprint(u"d.e.f"_s));
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, 0).data().toString(), u"beta"_s);
        proxy.setFilterText(QString());
        QCOMPARE(proxy.rowCount(), 3);

        removed.clear();
        QVERIFY(model.removeToken(u"10"_s));
        QCOMPARE(removed.count(), 1);
        QCOMPARE(proxy.rowCount(), 2);
        model.refreshTimes();
        model.clear();
        QCOMPARE(proxy.rowCount(), 0);
    }
};

QTEST_MAIN(TestTokenTableProxy)
#include "tst_tokentableproxy.moc"
