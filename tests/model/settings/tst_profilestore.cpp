// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/profilestore.h"
#include "settings/settingkeys.h"

#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using keyward::ConnectionProfile;
using keyward::Environment;
using keyward::ProfileError;
using keyward::ProfileStore;

namespace {

const QString fingerprintHex =
    u"5f3a1c9e0b7d2468ace13579bdf02468ace13579bdf02468ace13579bdf02468"_s;

ConnectionProfile makeProfile(const QString &name,
                              const QString &url = u"https://keyward.example.com"_s)
{
    ConnectionProfile profile;
    profile.name = name;
    profile.serverUrl = QUrl(url);
    profile.environment = Environment::Staging;
    profile.accountEmail = u"ops@example.com"_s;
    return profile;
}

} // namespace

class TestProfileStore final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;

    std::unique_ptr<QSettings> openSettings() const
    {
        return std::make_unique<QSettings>(m_path, QSettings::IniFormat);
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(u"%1.ini"_s.arg(QString::fromLatin1(QTest::currentTestFunction())));
        QFile::remove(m_path);
    }

    void roundTrip()
    {
        QUuid stagingId;
        QUuid productionId;
        {
            auto settings = openSettings();
            ProfileStore store(settings.get());
            QVERIFY(store.load());
            QVERIFY(store.profiles().isEmpty());

            ConnectionProfile staging = makeProfile(u"  Staging  "_s);
            staging.trustedCertificateSha256 = {fingerprintHex.toUpper(), fingerprintHex};
            const auto added = store.add(staging);
            QVERIFY2(added, qPrintable(added ? QString() : added.error().message));
            stagingId = added->id;
            QVERIFY(!stagingId.isNull());
            QCOMPARE(added->name, u"Staging"_s); // trimmed
            // Normalised and de-duplicated.
            QCOMPARE(added->trustedCertificateSha256, QStringList{fingerprintHex});

            ConnectionProfile production =
                makeProfile(u"Production"_s, u"https://keyward.example.org:8443/api"_s);
            production.environment = Environment::Production;
            production.colour = u"#AA0000"_s;
            const auto second = store.add(production);
            QVERIFY(second);
            productionId = second->id;
            QCOMPARE(second->colour, u"#aa0000"_s);

            ConnectionProfile local = makeProfile(u"Local"_s, u"http://127.0.0.1:8080"_s);
            local.environment = Environment::Development;
            local.trustedCertificateSha256 = {fingerprintHex,
                                              QString(fingerprintHex).replace(0, 1, u"0"_s)};
            QVERIFY(store.add(local));
            QVERIFY(!store.setLastUsedProfileId(productionId));
        }

        auto settings = openSettings();
        ProfileStore store(settings.get());
        QSignalSpy reloaded(&store, &ProfileStore::profilesReloaded);
        QVERIFY(store.load());
        QCOMPARE(reloaded.count(), 1);
        QCOMPARE(store.skippedOnLoad(), 0);
        QCOMPARE(store.profiles().size(), 3);
        QCOMPARE(store.lastUsedProfileId(), productionId);
        QCOMPARE(store.lastUsedProfile()->name, u"Production"_s);

        const ConnectionProfile staging = *store.find(stagingId);
        QCOMPARE(staging.name, u"Staging"_s);
        QCOMPARE(staging.serverUrl, QUrl(u"https://keyward.example.com"_s));
        QCOMPARE(staging.environment, Environment::Staging);
        QVERIFY(staging.colour.isEmpty());
        QCOMPARE(staging.accountEmail, u"ops@example.com"_s);
        // A one-element list survives INI (which reads it back as a string).
        QCOMPARE(staging.trustedCertificateSha256, QStringList{fingerprintHex});

        const ConnectionProfile production = *store.find(productionId);
        QCOMPARE(production.serverUrl, QUrl(u"https://keyward.example.org:8443/api"_s));
        QCOMPARE(production.environment, Environment::Production);
        QCOMPARE(production.colour, u"#aa0000"_s);
        QVERIFY(production.trustedCertificateSha256.isEmpty());

        const ConnectionProfile local = *store.findByName(u"local"_s);
        QCOMPARE(local.environment, Environment::Development);
        QCOMPARE(local.trustedCertificateSha256.size(), 2);
        QCOMPARE(local.serverUrl.port(), 8080);
    }

    void addUpdateRemoveSignals()
    {
        auto settings = openSettings();
        ProfileStore store(settings.get());
        QVERIFY(store.load());
        QSignalSpy added(&store, &ProfileStore::profileAdded);
        QSignalSpy updated(&store, &ProfileStore::profileUpdated);
        QSignalSpy removed(&store, &ProfileStore::profileRemoved);
        QSignalSpy lastUsed(&store, &ProfileStore::lastUsedProfileChanged);

        const auto a = store.add(makeProfile(u"A"_s));
        QVERIFY(a);
        QCOMPARE(added.count(), 1);
        QCOMPARE(added.at(0).at(0).toUuid(), a->id);

        ConnectionProfile changed = *a;
        changed.name = u"A prime"_s;
        changed.environment = Environment::Custom;
        changed.colour = u"#336699"_s;
        QVERIFY(!store.update(changed));
        QCOMPARE(updated.count(), 1);
        QCOMPARE(store.find(a->id)->name, u"A prime"_s);
        QCOMPARE(store.find(a->id)->effectiveColour(), u"#336699"_s);

        QVERIFY(!store.setLastUsedProfileId(a->id));
        QCOMPARE(lastUsed.count(), 1);
        QVERIFY(!store.setLastUsedProfileId(a->id)); // unchanged: no signal
        QCOMPARE(lastUsed.count(), 1);

        // Removing the last-used profile forgets it, in memory and on disk.
        QVERIFY(!store.remove(a->id));
        QCOMPARE(removed.count(), 1);
        QCOMPARE(lastUsed.count(), 2);
        QVERIFY(lastUsed.at(1).at(0).toUuid().isNull());
        QVERIFY(store.lastUsedProfileId().isNull());
        QVERIFY(!store.find(a->id));

        auto reread = openSettings();
        ProfileStore again(reread.get());
        QVERIFY(again.load());
        QVERIFY(again.profiles().isEmpty());
        QVERIFY(again.lastUsedProfileId().isNull());
        QVERIFY(!reread->contains(keyward::settings::lastProfileId.key()));

        // Unknown ids.
        QCOMPARE(store.remove(QUuid::createUuid())->code, ProfileError::NotFound);
        ConnectionProfile ghost = makeProfile(u"Ghost"_s);
        ghost.id = QUuid::createUuid();
        QCOMPARE(store.update(ghost)->code, ProfileError::NotFound);
        QCOMPARE(store.setLastUsedProfileId(QUuid::createUuid())->code, ProfileError::NotFound);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(updated.count(), 1);
    }

    void validation_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("colour");
        QTest::addColumn<QString>("fingerprint");
        QTest::addColumn<int>("code");

        const QString url = u"https://keyward.example.com"_s;
        QTest::newRow("empty name")
            << QString() << url << QString() << QString() << int(ProfileError::EmptyName);
        QTest::newRow("blank name")
            << u"   "_s << url << QString() << QString() << int(ProfileError::EmptyName);
        QTest::newRow("duplicate name")
            << u"existing"_s << url << QString() << QString() << int(ProfileError::DuplicateName);
        QTest::newRow("duplicate name, other case and spaces")
            << u" EXISTING "_s << url << QString() << QString() << int(ProfileError::DuplicateName);
        QTest::newRow("no URL") << u"n"_s << QString() << QString() << QString()
                                << int(ProfileError::InvalidUrl);
        QTest::newRow("ftp") << u"n"_s << u"ftp://keyward.example.com"_s << QString() << QString()
                             << int(ProfileError::InvalidUrl);
        QTest::newRow("no scheme") << u"n"_s << u"keyward.example.com"_s << QString() << QString()
                                   << int(ProfileError::InvalidUrl);
        QTest::newRow("no host") << u"n"_s << u"https://"_s << QString() << QString()
                                 << int(ProfileError::InvalidUrl);
        QTest::newRow("file") << u"n"_s << u"file:///etc/passwd"_s << QString() << QString()
                              << int(ProfileError::InvalidUrl);
        QTest::newRow("query") << u"n"_s << u"https://keyward.example.com/?token=abc"_s << QString()
                               << QString() << int(ProfileError::InvalidUrl);
        QTest::newRow("fragment") << u"n"_s << u"https://keyward.example.com/#x"_s << QString()
                                  << QString() << int(ProfileError::InvalidUrl);
        QTest::newRow("credentials in URL")
            << u"n"_s << u"https://admin:hunter2@keyward.example.com"_s << QString() << QString()
            << int(ProfileError::CredentialsInUrl);
        QTest::newRow("bad colour")
            << u"n"_s << url << u"red"_s << QString() << int(ProfileError::InvalidColour);
        QTest::newRow("bad fingerprint")
            << u"n"_s << url << QString() << u"abcd"_s << int(ProfileError::InvalidFingerprint);
        QTest::newRow("valid, http")
            << u"n"_s << u"http://localhost:8080"_s << QString() << QString() << -1;
        QTest::newRow("valid, upper-case scheme")
            << u"n"_s << u"HTTPS://keyward.example.com"_s << u"#ABCDEF"_s << fingerprintHex << -1;
    }

    void validation()
    {
        QFETCH(QString, name);
        QFETCH(QString, url);
        QFETCH(QString, colour);
        QFETCH(QString, fingerprint);
        QFETCH(int, code);

        auto settings = openSettings();
        ProfileStore store(settings.get());
        QVERIFY(store.load());
        QVERIFY(store.add(makeProfile(u"Existing"_s)));
        QSignalSpy added(&store, &ProfileStore::profileAdded);

        ConnectionProfile profile = makeProfile(name, url);
        profile.colour = colour;
        if (!fingerprint.isEmpty()) {
            profile.trustedCertificateSha256 = {fingerprint};
        }
        const std::optional<ProfileError> checked = store.validate(profile);
        const auto result = store.add(profile);
        if (code < 0) {
            QVERIFY2(!checked, qPrintable(checked ? checked->message : QString()));
            QVERIFY(result);
            QCOMPARE(added.count(), 1);
            return;
        }
        QVERIFY(checked);
        QCOMPARE(int(checked->code), code);
        QVERIFY(!result);
        QCOMPARE(int(result.error().code), code);
        QVERIFY(!result.error().message.isEmpty());
        QCOMPARE(added.count(), 0);
        QCOMPARE(store.profiles().size(), 1);

        // The same checks guard update().
        ConnectionProfile existing = store.profiles().constFirst();
        const QString before = existing.name;
        existing.name = name;
        existing.serverUrl = QUrl(url);
        existing.colour = colour;
        existing.trustedCertificateSha256 =
            fingerprint.isEmpty() ? QStringList() : QStringList{fingerprint};
        const std::optional<ProfileError> updateError = store.update(existing);
        // Renaming a profile to its own name is not a duplicate.
        if (code == int(ProfileError::DuplicateName)) {
            QVERIFY(!updateError);
        } else {
            QVERIFY(updateError);
            QCOMPARE(int(updateError->code), code);
            QCOMPARE(store.profiles().constFirst().name, before);
        }
    }

    void duplicateIdRefused()
    {
        auto settings = openSettings();
        ProfileStore store(settings.get());
        const auto first = store.add(makeProfile(u"one"_s));
        QVERIFY(first);
        ConnectionProfile copy = makeProfile(u"two"_s);
        copy.id = first->id;
        QCOMPARE(store.add(copy).error().code, ProfileError::DuplicateId);
    }

    void lastUsedThatVanishedIsForgotten()
    {
        {
            auto settings = openSettings();
            ProfileStore store(settings.get());
            QVERIFY(store.add(makeProfile(u"one"_s)));
            keyward::settings::lastProfileId.write(*settings, QUuid::createUuid());
            settings->sync();
        }
        auto settings = openSettings();
        ProfileStore store(settings.get());
        QVERIFY(store.load());
        QVERIFY(store.lastUsedProfileId().isNull());
        QVERIFY(!store.lastUsedProfile());
    }

    void handEditedFileDoesNotBreakLoading()
    {
        {
            QSettings settings(m_path, QSettings::IniFormat);
            settings.beginWriteArray(keyward::settings::profilesArray);
            settings.setArrayIndex(0);
            settings.setValue(u"id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces));
            settings.setValue(u"name"_s, u"good"_s);
            settings.setValue(u"serverUrl"_s, u"https://good.example.com"_s);
            settings.setValue(u"environment"_s, u"staging"_s);
            settings.setArrayIndex(1);
            settings.setValue(u"id"_s, u"not-a-uuid"_s);
            settings.setValue(u"name"_s, u"no id"_s);
            settings.setValue(u"serverUrl"_s, u"https://x.example.com"_s);
            settings.setArrayIndex(2);
            settings.setValue(u"id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces));
            settings.setValue(u"name"_s, u"bad url"_s);
            settings.setValue(u"serverUrl"_s, u"gopher://x"_s);
            settings.setArrayIndex(3);
            settings.setValue(u"id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces));
            settings.setValue(u"name"_s, u"unknown kind"_s);
            settings.setValue(u"serverUrl"_s, u"https://y.example.com"_s);
            settings.setValue(u"environment"_s, u"qa"_s);
            settings.setArrayIndex(4);
            settings.setValue(u"id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces));
            settings.setValue(u"name"_s, u" GOOD"_s);
            settings.setValue(u"serverUrl"_s, u"https://z.example.com"_s);
            settings.endArray();
        }
        auto settings = openSettings();
        ProfileStore store(settings.get());
        QVERIFY(store.load());
        QCOMPARE(store.profiles().size(), 2);
        QCOMPARE(store.skippedOnLoad(), 3); // no id, bad URL, duplicate name
        QCOMPARE(store.findByName(u"good"_s)->environment, Environment::Staging);
        // An unknown kind is read as production, the most careful choice.
        QCOMPARE(store.findByName(u"unknown kind"_s)->environment, Environment::Production);
    }

    void noSecretInTheSettingsFile()
    {
        const QString fakeSecret = u"s3cr3t-Pa55w0rd-e9f1c2"_s;
        {
            auto settings = openSettings();
            ProfileStore store(settings.get());
            QVERIFY(store.load());
            // Secrets offered through every door a profile has are refused.
            ConnectionProfile sneaky =
                makeProfile(u"sneaky"_s, u"https://admin:%1@keyward.example.com"_s.arg(fakeSecret));
            QCOMPARE(store.add(sneaky).error().code, ProfileError::CredentialsInUrl);
            sneaky.serverUrl = QUrl(u"https://keyward.example.com/?token=%1"_s.arg(fakeSecret));
            QCOMPARE(store.add(sneaky).error().code, ProfileError::InvalidUrl);

            ConnectionProfile profile = makeProfile(u"Production"_s);
            profile.environment = Environment::Production;
            profile.trustedCertificateSha256 = {fingerprintHex};
            const auto added = store.add(profile);
            QVERIFY(added);
            ConnectionProfile renamed = *added;
            renamed.name = u"Production EU"_s;
            QVERIFY(!store.update(renamed));
            QVERIFY(store.add(makeProfile(u"Staging"_s, u"https://staging.example.com"_s)));
            QVERIFY(!store.setLastUsedProfileId(added->id));
            QVERIFY(store.save());
        }
        QFile file(m_path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray contents = file.readAll();
        QVERIFY(contents.contains("Production EU"));
        QVERIFY(contents.contains(fingerprintHex.toLatin1()));
        const QByteArray lower = contents.toLower();
        QVERIFY2(!lower.contains("password"), contents.constData());
        QVERIFY2(!lower.contains("token"), contents.constData());
        QVERIFY2(!lower.contains("secret"), contents.constData());
        QVERIFY2(!contents.contains(fakeSecret.toUtf8()), contents.constData());
        QVERIFY2(!contents.contains("hunter2"), contents.constData());
    }

    void unwritableFileIsReported()
    {
        // A directory where the file should be: QSettings cannot write it.
        QVERIFY(QDir().mkpath(m_path));
        QSettings settings(m_path, QSettings::IniFormat);
        ProfileStore store(&settings);
        const auto result = store.add(makeProfile(u"one"_s));
        QVERIFY(!result);
        QCOMPARE(result.error().code, ProfileError::WriteFailed);
        QVERIFY(result.error().message.contains(m_path));
        // Still usable for this session.
        QCOMPARE(store.profiles().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"
