// SPDX-License-Identifier: GPL-3.0-or-later
// SessionManager against a live keyward-server and a real Secret Service
// (gnome-keyring on a private D-Bus session; ctest wraps it).
#include "apiawait.h"
#include "sessiontesting.h"

#include "api/apiclient.h"
#include "settings/profilestore.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMutex>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace keyward;
using keyward::test::readSecret;

namespace {

const std::optional<CredentialError::Kind> NotFound = CredentialError::NotFound;
const QString Password = u"Corr3ct-horse-b4ttery-st4ple-7f1c"_s;

QMutex logMutex;
QStringList capturedLog;
void captureMessage(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    const QMutexLocker lock(&logMutex);
    capturedLog << QString::fromLatin1(context.category ? context.category : "") + u' ' + message;
}

/// One app's worth of session machinery: its own client and manager,
/// sharing only the keychain with the others.
struct App
{
    ApiClient api;
    CredentialStore credentials{u"keyward-sessiontest"_s};
    SessionManager session{&api, &credentials};
    QSignalSpy loggedIn{&session, &SessionManager::loggedIn};
    QSignalSpy loginRequired{&session, &SessionManager::loginRequired};
    QSignalSpy loginFailed{&session, &SessionManager::loginFailed};
    QSignalSpy keychainProblem{&session, &SessionManager::keychainProblem};
    QSignalSpy loggedOut{&session, &SessionManager::loggedOut};

    bool settled() const
    {
        return !loggedIn.isEmpty() || !loginRequired.isEmpty() || !loginFailed.isEmpty();
    }
};

} // namespace

class TestSessionManager final : public QObject
{
    Q_OBJECT

private:
    test::ServerProcess m_server;
    CredentialStore m_store{u"keyward-sessiontest"_s};
    int m_userCount = 0;

    /// A fresh account per test, so that stored secrets never carry over.
    QString newUser()
    {
        const QString email = u"user%1@example.com"_s.arg(++m_userCount);
        if (!m_server.addUser(email, Password)) {
            return {};
        }
        return email;
    }
    CredentialKey key(const QString &email, const QString &purpose) const
    {
        return {QUrl(m_server.baseUrl()), email, purpose};
    }
    /// The session token kept in the keychain, or empty.
    QString storedToken(const QString &email)
    {
        const auto stored = readSecret(m_store, key(email, u"session"_s));
        if (!stored) {
            return {};
        }
        return QJsonDocument::fromJson(stored.value().toUtf8())
            .object()
            .value(u"token"_s)
            .toString();
    }
    /// Whether \p token is a live session on the server, asked by another client.
    std::optional<bool> tokenWorks(const QString &token)
    {
        ApiClient other;
        other.setServerUrl(QUrl(m_server.baseUrl()));
        other.setSessionToken(token);
        const auto info = test::await<User>(
            [&](ApiCallback<User> done) { other.userInfo(this, std::move(done)); });
        if (info) {
            return true;
        }
        if (info.error().kind == ApiError::Unauthorized) {
            return false;
        }
        return std::nullopt;
    }
    /// Ends \p token's session from another client, as a second device would.
    bool endOnServer(const QString &token)
    {
        ApiClient other;
        other.setServerUrl(QUrl(m_server.baseUrl()));
        other.setSessionToken(token);
        const auto done = test::await<NoContent>(
            [&](ApiCallback<NoContent> cb) { other.logout(this, std::move(cb)); });
        return done.hasValue();
    }
    bool logIn(App &app, const ConnectionProfile &profile, const QString &email, bool remember)
    {
        app.session.logIn(profile, email, Password, remember);
        return QTest::qWaitFor([&app] { return app.settled(); }, 30000) &&
               app.loggedIn.count() == 1;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_server.start(), qPrintable(m_server.lastError())); }

    void resumeWithNothingStoredAsksWithoutReason()
    {
        const QString email = newUser();
        App app;
        app.session.resume(test::profileFor(m_server, email));
        QTRY_VERIFY_WITH_TIMEOUT(app.settled(), 20000);
        QCOMPARE(app.loginRequired.count(), 1);
        QCOMPARE(app.loginRequired.at(0).at(0).toString(), QString());
        QVERIFY(!app.session.isLoggedIn());

        // A profile without an account has nothing to look up at all.
        App other;
        other.session.resume(test::profileFor(m_server, QString()));
        QTRY_COMPARE(other.loginRequired.count(), 1);
        QCOMPARE(other.loginRequired.at(0).at(0).toString(), QString());
    }

    void logInStoresSession()
    {
        const QString email = newUser();
        App app;
        QVERIFY(logIn(app, test::profileFor(m_server, email), email, false));
        QCOMPARE(app.loggedIn.at(0).at(0).value<User>().email, email);
        QVERIFY(app.session.isLoggedIn());
        QCOMPARE(app.session.email(), email);
        QCOMPARE(app.session.serverUrl(), QUrl(m_server.baseUrl()));
        QVERIFY(app.session.sessionExpires() > QDateTime::currentDateTimeUtc());
        QCOMPARE(app.keychainProblem.count(), 0);

        const QString token = storedToken(email);
        QVERIFY(!token.isEmpty());
        QCOMPARE(tokenWorks(token), std::optional<bool>(true));
        // The expiry is stored with the token.
        const auto stored = readSecret(m_store, key(email, u"session"_s));
        QVERIFY(stored.hasValue());
        QVERIFY(stored.value().contains(u"expires"_s));
    }

    void secondAppResumesWithoutPassword()
    {
        const QString email = newUser();
        const ConnectionProfile profile = test::profileFor(m_server, email);
        App first;
        QVERIFY(logIn(first, profile, email, false));
        const QString token = storedToken(email);

        App second;
        second.session.resume(profile);
        QTRY_VERIFY_WITH_TIMEOUT(second.settled(), 20000);
        QCOMPARE(second.loggedIn.count(), 1);
        QCOMPARE(second.loggedIn.at(0).at(0).value<User>().email, email);
        QVERIFY(second.session.isLoggedIn());
        QVERIFY(second.api.hasSession());
        // The same session: no new login happened (no password is stored to make one).
        QCOMPARE(storedToken(email), token);
        QCOMPARE(test::errorKind(readSecret(m_store, key(email, u"password"_s))), NotFound);
        // And the resumed client works.
        AWAIT(User, info, second.api.userInfo(this, done));
        QCOMPARE(info->email, email);
    }

    void rememberedPasswordUsedWhenSessionEndedServerSide()
    {
        const QString email = newUser();
        const ConnectionProfile profile = test::profileFor(m_server, email);
        App first;
        QVERIFY(logIn(first, profile, email, true));
        QCOMPARE(test::describe(readSecret(m_store, key(email, u"password"_s))), Password);
        const QString oldToken = storedToken(email);
        QVERIFY(endOnServer(oldToken));

        App second;
        second.session.resume(profile);
        QTRY_VERIFY_WITH_TIMEOUT(second.settled(), 20000);
        QCOMPARE(second.loginRequired.count(), 0);
        QCOMPARE(second.loggedIn.count(), 1);
        // A fresh session replaced the ended one in the keychain.
        const QString newToken = storedToken(email);
        QVERIFY(!newToken.isEmpty());
        QVERIFY(newToken != oldToken);
        QCOMPARE(tokenWorks(newToken), std::optional<bool>(true));
    }

    void expiredStoredSessionFallsBackToPassword()
    {
        const QString email = newUser();
        const ConnectionProfile profile = test::profileFor(m_server, email);
        const QString expired =
            uR"({"token":"no-longer-valid","expires":"2020-01-01T00:00:00Z"})"_s;

        // Without a remembered password: the user is told why.
        QVERIFY(test::writeSecret(m_store, key(email, u"session"_s), expired).hasValue());
        App withoutPassword;
        withoutPassword.session.resume(profile);
        QTRY_VERIFY_WITH_TIMEOUT(withoutPassword.settled(), 20000);
        QCOMPARE(withoutPassword.loginRequired.count(), 1);
        QVERIFY2(withoutPassword.loginRequired.at(0).at(0).toString().contains(u"expired"_s),
                 qPrintable(withoutPassword.loginRequired.at(0).at(0).toString()));
        // The expired session is gone from the keychain.
        QTRY_COMPARE(test::errorKind(readSecret(m_store, key(email, u"session"_s))), NotFound);

        // With one: logged in again without asking.
        QVERIFY(test::writeSecret(m_store, key(email, u"session"_s), expired).hasValue());
        QVERIFY(test::writeSecret(m_store, key(email, u"password"_s), Password).hasValue());
        App withPassword;
        withPassword.session.resume(profile);
        QTRY_VERIFY_WITH_TIMEOUT(withPassword.settled(), 20000);
        QCOMPARE(withPassword.loggedIn.count(), 1);
        QVERIFY(withPassword.session.sessionExpires() > QDateTime::currentDateTimeUtc());
        QCOMPARE(tokenWorks(storedToken(email)), std::optional<bool>(true));
    }

    void withoutRememberThePasswordIsNotKept()
    {
        const QString email = newUser();
        const ConnectionProfile profile = test::profileFor(m_server, email);
        App app;
        QVERIFY(logIn(app, profile, email, true));
        QCOMPARE(test::describe(readSecret(m_store, key(email, u"password"_s))), Password);
        bool remembered = false;
        bool answered = false;
        app.session.hasRememberedPassword(profile, email, this, [&](bool r) {
            remembered = r;
            answered = true;
        });
        QTRY_VERIFY(answered);
        QVERIFY(remembered);

        // Logging in again without the tick removes what was remembered.
        App again;
        QVERIFY(logIn(again, profile, email, false));
        QCOMPARE(test::errorKind(readSecret(m_store, key(email, u"password"_s))), NotFound);
        answered = false;
        again.session.hasRememberedPassword(profile, email, this, [&](bool r) {
            remembered = r;
            answered = true;
        });
        QTRY_VERIFY(answered);
        QVERIFY(!remembered);
    }

    void wrongPasswordFails()
    {
        const QString email = newUser();
        App app;
        app.session.logIn(test::profileFor(m_server, email), email, u"wrong"_s, true);
        QTRY_VERIFY_WITH_TIMEOUT(app.settled(), 20000);
        QCOMPARE(app.loginFailed.count(), 1);
        QCOMPARE(app.loginFailed.at(0).at(0).value<ApiError>().kind, ApiError::Unauthorized);
        QVERIFY(!app.session.isLoggedIn());
        QVERIFY(!app.api.hasSession());
        QCOMPARE(test::errorKind(readSecret(m_store, key(email, u"password"_s))), NotFound);
        QCOMPARE(test::errorKind(readSecret(m_store, key(email, u"session"_s))), NotFound);
    }

    void logOutEndsSessionAndDeletesIt()
    {
        const QString email = newUser();
        const ConnectionProfile profile = test::profileFor(m_server, email);
        App app;
        QVERIFY(logIn(app, profile, email, true));
        const QString token = storedToken(email);
        QVERIFY(!token.isEmpty());

        app.session.logOut();
        QTRY_COMPARE_WITH_TIMEOUT(app.loggedOut.count(), 1, 20000);
        QVERIFY(!app.session.isLoggedIn());
        QVERIFY(!app.api.hasSession());
        QCOMPARE(tokenWorks(token), std::optional<bool>(false));
        QCOMPARE(test::errorKind(readSecret(m_store, key(email, u"session"_s))), NotFound);

        // The user chose to leave: the remembered password does not log them
        // straight back in during this run.
        app.session.resume(profile);
        QTRY_COMPARE_WITH_TIMEOUT(app.loginRequired.count(), 1, 20000);
        QCOMPARE(app.loggedIn.count(), 1);
        QVERIFY(!app.session.isLoggedIn());
    }

    void sessionRejectedMidUse()
    {
        const QString email = newUser();
        App app;
        QVERIFY(logIn(app, test::profileFor(m_server, email), email, false));
        QVERIFY(endOnServer(storedToken(email)));

        AWAIT_ERROR(User, error, app.api.userInfo(this, done));
        QCOMPARE(error.kind, ApiError::Unauthorized);
        QCOMPARE(app.loginRequired.count(), 1);
        QCOMPARE(app.loginRequired.at(0).at(0).toString(),
                 u"The server ended your session. Log in again."_s);
        QVERIFY(!app.session.isLoggedIn());
        QVERIFY(!app.api.hasSession());
        QTRY_COMPARE(test::errorKind(readSecret(m_store, key(email, u"session"_s))), NotFound);
    }

    void invalidServerAddressFails()
    {
        App app;
        ConnectionProfile profile = test::profileFor(m_server, u"a@example.com"_s);
        profile.serverUrl = QUrl(u"ftp://example.com"_s);
        app.session.logIn(profile, u"a@example.com"_s, Password, false);
        QTRY_COMPARE(app.loginFailed.count(), 1);
        QVERIFY(!app.loginFailed.at(0).at(0).value<ApiError>().message.isEmpty());
    }

    void noSecretInSettingsOrLog()
    {
        const QString email = newUser();
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString settingsPath = dir.filePath(u"keyward.ini"_s);
        QString token;
        QString firstToken;
        {
            QSettings settings(settingsPath, QSettings::IniFormat);
            ProfileStore profiles(&settings);
            auto added = profiles.add(test::profileFor(m_server, email));
            QVERIFY2(added.hasValue(), qPrintable(added ? QString() : added.error().message));

            capturedLog.clear();
            QLoggingCategory::setFilterRules(u"*.debug=true"_s);
            const QtMessageHandler previous = qInstallMessageHandler(captureMessage);
            App app;
            app.session.logIn(*added, email, Password, true);
            const bool done = QTest::qWaitFor([&app] { return app.settled(); }, 30000);
            ConnectionProfile used = *added;
            used.accountEmail = app.session.email();
            const auto updated = profiles.update(used);
            const auto last = profiles.setLastUsedProfileId(used.id);
            // A resume in a second app reads both secrets back.
            App second;
            firstToken = storedToken(email);
            const bool ended = endOnServer(firstToken);
            second.session.resume(used);
            const bool resumed = QTest::qWaitFor([&second] { return second.settled(); }, 30000);
            qInstallMessageHandler(previous);
            QLoggingCategory::setFilterRules(QString());

            QVERIFY(done);
            QCOMPARE(app.loggedIn.count(), 1);
            QVERIFY(!firstToken.isEmpty());
            QVERIFY(ended);
            QVERIFY(!updated.has_value());
            QVERIFY(!last.has_value());
            QVERIFY(resumed);
            QCOMPARE(second.loggedIn.count(), 1);
            token = second.api.hasSession() ? storedToken(email) : QString();
            QVERIFY(!token.isEmpty());
            settings.sync();
            QCOMPARE(settings.status(), QSettings::NoError);
        }
        // Debug output did run, so the check below means something.
        QVERIFY(capturedLog.size() > 3);
        QVERIFY(capturedLog.join(u'\n').contains(email));

        QFile file(settingsPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString contents = QString::fromUtf8(file.readAll());
        QVERIFY(contents.contains(email)); // the account is there, its secrets not
        QVERIFY(!contents.contains(Password));
        QVERIFY(!contents.contains(token));
        QVERIFY(!contents.contains(firstToken));
        for (const QString &line : std::as_const(capturedLog)) {
            QVERIFY2(!line.contains(Password), "the password reached the log");
            QVERIFY2(!line.contains(token), "the session token reached the log");
            QVERIFY2(!line.contains(firstToken), "the first session token reached the log");
        }
    }
};

QTEST_GUILESS_MAIN(TestSessionManager)
#include "tst_sessionmanager.moc"
