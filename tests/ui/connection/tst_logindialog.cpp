// SPDX-License-Identifier: GPL-3.0-or-later
// LoginDialog driven like a user would: typing and clicking, against a live
// keyward-server, with a real keychain on a private bus (ctest wraps it).
#include "apiawait.h"
#include "serverprocess.h"

#include "api/apiclient.h"
#include "common/inlinestatus.h"
#include "connection/logindialog.h"
#include "credentials/credentialstore.h"
#include "session/sessionmanager.h"
#include "settings/profilestore.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace keyward;

namespace {

const QString Password = u"Dialog-pa55word-41c2"_s;
const QString AppName = u"keyward-uitest"_s;

template <typename T> T *child(QWidget *parent, const QString &name)
{
    T *widget = parent->findChild<T *>(name);
    if (!widget) {
        qFatal("no widget named %s", qPrintable(name));
    }
    return widget;
}

/// The app's pieces the dialog works with, on a settings file of its own.
struct Fixture
{
    QTemporaryDir dir;
    QSettings settings{dir.filePath(u"keyward.ini"_s), QSettings::IniFormat};
    ProfileStore profiles{&settings};
    ApiClient api;
    CredentialStore credentials{AppName};
    SessionManager session{&api, &credentials};
    std::unique_ptr<LoginDialog> dialog;

    void open()
    {
        dialog = std::make_unique<LoginDialog>(&session, &profiles);
        dialog->show();
    }
    template <typename T> T *get(const QString &name) { return child<T>(dialog.get(), name); }
    QLineEdit *serverEdit() { return get<QLineEdit>(u"serverEdit"_s); }
    QLineEdit *emailEdit() { return get<QLineEdit>(u"emailEdit"_s); }
    QLineEdit *passwordEdit() { return get<QLineEdit>(u"passwordEdit"_s); }
    QComboBox *profileCombo() { return get<QComboBox>(u"profileCombo"_s); }
    QCheckBox *remember() { return get<QCheckBox>(u"rememberCheckBox"_s); }
    QPushButton *loginButton() { return get<QPushButton>(u"loginButton"_s); }
    InlineStatus *status() { return get<InlineStatus>(u"loginStatus"_s); }
};

/// HTTPS in front of the live (plain HTTP) server with a self-signed
/// certificate, as a server a user first meets. Qt 6.4 has no QSslServer, so
/// each accepted socket is encrypted by hand and piped to the server.
class TlsProxy final : public QTcpServer
{
public:
    TlsProxy(QSslCertificate certificate, QSslKey key, quint16 target)
        : m_certificate(std::move(certificate))
        , m_key(std::move(key))
        , m_target(target)
    {}

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *tls = new QSslSocket(this);
        if (!tls->setSocketDescriptor(descriptor)) {
            delete tls;
            return;
        }
        tls->setLocalCertificate(m_certificate);
        tls->setPrivateKey(m_key);
        tls->setPeerVerifyMode(QSslSocket::VerifyNone);
        auto *plain = new QTcpSocket(tls);
        plain->connectToHost(QHostAddress::LocalHost, m_target);
        connect(tls, &QSslSocket::readyRead, plain, [tls, plain] { plain->write(tls->readAll()); });
        connect(plain, &QTcpSocket::readyRead, tls, [tls, plain] { tls->write(plain->readAll()); });
        connect(plain, &QTcpSocket::disconnected, tls, [tls] { tls->disconnectFromHost(); });
        connect(tls, &QSslSocket::disconnected, tls, &QObject::deleteLater);
        tls->startServerEncryption();
    }

private:
    QSslCertificate m_certificate;
    QSslKey m_key;
    quint16 m_target;
};

} // namespace

class TestLoginDialog final : public QObject
{
    Q_OBJECT

private:
    test::ServerProcess m_server;
    int m_users = 0;

    QString newUser()
    {
        const QString email = u"dialog%1@example.com"_s.arg(++m_users);
        return m_server.addUser(email, Password) ? email : QString();
    }
    ConnectionProfile addProfile(Fixture &f, const QString &name, const QString &email)
    {
        ConnectionProfile profile;
        profile.name = name;
        profile.serverUrl = QUrl(m_server.baseUrl());
        profile.environment = Environment::Staging;
        profile.accountEmail = email;
        auto added = f.profiles.add(profile);
        return added ? added.value() : ConnectionProfile{};
    }
    Expected<QString, CredentialError> stored(Fixture &f, const QString &email,
                                              const QString &purpose)
    {
        std::optional<Expected<QString, CredentialError>> result;
        f.credentials.readSecret({QUrl(m_server.baseUrl()), email, purpose}, this,
                                 [&result](const auto &r) { result.emplace(r); });
        if (!QTest::qWaitFor([&result] { return result.has_value(); }, 20000)) {
            return CredentialError{CredentialError::Other, u"timed out"_s};
        }
        return *result;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_server.start(), qPrintable(m_server.lastError())); }

    void firstRunServerFieldCreatesProfile()
    {
        const QString email = newUser();
        Fixture f;
        f.open();
        QVERIFY(QTest::qWaitForWindowExposed(f.dialog.get()));
        QVERIFY(f.serverEdit()->isVisible());
        QVERIFY(!f.profileCombo()->isVisible());
        QSignalSpy loggedIn(f.dialog.get(), &LoginDialog::loggedIn);
        QSignalSpy accepted(f.dialog.get(), &QDialog::accepted);

        QTest::keyClicks(f.serverEdit(), m_server.baseUrl());
        QTest::keyClicks(f.emailEdit(), email);
        QTest::keyClicks(f.passwordEdit(), Password);
        QTest::mouseClick(f.loginButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(loggedIn.count(), 1, 20000);
        QCOMPARE(accepted.count(), 1);

        QCOMPARE(f.profiles.profiles().size(), 1);
        const ConnectionProfile profile = f.profiles.profiles().constFirst();
        QCOMPARE(loggedIn.at(0).at(0).value<ConnectionProfile>(), profile);
        QCOMPARE(profile.name, u"127.0.0.1"_s);
        QCOMPARE(profile.environment, Environment::Development);
        QCOMPARE(profile.accountEmail, email);
        QCOMPARE(profile.serverUrl.host(), u"127.0.0.1"_s);
        QCOMPARE(profile.serverUrl.port(), int(m_server.port()));
        QCOMPARE(f.profiles.lastUsedProfileId(), profile.id);
        // It is in the settings file too, not just in memory.
        ProfileStore reread(&f.settings);
        QVERIFY(reread.load());
        QCOMPARE(reread.lastUsedProfile()->accountEmail, email);

        QVERIFY(f.session.isLoggedIn());
        QVERIFY(stored(f, email, u"session"_s).hasValue());
        // The next time, the new profile is offered instead of the field.
        QVERIFY(f.profileCombo()->isVisibleTo(f.dialog.get()));
        QVERIFY(!f.serverEdit()->isVisibleTo(f.dialog.get()));
    }

    void successfulLoginWithProfileStoresSession()
    {
        const QString email = newUser();
        Fixture f;
        const ConnectionProfile profile = addProfile(f, u"Staging box"_s, email);
        QVERIFY(!profile.id.isNull());
        f.open();
        QVERIFY(!f.serverEdit()->isVisible());
        QCOMPARE(f.profileCombo()->count(), 1);
        QCOMPARE(f.profileCombo()->currentText(), u"Staging box (Staging)"_s);
        QVERIFY(!f.profileCombo()->itemIcon(0).isNull());
        QCOMPARE(f.emailEdit()->text(), email);
        QCOMPARE(f.dialog->currentProfile(), profile);

        QSignalSpy loggedIn(f.dialog.get(), &LoginDialog::loggedIn);
        QTest::keyClicks(f.passwordEdit(), Password);
        QTest::keyClick(f.passwordEdit(), Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(loggedIn.count(), 1, 20000);
        QCOMPARE(loggedIn.at(0).at(0).value<ConnectionProfile>().id, profile.id);
        QVERIFY(!f.dialog->isVisible());
        QVERIFY(f.passwordEdit()->text().isEmpty());
        QCOMPARE(f.profiles.lastUsedProfileId(), profile.id);

        // The stored session is the one the client uses: it works.
        const auto session = stored(f, email, u"session"_s);
        QVERIFY(session.hasValue());
        ApiClient other;
        other.setServerUrl(QUrl(m_server.baseUrl()));
        other.setSessionToken(QJsonDocument::fromJson(session.value().toUtf8())
                                  .object()
                                  .value(u"token"_s)
                                  .toString());
        AWAIT(User, info, other.userInfo(this, done));
        QCOMPARE(info->email, email);
        // Not ticked: no password kept.
        const auto password = stored(f, email, u"password"_s);
        QVERIFY(!password.hasValue());
        QCOMPARE(password.error().kind, CredentialError::NotFound);
    }

    void wrongPasswordShowsInlineErrorAndKeepsInput()
    {
        const QString email = newUser();
        Fixture f;
        addProfile(f, u"Server"_s, QString());
        f.open();
        QVERIFY(QTest::qWaitForWindowActive(f.dialog.get()));
        QSignalSpy loggedIn(f.dialog.get(), &LoginDialog::loggedIn);
        QTest::keyClicks(f.emailEdit(), email);
        QTest::keyClicks(f.passwordEdit(), u"not-the-password"_s);
        QTest::mouseClick(f.loginButton(), Qt::LeftButton);
        QVERIFY(!f.loginButton()->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(f.status()->hasError(), 20000);
        QVERIFY(f.status()->isVisible());
        QVERIFY(!f.status()->text().isEmpty());
        QCOMPARE(f.get<QLabel>(u"loginStatusMessage"_s)->text(), f.status()->text());
        QVERIFY(f.dialog->isVisible());
        QVERIFY(f.loginButton()->isEnabled());
        QCOMPARE(f.emailEdit()->text(), email);
        QCOMPARE(f.passwordEdit()->text(), u"not-the-password"_s);
        QCOMPARE(QApplication::focusWidget(), f.passwordEdit());
        QCOMPARE(loggedIn.count(), 0);
        QVERIFY(!f.session.isLoggedIn());

        // Correcting the password and pressing the button again works.
        f.passwordEdit()->clear();
        QTest::keyClicks(f.passwordEdit(), Password);
        QVERIFY(!f.status()->hasError());
        QTest::mouseClick(f.loginButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(loggedIn.count(), 1, 20000);
        QCOMPARE(f.profiles.profiles().constFirst().accountEmail, email);
    }

    void rememberTickedStoresPassword()
    {
        const QString email = newUser();
        Fixture f;
        addProfile(f, u"Server"_s, email);
        f.open();
        QVERIFY(!f.remember()->toolTip().isEmpty());
        QVERIFY(f.remember()->toolTip().contains(u"keychain"_s));
        QSignalSpy loggedIn(f.dialog.get(), &LoginDialog::loggedIn);
        QTest::keyClicks(f.passwordEdit(), Password);
        QTest::mouseClick(f.remember(), Qt::LeftButton);
        QVERIFY(f.remember()->isChecked());
        QTest::mouseClick(f.loginButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(loggedIn.count(), 1, 20000);
        const auto password = stored(f, email, u"password"_s);
        QVERIFY(password.hasValue());
        QCOMPARE(password.value(), Password);

        // A new dialog for this profile shows that the password is remembered.
        f.open();
        QTRY_VERIFY(f.remember()->isChecked());
    }

    void validationErrorsStayInline()
    {
        Fixture f;
        f.open();
        QVERIFY(QTest::qWaitForWindowActive(f.dialog.get()));
        QSignalSpy failed(&f.session, &SessionManager::loginFailed);
        QTest::keyClicks(f.serverEdit(), u"ftp://example.com"_s);
        QTest::keyClicks(f.emailEdit(), u"a@example.com"_s);
        QTest::keyClicks(f.passwordEdit(), u"x"_s);
        QTest::mouseClick(f.loginButton(), Qt::LeftButton);
        QVERIFY(f.status()->hasError());
        QVERIFY(f.status()->text().contains(u"not a server address"_s));
        QCOMPARE(QApplication::focusWidget(), f.serverEdit());

        f.serverEdit()->clear();
        QTest::keyClicks(f.serverEdit(), m_server.baseUrl());
        f.emailEdit()->clear();
        QTest::mouseClick(f.loginButton(), Qt::LeftButton);
        QCOMPARE(f.status()->text(), u"Enter the email address of your account."_s);
        QCOMPARE(QApplication::focusWidget(), f.emailEdit());
        QVERIFY(f.dialog->isVisible());
        QVERIFY(f.profiles.profiles().isEmpty());
        QCOMPARE(failed.count(), 0);
        QVERIFY(!f.session.isLoggedIn());
    }

    void setServerUrlSelectsProfileOrShowsField()
    {
        Fixture f;
        ConnectionProfile other;
        other.name = u"Other"_s;
        other.serverUrl = QUrl(u"https://keys.example.com"_s);
        const auto otherAdded = f.profiles.add(other);
        QVERIFY(otherAdded.hasValue());
        const ConnectionProfile local = addProfile(f, u"Local"_s, u"me@example.com"_s);
        QVERIFY(!f.profiles.setLastUsedProfileId(otherAdded->id).has_value());
        f.open();
        QCOMPARE(f.dialog->currentProfile().name, u"Other"_s);

        f.dialog->setServerUrl(m_server.baseUrl() + u'/');
        QCOMPARE(f.dialog->currentProfile().id, local.id);
        QCOMPARE(f.emailEdit()->text(), u"me@example.com"_s);
        QVERIFY(f.profileCombo()->isVisible());

        f.dialog->setServerUrl(u"https://new.example.org"_s);
        QVERIFY(f.serverEdit()->isVisible());
        QVERIFY(!f.profileCombo()->isVisible());
        QCOMPARE(f.serverEdit()->text(), u"https://new.example.org"_s);
        QVERIFY(f.dialog->currentProfile().id.isNull());
        QCOMPARE(f.dialog->currentProfile().environment, Environment::Production);
        QCOMPARE(f.dialog->currentProfile().name, u"new.example.org"_s);

        QVERIFY(f.dialog->selectProfile(otherAdded->id));
        QCOMPARE(f.dialog->currentProfile().name, u"Other"_s);
        QVERIFY(f.profileCombo()->isVisible());
        QVERIFY(!f.dialog->selectProfile(QUuid::createUuid()));
    }

    void untrustedCertificateThenTrustAndRetry()
    {
        QTemporaryDir certificates;
        QVERIFY(certificates.isValid());
        const QString keyPath = certificates.filePath(u"key.pem"_s);
        const QString certificatePath = certificates.filePath(u"certificate.pem"_s);
        QProcess openssl;
        openssl.start(u"openssl"_s,
                      {u"req"_s, u"-x509"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s,
                       u"ec_paramgen_curve:P-256"_s, u"-nodes"_s, u"-keyout"_s, keyPath, u"-out"_s,
                       certificatePath, u"-days"_s, u"2"_s, u"-subj"_s, u"/CN=keyward.test"_s,
                       u"-addext"_s, u"subjectAltName=IP:127.0.0.1"_s});
        QVERIFY(openssl.waitForFinished(30000));
        QVERIFY2(openssl.exitCode() == 0, openssl.readAllStandardError().constData());
        QFile keyFile(keyPath);
        QFile certificateFile(certificatePath);
        QVERIFY(keyFile.open(QIODevice::ReadOnly) && certificateFile.open(QIODevice::ReadOnly));
        const QSslKey key(keyFile.readAll(), QSsl::Ec);
        const QSslCertificate certificate(certificateFile.readAll());
        QVERIFY(!key.isNull() && !certificate.isNull());
        TlsProxy proxy(certificate, key, m_server.port());
        QVERIFY(proxy.listen(QHostAddress::LocalHost));

        const QString email = newUser();
        Fixture f;
        ConnectionProfile profile;
        profile.name = u"Self-signed"_s;
        profile.serverUrl = QUrl(u"https://127.0.0.1:%1"_s.arg(proxy.serverPort()));
        profile.accountEmail = email;
        const auto added = f.profiles.add(profile);
        QVERIFY(added.hasValue());
        f.open();
        QSignalSpy untrusted(f.dialog.get(), &LoginDialog::untrustedCertificate);
        QSignalSpy loggedIn(f.dialog.get(), &LoginDialog::loggedIn);
        QTest::keyClicks(f.passwordEdit(), Password);
        QTest::mouseClick(f.loginButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(untrusted.count(), 1, 20000);
        const auto details = untrusted.at(0).at(0).value<CertificateDetails>();
        QCOMPARE(details.subjectCommonName, u"keyward.test"_s);
        QVERIFY(details.canBeTrusted);
        QCOMPARE(untrusted.at(0).at(1).value<ConnectionProfile>().id, added->id);
        // Shown inside the dialog too, which stays open with the input.
        QVERIFY(f.status()->hasError());
        QVERIFY(f.dialog->isVisible());
        QCOMPARE(f.passwordEdit()->text(), Password);
        QCOMPARE(loggedIn.count(), 0);

        // What the lead's certificate dialog does on "Trust": update, retry().
        ConnectionProfile trusted = *f.profiles.find(added->id);
        trusted.trustedCertificateSha256 << details.sha256Fingerprint;
        QVERIFY(!f.profiles.update(trusted).has_value());
        f.dialog->retry();
        QTRY_COMPARE_WITH_TIMEOUT(loggedIn.count(), 1, 20000);
        QVERIFY(f.session.isLoggedIn());
        QCOMPARE(loggedIn.at(0).at(0).value<ConnectionProfile>().trustedCertificateSha256.size(),
                 1);
    }

    void manageProfilesButtonAsks()
    {
        Fixture f;
        addProfile(f, u"Server"_s, QString());
        f.open();
        QSignalSpy manage(f.dialog.get(), &LoginDialog::manageProfilesRequested);
        QTest::mouseClick(f.get<QPushButton>(u"manageProfilesButton"_s), Qt::LeftButton);
        QCOMPARE(manage.count(), 1);
    }

    void everyInteractiveWidgetIsNamed()
    {
        Fixture f;
        f.open();
        for (const QString &name :
             {u"profileCombo"_s, u"manageProfilesButton"_s, u"serverEdit"_s, u"emailEdit"_s,
              u"passwordEdit"_s, u"rememberCheckBox"_s, u"loginButton"_s, u"cancelButton"_s}) {
            QVERIFY2(!f.get<QWidget>(name)->accessibleName().isEmpty(), qPrintable(name));
        }
    }
};

QTEST_MAIN(TestLoginDialog)
#include "tst_logindialog.moc"
