// SPDX-License-Identifier: GPL-3.0-or-later
// How keychain failures read to the user: one distinct sentence for no
// service, locked, access denied and not found, whatever code libsecret used.
#include "credentials/credentialstore.h"

#include <qt6keychain/keychain.h>

#include <QTest>

using namespace Qt::StringLiterals;
using keyward::CredentialError;
using keyward::CredentialStore;

class TestCredentialErrors final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void classify_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("detail");
        QTest::addColumn<int>("kind");
        // Seen on this machine: a write into gnome-keyring's locked login collection.
        QTest::newRow("locked collection via AccessDenied")
            << int(QKeychain::AccessDenied) << u"Cannot create an item in a locked collection"_s
            << int(CredentialError::Locked);
        QTest::newRow("locked via AccessDeniedByUser")
            << int(QKeychain::AccessDeniedByUser) << u"Unlock failed"_s
            << int(CredentialError::Locked);
        QTest::newRow("locked via OtherError")
            << int(QKeychain::OtherError) << u"The collection is locked"_s
            << int(CredentialError::Locked);
        QTest::newRow("access denied") << int(QKeychain::AccessDenied) << u"Permission denied"_s
                                       << int(CredentialError::AccessDenied);
        // Seen on this machine: a session bus without any Secret Service.
        QTest::newRow("no service on the bus")
            << int(QKeychain::OtherError)
            << u"The name org.freedesktop.secrets was not provided by any .service files"_s
            << int(CredentialError::NoService);
        QTest::newRow("no backend")
            << int(QKeychain::NoBackendAvailable) << QString() << int(CredentialError::NoService);
        QTest::newRow("not found")
            << int(QKeychain::EntryNotFound) << u"No match"_s << int(CredentialError::NotFound);
        QTest::newRow("other") << int(QKeychain::OtherError) << u"Something odd"_s
                               << int(CredentialError::Other);
    }

    void classify()
    {
        QFETCH(int, code);
        QFETCH(QString, detail);
        QFETCH(int, kind);
        const CredentialError error = CredentialStore::classify(code, detail);
        QCOMPARE(int(error.kind), kind);
        QVERIFY(!error.message.isEmpty());
    }

    void eachKindHasItsOwnSentence()
    {
        const QString locked =
            CredentialStore::classify(int(QKeychain::AccessDeniedByUser), {}).message;
        const QString denied = CredentialStore::classify(int(QKeychain::AccessDenied), {}).message;
        const QString none =
            CredentialStore::classify(int(QKeychain::NoBackendAvailable), {}).message;
        QVERIFY(locked != denied);
        QVERIFY(locked != none);
        QVERIFY(denied != none);
        QVERIFY(locked.contains(u"locked"_s));
    }
};

QTEST_GUILESS_MAIN(TestCredentialErrors)
#include "tst_credentialerrors.moc"
