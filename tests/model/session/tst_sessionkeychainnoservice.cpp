// SPDX-License-Identifier: GPL-3.0-or-later
// SessionManager on a D-Bus session without any Secret Service (ctest runs it
// with KEYCHAIN NO_SERVICE): logging in still works, the user is told that
// nothing could be kept, and no secret lands anywhere else instead.
#include "sessiontesting.h"

#include "api/apiclient.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace keyward;

namespace {

const QString Password = u"N0-service-secret-3b9e1d"_s;
const QString Email = u"carol@example.com"_s;

} // namespace

class TestSessionKeychainNoService final : public QObject
{
    Q_OBJECT

public:
    explicit TestSessionKeychainNoService(QString home)
        : m_home(std::move(home))
    {}

private:
    QString m_home;
    test::ServerProcess m_server;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.lastError()));
        QVERIFY(m_server.addUser(Email, Password));
    }

    void logInWorksAndSaysWhyNothingWasKept()
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
        QVERIFY2(message.startsWith(u"No keychain service is available"_s), qPrintable(message));

        // The session works, from memory.
        {
            std::optional<bool> ok;
            api.userInfo(this, [&ok](const ApiResult<User> &r) { ok = r.hasValue(); });
            QTRY_VERIFY(ok.has_value());
            QVERIFY(*ok);
        }

        // No fallback: no file under the sandboxed home holds the password,
        // and the app's default settings hold nothing.
        QDirIterator files(m_home, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!file.readAll().contains(Password.toUtf8()), qPrintable(file.fileName()));
        }
        QVERIFY(QSettings().allKeys().isEmpty());
        QVERIFY(QSettings(u"keyward-sessiontest"_s).allKeys().isEmpty());
    }

    void resumeSaysWhyItCannot()
    {
        ApiClient api;
        CredentialStore credentials{u"keyward-sessiontest"_s};
        SessionManager session(&api, &credentials);
        QSignalSpy required(&session, &SessionManager::loginRequired);
        session.resume(test::profileFor(m_server, Email));
        QTRY_COMPARE_WITH_TIMEOUT(required.count(), 1, 30000);
        QVERIFY2(required.at(0).at(0).toString().startsWith(u"No keychain service is available"_s),
                 qPrintable(required.at(0).at(0).toString()));
        QVERIFY(!session.isLoggedIn());
    }
};

int main(int argc, char **argv)
{
    // A private home, so that any file a fallback might write can be found.
    QTemporaryDir home;
    if (!home.isValid()) {
        return 1;
    }
    for (const char *variable : {"HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"}) {
        qputenv(variable, home.path().toUtf8());
    }
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"keyward-test"_s);
    QCoreApplication::setApplicationName(u"tst_sessionkeychainnoservice"_s);
    TestSessionKeychainNoService test(home.path());
    return QTest::qExec(&test, argc, argv);
}

#include "tst_sessionkeychainnoservice.moc"
