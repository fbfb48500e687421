// SPDX-License-Identifier: GPL-3.0-or-later
// The built `keyward` executable run like a user runs it: --help, --version,
// --inspect with a token on stdin, --reset-settings, and a first start. Every
// run gets a throw-away HOME and XDG directories, and the test fails when the
// app wrote anything into HOME outside them.
#include <QByteArray>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

class TestCommandLine final : public QObject
{
    Q_OBJECT

private:
    QString m_binary;
    std::unique_ptr<QTemporaryDir> m_root;

    QString home() const { return m_root->filePath(u"home"_s); }
    QString config() const { return m_root->filePath(u"config"_s); }
    QString settingsFile() const { return config() + u"/Keyward/Keyward.conf"_s; }

    Run run(const QStringList &arguments, const QByteArray &input = {},
            const QStringList &extraEnvironment = {})
    {
        QProcess process;
        QProcessEnvironment env;
        env.insert(u"PATH"_s, qEnvironmentVariable("PATH"));
        env.insert(u"HOME"_s, home());
        env.insert(u"XDG_CONFIG_HOME"_s, config());
        env.insert(u"XDG_DATA_HOME"_s, m_root->filePath(u"data"_s));
        env.insert(u"XDG_CACHE_HOME"_s, m_root->filePath(u"cache"_s));
        env.insert(u"XDG_RUNTIME_DIR"_s, m_root->filePath(u"runtime"_s));
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        env.insert(u"LANG"_s, u"C.UTF-8"_s);
        // A keychain lookup must not reach the developer's session bus.
        env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent"_s);
        for (const QString &entry : extraEnvironment) {
            const qsizetype equals = entry.indexOf(u'=');
            env.insert(entry.left(equals), entry.mid(equals + 1));
        }
        process.setProcessEnvironment(env);
        process.start(m_binary, arguments);
        if (!process.waitForStarted()) {
            return {};
        }
        process.write(input);
        process.closeWriteChannel();
        if (!process.waitForFinished(120000)) {
            process.kill();
            process.waitForFinished();
            return {};
        }
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    void writeSettings(const QByteArray &content)
    {
        QVERIFY(QDir().mkpath(config() + u"/Keyward"_s));
        QFile file(settingsFile());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }

    static QByteArray token()
    {
        const auto encode = [](const QByteArray &json) {
            return json.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        };
        return encode("{\"alg\":\"HS256\",\"typ\":\"JWT\",\"kid\":\"k1\"}"_ba) + '.' +
               encode(
                   "{\"sub\":\"cli-test\",\"iss\":\"https://keyward.test\",\"exp\":4102444800}"_ba) +
               '.' + encode("not-a-real-signature"_ba);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_binary = qEnvironmentVariable("KEYWARD_APP_BINARY");
        QVERIFY2(QFile::exists(m_binary), "KEYWARD_APP_BINARY names no file");
    }

    void init()
    {
        m_root = std::make_unique<QTemporaryDir>();
        QVERIFY(m_root->isValid());
        for (const auto &dir : {u"home"_s, u"config"_s, u"data"_s, u"cache"_s, u"runtime"_s}) {
            QVERIFY(QDir(m_root->path()).mkdir(dir));
        }
        QFile::setPermissions(m_root->filePath(u"runtime"_s),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }

    void cleanup()
    {
        // Whatever the run did, $HOME itself stays empty: settings, data and
        // cache belong in the XDG directories.
        QStringList strays;
        QDirIterator it(home(), QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            strays << it.next();
        }
        QVERIFY2(strays.isEmpty(), qPrintable(strays.join(u", "_s)));
    }

    void helpListsEveryOption()
    {
        const Run result = run({u"--help"_s});
        QCOMPARE(result.exitCode, 0);
        for (const auto &option :
             {u"--profile <NAME>"_s, u"--server <URL>"_s, u"--email <EMAIL>"_s,
              u"--password-stdin"_s, u"--auto-login"_s, u"--inspect"_s, u"--reset-settings"_s,
              u"--yes"_s, u"--language <CODE>"_s, u"--help"_s, u"--version"_s}) {
            QVERIFY2(result.out.contains(option), qPrintable(option));
        }
        // The reset's promise, and the settings file it deletes, are spelled out.
        QVERIFY(result.out.contains(u"keychain are not touched"_s));
        // The help wraps long words, so compare without the line breaks.
        QVERIFY(result.out.simplified().remove(u' ').contains(settingsFile()));
        QVERIFY(!result.out.contains(u"check-startup"_s));
    }

    void versionPrintsTheProjectVersion()
    {
        const Run result = run({u"--version"_s});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.out.trimmed(), u"Keyward " KEYWARD_VERSION ""_s);
    }

    void inspectReadsTheTokenFromStdin()
    {
        const Run result = run({u"--inspect"_s, u"--check-startup"_s}, token() + '\n');
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY2(result.out.startsWith(u"inspector: "_s), qPrintable(result.out));
        // The decoded token's claims made it into the summary.
        QVERIFY2(result.out.size() > u"inspector: "_s.size() + 1, qPrintable(result.out));
    }

    void inspectWithoutTokenFails()
    {
        const Run result = run({u"--inspect"_s}, QByteArray());
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.err.contains(u"standard input"_s));
    }

    void resetSettingsWithYesDeletesOnlyTheSettingsFile()
    {
        writeSettings("[General]\nlastProfileId=1\n[ui]\nlanguage=de\n"_ba);
        const QString neighbour = config() + u"/Keyward/other.conf"_s;
        QFile other(neighbour);
        QVERIFY(other.open(QIODevice::WriteOnly));
        other.close();

        const Run result = run({u"--reset-settings"_s, u"--yes"_s});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY(!QFile::exists(settingsFile()));
        QVERIFY(QFile::exists(neighbour));
        QVERIFY(result.out.contains(settingsFile()));
    }

    void resetSettingsAsksFirst()
    {
        writeSettings("[General]\nlastProfileId=1\n"_ba);
        Run result = run({u"--reset-settings"_s}, "no\n"_ba);
        QCOMPARE(result.exitCode, 1);
        QVERIFY(QFile::exists(settingsFile()));
        QVERIFY(result.out.contains(u"keychain"_s));

        // No answer at all (stdin closed) is no "yes" either.
        result = run({u"--reset-settings"_s});
        QCOMPARE(result.exitCode, 1);
        QVERIFY(QFile::exists(settingsFile()));

        result = run({u"--reset-settings"_s}, "yes\n"_ba);
        QCOMPARE(result.exitCode, 0);
        QVERIFY(!QFile::exists(settingsFile()));
    }

    void resetSettingsWithoutSettingsIsNoError()
    {
        const Run result = run({u"--reset-settings"_s, u"--yes"_s});
        QCOMPARE(result.exitCode, 0);
    }

    void firstStartShowsAWindowAndExits_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("system language") << QStringList{u"--check-startup"_s};
        QTest::newRow("--language de")
            << QStringList{u"--check-startup"_s, u"--language"_s, u"de"_s};
        QTest::newRow("--language=fr") << QStringList{u"--check-startup"_s, u"--language=fr"_s};
    }

    void firstStartShowsAWindowAndExits()
    {
        QFETCH(QStringList, arguments);
        const Run result = run(arguments);
        QVERIFY2(result.exitCode == 0, qPrintable(result.out + result.err));
        QVERIFY2(result.out.contains(u"startup: "_s), qPrintable(result.out));
        QVERIFY(!result.out.contains(u"no window"_s));
    }

    void languageOverrideIsNotPersisted()
    {
        const Run result = run({u"--check-startup"_s, u"--language"_s, u"fr"_s});
        QCOMPARE(result.exitCode, 0);
        QFile file(settingsFile());
        if (file.open(QIODevice::ReadOnly)) {
            QVERIFY(!file.readAll().contains("language"));
        }
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
