// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/role.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace keyward;

class TestRole : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data()
    {
        QTest::addColumn<Role>("role");
        QTest::addColumn<QString>("text");
        QTest::newRow("admin") << Role::Admin << u"admin"_s;
        QTest::newRow("member") << Role::Member << u"member"_s;
        QTest::newRow("viewer") << Role::Viewer << u"viewer"_s;
        QTest::newRow("team") << Role::Team << u"team"_s;
    }

    void roundTrip()
    {
        QFETCH(Role, role);
        QFETCH(QString, text);
        QCOMPARE(roleToString(role), text);
        QCOMPARE(roleFromString(text), std::optional<Role>(role));
    }

    void refusesOtherSpellings_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("capitalised") << u"Admin"_s;
        QTest::newRow("upper case") << u"VIEWER"_s;
        QTest::newRow("padded") << u" admin"_s;
        QTest::newRow("unknown") << u"owner"_s;
    }

    void refusesOtherSpellings()
    {
        QFETCH(QString, text);
        QVERIFY(!roleFromString(text).has_value());
    }

    void assignable()
    {
        QVERIFY(isAssignableRole(Role::Admin));
        QVERIFY(isAssignableRole(Role::Member));
        QVERIFY(isAssignableRole(Role::Viewer));
        QVERIFY(!isAssignableRole(Role::Team));
    }
};

QTEST_APPLESS_MAIN(TestRole)
#include "tst_role.moc"
