// SPDX-License-Identifier: GPL-3.0-or-later
// SessionManager with a locked keyring: gnome-keyring on a private D-Bus
// session (ctest: KEYCHAIN KEYRING), whose login collection this test locks.
// Logging in works; the user is told that the keychain is locked.
#include "sessiontesting.h"

#include "api/apiclient.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace keyward;

namespace {

const QString Password = u"L0cked-keyring-secret-5a0c"_s;
const QString Email = u"dora@example.com"_s;

} // namespace

class TestSessionKeychainLocked final : public QObject
{
    Q_OBJECT

private:
    test::ServerProcess m_server;

    /// Locks the login collection through the Secret Service's own D-Bus API
    /// (the CLI, since the test does not link Qt D-Bus).
    static bool lockKeyring(QString *output)
    {
        QProcess dbusSend;
        dbusSend.start(u"dbus-send"_s,
                       {u"--session"_s, u"--dest=org.freedesktop.secrets"_s, u"--print-reply"_s,
                        u"/org/freedesktop/secrets"_s, u"org.freedesktop.Secret.Service.Lock"_s,
                        u"array:objpath:/org/freedesktop/secrets/collection/login"_s});
        if (!dbusSend.waitForFinished(20000)) {
            *output = u"dbus-send did not finish"_s;
            return false;
        }
        *output =
            QString::fromUtf8(dbusSend.readAllStandardOutput() + dbusSend.readAllStandardError());
        return dbusSend.exitStatus() == QProcess::NormalExit && dbusSend.exitCode() == 0 &&
               output->contains(u"/org/freedesktop/secrets/collection/login"_s);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.lastError()));
        QVERIFY(m_server.addUser(Email, Password));
        // Something stored while unlocked, so that reading it later must fail
        // because of the lock and not because it is missing.
        CredentialStore store{u"keyward-sessiontest"_s};
        const CredentialKey key{QUrl(m_server.baseUrl()), Email, u"password"_s};
        QVERIFY(test::writeSecret(store, key, Password).hasValue());
        QString output;
        QVERIFY2(lockKeyring(&output), qPrintable(output));
    }

    void logInWorksAndSaysTheKeychainIsLocked()
    {
        ApiClient api;
        CredentialStore credentials{u"keyward-sessiontest"_s};
        SessionManager session(&api, &credentials);
        QSignalSpy loggedIn(&session, &SessionManager::loggedIn);
        QSignalSpy failed(&session, &SessionManager::loginFailed);
        QSignalSpy problem(&session, &SessionManager::keychainProblem);
        session.logIn(test::profileFor(m_server, Email), Email, Password, true);
        QTRY_VERIFY_WITH_TIMEOUT(!loggedIn.isEmpty() || !failed.isEmpty(), 30000);
        QCOMPARE(loggedIn.count(), 1);
        QVERIFY(session.isLoggedIn());
        QTRY_COMPARE(problem.count(), 1);
        const QString message = problem.at(0).at(0).toString();
        QVERIFY2(message.startsWith(u"The keychain is locked."_s), qPrintable(message));
    }

    void resumeSaysTheKeychainIsLocked()
    {
        ApiClient api;
        CredentialStore credentials{u"keyward-sessiontest"_s};
        SessionManager session(&api, &credentials);
        QSignalSpy required(&session, &SessionManager::loginRequired);
        QSignalSpy loggedIn(&session, &SessionManager::loggedIn);
        session.resume(test::profileFor(m_server, Email));
        QTRY_VERIFY_WITH_TIMEOUT(!required.isEmpty() || !loggedIn.isEmpty(), 30000);
        QCOMPARE(required.count(), 1);
        QVERIFY(!session.isLoggedIn());
        // libsecret answers a lookup in a locked collection whose unlock prompt
        // failed with "no such item", so CredentialStore cannot tell it from an
        // empty keychain yet; the user is still asked to log in, and logging in
        // then says "locked" (above).
        QEXPECT_FAIL("", "libsecret reports a locked item as not found on read", Continue);
        QVERIFY2(required.at(0).at(0).toString().startsWith(u"The keychain is locked."_s),
                 qPrintable(required.at(0).at(0).toString()));
    }
};

QTEST_GUILESS_MAIN(TestSessionKeychainLocked)
#include "tst_sessionkeychainlocked.moc"
