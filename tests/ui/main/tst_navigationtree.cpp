// SPDX-License-Identifier: GPL-3.0-or-later
// The navigation tree's team load against a real keyward-server with demo
// data: an organization admin's tree asks for team names only (no token
// values decrypted, no audit event), and against a plain CAVE server, which
// ignores `fields=name` and answers whole teams, the tree fills all the same.
#include "apiawait.h"
#include "httpclient.h"
#include "serverprocess.h"

#include "itemmodels/organizationtreemodel.h"
#include "main/navigationtree.h"

#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace keyward;

namespace {
constexpr int Timeout = 20000;
const QString kEmail = u"demo@keyward.example"_s;
const QString kPassword = u"keyward-demo"_s;

/// The team names under \p organization once the tree listed them (sorted).
QStringList expandAndList(NavigationTree &tree, const QString &organization)
{
    OrganizationTreeModel *model = tree.model();
    const QModelIndex source = model->organizationIndex(organization);
    if (!source.isValid())
        return {u"(organization not listed)"_s};
    tree.selectNode(organization, u"(none)"_s); // expands and fetches
    if (!QTest::qWaitFor([&] { return !source.data(OrganizationTreeModel::LoadingRole).toBool(); },
                         Timeout))
        return {u"(still loading)"_s};
    QStringList names;
    for (int row = 0; row < model->rowCount(source); ++row)
        names.append(model->index(row, 0, source).data(OrganizationTreeModel::NameRole).toString());
    names.sort();
    return names;
}

/// The audit events of \p organization (as its admin), or -1.
int auditCount(const test::ServerProcess &server, const QString &organization)
{
    test::HttpClient http(server.baseUrl());
    const QString session = http.login(kEmail, kPassword);
    if (session.isEmpty())
        return -1;
    http.setCredential(session);
    const auto reply = http.get(u"/organizations/%1/audit?limit=1000"_s.arg(organization));
    return reply.status == 200 ? int(reply.array().size()) : -1;
}
} // namespace

class TestNavigationTree final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void adminTreeAsksForNamesOnly()
    {
        test::ServerProcess server;
        QVERIFY2(server.start({u"--demo"_s}), qPrintable(server.lastError()));
        auto api = test::loggedInClient(server, kEmail, kPassword, false);
        QVERIFY(api);
        NavigationTree tree(api.get());
        QSignalSpy loaded(&tree, &NavigationTree::loaded);
        tree.reload();
        QVERIFY(loaded.wait(Timeout));

        const int before = auditCount(server, u"acme"_s);
        QVERIFY(before >= 0);
        const QStringList teams = expandAndList(tree, u"acme"_s);
        QCOMPARE(teams.size(), 4);
        QVERIFY2(teams.contains(u"payments"_s), qPrintable(teams.join(u", "_s)));
        // The whole listing would have read every token value as an audit event.
        QCOMPARE(auditCount(server, u"acme"_s), before);
        QVERIFY(server.stop());
    }

    void adminTreeWorksAgainstAPlainCaveServer()
    {
        test::ServerProcess server;
        QVERIFY2(server.start({u"--demo"_s, u"--cave-compatible"_s}),
                 qPrintable(server.lastError()));
        auto api = test::loggedInClient(server, kEmail, kPassword, false);
        QVERIFY(api);
        NavigationTree tree(api.get());
        QSignalSpy loaded(&tree, &NavigationTree::loaded);
        tree.reload();
        QVERIFY(loaded.wait(Timeout));

        const QStringList teams = expandAndList(tree, u"acme"_s);
        QCOMPARE(teams.size(), 4);
        QVERIFY2(teams.contains(u"payments"_s), qPrintable(teams.join(u", "_s)));
        QVERIFY(server.stop());
    }
};

QTEST_MAIN(TestNavigationTree)
#include "tst_navigationtree.moc"
