// SPDX-License-Identifier: GPL-3.0-or-later
#include "journal/changejournal.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <thread>

using namespace Qt::StringLiterals;
using namespace keyward;

namespace {

const QString Profile = u"5f0c1c1e-3a5b-4d7e-9a61-0d3e2b8f4c11"_s;

JournalEntry makeEntry(JournalAction action, const QString &target, const QString &detail = {})
{
    JournalEntry entry;
    entry.profileId = Profile;
    entry.serverUrl = u"https://keyward.example.org"_s;
    entry.actor = u"admin@example.org"_s;
    entry.action = action;
    entry.target = target;
    entry.detail = detail;
    return entry;
}

QList<QByteArray> readLines(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    QList<QByteArray> lines = file.readAll().split('\n');
    if (!lines.isEmpty() && lines.constLast().isEmpty()) {
        lines.removeLast();
    }
    return lines;
}

/// The error of an append, for failure messages (which Qt Test builds eagerly).
QString why(const Expected<JournalEntry, QString> &written)
{
    return written ? u"ok"_s : written.error();
}

/// The mode bits of \p path (Qt's "User" flags repeat the owner's for us).
QFile::Permissions modeOf(const QString &path)
{
    return QFile::permissions(path) & ~(QFile::ReadUser | QFile::WriteUser | QFile::ExeUser);
}

bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(bytes) == bytes.size();
}

bool writeLines(const QString &path, const QList<QByteArray> &lines)
{
    return writeBytes(path, lines.join('\n') + '\n');
}

} // namespace

class TestChangeJournal final : public QObject
{
    Q_OBJECT

private:
    /// Five entries in a fresh journal under \p dir.
    static bool fillFive(const QString &dir)
    {
        ChangeJournal journal(dir);
        const QList<JournalEntry> entries{
            makeEntry(JournalAction::OrganizationCreate, u"acme"_s),
            makeEntry(JournalAction::TeamCreate, u"acme/teams/ops"_s),
            makeEntry(JournalAction::MemberAdd, u"acme/users/bob@example.org"_s, u"role member"_s),
            makeEntry(JournalAction::MemberRole, u"acme/users/bob@example.org"_s,
                      u"role member → admin"_s),
            makeEntry(JournalAction::TeamDelete, u"acme/teams/ops"_s),
        };
        for (const JournalEntry &entry : entries) {
            if (!journal.append(entry)) {
                return false;
            }
        }
        return true;
    }

private Q_SLOTS:
    void actionNamesRoundTrip()
    {
        for (int i = 0; i <= static_cast<int>(JournalAction::TokenCopy); ++i) {
            const auto action = static_cast<JournalAction>(i);
            const QString name = journalActionName(action);
            QVERIFY2(!name.isEmpty(), qPrintable(QString::number(i)));
            QCOMPARE(journalActionFromName(name), std::optional<JournalAction>(action));
        }
        QCOMPARE(journalActionName(JournalAction::MemberRole), u"member.role"_s);
        QVERIFY(!journalActionFromName(u"token.steal"_s));
    }

    void appendAndVerify()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        ChangeJournal journal(dir.filePath(u"journal"_s));
        QVERIFY(journal.verify(Profile).ok()); // no file yet
        QVERIFY(journal.entries(Profile).isEmpty());

        const QDateTime before = QDateTime::currentDateTimeUtc();
        for (int i = 0; i < 4; ++i) {
            const auto written =
                journal.append(makeEntry(JournalAction::TeamCreate, u"acme/teams/t%1"_s.arg(i)));
            QVERIFY2(written.hasValue(), qPrintable(why(written)));
            QCOMPARE(written->sequence, qint64(i + 1));
            QVERIFY(written->time >= before.addMSecs(-1));
            QCOMPARE(written->time.timeSpec(), Qt::UTC);
        }
        const JournalVerification result = journal.verify(Profile);
        QVERIFY2(result.ok(), qPrintable(result.message));
        QCOMPARE(result.entryCount, qsizetype(4));
        QCOMPARE(result.line, qsizetype(0));

        const QList<JournalEntry> entries = journal.entries(Profile);
        QCOMPARE(entries.size(), 4);
        QCOMPARE(entries.constLast().target, u"acme/teams/t3"_s); // newest last
        QCOMPARE(entries.constFirst().sequence, qint64(1));
        QCOMPARE(entries.constFirst().actor, u"admin@example.org"_s);
        QCOMPARE(entries.constFirst().serverUrl, u"https://keyward.example.org"_s);

        // The chain as documented: prev of the first is 64 zeros, each hash is
        // SHA-256 over the compact, key-sorted object without "hash".
        const QList<QByteArray> lines = readLines(journal.filePath(Profile));
        QCOMPARE(lines.size(), 4);
        QString previous = ChangeJournal::GenesisHash;
        QCOMPARE(previous, QString(64, u'0'));
        for (const QByteArray &line : lines) {
            QJsonObject object = QJsonDocument::fromJson(line).object();
            QCOMPARE(object.value(u"prev"_s).toString(), previous);
            const QString hash = object.take(u"hash"_s).toString();
            const QByteArray canonical = QJsonDocument(object).toJson(QJsonDocument::Compact);
            QCOMPARE(hash,
                     QString::fromLatin1(
                         QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toHex()));
            previous = hash;
        }
    }

    void entriesRoundTrip()
    {
        QTemporaryDir dir;
        ChangeJournal journal(dir.path());
        JournalEntry entry = makeEntry(JournalAction::TokenRotate, u"acme/teams/ops/tokens/12"_s,
                                       u"grace 3600 s, “quoted” ünïcode"_s);
        entry.fingerprint = ChangeJournal::tokenFingerprint(u"abc"_s);
        const auto written = journal.append(entry);
        QVERIFY(written.hasValue());
        const QList<JournalEntry> entries = journal.entries(Profile);
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.constFirst(), *written);
        QCOMPARE(entries.constFirst().detail, entry.detail);
        QCOMPARE(entries.constFirst().action, JournalAction::TokenRotate);
    }

    void reloadAndContinue()
    {
        QTemporaryDir dir;
        QVERIFY(fillFive(dir.path()));
        ChangeJournal reopened(dir.path());
        const auto written =
            reopened.append(makeEntry(JournalAction::OrganizationDelete, u"acme"_s));
        QVERIFY2(written.hasValue(), qPrintable(why(written)));
        QCOMPARE(written->sequence, qint64(6));
        const JournalVerification result = reopened.verify(Profile);
        QVERIFY2(result.ok(), qPrintable(result.message));
        QCOMPARE(result.entryCount, qsizetype(6));
    }

    void profilesAreSeparate()
    {
        QTemporaryDir dir;
        ChangeJournal journal(dir.path());
        JournalEntry other = makeEntry(JournalAction::TeamCreate, u"x"_s);
        other.profileId = u"other"_s;
        QVERIFY(journal.append(makeEntry(JournalAction::TeamCreate, u"a"_s)));
        QCOMPARE(journal.append(other)->sequence, qint64(1));
        QVERIFY(journal.filePath(Profile) != journal.filePath(u"other"_s));
        QCOMPARE(journal.entries(u"other"_s).size(), 1);
        // An id that could name another path is encoded, not used as a path.
        const QString odd = journal.filePath(u"../../etc/passwd"_s);
        QCOMPARE(QFileInfo(odd).absolutePath(), QFileInfo(dir.path()).absoluteFilePath());
    }

    void detectsEditedEntry()
    {
        QTemporaryDir dir;
        QVERIFY(fillFive(dir.path()));
        ChangeJournal journal(dir.path());
        const QString path = journal.filePath(Profile);
        QList<QByteArray> lines = readLines(path);
        QVERIFY(lines[3].contains("role member → admin"_ba));
        lines[3].replace("→ admin"_ba, "→ viewr"_ba);
        QVERIFY(writeLines(path, lines));

        const JournalVerification result = journal.verify(Profile);
        QCOMPARE(result.problem, JournalVerification::Problem::Edited);
        QCOMPARE(result.line, qsizetype(4));
        QCOMPARE(result.entryCount, qsizetype(3));
        QVERIFY2(result.message.contains(u"Line 4"_s), qPrintable(result.message));
    }

    void detectsRemovedEntry()
    {
        QTemporaryDir dir;
        QVERIFY(fillFive(dir.path()));
        ChangeJournal journal(dir.path());
        const QString path = journal.filePath(Profile);
        QList<QByteArray> lines = readLines(path);
        lines.removeAt(2);
        QVERIFY(writeLines(path, lines));

        const JournalVerification result = journal.verify(Profile);
        QCOMPARE(result.problem, JournalVerification::Problem::Removed);
        QCOMPARE(result.line, qsizetype(3));
        QVERIFY2(result.message.contains(u"Entry 3 is missing"_s), qPrintable(result.message));
    }

    void detectsRemovedFirstEntry()
    {
        QTemporaryDir dir;
        QVERIFY(fillFive(dir.path()));
        ChangeJournal journal(dir.path());
        const QString path = journal.filePath(Profile);
        QList<QByteArray> lines = readLines(path);
        lines.removeFirst();
        QVERIFY(writeLines(path, lines));
        const JournalVerification result = journal.verify(Profile);
        QCOMPARE(result.problem, JournalVerification::Problem::Removed);
        QCOMPARE(result.line, qsizetype(1));
    }

    void detectsReplacedEntryWithValidHash()
    {
        // Someone who edits a line and recomputes its own hash still breaks
        // the next line's prev.
        QTemporaryDir dir;
        QVERIFY(fillFive(dir.path()));
        ChangeJournal journal(dir.path());
        const QString path = journal.filePath(Profile);
        QList<QByteArray> lines = readLines(path);
        QJsonObject object = QJsonDocument::fromJson(lines[1]).object();
        object.remove(u"hash"_s);
        object.insert(u"target"_s, u"acme/teams/dev"_s);
        object.insert(u"hash"_s, ChangeJournal::hashOf(object));
        lines[1] = QJsonDocument(object).toJson(QJsonDocument::Compact);
        QVERIFY(writeLines(path, lines));

        const JournalVerification result = journal.verify(Profile);
        QCOMPARE(result.problem, JournalVerification::Problem::Removed);
        QCOMPARE(result.line, qsizetype(3));
    }

    void detectsSwappedEntries()
    {
        QTemporaryDir dir;
        QVERIFY(fillFive(dir.path()));
        ChangeJournal journal(dir.path());
        const QString path = journal.filePath(Profile);
        QList<QByteArray> lines = readLines(path);
        lines.swapItemsAt(1, 2);
        QVERIFY(writeLines(path, lines));

        const JournalVerification result = journal.verify(Profile);
        QCOMPARE(result.problem, JournalVerification::Problem::Reordered);
        QCOMPARE(result.line, qsizetype(2));
        QCOMPARE(result.entryCount, qsizetype(1));
    }

    void detectsDuplicatedEntry()
    {
        QTemporaryDir dir;
        QVERIFY(fillFive(dir.path()));
        ChangeJournal journal(dir.path());
        const QString path = journal.filePath(Profile);
        QList<QByteArray> lines = readLines(path);
        lines.append(lines[1]);
        QVERIFY(writeLines(path, lines));
        const JournalVerification result = journal.verify(Profile);
        QCOMPARE(result.problem, JournalVerification::Problem::Reordered);
        QCOMPARE(result.line, qsizetype(6));
    }

    void reportsTruncatedLastLineAsIncomplete()
    {
        QTemporaryDir dir;
        QVERIFY(fillFive(dir.path()));
        ChangeJournal journal(dir.path());
        const QString path = journal.filePath(Profile);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        file.close();
        QVERIFY(writeBytes(path, bytes.left(bytes.size() - 20)));

        const JournalVerification result = journal.verify(Profile);
        QCOMPARE(result.problem, JournalVerification::Problem::IncompleteLastLine);
        QCOMPARE(result.line, qsizetype(5));
        QCOMPARE(result.entryCount, qsizetype(4));
        QVERIFY2(result.message.contains(u"incomplete"_s), qPrintable(result.message));
        QCOMPARE(journal.entries(Profile).size(), 4);

        // The next append drops the never-completed line and continues the chain.
        const auto written = journal.append(makeEntry(JournalAction::TeamCreate, u"acme/x"_s));
        QVERIFY2(written.hasValue(), qPrintable(why(written)));
        QCOMPARE(written->sequence, qint64(5));
        const JournalVerification after = journal.verify(Profile);
        QVERIFY2(after.ok(), qPrintable(after.message));
        QCOMPARE(after.entryCount, qsizetype(5));
    }

    void reportsGarbledLine()
    {
        QTemporaryDir dir;
        QVERIFY(fillFive(dir.path()));
        ChangeJournal journal(dir.path());
        const QString path = journal.filePath(Profile);
        QList<QByteArray> lines = readLines(path);
        lines[2] = lines[2].left(30); // a complete line (it ends with \n) that is not JSON
        QVERIFY(writeLines(path, lines));
        const JournalVerification result = journal.verify(Profile);
        QCOMPARE(result.problem, JournalVerification::Problem::Unparseable);
        QCOMPARE(result.line, qsizetype(3));
        QCOMPARE(journal.entries(Profile).size(), 2);
    }

    void reportsLineWithMissingField()
    {
        QTemporaryDir dir;
        QVERIFY(fillFive(dir.path()));
        ChangeJournal journal(dir.path());
        const QString path = journal.filePath(Profile);
        QList<QByteArray> lines = readLines(path);
        QJsonObject object = QJsonDocument::fromJson(lines[0]).object();
        object.remove(u"actor"_s);
        lines[0] = QJsonDocument(object).toJson(QJsonDocument::Compact);
        QVERIFY(writeLines(path, lines));
        const JournalVerification result = journal.verify(Profile);
        QCOMPARE(result.problem, JournalVerification::Problem::Unparseable);
        QCOMPARE(result.line, qsizetype(1));
        QVERIFY2(result.message.contains(u"actor"_s), qPrintable(result.message));
    }

    void tokenValueNeverStored()
    {
        QTemporaryDir dir;
        ChangeJournal journal(dir.path());
        const QString value = u"eyJhbGciOiJFZERTQSJ9.eyJqdGkiOiIxMiJ9.c2VjcmV0LXNpZ25hdHVyZQ"_s;
        JournalEntry entry = makeEntry(JournalAction::TokenCopy, u"acme/tokens/12"_s,
                                       u"copied as an environment variable"_s);
        entry.fingerprint = ChangeJournal::tokenFingerprint(value);
        QVERIFY(entry.fingerprint.startsWith(u"sha256:"_s));
        QVERIFY(journal.append(entry));

        QFile file(journal.filePath(Profile));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.contains(entry.fingerprint.toLatin1()));
        QVERIFY(!bytes.contains(value.toLatin1()));
        // Nor any recognisable part of it.
        QVERIFY(!bytes.contains("c2VjcmV0LXNpZ25hdHVyZQ"_ba));
        QVERIFY(!bytes.contains("eyJqdGkiOiIxMiJ9"_ba));
    }

    void fingerprintMatchesTokensList()
    {
        // SHA-256("abc") starts ba7816bf.
        QCOMPARE(ChangeJournal::tokenFingerprint(u"abc"_s).left(15), u"sha256:ba7816bf"_s);
    }

    void filesArePrivate()
    {
        QTemporaryDir dir;
        const QString journalDir = dir.filePath(u"app/journal"_s);
        ChangeJournal journal(journalDir);
        QVERIFY(journal.append(makeEntry(JournalAction::TeamCreate, u"a"_s)));
        QCOMPARE(modeOf(journal.filePath(Profile)), QFile::ReadOwner | QFile::WriteOwner);
        QCOMPARE(modeOf(journalDir), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }

    void widerPermissionsAreNarrowed()
    {
        QTemporaryDir dir;
        ChangeJournal journal(dir.path());
        QVERIFY(journal.append(makeEntry(JournalAction::TeamCreate, u"a"_s)));
        const QString path = journal.filePath(Profile);
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner |
                                                QFile::ReadGroup | QFile::ReadOther));
        QVERIFY(journal.append(makeEntry(JournalAction::TeamDelete, u"a"_s)));
        QCOMPARE(modeOf(path), QFile::ReadOwner | QFile::WriteOwner);
    }

    void twoInstancesKeepOneChain()
    {
        QTemporaryDir dir;
        ChangeJournal first(dir.path());
        ChangeJournal second(dir.path());
        for (int i = 0; i < 10; ++i) {
            ChangeJournal &journal = (i % 3 == 0) ? second : first;
            const auto written =
                journal.append(makeEntry(JournalAction::MemberAdd, u"acme/users/%1"_s.arg(i)));
            QVERIFY2(written.hasValue(), qPrintable(why(written)));
            QCOMPARE(written->sequence, qint64(i + 1));
        }
        const JournalVerification result = first.verify(Profile);
        QVERIFY2(result.ok(), qPrintable(result.message));
        QCOMPARE(result.entryCount, qsizetype(10));
        QCOMPARE(second.entries(Profile).size(), 10);
    }

    void concurrentAppendsKeepOneChain()
    {
        // Truly concurrent writers (threads stand in for processes: the lock
        // is a file, so it does not care which).
        QTemporaryDir dir;
        constexpr int PerWriter = 15;
        std::atomic<int> failures = 0;
        const auto writer = [&dir, &failures](const QString &name) {
            ChangeJournal journal(dir.path());
            for (int i = 0; i < PerWriter; ++i) {
                if (!journal.append(
                        makeEntry(JournalAction::MemberAdd, name + QString::number(i)))) {
                    ++failures;
                }
            }
        };
        std::thread first(writer, u"first/"_s);
        std::thread second(writer, u"second/"_s);
        first.join();
        second.join();
        QCOMPARE(failures.load(), 0);
        ChangeJournal journal(dir.path());
        const JournalVerification result = journal.verify(Profile);
        QVERIFY2(result.ok(), qPrintable(result.message));
        QCOMPARE(result.entryCount, qsizetype(2 * PerWriter));
    }

    void heldLockRefusesAppend()
    {
        // Another process holding the lock: the append waits, then says so
        // instead of writing outside the lock.
        QTemporaryDir dir;
        ChangeJournal journal(dir.path());
        QVERIFY(journal.append(makeEntry(JournalAction::TeamCreate, u"a"_s)));
        QLockFile other(journal.filePath(Profile) + u".lock"_s);
        QVERIFY(other.tryLock(0));
        journal.setLockTimeout(std::chrono::milliseconds(50));
        const auto written = journal.append(makeEntry(JournalAction::TeamCreate, u"b"_s));
        QVERIFY(!written.hasValue());
        QVERIFY2(written.error().contains(u"locked"_s), qPrintable(why(written)));
        other.unlock();
        QVERIFY(journal.append(makeEntry(JournalAction::TeamCreate, u"b"_s)));
        QCOMPARE(journal.entries(Profile).size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestChangeJournal)
#include "tst_changejournal.moc"
