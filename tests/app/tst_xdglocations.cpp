// SPDX-License-Identifier: GPL-3.0-or-later
// Where the app keeps its files: settings in $XDG_CONFIG_HOME/Keyward, the
// change journal in the data location, anything cached in the cache location,
// and nothing anywhere else (in particular nothing directly in $HOME). The
// environment is pointed at a throw-away tree before QApplication exists,
// then the real composition root runs and writes what a session writes.
#include "appcontroller.h"
#include "changerecorder.h"
#include "connection/logindialog.h"
#include "journal/changejournal.h"
#include "settings/settingkeys.h"
#include "translations.h"

#include <QApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

class TestXdgLocations final : public QObject
{
    Q_OBJECT

public:
    explicit TestXdgLocations(QString root)
        : m_root(std::move(root))
    {}

private:
    QString m_root;

    QString path(const QString &child) const { return m_root + u'/' + child; }

    /// Every file below the root that is not inside one of the XDG directories.
    QStringList filesOutsideXdg() const
    {
        const QStringList allowed{path(u"config/"_s), path(u"data/"_s), path(u"cache/"_s),
                                  path(u"runtime/"_s)};
        QStringList strays;
        QDirIterator it(m_root, QDir::Files | QDir::Hidden | QDir::System,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString file = it.next();
            if (std::none_of(allowed.begin(), allowed.end(),
                             [&file](const QString &dir) { return file.startsWith(dir); })) {
                strays << file;
            }
        }
        return strays;
    }

private Q_SLOTS:
    void settingsLiveInXdgConfigHome()
    {
        const QSettings settings;
        QCOMPARE(settings.fileName(), path(u"config/Keyward/Keyward.conf"_s));
    }

    void dataAndCacheLiveInTheirXdgDirectories()
    {
        QCOMPARE(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation),
                 path(u"data/Keyward/Keyward"_s));
        QCOMPARE(QStandardPaths::writableLocation(QStandardPaths::CacheLocation),
                 path(u"cache/Keyward/Keyward"_s));
        QCOMPARE(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation),
                 path(u"config/Keyward/Keyward"_s));
    }

    void aSessionWritesOnlyIntoXdgDirectories()
    {
        {
            QSettings settings;
            keyward::settings::ui::language.write(settings, u"fr"_s);
            keyward::AppController controller(&settings, u"keyward-test-xdg"_s);
            QString error;
            QVERIFY2(controller.start({}, &error), qPrintable(error));
            QVERIFY(QTest::qWaitForWindowExposed(controller.loginDialog()));

            // The journal the app records into lives in the data location.
            const QString journalDir = controller.journal()->journal().directory();
            QVERIFY2(journalDir.startsWith(path(u"data/Keyward/Keyward/"_s)),
                     qPrintable(journalDir));
            keyward::ChangeJournal journal(journalDir);
            keyward::JournalEntry entry;
            entry.profileId = u"00000000-0000-0000-0000-000000000001"_s;
            entry.serverUrl = u"https://keyward.test"_s;
            entry.actor = u"admin@keyward.test"_s;
            entry.target = u"acme"_s;
            const auto appended = journal.append(entry);
            QVERIFY2(appended.hasValue(), qPrintable(appended ? QString() : appended.error()));
            QVERIFY(QFile::exists(journal.filePath(entry.profileId)));

            controller.loginDialog()->reject();
            settings.sync();
            QCOMPARE(settings.status(), QSettings::NoError);
        }
        QVERIFY(QFile::exists(path(u"config/Keyward/Keyward.conf"_s)));
        const QStringList strays = filesOutsideXdg();
        QVERIFY2(strays.isEmpty(), qPrintable(strays.join(u", "_s)));
    }

    void theLanguageSettingIsHonoured()
    {
        QSettings settings;
        keyward::settings::ui::language.write(settings, u"de"_s);
        QCOMPARE(keyward::chosenLanguage(settings), u"de"_s);
        // --language wins over the setting for one run.
        QCOMPARE(keyward::chosenLanguage(settings, u"fr"_s), u"fr"_s);
        // Empty follows the system locale.
        keyward::settings::ui::language.write(settings, QString());
        QCOMPARE(keyward::chosenLanguage(settings), QString());
        keyward::settings::ui::language.remove(settings);
        QCOMPARE(keyward::chosenLanguage(settings), QString());
    }
};

int main(int argc, char **argv)
{
    // Before QApplication: Qt reads the XDG variables once.
    QTemporaryDir root;
    if (!root.isValid()) {
        return 1;
    }
    const QString base = root.path();
    for (const auto &dir : {u"home"_s, u"config"_s, u"data"_s, u"cache"_s, u"runtime"_s}) {
        QDir(base).mkdir(dir);
    }
    QFile::setPermissions(base + u"/runtime"_s,
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    qputenv("HOME", QFile::encodeName(base + u"/home"_s));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(base + u"/config"_s));
    qputenv("XDG_DATA_HOME", QFile::encodeName(base + u"/data"_s));
    qputenv("XDG_CACHE_HOME", QFile::encodeName(base + u"/cache"_s));
    qputenv("XDG_RUNTIME_DIR", QFile::encodeName(base + u"/runtime"_s));
    QStandardPaths::setTestModeEnabled(false);

    QApplication app(argc, argv);
    // What main() sets: the names the settings file and directories derive from.
    QApplication::setOrganizationName(u"Keyward"_s);
    QApplication::setApplicationName(u"Keyward"_s);
    QApplication::setOrganizationDomain(u"keyward.io"_s);
    TestXdgLocations test(base);
    return QTest::qExec(&test, argc, argv);
}

#include "tst_xdglocations.moc"
