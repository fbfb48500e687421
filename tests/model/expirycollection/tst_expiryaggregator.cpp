// SPDX-License-Identifier: GPL-3.0-or-later
// ExpiryAggregator against two live servers and a real Secret Service
// (gnome-keyring on a private D-Bus session; ctest wraps it): the active
// profile's client, a profile whose session is kept in the keychain, and a
// profile with nothing stored.
#include "apiawait.h"
#include "httpclient.h"
#include "serverprocess.h"

#include "api/apiclient.h"
#include "credentials/credentialstore.h"
#include "expirycollection/expiryaggregator.h"
#include "session/sessionmanager.h"
#include "settings/profilestore.h"

#include <QJsonObject>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace keyward;
using keyward::test::HttpClient;
using keyward::test::ServerProcess;

namespace {
const QString Password = u"Aggregat0r-passw0rd-4711"_s;
const QString EmailA = u"a@example.com"_s;
const QString EmailB = u"b@example.com"_s;
const QString EmailC = u"c@example.com"_s;
const QString AppName = u"keyward-expiryaggregatortest"_s;
} // namespace

class TestExpiryAggregator final : public QObject
{
    Q_OBJECT

private:
    ServerProcess m_serverOne;
    ServerProcess m_serverTwo; // a plain CAVE server, as far as the app can tell
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ProfileStore> m_profiles;
    CredentialStore m_credentials{AppName};
    std::unique_ptr<ApiClient> m_activeApi;
    ConnectionProfile m_a;
    ConnectionProfile m_b;
    ConnectionProfile m_c;

    static bool post(HttpClient &http, const QString &path, const QJsonObject &body)
    {
        const HttpClient::Reply reply = http.post(path, body);
        if (reply.status != 201)
            qWarning() << path << reply.status << reply.body;
        return reply.status == 201;
    }

    ConnectionProfile addProfile(const QString &name, const ServerProcess &server,
                                 const QString &email, Environment environment)
    {
        ConnectionProfile profile;
        profile.name = name;
        profile.serverUrl = QUrl(server.baseUrl());
        profile.environment = environment;
        profile.accountEmail = email;
        const auto added = m_profiles->add(profile);
        return added ? added.value() : ConnectionProfile{};
    }

    /// The last status each profile reported: text and isProblem.
    static QHash<QUuid, std::pair<QString, bool>> lastStatuses(const QSignalSpy &spy)
    {
        QHash<QUuid, std::pair<QString, bool>> statuses;
        for (const auto &arguments : spy)
            statuses.insert(arguments.at(0).toUuid(),
                            {arguments.at(2).toString(), arguments.at(3).toBool()});
        return statuses;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<QList<ExpiryRecord>>();
        QVERIFY2(!ServerProcess::binary().isEmpty(), "KEYWARD_SERVER_BINARY not set");
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_serverOne.start(), qPrintable(m_serverOne.lastError()));
        QVERIFY2(m_serverTwo.start({u"--cave-compatible"_s}), qPrintable(m_serverTwo.lastError()));
        QVERIFY(m_serverOne.addUser(EmailA, Password));
        QVERIFY(m_serverTwo.addUser(EmailB, Password));
        QVERIFY(m_serverTwo.addUser(EmailC, Password));

        // Server one, user a: organization "one" (default token + one more)
        // and team "t" (its default token): 3 tokens.
        HttpClient one(m_serverOne.baseUrl());
        one.setCredential(one.login(EmailA, Password));
        QVERIFY(post(one, u"/organizations"_s,
                     {{u"name"_s, u"one"_s},
                      {u"email"_s, u"ops@example.com"_s},
                      {u"notification_url"_s, u"https://example.com/hook"_s}}));
        QVERIFY(post(one, u"/organizations/one/teams"_s, {{u"name"_s, u"t"_s}}));
        QVERIFY(post(one, u"/organizations/one/tokens"_s, {{u"description"_s, u"exporter"_s}}));
        // Server two, user b: organization "two" and team "u": 2 tokens.
        HttpClient two(m_serverTwo.baseUrl());
        two.setCredential(two.login(EmailB, Password));
        QVERIFY(post(two, u"/organizations"_s,
                     {{u"name"_s, u"two"_s},
                      {u"email"_s, u"ops@example.com"_s},
                      {u"notification_url"_s, u"https://example.com/hook"_s}}));
        QVERIFY(post(two, u"/organizations/two/teams"_s, {{u"name"_s, u"u"_s}}));

        m_settings =
            std::make_unique<QSettings>(m_dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
        m_profiles = std::make_unique<ProfileStore>(m_settings.get());
        m_a = addProfile(u"Alpha"_s, m_serverOne, EmailA, Environment::Production);
        m_b = addProfile(u"Bravo"_s, m_serverTwo, EmailB, Environment::Staging);
        m_c = addProfile(u"Charlie"_s, m_serverTwo, EmailC, Environment::Development);
        QVERIFY(!m_a.id.isNull() && !m_b.id.isNull() && !m_c.id.isNull());

        // A is the main window's profile: its client is logged in.
        QString error;
        m_activeApi = test::loggedInClient(m_serverOne, EmailA, Password, false, &error);
        QVERIFY2(m_activeApi, qPrintable(error));

        // B was used earlier: its session is in the keychain.
        ApiClient api;
        SessionManager session(&api, &m_credentials);
        QSignalSpy loggedIn(&session, &SessionManager::loggedIn);
        QSignalSpy keychainProblem(&session, &SessionManager::keychainProblem);
        session.logIn(m_b, EmailB, Password, false);
        QVERIFY(loggedIn.wait(30000));
        QVERIFY2(keychainProblem.isEmpty(),
                 qPrintable(keychainProblem.value(0).value(0).toString()));
    }

    void collectsEverySignedInProfile()
    {
        ExpiryAggregator aggregator(m_profiles.get(), &m_credentials);
        aggregator.setActiveClient(m_a.id, m_activeApi.get());
        QSignalSpy finished(&aggregator, &ExpiryAggregator::finished);
        QSignalSpy statuses(&aggregator, &ExpiryAggregator::profileStatusChanged);
        QSignalSpy progress(&aggregator, &ExpiryAggregator::progress);
        aggregator.start();
        QVERIFY(aggregator.isRunning());
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.size(), 1);
        QVERIFY(!aggregator.isRunning());

        const auto records = finished.at(0).at(0).value<QList<ExpiryRecord>>();
        QMultiHash<QUuid, QString> tokensByProfile;
        for (const ExpiryRecord &record : records) {
            tokensByProfile.insert(record.profileId, record.token.org + u'/' + record.token.team +
                                                         u'/' + record.token.description);
            QVERIFY(!record.token.value.has_value());
            if (record.profileId == m_b.id) {
                QCOMPARE(record.profileName, u"Bravo"_s);
                QCOMPARE(record.environment, Environment::Staging);
                QCOMPARE(record.serverUrl, QUrl(m_serverTwo.baseUrl()));
            }
        }
        QCOMPARE(records.size(), 5);
        QStringList a = tokensByProfile.values(m_a.id);
        a.sort();
        QCOMPARE(a, (QStringList{u"one//default"_s, u"one//exporter"_s, u"one/t/default"_s}));
        QStringList b = tokensByProfile.values(m_b.id);
        b.sort();
        QCOMPARE(b, (QStringList{u"two//default"_s, u"two/u/default"_s}));
        QVERIFY(!tokensByProfile.contains(m_c.id));

        // Every profile starts "Loading…" and ends with its own sentence.
        for (const QUuid &id : {m_a.id, m_b.id, m_c.id}) {
            const auto first =
                std::find_if(statuses.cbegin(), statuses.cend(), [&id](const auto &arguments) {
                    return arguments.at(0).toUuid() == id;
                });
            QVERIFY(first != statuses.cend());
            QCOMPARE(first->at(2).toString(), u"Loading…"_s);
        }
        const auto last = lastStatuses(statuses);
        QCOMPARE(last.value(m_a.id), std::pair(u"3 tokens"_s, false));
        QCOMPARE(last.value(m_b.id).first,
                 u"2 tokens; Plain CAVE server: read 1 team one by one"_s);
        QCOMPARE(last.value(m_b.id).second, false);
        QCOMPARE(last.value(m_c.id),
                 std::pair(u"Not signed in: open this profile to include its tokens"_s, false));

        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last().at(0).toInt(), progress.last().at(1).toInt());

        QCOMPARE(aggregator.clientFor(m_a.id), m_activeApi.get());
        ApiClient *clientB = aggregator.clientFor(m_b.id);
        QVERIFY(clientB);
        QVERIFY(clientB != m_activeApi.get());
        QVERIFY(clientB->hasSession());
        QCOMPARE(clientB->serverUrl(), QUrl(m_serverTwo.baseUrl()));
        QCOMPARE(aggregator.clientFor(m_c.id), nullptr);
        // B's client works for later actions, e.g. listing the tokens to rotate.
        AWAIT(QList<Token>, tokens, clientB->organizationTokens(u"two"_s, this, done));
        QCOMPARE(tokens->size(), 1);
    }

    void cancelThenStartAgain()
    {
        ExpiryAggregator aggregator(m_profiles.get(), &m_credentials);
        aggregator.setActiveClient(m_a.id, m_activeApi.get());
        QSignalSpy finished(&aggregator, &ExpiryAggregator::finished);
        QSignalSpy cancelled(&aggregator, &ExpiryAggregator::cancelled);
        aggregator.start();
        aggregator.cancel();
        QCOMPARE(cancelled.size(), 1);
        QVERIFY(!aggregator.isRunning());
        aggregator.cancel();
        QCOMPARE(cancelled.size(), 1);

        // The second run releases the first run's clients; only it finishes.
        aggregator.start();
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.at(0).at(0).value<QList<ExpiryRecord>>().size(), 5);
        QCOMPARE(cancelled.size(), 1);
    }

    void noActiveClientResumesEveryProfile()
    {
        // Without the main window's client, A is resumed like any other
        // profile; nothing is stored for it, so it is not signed in.
        ExpiryAggregator aggregator(m_profiles.get(), &m_credentials);
        QSignalSpy finished(&aggregator, &ExpiryAggregator::finished);
        QSignalSpy statuses(&aggregator, &ExpiryAggregator::profileStatusChanged);
        aggregator.start();
        QVERIFY(finished.wait(60000));
        const auto records = finished.at(0).at(0).value<QList<ExpiryRecord>>();
        QCOMPARE(records.size(), 2);
        for (const ExpiryRecord &record : records)
            QCOMPARE(record.profileId, m_b.id);
        QCOMPARE(lastStatuses(statuses).value(m_a.id).second, false);
        QVERIFY(lastStatuses(statuses).value(m_a.id).first.startsWith(u"Not signed in"_s));
    }

    void cleanupTestCase()
    {
        m_serverOne.stop();
        m_serverTwo.stop();
    }
};

QTEST_GUILESS_MAIN(TestExpiryAggregator)
#include "tst_expiryaggregator.moc"
