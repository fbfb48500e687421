// SPDX-License-Identifier: GPL-3.0-or-later
// Filters, search and the urgency sort of the expiry review's proxy.
#include "expiry/expiryfilterproxy.h"
#include "expiry/expirylistmodel.h"
#include "expiry/rotationpolicies.h"

#include <QAbstractItemModelTester>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace keyward;

namespace {

const QDateTime start = QDateTime::fromString(u"2026-11-22T12:00:00Z"_s, Qt::ISODate);
const QUuid profile = QUuid::fromString(u"{11111111-1111-4111-8111-111111111111}"_s);

ExpiryRecord record(const QString &id, const QString &description, std::optional<QDateTime> expires,
                    std::optional<QDateTime> lastUsed, const QString &org = u"acme"_s)
{
    ExpiryRecord r;
    r.profileId = profile;
    r.profileName = u"Main"_s;
    r.serverUrl = QUrl(u"https://k.example"_s);
    r.token.id = id;
    r.token.description = description;
    r.token.created = start.addDays(-100);
    r.token.expires = std::move(expires);
    r.token.lastUsed = std::move(lastUsed);
    r.token.org = org;
    return r;
}

QStringList visibleIds(const QAbstractItemModel &proxy)
{
    QStringList ids;
    for (int row = 0; row < proxy.rowCount(); ++row) {
        const QString key = proxy.index(row, 0).data(ExpiryListModel::RecordKeyRole).toString();
        ids.append(key.section(u'/', -1));
    }
    return ids;
}

} // namespace

class TestExpiryFilterProxy final : public QObject
{
    Q_OBJECT

private:
    ExpiryListModel m_model;
    ExpiryFilterProxy m_proxy;
    QDateTime m_now = start;

private Q_SLOTS:
    void initTestCase()
    {
        m_model.setClock([this] { return m_now; });
        m_proxy.setSourceModel(&m_model);
        new QAbstractItemModelTester(&m_proxy,
                                     QAbstractItemModelTester::FailureReportingMode::QtTest, this);
        // Inserted in an order that is not the urgency order.
        m_model.setRecords({
            record(u"later"_s, u"Nightly Backup"_s, start.addDays(90), start.addDays(-1)),
            record(u"never"_s, u"Legacy CI"_s, std::nullopt, std::nullopt, u"globex"_s),
            record(u"soon"_s, u"Release"_s, start.addDays(3), start.addDays(-100)),
            record(u"expired"_s, u"Old deploy"_s, start.addDays(-2), std::nullopt),
            record(u"month"_s, u"Docs publish"_s, start.addDays(20), start.addDays(-30)),
            record(u"sooner"_s, u"Hotfix"_s, start.addDays(1), start.addDays(-31)),
        });
    }

    void init()
    {
        m_proxy.setFilter(ExpiryFilterProxy::Filter::All);
        m_proxy.setSearchText(QString());
        m_proxy.setUnusedDays(30);
        m_proxy.sort(ExpiryListModel::StatusColumn, Qt::AscendingOrder);
    }

    void sortedByUrgencyByDefault()
    {
        QCOMPARE(m_proxy.requestedSortColumn(), int(ExpiryListModel::StatusColumn));
        // The model holds its rows by urgency: the proxy keeps that order
        // instead of sorting 100,000 rows per keystroke.
        QVERIFY(m_model.inUrgencyOrder());
        QCOMPARE(m_proxy.sortColumn(), -1);
        QCOMPARE(visibleIds(m_proxy), (QStringList{u"expired"_s, u"sooner"_s, u"soon"_s, u"month"_s,
                                                   u"later"_s, u"never"_s}));
        m_proxy.sort(ExpiryListModel::StatusColumn, Qt::DescendingOrder);
        QCOMPARE(visibleIds(m_proxy).first(), u"never"_s);
    }

    void otherColumnsSortByRawValues()
    {
        m_proxy.sort(ExpiryListModel::LastUsedColumn, Qt::AscendingOrder);
        // Never used first (urgency breaks the tie), then oldest use.
        QCOMPARE(visibleIds(m_proxy), (QStringList{u"expired"_s, u"never"_s, u"soon"_s, u"sooner"_s,
                                                   u"month"_s, u"later"_s}));
        m_proxy.sort(ExpiryListModel::ExpiresColumn, Qt::AscendingOrder);
        QCOMPARE(visibleIds(m_proxy).last(), u"never"_s);
        QCOMPARE(visibleIds(m_proxy).first(), u"expired"_s);
        m_proxy.sort(ExpiryListModel::DescriptionColumn, Qt::AscendingOrder);
        QCOMPARE(visibleIds(m_proxy).first(), u"month"_s); // "Docs publish"
    }

    void filters_data()
    {
        QTest::addColumn<ExpiryFilterProxy::Filter>("filter");
        QTest::addColumn<QStringList>("expected");
        using F = ExpiryFilterProxy::Filter;
        QTest::newRow("all") << F::All << QStringList{u"expired"_s, u"sooner"_s, u"soon"_s,
                                                      u"month"_s,   u"later"_s,  u"never"_s};
        QTest::newRow("expired") << F::Expired << QStringList{u"expired"_s};
        QTest::newRow("7 days") << F::Within7Days << QStringList{u"sooner"_s, u"soon"_s};
        QTest::newRow("30 days") << F::Within30Days
                                 << QStringList{u"sooner"_s, u"soon"_s, u"month"_s};
        QTest::newRow("never") << F::NeverExpires << QStringList{u"never"_s};
        // Unused for more than 30 days, or never used; "month" was used exactly 30 days ago.
        QTest::newRow("unused 30")
            << F::UnusedForDays << QStringList{u"expired"_s, u"sooner"_s, u"soon"_s, u"never"_s};
    }

    void filters()
    {
        QFETCH(ExpiryFilterProxy::Filter, filter);
        QFETCH(QStringList, expected);
        m_proxy.setFilter(filter);
        QCOMPARE(m_proxy.filter(), filter);
        QCOMPARE(visibleIds(m_proxy), expected);
    }

    void unusedDaysChangesTheCut()
    {
        m_proxy.setFilter(ExpiryFilterProxy::Filter::UnusedForDays);
        m_proxy.setUnusedDays(99);
        QCOMPARE(visibleIds(m_proxy), (QStringList{u"expired"_s, u"soon"_s, u"never"_s}));
        m_proxy.setUnusedDays(0);
        QCOMPARE(m_proxy.rowCount(), 6);
    }

    void search()
    {
        m_proxy.setSearchText(u"  BACKUP "_s);
        QCOMPARE(visibleIds(m_proxy), QStringList{u"later"_s});
        m_proxy.setSearchText(u"globex"_s); // organization
        QCOMPARE(visibleIds(m_proxy), QStringList{u"never"_s});
        m_proxy.setSearchText(u"sooner"_s); // id
        QCOMPARE(visibleIds(m_proxy), QStringList{u"sooner"_s});
        m_proxy.setSearchText(u"main"_s); // profile name
        QCOMPARE(m_proxy.rowCount(), 6);
        m_proxy.setSearchText(u"production"_s); // environment
        QCOMPARE(m_proxy.rowCount(), 6);
        m_proxy.setSearchText(u"o"_s);
        m_proxy.setFilter(ExpiryFilterProxy::Filter::Within7Days);
        QCOMPARE(visibleIds(m_proxy), (QStringList{u"sooner"_s, u"soon"_s}));
        m_proxy.setSearchText(u"zzz"_s);
        QCOMPARE(m_proxy.rowCount(), 0);
    }

    void timeAndPoliciesResortAndRefilter()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(u"p.ini"_s), QSettings::IniFormat);
        RotationPolicies policies(&settings);
        m_model.setRotationPolicies(&policies);
        m_proxy.setFilter(ExpiryFilterProxy::Filter::Expired);
        QCOMPARE(visibleIds(m_proxy), QStringList{u"expired"_s});
        QVERIFY(policies.setDefaultDays(profile, 30)); // "never" was created 100 days ago
        QCOMPARE(visibleIds(m_proxy), (QStringList{u"expired"_s, u"never"_s}));

        m_proxy.setFilter(ExpiryFilterProxy::Filter::All);
        m_now = start.addDays(2);
        m_model.refreshTime();
        m_proxy.setFilter(ExpiryFilterProxy::Filter::Expired);
        // Expired before rotation overdue: the server rejects one, the other is advice.
        QCOMPARE(visibleIds(m_proxy), (QStringList{u"expired"_s, u"sooner"_s, u"never"_s}));
        m_proxy.setFilter(ExpiryFilterProxy::Filter::All);
        QCOMPARE(visibleIds(m_proxy).mid(0, 3),
                 (QStringList{u"expired"_s, u"sooner"_s, u"never"_s}));
        // The model's rows did not move; the proxy sorts by urgency itself.
        QVERIFY(!m_model.inUrgencyOrder());
        QCOMPARE(m_proxy.sortColumn(), int(ExpiryListModel::StatusColumn));
        m_proxy.setSearchText(u"e"_s);
        QCOMPARE(visibleIds(m_proxy).mid(0, 3),
                 (QStringList{u"expired"_s, u"sooner"_s, u"never"_s}));
        m_proxy.setSearchText(QString());

        m_model.setRotationPolicies(nullptr);
        m_now = start;
        m_model.refreshTime();
        // Back in the model's order: no sorting again.
        QVERIFY(m_model.inUrgencyOrder());
        QCOMPARE(m_proxy.sortColumn(), -1);
        QCOMPARE(visibleIds(m_proxy), (QStringList{u"expired"_s, u"sooner"_s, u"soon"_s, u"month"_s,
                                                   u"later"_s, u"never"_s}));
    }

    // The search texts are searched as UTF-8 bytes: non-ASCII letters must
    // still match case-insensitively, and a prefix of a multi-byte letter's
    // encoding must not match another letter sharing it.
    void searchBeyondAscii()
    {
        ExpiryListModel model;
        model.setClock([] { return start; });
        ExpiryFilterProxy proxy;
        proxy.setSourceModel(&model);
        model.setRecords({
            record(u"a"_s, u"Zürich Übergabe"_s, start.addDays(5), std::nullopt, u"straße"_s),
            record(u"b"_s, u"Zuerich"_s, start.addDays(6), std::nullopt, u"øresund"_s),
            record(u"c"_s, u"日本の鍵"_s, start.addDays(7), std::nullopt),
        });
        proxy.setSearchText(u"ZÜRICH"_s);
        QCOMPARE(visibleIds(proxy), QStringList{u"a"_s});
        proxy.setSearchText(u"übergabe"_s);
        QCOMPARE(visibleIds(proxy), QStringList{u"a"_s});
        proxy.setSearchText(u"STRASSE"_s); // toLower() does not fold ß; neither do we
        QCOMPARE(proxy.rowCount(), 0);
        proxy.setSearchText(u"Øre"_s);
        QCOMPARE(visibleIds(proxy), QStringList{u"b"_s});
        proxy.setSearchText(u"本の"_s);
        QCOMPARE(visibleIds(proxy), QStringList{u"c"_s});
        // U+00FC and U+00DC differ only in their last UTF-8 byte; "ü" must not
        // match a text that has neither.
        proxy.setSearchText(u"ü"_s);
        QCOMPARE(visibleIds(proxy), QStringList{u"a"_s});
        QCOMPARE(model.searchText(0), u"main\nproduction\nstraße\n\nzürich übergabe\na"_s);
    }

    void manyRowsFilterQuickly()
    {
        QList<ExpiryRecord> records;
        for (int i = 0; i < 100000; ++i) {
            records.append(record(QString::number(i), u"Token %1"_s.arg(i),
                                  start.addSecs(qint64(i % 1000 - 100) * 3600), std::nullopt,
                                  u"org%1"_s.arg(i % 50)));
        }
        ExpiryListModel model;
        model.setClock([] { return start; });
        ExpiryFilterProxy proxy;
        proxy.setSourceModel(&model);
        model.setRecords(records);
        QCOMPARE(proxy.rowCount(), 100000);
        proxy.setSearchText(u"org7"_s);
        QCOMPARE(proxy.rowCount(), 2000); // org0..org49: only org7 itself matches
        proxy.setSearchText(u"token 99999"_s);
        QCOMPARE(proxy.rowCount(), 1);
    }
};

QTEST_GUILESS_MAIN(TestExpiryFilterProxy)
#include "tst_expiryfilterproxy.moc"
