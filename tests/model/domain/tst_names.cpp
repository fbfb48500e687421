// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/names.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace keyward;

class TestNames : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("simple") << u"acme"_s;
        QTest::newRow("digit first") << u"9lives"_s;
        QTest::newRow("punctuation") << u"a-b_c.d"_s;
        QTest::newRow("upper case") << u"ACME"_s;
        QTest::newRow("one char") << u"a"_s;
        QTest::newRow("64 chars") << QString(64, u'x');
    }

    void validNames()
    {
        QFETCH(QString, name);
        QVERIFY(isValidName(name));
        QVERIFY(nameProblem(name).isEmpty());
    }

    void invalidNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("empty") << QString() << u"empty"_s;
        QTest::newRow("65 chars") << QString(65, u'x') << u"64"_s;
        QTest::newRow("dash first") << u"-acme"_s << u"start"_s;
        QTest::newRow("dot first") << u".acme"_s << u"start"_s;
        QTest::newRow("underscore first") << u"_acme"_s << u"start"_s;
        QTest::newRow("space") << u"ac me"_s << u"U+0020"_s;
        QTest::newRow("slash") << u"ac/me"_s << u"'/'"_s;
        QTest::newRow("non-ASCII letter") << u"acmé"_s << u"'é'"_s;
        QTest::newRow("non-ASCII digit") << u"a\u0663"_s << u"not allowed"_s;
        QTest::newRow("percent") << u"a%20b"_s << u"'%'"_s;
    }

    void invalidNames()
    {
        QFETCH(QString, name);
        QFETCH(QString, mentions);
        QVERIFY(!isValidName(name));
        const QString problem = nameProblem(name);
        QVERIFY2(problem.contains(mentions), qPrintable(problem));
        QVERIFY(problem.endsWith(u'.'));
    }

    void emails_data()
    {
        QTest::addColumn<QString>("email");
        QTest::addColumn<bool>("plausible");
        QTest::newRow("normal") << u"joe.appleseed@gmail.com"_s << true;
        QTest::newRow("local domain") << u"root@localhost"_s << true;
        QTest::newRow("plus") << u"a+b@x.org"_s << true;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("no at") << u"joe.example.com"_s << false;
        QTest::newRow("two ats") << u"a@b@c"_s << false;
        QTest::newRow("empty local") << u"@example.com"_s << false;
        QTest::newRow("empty domain") << u"joe@"_s << false;
        QTest::newRow("space") << u"joe doe@example.com"_s << false;
        QTest::newRow("tab") << u"joe\t@example.com"_s << false;
        QTest::newRow("newline") << u"joe@example.com\n"_s << false;
        QTest::newRow("control") << u"joe\u0001@example.com"_s << false;
        QTest::newRow("254 chars") << QString(242, u'a') + u"@example.com"_s << true;
        QTest::newRow("255 chars") << QString(243, u'a') + u"@example.com"_s << false;
    }

    void emails()
    {
        QFETCH(QString, email);
        QFETCH(bool, plausible);
        QCOMPARE(isPlausibleEmail(email), plausible);
    }
};

QTEST_APPLESS_MAIN(TestNames)
#include "tst_names.moc"
