// SPDX-License-Identifier: GPL-3.0-or-later
// The session ends while the user works, end to end: the whole app
// (AppController) against a live keyward-server with a real keychain. The
// user's Create Token waits behind the re-login prompt and completes after
// the password is typed, or fails visibly (input intact) after Log Out.
// Then the idle lock hides every window until the password is confirmed.
#include "apiawait.h"
#include "serverprocess.h"
#include "widgetlookup.h"

#include "appcontroller.h"
#include "connection/idlemonitor.h"
#include "connection/lockdialog.h"
#include "connection/logindialog.h"
#include "connection/relogindialog.h"
#include "credentials/credentialstore.h"
#include "main/mainwindow.h"
#include "main/navigationtree.h"
#include "main/nodepage.h"
#include "session/sessionmanager.h"

#include <QAction>
#include <QApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace keyward;
using keyward::test::await;
using keyward::test::visibleTopLevel;

namespace {

constexpr int Timeout = 30000;
const QString Password = u"Expiry-flow-passw0rd-91c2"_s;
const QString KeychainService = u"keyward-sessionexpiryflow"_s;

template <typename T> T *child(QWidget *root, const QString &name)
{
    return root ? root->findChild<T *>(name) : nullptr;
}

} // namespace

class TestSessionExpiryFlow final : public QObject
{
    Q_OBJECT

private:
    test::ServerProcess m_server;
    QTemporaryDir m_settingsDir;
    int m_users = 0;

    struct Account
    {
        QString email;
        std::unique_ptr<ApiClient> direct;
    };

    /// A new user who administers organization \p organization.
    Account newAccount(const QString &organization)
    {
        Account account;
        account.email = u"expiry%1@example.com"_s.arg(++m_users);
        account.direct = test::loggedInClient(m_server, account.email, Password);
        if (!account.direct) {
            return {};
        }
        CreateOrganizationRequest request;
        request.name = organization;
        request.email = account.email;
        request.notificationUrl = u"https://example.com/hooks"_s;
        const auto created = await<Organization>([&](ApiCallback<Organization> done) {
            account.direct->createOrganization(request, account.direct.get(), done);
        });
        if (!created) {
            return {};
        }
        return account;
    }

    std::unique_ptr<AppController> logIn(QSettings &settings, const QString &email)
    {
        auto controller = std::make_unique<AppController>(&settings, KeychainService);
        AppController::StartOptions options;
        options.serverUrl = m_server.baseUrl();
        options.email = email;
        options.password = Password;
        options.autoLogin = true;
        if (!controller->start(options)) {
            return nullptr;
        }
        if (!QTest::qWaitFor([&] { return controller->mainWindow()->isVisible(); }, Timeout)) {
            return nullptr;
        }
        return controller;
    }

    /// Ends the app's session on the server (as expiry would): the token
    /// is read from the keychain and logged out by another client.
    bool endAppSession(const QString &email)
    {
        CredentialStore store(KeychainService);
        std::optional<Expected<QString, CredentialError>> secret;
        QObject context;
        store.readSecret({QUrl(m_server.baseUrl()), email, u"session"_s}, &context,
                         [&secret](const auto &r) { secret.emplace(r); });
        if (!QTest::qWaitFor([&] { return secret.has_value(); }, Timeout) || !*secret) {
            return false;
        }
        const QString token =
            QJsonDocument::fromJson(secret->value().toUtf8()).object().value(u"token"_s).toString();
        ApiClient other;
        other.setServerUrl(QUrl(m_server.baseUrl()));
        other.setSessionToken(token);
        return await<NoContent>(
                   [&](ApiCallback<NoContent> done) { other.logout(&other, std::move(done)); })
            .hasValue();
    }

    /// Opens the organization's Tokens tab and the Create Token dialog, with
    /// \p description typed in.
    QDialog *openCreateToken(MainWindow *window, const QString &organization,
                             const QString &description)
    {
        window->navigation()->selectNode(organization, {});
        if (!QTest::qWaitFor(
                [&] {
                    const NodePage *page = window->currentPage();
                    return page && page->context().organization == organization;
                },
                Timeout)) {
            return nullptr;
        }
        NodePage *page = window->organizationPage();
        page->tabs()->setCurrentWidget(page->tabs()->findChild<QWidget *>(u"tokensPanel"_s));
        auto *tokens = child<QTableView>(page, u"tokensView"_s);
        if (!tokens ||
            !QTest::qWaitFor([&] { return tokens->model()->rowCount() == 1; }, Timeout)) {
            return nullptr;
        }
        window->findChild<QAction *>(u"actionNewToken"_s)->trigger();
        QDialog *create = nullptr;
        if (!QTest::qWaitFor(
                [&] { return (create = visibleTopLevel<QDialog>(u"createTokenDialog"_s)); },
                Timeout)) {
            return nullptr;
        }
        QTest::keyClicks(child<QLineEdit>(create, u"tokenDescriptionEdit"_s), description);
        return create;
    }

    int tokenCount(const Account &account, const QString &organization, const QString &description)
    {
        const auto list = await<QList<Token>>([&](ApiCallback<QList<Token>> done) {
            account.direct->organizationTokens(organization, account.direct.get(), done);
        });
        if (!list) {
            return -1;
        }
        int count = 0;
        for (const Token &token : *list) {
            count += token.description == description ? 1 : 0;
        }
        return count;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_server.start(), qPrintable(m_server.lastError())); }

    void createTokenWaitsForTheRelogin()
    {
        const Account account = newAccount(u"expiry-one"_s);
        QVERIFY(account.direct);
        QSettings settings(m_settingsDir.filePath(u"one.conf"_s), QSettings::IniFormat);
        auto controller = logIn(settings, account.email);
        QVERIFY(controller);
        MainWindow *window = controller->mainWindow();

        QDialog *create = openCreateToken(window, u"expiry-one"_s, u"after expiry"_s);
        QVERIFY(create);
        QVERIFY(endAppSession(account.email));
        QTest::mouseClick(child<QPushButton>(create, u"createTokenConfirmButton"_s),
                          Qt::LeftButton);

        ReloginDialog *prompt = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((prompt = visibleTopLevel<ReloginDialog>(u"reloginDialog"_s)),
                                 Timeout);
        QVERIFY(child<QLabel>(prompt, u"reloginText"_s)->text().contains(account.email));
        // The user's work is still there, waiting.
        QVERIFY(create->isVisible());
        QCOMPARE(child<QLineEdit>(create, u"tokenDescriptionEdit"_s)->text(), u"after expiry"_s);
        QCOMPARE(tokenCount(account, u"expiry-one"_s, u"after expiry"_s), 0);

        // A wrong password first: the prompt stays with the error.
        QTest::keyClicks(child<QLineEdit>(prompt, u"reloginPasswordEdit"_s), u"wrong"_s);
        QTest::mouseClick(child<QPushButton>(prompt, u"reloginLoginButton"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(
            !child<QLabel>(prompt, u"reloginStatusMessage"_s)->text().isEmpty() &&
                child<QPushButton>(prompt, u"reloginLoginButton"_s)->isEnabled(),
            Timeout);
        QVERIFY(prompt->isVisible());
        QVERIFY(create->isVisible());

        auto *password = child<QLineEdit>(prompt, u"reloginPasswordEdit"_s);
        password->clear();
        QTest::keyClicks(password, Password);
        QTest::mouseClick(child<QPushButton>(prompt, u"reloginLoginButton"_s), Qt::LeftButton);

        QTRY_VERIFY_WITH_TIMEOUT(visibleTopLevel<QDialog>(u"newTokenDialog"_s), Timeout);
        QTRY_VERIFY_WITH_TIMEOUT(!visibleTopLevel<QDialog>(u"createTokenDialog"_s), Timeout);
        QVERIFY(!visibleTopLevel<QDialog>(u"reloginDialog"_s));
        QCOMPARE(tokenCount(account, u"expiry-one"_s, u"after expiry"_s), 1);
        QVERIFY(window->isVisible());
        QVERIFY(controller->session()->isLoggedIn());
        QVERIFY(!controller->loginDialog()->isVisible());
    }

    void logOutInThePromptKeepsTheInputAndShowsTheError()
    {
        const Account account = newAccount(u"expiry-two"_s);
        QVERIFY(account.direct);
        QSettings settings(m_settingsDir.filePath(u"two.conf"_s), QSettings::IniFormat);
        auto controller = logIn(settings, account.email);
        QVERIFY(controller);

        QPointer<QDialog> create =
            openCreateToken(controller->mainWindow(), u"expiry-two"_s, u"never sent"_s);
        QVERIFY(create);
        QVERIFY(endAppSession(account.email));
        QTest::mouseClick(child<QPushButton>(create, u"createTokenConfirmButton"_s),
                          Qt::LeftButton);
        ReloginDialog *prompt = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((prompt = visibleTopLevel<ReloginDialog>(u"reloginDialog"_s)),
                                 Timeout);
        QTest::mouseClick(child<QPushButton>(prompt, u"reloginLogoutButton"_s), Qt::LeftButton);

        QTRY_VERIFY_WITH_TIMEOUT(controller->loginDialog()->isVisible(), Timeout);
        QVERIFY(!controller->mainWindow()->isVisible());
        QVERIFY(!controller->session()->isLoggedIn());
        // The create dialog heard of it: its input and the reason are there.
        QVERIFY(create);
        QCOMPARE(child<QLineEdit>(create, u"tokenDescriptionEdit"_s)->text(), u"never sent"_s);
        QCOMPARE(child<QLabel>(create, u"createTokenStatusMessage"_s)->text(),
                 u"Your session has ended."_s);
        QCOMPARE(tokenCount(account, u"expiry-two"_s, u"never sent"_s), 0);
    }

    void idleLockHidesWindowsUntilThePasswordIsConfirmed()
    {
        const Account account = newAccount(u"expiry-three"_s);
        QVERIFY(account.direct);
        QSettings settings(m_settingsDir.filePath(u"three.conf"_s), QSettings::IniFormat);
        auto controller = logIn(settings, account.email);
        QVERIFY(controller);
        MainWindow *window = controller->mainWindow();
        // Off by default.
        QVERIFY(!controller->idleMonitor()->isRunning());

        QPointer<QDialog> create =
            openCreateToken(window, u"expiry-three"_s, u"typed before the lock"_s);
        QVERIFY(create);
        controller->idleMonitor()->setTimeout(150ms);
        controller->idleMonitor()->start();

        QTRY_VERIFY_WITH_TIMEOUT(controller->isLocked(), Timeout);
        LockDialog *lock = controller->lockDialog();
        QVERIFY(lock->isVisible());
        QVERIFY(!window->isVisible());
        QVERIFY(!create->isVisible());
        for (QWidget *top : QApplication::topLevelWidgets()) {
            QVERIFY2(top == lock || !top->isVisible(), qPrintable(top->objectName()));
        }

        // Escape does not unlock; a wrong password neither.
        QTest::keyClick(lock, Qt::Key_Escape);
        QVERIFY(lock->isVisible());
        QTest::keyClicks(child<QLineEdit>(lock, u"lockPasswordEdit"_s), u"wrong"_s);
        QTest::mouseClick(child<QPushButton>(lock, u"lockUnlockButton"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!child<QLabel>(lock, u"lockStatusMessage"_s)->text().isEmpty() &&
                                     child<QPushButton>(lock, u"lockUnlockButton"_s)->isEnabled(),
                                 Timeout);
        QVERIFY(controller->isLocked());
        QVERIFY(!window->isVisible());

        auto *password = child<QLineEdit>(lock, u"lockPasswordEdit"_s);
        password->clear();
        QTest::keyClicks(password, Password);
        QTest::mouseClick(child<QPushButton>(lock, u"lockUnlockButton"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!controller->isLocked(), Timeout);
        QVERIFY(window->isVisible());
        QVERIFY(create && create->isVisible());
        QCOMPARE(child<QLineEdit>(create, u"tokenDescriptionEdit"_s)->text(),
                 u"typed before the lock"_s);
        // The session still works after the unlock (it was renewed by it).
        QTest::mouseClick(child<QPushButton>(create, u"createTokenConfirmButton"_s),
                          Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(visibleTopLevel<QDialog>(u"newTokenDialog"_s), Timeout);
        QCOMPARE(tokenCount(account, u"expiry-three"_s, u"typed before the lock"_s), 1);
    }
};

QTEST_MAIN(TestSessionExpiryFlow)
#include "tst_sessionexpiryflow.moc"
