// SPDX-License-Identifier: GPL-3.0-or-later
// Which journal entry a successful API call amounts to: every change the
// issue lists, by path, and nothing for reads, logins or publishing.
#include "itemmodels/tokenlistmodel.h"
#include "journal/committedchange.h"

#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace keyward;

namespace {

QJsonDocument object(std::initializer_list<std::pair<QString, QJsonValue>> fields)
{
    QJsonObject json;
    for (const auto &[key, value] : fields) {
        json.insert(key, value);
    }
    return QJsonDocument(json);
}

} // namespace

class TestCommittedChange final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void changes_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QJsonDocument>("request");
        QTest::addColumn<QJsonDocument>("response");
        QTest::addColumn<QString>("action");
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("detail");

        const QJsonDocument none;
        QTest::newRow("org create")
            << "POST"_ba << u"/organizations"_s << object({{u"name"_s, u"acme"_s}})
            << object({{u"name"_s, u"acme"_s}}) << u"organization.create"_s << u"acme"_s
            << QString();
        QTest::newRow("org delete") << "DELETE"_ba << u"/organizations/acme"_s << none << none
                                    << u"organization.delete"_s << u"acme"_s << QString();
        QTest::newRow("team create")
            << "POST"_ba << u"/organizations/acme/teams"_s << object({{u"name"_s, u"ops"_s}})
            << object({{u"name"_s, u"ops"_s}}) << u"team.create"_s << u"acme/teams/ops"_s
            << QString();
        QTest::newRow("team delete")
            << "DELETE"_ba << u"/organizations/acme/teams/ops"_s << none << none << u"team.delete"_s
            << u"acme/teams/ops"_s << QString();
        QTest::newRow("member add (team)")
            << "POST"_ba << u"/organizations/acme/teams/ops/users"_s
            << object({{u"email"_s, u"bob@acme.example"_s}, {u"role"_s, u"member"_s}}) << none
            << u"member.add"_s << u"acme/teams/ops/users/bob@acme.example"_s << u"role member"_s;
        QTest::newRow("member role, encoded email")
            << "PATCH"_ba << u"/organizations/acme/users/bob%40acme.example"_s
            << object({{u"role"_s, u"admin"_s}}) << none << u"member.role"_s
            << u"acme/users/bob@acme.example"_s << u"role → admin"_s;
        QTest::newRow("member remove")
            << "DELETE"_ba << u"/organizations/acme/users/bob%40a.io"_s << none << none
            << u"member.remove"_s << u"acme/users/bob@a.io"_s << QString();
        QTest::newRow("token revoke")
            << "DELETE"_ba << u"/organizations/acme/tokens/12"_s << none << none
            << u"token.revoke"_s << u"acme/tokens/12"_s << QString();
        QTest::newRow("team token rotate")
            << "POST"_ba << u"/organizations/acme/teams/ops/tokens/12/rotate"_s
            << object({{u"grace_seconds"_s, 60}})
            << object({{u"id"_s, u"13"_s}, {u"value"_s, u"v2"_s}}) << u"token.rotate"_s
            << u"acme/teams/ops/tokens/13"_s << u"successor of token 12"_s;
    }

    void changes()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QJsonDocument, request);
        QFETCH(QJsonDocument, response);
        QFETCH(QString, action);
        QFETCH(QString, target);
        QFETCH(QString, detail);
        const auto change = committedChange(method, path, request, response);
        QVERIFY(change);
        QCOMPARE(journalActionName(change->action), action);
        QCOMPARE(change->target, target);
        QCOMPARE(change->detail, detail);
    }

    void tokenCreateCarriesTheFingerprintNotTheValue()
    {
        const auto change = committedChange(
            "POST"_ba, u"/organizations/acme/tokens"_s, object({{u"description"_s, u"ci"_s}}),
            object({{u"id"_s, u"7"_s}, {u"value"_s, u"secret-token-value"_s}}));
        QVERIFY(change);
        QCOMPARE(change->action, JournalAction::TokenCreate);
        QCOMPARE(change->target, u"acme/tokens/7"_s);
        QCOMPARE(change->fingerprint, TokenListModel::fingerprint(u"secret-token-value"_s));
        QVERIFY(!change->detail.contains(u"secret"_s));
    }

    void notChanges()
    {
        const QJsonDocument none;
        QVERIFY(!committedChange("POST"_ba, u"/users/login"_s, none, none));
        QVERIFY(!committedChange("POST"_ba, u"/organizations/acme/metrics"_s, none, none));
        QVERIFY(
            !committedChange("POST"_ba, u"/organizations/acme/teams/ops/metrics"_s, none, none));
        QVERIFY(!committedChange("PATCH"_ba, u"/organizations/acme"_s, none, none));
        QVERIFY(!committedChange("PATCH"_ba, u"/users/info"_s, none, none));
        QVERIFY(!committedChange("POST"_ba, u"/users/logout"_s, none, none));
    }
};

QTEST_GUILESS_MAIN(TestCommittedChange)
#include "tst_committedchange.moc"
