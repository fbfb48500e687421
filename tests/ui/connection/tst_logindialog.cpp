// SPDX-License-Identifier: GPL-3.0-or-later
// LoginDialog driven like a user would: typing and clicking, against a fake
// loopback endpoint, with a real keychain on a private bus (ctest wraps it).
#include "../../model/client/fakehttpserver.h"

#include "api/apiclient.h"
#include "credentials/credentialstore.h"
#include "connection/logindialog.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using keyward::ApiClient;
using keyward::CredentialStore;
using keyward::LoginDialog;

class TestLoginDialog final : public QObject
{
    Q_OBJECT

private:
    template <typename T> static T *child(QWidget *parent, const char *name)
    {
        T *widget = parent->findChild<T *>(QString::fromLatin1(name));
        if (!widget) {
            qFatal("no widget named %s", name);
        }
        return widget;
    }

    struct Fixture
    {
        FakeHttpServer server;
        ApiClient api;
        CredentialStore credentials{u"keyward-uitest"_s};
        LoginDialog dialog{&api, &credentials};
        QLineEdit *serverEdit = child<QLineEdit>(&dialog, "serverEdit");
        QLineEdit *emailEdit = child<QLineEdit>(&dialog, "emailEdit");
        QLineEdit *passwordEdit = child<QLineEdit>(&dialog, "passwordEdit");
        QCheckBox *remember = child<QCheckBox>(&dialog, "rememberCheckBox");
        QPushButton *loginButton = child<QPushButton>(&dialog, "loginButton");
        QLabel *errorLabel = child<QLabel>(&dialog, "errorLabel");
    };

private Q_SLOTS:
    void emptyEmailShowsInlineError()
    {
        Fixture f;
        QVERIFY(f.server.listen());
        f.dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&f.dialog));
        QTest::keyClicks(f.serverEdit, f.server.url().toString());
        QTest::keyClicks(f.passwordEdit, u"secret"_s);
        QTest::mouseClick(f.loginButton, Qt::LeftButton);
        QVERIFY(f.errorLabel->isVisible());
        QCOMPARE(f.errorLabel->text(), u"Enter the email address of your account."_s);
        QCOMPARE(QApplication::focusWidget(), f.emailEdit);
        QVERIFY(f.server.requests().isEmpty());

        // Typing into the field clears the stale error.
        QTest::keyClicks(f.emailEdit, u"alice"_s);
        QVERIFY(!f.errorLabel->isVisible());
        QTest::mouseClick(f.loginButton, Qt::LeftButton);
        QVERIFY(f.errorLabel->text().contains(u"not an email address"_s));
        QVERIFY(f.server.requests().isEmpty());
    }

    void invalidServerAddress()
    {
        Fixture f;
        f.dialog.show();
        QTest::keyClicks(f.serverEdit, u"ftp://example.com"_s);
        QTest::keyClicks(f.emailEdit, u"alice@example.com"_s);
        QTest::keyClicks(f.passwordEdit, u"secret"_s);
        QTest::mouseClick(f.loginButton, Qt::LeftButton);
        QVERIFY(f.errorLabel->isVisible());
        QVERIFY(f.errorLabel->text().contains(u"not a server address"_s));
    }

    void wrongPasswordShowsServerDetail()
    {
        Fixture f;
        QVERIFY(f.server.listen());
        f.server.enqueue(401, "application/problem+json"_ba,
                         R"({"title":"Unauthorized","status":401,)"
                         R"("detail":"The email or password is wrong."})"_ba);
        QSignalSpy loggedIn(&f.dialog, &LoginDialog::loggedIn);
        f.dialog.show();
        QTest::keyClicks(f.serverEdit, f.server.url().toString());
        QTest::keyClicks(f.emailEdit, u"alice@example.com"_s);
        QTest::keyClicks(f.passwordEdit, u"wrong"_s);
        QTest::mouseClick(f.loginButton, Qt::LeftButton);
        QVERIFY(!f.loginButton->isEnabled());
        QTRY_VERIFY(f.errorLabel->isVisible());
        QVERIFY2(f.errorLabel->text().contains(u"The email or password is wrong."_s),
                 qPrintable(f.errorLabel->text()));
        QVERIFY(f.loginButton->isEnabled());
        QVERIFY(f.dialog.isVisible());
        QCOMPARE(loggedIn.count(), 0);
        QVERIFY(f.server.requests().at(0).contains(R"("password":"wrong")"));
    }

    void successStoresSessionAndAccepts()
    {
        Fixture f;
        QVERIFY(f.server.listen());
        f.server.enqueue(200, "application/json"_ba,
                         R"({"token":"session-abc","expires":"2030-01-01T00:00:00Z"})"_ba);
        QSignalSpy loggedIn(&f.dialog, &LoginDialog::loggedIn);
        QSignalSpy accepted(&f.dialog, &QDialog::accepted);
        f.dialog.show();
        QTest::keyClicks(f.serverEdit, f.server.url().toString());
        QTest::keyClicks(f.emailEdit, u"alice@example.com"_s);
        QTest::keyClicks(f.passwordEdit, u"right"_s);
        QTest::mouseClick(f.remember, Qt::LeftButton);
        QVERIFY(f.remember->isChecked());
        QTest::mouseClick(f.loginButton, Qt::LeftButton);
        QTRY_COMPARE(accepted.count(), 1);
        QCOMPARE(loggedIn.count(), 1);
        QVERIFY2(f.dialog.keychainProblem().isEmpty(), qPrintable(f.dialog.keychainProblem()));
        QVERIFY(f.api.hasSession());
        QVERIFY(f.passwordEdit->text().isEmpty());

        // The token and the remembered password are in the keychain.
        for (const auto &[purpose, expected] :
             {std::pair{u"session"_s, u"session-abc"_s}, std::pair{u"password"_s, u"right"_s}}) {
            std::optional<QString> stored;
            f.credentials.readSecret({f.server.url(), u"alice@example.com"_s, purpose}, this,
                                     [&stored](const auto &result) {
                                         stored = result ? result.value() : u"<missing>"_s;
                                     });
            QTRY_VERIFY(stored.has_value());
            QCOMPARE(*stored, expected);
        }
    }
};

QTEST_MAIN(TestLoginDialog)
#include "tst_logindialog.moc"
