// SPDX-License-Identifier: GPL-3.0-or-later
#include "usagescan/usagescanner.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace Qt::StringLiterals;
using keyward::UsageMatch;
using keyward::UsageScanner;
using keyward::UsageScanSummary;

namespace {

const QString kSecret = u"eyJhbGciOiJSUzI1NiJ9.dXNhZ2Utc2Nhbi10ZXN0.c2lnbmF0dXJlLXZhbHVl"_s;

bool write(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

QByteArray secretBytes()
{
    return kSecret.toUtf8();
}

QString describe(const QList<QVariant> &arguments)
{
    QString text;
    for (const QVariant &argument : arguments) {
        if (argument.canConvert<UsageScanSummary>()) {
            text += argument.value<UsageScanSummary>().unreadablePaths.join(u' ');
        } else if (argument.canConvert<QList<UsageMatch>>()) {
            for (const UsageMatch &match : argument.value<QList<UsageMatch>>()) {
                text += match.filePath + u' ' + match.maskedLine + u' ';
            }
        } else {
            text += argument.toString() + u' ';
        }
    }
    return text;
}

QList<UsageMatch> allMatches(const QSignalSpy &spy)
{
    QList<UsageMatch> all;
    for (const QList<QVariant> &arguments : spy) {
        all += arguments.at(0).value<QList<UsageMatch>>();
    }
    return all;
}

} // namespace

class TestUsageScanner final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QTemporaryDir m_outside;

    QString root() const { return m_dir.filePath(u"tree"_s); }

    // A folder with one small file per entry, big enough that a scan takes
    // far longer than the next statement after start().
    QString bigTree()
    {
        const QString big = m_dir.filePath(u"big"_s);
        if (QDir(big).exists()) {
            return big;
        }
        const QByteArray filler = QByteArray(2000, 'a') + "\n"_ba;
        for (int folder = 0; folder < 40; ++folder) {
            for (int file = 0; file < 100; ++file) {
                const QString path = u"%1/d%2/f%3.txt"_s.arg(big).arg(folder).arg(file);
                if (!write(path, filler + (file == 50 ? secretBytes() : QByteArray()))) {
                    qFatal("cannot write the big tree");
                }
            }
        }
        return big;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_outside.isValid());
        const QByteArray s = secretBytes();
        const QString r = root();
        QVERIFY(write(r + u"/app/.env"_s, "FOO=bar\nKEYWARD_TOKEN="_ba + s + "\n"_ba));
        QVERIFY(write(r + u"/app/config/deploy.yaml"_s,
                      "service:\n  token: \""_ba + s + "\"\n  url: x\n"_ba));
        QVERIFY(write(r + u"/win/settings.ini"_s, "[auth]\r\nkey=1\r\ntoken="_ba + s + "\r\n"_ba));
        QVERIFY(
            write(r + u"/twice.txt"_s, s + "\nmiddle\nx="_ba + s + " y="_ba + s + "\nend "_ba + s));
        QVERIFY(write(r + u"/clean.txt"_s, "nothing to see\n"_ba));
        QVERIFY(write(r + u"/bin.dat"_s, "abc\0def"_ba + s + "\n"_ba));
        QVERIFY(write(r + u"/large.txt"_s, QByteArray(5000, 'z') + "\n"_ba + s + "\n"_ba));
        QVERIFY(write(r + u"/.git/config"_s, "[remote]\nurl=https://"_ba + s + "@x\n"_ba));
        QVERIFY(write(r + u"/node_modules/pkg/index.js"_s, "const t = '"_ba + s + "';\n"_ba));
        // Loops: a link to the tree itself and one to its parent folder.
        QVERIFY(QFile::link(r, r + u"/app/loop"_s));
        QVERIFY(QFile::link(r + u"/app"_s, r + u"/app/config/up"_s));
        // A link leading outside the tree is followed, once.
        QVERIFY(write(m_outside.filePath(u"shared/outside.env"_s), "T="_ba + s + "\n"_ba));
        QVERIFY(QFile::link(m_outside.filePath(u"shared"_s), r + u"/linked"_s));
        QVERIFY(QFile::link(m_outside.filePath(u"shared"_s), r + u"/win/linked-again"_s));
    }

    void findsExactlyTheUsages()
    {
        const QString r = root();
        const bool asRoot = geteuid() == 0;
        const QString locked = r + u"/locked.env"_s;
        QVERIFY(write(locked, "T="_ba + secretBytes() + "\n"_ba));
        QVERIFY(QFile::setPermissions(locked, QFileDevice::Permissions()));
        if (asRoot) {
            QVERIFY(QFile::remove(locked)); // root reads everything
        }

        UsageScanner scanner;
        scanner.setSizeLimit(4096);
        QSignalSpy progress(&scanner, &UsageScanner::progress);
        QSignalSpy matches(&scanner, &UsageScanner::match);
        QSignalSpy finished(&scanner, &UsageScanner::finished);
        scanner.start({r}, kSecret);
        QVERIFY(scanner.isRunning());
        QTRY_COMPARE(finished.size(), 1);
        QVERIFY(!scanner.isRunning());

        QStringList found;
        for (const UsageMatch &match : allMatches(matches)) {
            QVERIFY(match.filePath.startsWith(r + u'/'));
            found.append(u"%1:%2:%3"_s.arg(match.filePath.mid(r.size() + 1))
                             .arg(match.lineNumber)
                             .arg(match.occurrences));
        }
        found.sort();
        const QStringList expected{u"app/.env:2:1"_s,           u"app/config/deploy.yaml:2:1"_s,
                                   u"linked/outside.env:1:1"_s, u"twice.txt:1:1"_s,
                                   u"twice.txt:3:2"_s,          u"twice.txt:4:1"_s,
                                   u"win/settings.ini:3:1"_s};
        QCOMPARE(found, expected);

        const QList<UsageMatch> all = allMatches(matches);
        const auto line = [&](const QString &file, int number) {
            for (const UsageMatch &match : all) {
                if (match.filePath == r + u'/' + file && match.lineNumber == number) {
                    return match.maskedLine;
                }
            }
            return QString();
        };
        QCOMPARE(line(u"app/.env"_s, 2), u"KEYWARD_TOKEN=eyJh\u2026(masked)"_s);
        QCOMPARE(line(u"app/config/deploy.yaml"_s, 2), u"  token: \"eyJh\u2026(masked)\""_s);
        QCOMPARE(line(u"win/settings.ini"_s, 3), u"token=eyJh\u2026(masked)"_s);
        QCOMPARE(line(u"twice.txt"_s, 3), u"x=eyJh\u2026(masked) y=eyJh\u2026(masked)"_s);
        QCOMPARE(line(u"twice.txt"_s, 4), u"end eyJh\u2026(masked)"_s);

        const auto summary = finished.at(0).at(0).value<UsageScanSummary>();
        QCOMPARE(summary.cancelled, false);
        QCOMPARE(summary.filesScanned, 6);
        QCOMPARE(summary.skippedBinary, 1);
        QCOMPARE(summary.skippedLarge, 1);
        QCOMPARE(summary.skippedFolders, 2);
        QCOMPARE(summary.matchingLines, 7);
        // app/loop, app/config/up and win/linked-again.
        QCOMPARE(summary.skippedAlreadyVisited, 3);
        if (asRoot) {
            QCOMPARE(summary.unreadable, 0);
        } else {
            QCOMPARE(summary.unreadable, 1);
            QCOMPARE(summary.unreadablePaths, QStringList{locked});
        }

        QVERIFY(!progress.isEmpty());
        const QList<QVariant> last = progress.last();
        QCOMPARE(last.at(0).toInt(), last.at(1).toInt());
        QCOMPARE(last.at(0).toInt(), 8 + (asRoot ? 0 : 1));

        for (const QSignalSpy *spy : {&progress, &matches, &finished}) {
            for (const QList<QVariant> &arguments : *spy) {
                QVERIFY(!describe(arguments).contains(kSecret));
            }
        }
        if (!asRoot) {
            QVERIFY(QFile::remove(locked));
        }
    }

    void missingFolderIsReported()
    {
        UsageScanner scanner;
        QSignalSpy finished(&scanner, &UsageScanner::finished);
        scanner.start({m_dir.filePath(u"does-not-exist"_s)}, kSecret);
        QTRY_COMPARE(finished.size(), 1);
        const auto summary = finished.at(0).at(0).value<UsageScanSummary>();
        QCOMPARE(summary.unreadable, 1);
        QCOMPARE(summary.filesScanned, 0);
    }

    void nestedFoldersAreScannedOnce()
    {
        UsageScanner scanner;
        QSignalSpy matches(&scanner, &UsageScanner::match);
        QSignalSpy finished(&scanner, &UsageScanner::finished);
        scanner.start({root() + u"/app"_s, root(), root() + u"/app/"_s}, kSecret);
        QTRY_COMPARE(finished.size(), 1);
        // The 7 usages plus large.txt, under the default size limit.
        QCOMPARE(allMatches(matches).size(), 8);
    }

    void excludedNamesAreConfigurable()
    {
        UsageScanner scanner;
        scanner.setExcludedFolderNames({u"app"_s});
        QSignalSpy matches(&scanner, &UsageScanner::match);
        QSignalSpy finished(&scanner, &UsageScanner::finished);
        scanner.start({root()}, kSecret);
        QTRY_COMPARE(finished.size(), 1);
        QStringList files;
        for (const UsageMatch &match : allMatches(matches)) {
            files.append(QFileInfo(match.filePath).fileName());
        }
        files.removeDuplicates();
        files.sort();
        // .git and node_modules are searched now; app is not.
        QCOMPARE(files, (QStringList{u"config"_s, u"index.js"_s, u"large.txt"_s, u"outside.env"_s,
                                     u"settings.ini"_s, u"twice.txt"_s}));
    }

    void cancelStopsEarly()
    {
        const QString big = bigTree();
        UsageScanner scanner;
        QSignalSpy finished(&scanner, &UsageScanner::finished);
        scanner.start({big}, kSecret);
        scanner.cancel();
        QTRY_COMPARE(finished.size(), 1);
        const auto summary = finished.at(0).at(0).value<UsageScanSummary>();
        QVERIFY(summary.cancelled);
        QVERIFY(summary.filesScanned < 4000);
        QVERIFY(!scanner.isRunning());
        QTRY_VERIFY(!scanner.hasBusyWorkers());

        // The uncancelled scan of the same tree does get through it all,
        // reporting progress now and then rather than per file.
        QSignalSpy progress(&scanner, &UsageScanner::progress);
        scanner.start({big}, kSecret);
        QTRY_COMPARE(finished.size(), 2);
        const auto full = finished.at(1).at(0).value<UsageScanSummary>();
        QVERIFY(!full.cancelled);
        QCOMPARE(full.filesScanned, 4000);
        QCOMPARE(full.matchingLines, 40);
        QVERIFY(!progress.isEmpty());
        QVERIFY2(progress.size() < full.filesScanned / 4,
                 qPrintable(QString::number(progress.size())));
        QCOMPARE(progress.last().at(0).toInt(), 4000);
        QCOMPARE(progress.last().at(1).toInt(), 4000);
    }

    void newStartCancelsThePrevious()
    {
        const QString big = bigTree();
        UsageScanner scanner;
        QSignalSpy matches(&scanner, &UsageScanner::match);
        QSignalSpy finished(&scanner, &UsageScanner::finished);
        scanner.start({big}, kSecret);
        scanner.start({root() + u"/win"_s}, kSecret);
        // The superseded scan ends at once, before the new one reports.
        QCOMPARE(finished.size(), 1);
        QVERIFY(finished.at(0).at(0).value<UsageScanSummary>().cancelled);
        QVERIFY(scanner.isRunning());
        QTRY_COMPARE(finished.size(), 2);
        const auto summary = finished.at(1).at(0).value<UsageScanSummary>();
        QVERIFY(!summary.cancelled);
        const QList<UsageMatch> all = allMatches(matches);
        QCOMPARE(all.size(), 2); // settings.ini and linked-again/outside.env
        for (const UsageMatch &match : all) {
            QVERIFY2(match.filePath.startsWith(root() + u"/win/"_s), qPrintable(match.filePath));
        }
        QTRY_VERIFY(!scanner.hasBusyWorkers());
        QCOMPARE(finished.size(), 2);
    }

    void emptySecretFindsNothing()
    {
        UsageScanner scanner;
        QSignalSpy matches(&scanner, &UsageScanner::match);
        QSignalSpy finished(&scanner, &UsageScanner::finished);
        scanner.start({root()}, QString());
        QTRY_COMPARE(finished.size(), 1);
        QVERIFY(matches.isEmpty());
        QCOMPARE(finished.at(0).at(0).value<UsageScanSummary>().filesScanned, 0);
    }

    void destroyingAScannerStopsIt()
    {
        auto scanner = std::make_unique<UsageScanner>();
        scanner->start({bigTree()}, kSecret);
        scanner.reset(); // must return promptly and not crash on late posts
        QCoreApplication::processEvents();
        QVERIFY(true);
    }
};

QTEST_GUILESS_MAIN(TestUsageScanner)
#include "tst_usagescanner.moc"
