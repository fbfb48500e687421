// SPDX-License-Identifier: GPL-3.0-or-later
// The authorization matrix must list exactly the routes the server serves: a
// new route without a matrix row (or a row for a removed route) fails here,
// before anyone forgets to decide who may call it.

#include "authorizationmatrix.h"

#include "handlers/handlers.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QString describe(const QSet<QString> &set)
{
    QStringList list(set.cbegin(), set.cend());
    list.sort();
    return list.isEmpty() ? u"(none)"_s : list.join(u", "_s);
}

} // namespace

class TestMatrixCoverage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matrixListsExactlyTheRouterRoutes()
    {
        using namespace keyward;
        const server::Router router = server::buildRouter();
        QSet<QString> served;
        for (const server::Route &route : router.routes())
            served.insert(server::methodName(route.method) + u' ' + route.pattern);
        QVERIFY2(!served.isEmpty(), "the router has no routes");

        // A route may have variants (the same path with a query that changes
        // what it does), but each variant is listed once.
        QSet<QString> listed;
        QSet<QString> variants;
        for (const test::matrix::RouteCase &row : test::matrix::routeCases()) {
            const QString key = row.method + u' ' + row.pattern;
            const QString variant = key + u'?' + row.query;
            QVERIFY2(!variants.contains(variant),
                     qPrintable(u"matrix lists %1 twice"_s.arg(variant)));
            variants.insert(variant);
            listed.insert(key);
        }

        const QSet<QString> unlisted = served - listed;
        const QSet<QString> unserved = listed - served;
        QVERIFY2(unlisted.isEmpty() && unserved.isEmpty(),
                 qPrintable(u"router routes missing from the matrix: %1; matrix rows the router "
                            "lacks: %2"_s.arg(describe(unlisted), describe(unserved))));
    }

    void everyCellIsADecision()
    {
        using namespace keyward::test::matrix;
        for (const RouteCase &row : routeCases()) {
            QVERIFY2(row.success >= 200 && row.success < 300,
                     qPrintable(row.method + u' ' + row.pattern));
            for (int i = 0; i < kPrincipalCount; ++i) {
                const int cell = row.expected[std::size_t(i)];
                QVERIFY2(cell == Allow || cell == 401 || cell == 403,
                         qPrintable(u"%1 %2 × %3: %4"_s
                                        .arg(row.method, row.pattern, principalName(Principal(i)))
                                        .arg(cell)));
            }
            // Nobody gets in without credentials unless everybody does.
            const bool open = row.expected[std::size_t(Principal::Anonymous)] == Allow;
            for (Principal p : {Principal::Expired, Principal::LoggedOut})
                QCOMPARE(row.expected[std::size_t(p)] == Allow, open);
        }
    }
};

QTEST_GUILESS_MAIN(TestMatrixCoverage)
#include "tst_matrixcoverage.moc"
