// SPDX-License-Identifier: GPL-3.0-or-later
#include "security/passwordhasher.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace keyward::server;

class TestPasswordHasher final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hashesAreArgon2idPhcStrings()
    {
        const PasswordHasher hasher;
        const QString phc = hasher.hash(u"correct horse battery"_s);
        QVERIFY2(phc.startsWith(u"$argon2id$v=19$m=19456,t=2,p=1$"_s), qPrintable(phc));
        QVERIFY(hasher.verify(u"correct horse battery"_s, phc));
        QVERIFY(!hasher.verify(u"correct horse batterY"_s, phc));
        QVERIFY(hasher.hash(u"correct horse battery"_s) != phc); // salted
    }

    void nonAsciiPasswordsWork()
    {
        const PasswordHasher hasher;
        const QString phc = hasher.hash(u"Grüße, 世界!"_s);
        QVERIFY(hasher.verify(u"Grüße, 世界!"_s, phc));
        QVERIFY(!hasher.verify(u"Grusse, 世界!"_s, phc));
    }

    void malformedStoredHashesNeverVerify()
    {
        const PasswordHasher hasher;
        QVERIFY(!hasher.verify(u"x"_s, QString()));
        QVERIFY(!hasher.verify(u"x"_s, u"$argon2i$v=19$m=16,t=2,p=1$c2FsdA$aGFzaA"_s));
        QVERIFY(!hasher.verify(u"x"_s, u"$argon2id$garbage"_s));
        QVERIFY(!hasher.verify(u"x"_s, u"plaintext"_s));
    }

    void passwordRules()
    {
        QVERIFY(!PasswordHasher::problem(u"short"_s).isEmpty());
        QVERIFY(PasswordHasher::problem(u"long enough"_s).isEmpty());
        QVERIFY(
            !PasswordHasher::problem(QString(PasswordHasher::kMaximumLength + 1, u'a')).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPasswordHasher)
#include "tst_passwordhasher.moc"
