// SPDX-License-Identifier: GPL-3.0-or-later
// Runs against a real Secret Service (gnome-keyring on a private D-Bus
// session, see run-with-keyring.sh). The case noKeychainService runs alone on
// a bus without any keyring (ctest: tst_credentialstore_nokeyring).
#include "credentials/credentialstore.h"

#include <QSignalSpy>
#include <QTest>

#include <optional>

using namespace Qt::StringLiterals;
using keyward::CredentialDone;
using keyward::CredentialError;
using keyward::CredentialKey;
using keyward::CredentialStore;
using keyward::Expected;

namespace {

/// Waits for one asynchronous store call and returns its result.
template <typename T> class Outcome
{
public:
    CredentialStore::Callback<T> callback()
    {
        return [this](const Expected<T, CredentialError> &result) {
            m_result.emplace(result);
        };
    }
    bool wait()
    {
        return QTest::qWaitFor([this] { return m_result.has_value(); }, 20000);
    }
    const Expected<T, CredentialError> &result() const { return *m_result; }

private:
    std::optional<Expected<T, CredentialError>> m_result;
};

template <typename T> QString describe(const Expected<T, CredentialError> &result)
{
    return result ? QString() : result.error().message;
}

const QUrl serverA(u"https://keys.example.com"_s);
const QUrl serverB(u"https://keys.example.com:8443"_s);

} // namespace

class TestCredentialStore final : public QObject
{
    Q_OBJECT

private:
    CredentialStore m_store{u"keyward-test"_s};

    bool noKeyringRun() const { return qEnvironmentVariableIsSet("KEYWARD_TEST_NO_KEYRING"); }

    Expected<CredentialDone, CredentialError> write(const CredentialKey &key, const QString &secret)
    {
        Outcome<CredentialDone> outcome;
        m_store.writeSecret(key, secret, this, outcome.callback());
        if (!outcome.wait()) {
            return CredentialError{CredentialError::Other, u"timed out"_s};
        }
        return outcome.result();
    }
    Expected<QString, CredentialError> read(const CredentialKey &key)
    {
        Outcome<QString> outcome;
        m_store.readSecret(key, this, outcome.callback());
        if (!outcome.wait()) {
            return CredentialError{CredentialError::Other, u"timed out"_s};
        }
        return outcome.result();
    }
    /// The secret, or the error's message marked as such, so QCOMPARE shows it.
    QString secretOf(const CredentialKey &key)
    {
        auto result = read(key);
        return result ? result.value() : u"<error: "_s + result.error().message + u'>';
    }
    Expected<CredentialDone, CredentialError> remove(const CredentialKey &key)
    {
        Outcome<CredentialDone> outcome;
        m_store.removeSecret(key, this, outcome.callback());
        if (!outcome.wait()) {
            return CredentialError{CredentialError::Other, u"timed out"_s};
        }
        return outcome.result();
    }

private Q_SLOTS:
    void init()
    {
        const QString function = QString::fromLatin1(QTest::currentTestFunction());
        if (noKeyringRun() != (function == u"noKeychainService"_s)) {
            QSKIP("runs only in the other ctest configuration (with/without a keyring)");
        }
    }

    void keyString()
    {
        QCOMPARE(m_store.keyString({serverA, u"alice@example.com"_s, u"session"_s}),
                 u"keyward-test:https://keys.example.com:443:alice@example.com:session"_s);
        // Spelling the default port or a trailing slash names the same server.
        QCOMPARE(m_store.keyString({QUrl(u"https://KEYS.example.com:443/"_s),
                                    u"alice@example.com"_s, u"session"_s}),
                 m_store.keyString({serverA, u"alice@example.com"_s, u"session"_s}));
        QVERIFY(m_store.keyString({serverA, u"a"_s, u"session"_s}) !=
                m_store.keyString({serverB, u"a"_s, u"session"_s}));
    }

    void roundTrip()
    {
        const CredentialKey key{serverA, u"alice@example.com"_s, u"session"_s};
        auto written = write(key, u"s3cret-tøken"_s);
        QVERIFY2(written.hasValue(), qPrintable(describe(written)));

        auto readBack = read(key);
        QVERIFY2(readBack.hasValue(), qPrintable(describe(readBack)));
        QCOMPARE(readBack.value(), u"s3cret-tøken"_s);

        // Overwriting replaces the secret.
        QVERIFY(write(key, u"second"_s).hasValue());
        QCOMPARE(secretOf(key), u"second"_s);

        auto removed = remove(key);
        QVERIFY2(removed.hasValue(), qPrintable(describe(removed)));
        auto gone = read(key);
        QVERIFY(!gone.hasValue());
        QCOMPARE(gone.error().kind, CredentialError::NotFound);
    }

    void exactlyTwoKiBIsAccepted()
    {
        const CredentialKey key{serverA, u"limit@example.com"_s, u"session"_s};
        const QString secret(CredentialStore::MaxSecretBytes, u'x');
        QVERIFY(write(key, secret).hasValue());
        QCOMPARE(secretOf(key), secret);
        QVERIFY(remove(key).hasValue());
    }

    void oversizedSecretIsRefusedWithoutWriting()
    {
        const CredentialKey key{serverA, u"big@example.com"_s, u"session"_s};
        auto written = write(key, QString(CredentialStore::MaxSecretBytes + 1, u'x'));
        QVERIFY(!written.hasValue());
        QCOMPARE(written.error().kind, CredentialError::TooLarge);
        QVERIFY(written.error().message.contains(u"2048"_s));

        // Multi-byte characters count by their UTF-8 size.
        auto wide = write(key, QString(CredentialStore::MaxSecretBytes / 2 + 1, u'ø'));
        QVERIFY(!wide.hasValue());
        QCOMPARE(wide.error().kind, CredentialError::TooLarge);

        auto readBack = read(key);
        QVERIFY(!readBack.hasValue());
        QCOMPARE(readBack.error().kind, CredentialError::NotFound);
    }

    void notFound()
    {
        auto result = read({serverA, u"nobody@example.com"_s, u"session"_s});
        QVERIFY(!result.hasValue());
        QCOMPARE(result.error().kind, CredentialError::NotFound);
        QVERIFY(!result.error().message.isEmpty());
    }

    void serversAndAccountsDoNotCollide()
    {
        const CredentialKey a{serverA, u"alice@example.com"_s, u"session"_s};
        const CredentialKey b{serverB, u"alice@example.com"_s, u"session"_s};
        const CredentialKey c{serverA, u"bob@example.com"_s, u"session"_s};
        const CredentialKey d{serverA, u"alice@example.com"_s, u"password"_s};
        QVERIFY(write(a, u"A"_s).hasValue());
        QVERIFY(write(b, u"B"_s).hasValue());
        QVERIFY(write(c, u"C"_s).hasValue());
        QVERIFY(write(d, u"D"_s).hasValue());
        QCOMPARE(secretOf(a), u"A"_s);
        QCOMPARE(secretOf(b), u"B"_s);
        QCOMPARE(secretOf(c), u"C"_s);
        QCOMPARE(secretOf(d), u"D"_s);

        QVERIFY(remove(a).hasValue());
        QCOMPARE(read(a).error().kind, CredentialError::NotFound);
        QCOMPARE(secretOf(b), u"B"_s);
        for (const auto &key : {b, c, d}) {
            QVERIFY(remove(key).hasValue());
        }
    }

    void invalidKeyIsRefused()
    {
        auto result = read({QUrl(), u"alice@example.com"_s, u"session"_s});
        QVERIFY(!result.hasValue());
        QCOMPARE(result.error().kind, CredentialError::InvalidKey);
    }

    void callbackDroppedWithContext()
    {
        bool called = false;
        auto *context = new QObject;
        m_store.readSecret(
            {serverA, u"alice@example.com"_s, u"session"_s}, context,
            [&called](const Expected<QString, CredentialError> &) { called = true; });
        delete context;
        // A later call on the same store completes; by then the first has too.
        QVERIFY(!read({serverA, u"alice@example.com"_s, u"session"_s}).hasValue());
        QVERIFY(!called);
    }

    void storeMayDieWhileJobsRun()
    {
        auto *store = new CredentialStore(u"keyward-test"_s);
        bool called = false;
        store->writeSecret({serverA, u"gone@example.com"_s, u"session"_s}, u"x"_s, this,
                           [&called](const auto &) { called = true; });
        delete store;
        // The job finishes on its own; the callback still reaches its live context.
        QTRY_VERIFY_WITH_TIMEOUT(called, 20000);
        QVERIFY(remove({serverA, u"gone@example.com"_s, u"session"_s}).hasValue());
    }

    void noKeychainService()
    {
        const CredentialKey key{serverA, u"alice@example.com"_s, u"session"_s};
        auto written = write(key, u"secret"_s);
        QVERIFY(!written.hasValue());
        QCOMPARE(written.error().kind, CredentialError::NoService);
        QVERIFY(written.error().message.startsWith(u"No keychain service is available"_s));

        auto readBack = read(key);
        QVERIFY(!readBack.hasValue());
        QCOMPARE(readBack.error().kind, CredentialError::NoService);
    }
};

QTEST_GUILESS_MAIN(TestCredentialStore)
#include "tst_credentialstore.moc"
