// SPDX-License-Identifier: GPL-3.0-or-later
#include "changejournal.h"

#include "itemmodels/tokenlistmodel.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QRegularExpression>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace keyward {

namespace {

constexpr QFile::Permissions OwnerReadWrite = QFile::ReadOwner | QFile::WriteOwner;
constexpr QFile::Permissions OwnerOnlyDirectory =
    QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner;

/// The mode bits (owner, group, other) of \p path; Qt's "User" flags only
/// repeat them for the current user.
QFile::Permissions modeOf(const QString &path)
{
    const QFile::Permissions mode = QFile::permissions(path);
    return mode & ~(QFile::ReadUser | QFile::WriteUser | QFile::ExeUser);
}

/// write() only hands the bytes to the OS; after a power cut they may never
/// reach the disk although the app went on as if the change was recorded.
/// fsync() returns once they are on stable storage.
bool syncToDisk(QFile &file)
{
    if (!file.flush()) {
        return false;
    }
#ifdef Q_OS_UNIX
    return ::fsync(file.handle()) == 0;
#else
    return true;
#endif
}

/// A new file's directory entry is data too: without this, a crash can leave
/// a journal whose first entry was synced but whose name was not.
void syncDirectory(const QString &directory)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(directory).constData(), O_RDONLY | O_DIRECTORY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
#else
    Q_UNUSED(directory)
#endif
}

/// The last complete line of a journal file, read from its end so that an
/// append does not read the whole history.
struct Tail
{
    QByteArray lastLine;     ///< without its line end; empty for an empty journal
    qint64 completeEnd = 0;  ///< offset just after the last line end
    bool incomplete = false; ///< bytes follow the last line end
};

std::optional<Tail> readTail(QFile &file)
{
    const qint64 size = file.size();
    Tail tail;
    if (size == 0) {
        return tail;
    }
    qint64 chunk = 64 * 1024;
    for (;;) {
        const qint64 start = qMax<qint64>(0, size - chunk);
        if (!file.seek(start)) {
            return std::nullopt;
        }
        const QByteArray data = file.read(size - start);
        if (data.size() != size - start) {
            return std::nullopt;
        }
        qsizetype end = data.size();
        tail.incomplete = !data.endsWith('\n');
        if (tail.incomplete) {
            const qsizetype lastBreak = data.lastIndexOf('\n');
            if (lastBreak < 0 && start > 0) {
                chunk *= 2;
                continue;
            }
            end = lastBreak + 1;
        }
        tail.completeEnd = start + end;
        if (end == 0) {
            tail.lastLine.clear();
            return tail;
        }
        const qsizetype previousBreak = end >= 2 ? data.lastIndexOf('\n', end - 2) : -1;
        if (previousBreak < 0 && start > 0) {
            chunk *= 2;
            continue;
        }
        tail.lastLine = data.mid(previousBreak + 1, end - previousBreak - 2);
        return tail;
    }
}

bool isHexHash(const QString &text)
{
    static const QRegularExpression pattern(u"\\A[0-9a-f]{64}\\z"_s);
    return pattern.match(text).hasMatch();
}

/// One line of the file, parsed as far as it goes.
struct ParsedLine
{
    bool complete = true;
    QJsonObject object;
    std::optional<JournalEntry> entry;
    QString why; ///< why it is not an entry, when entry is empty
};

QList<ParsedLine> parseLines(const QByteArray &data)
{
    QList<ParsedLine> lines;
    qsizetype from = 0;
    while (from < data.size()) {
        const qsizetype lineEnd = data.indexOf('\n', from);
        ParsedLine line;
        line.complete = lineEnd >= 0;
        const QByteArray raw = data.mid(from, (line.complete ? lineEnd : data.size()) - from);
        from = line.complete ? lineEnd + 1 : data.size();

        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(raw, &error);
        if (error.error != QJsonParseError::NoError || !document.isObject()) {
            line.why = error.error != QJsonParseError::NoError
                           ? ChangeJournal::tr("it is not valid JSON (%1)").arg(error.errorString())
                           : ChangeJournal::tr("it is not a JSON object");
        } else {
            line.object = document.object();
            QString why;
            line.entry = journalEntryFromJson(line.object, &why);
            if (!line.entry) {
                line.why = why;
            } else if (!isHexHash(line.object.value(u"hash"_s).toString()) ||
                       !isHexHash(line.object.value(u"prev"_s).toString())) {
                line.entry.reset();
                line.why = ChangeJournal::tr("its “hash” or “prev” is not a SHA-256 in hex");
            }
        }
        lines.append(line);
    }
    return lines;
}

QString fileNameFor(const QString &profileId)
{
    // Profile ids are UUIDs; anything else is hex-encoded so that no id can
    // name a path outside the directory.
    static const QRegularExpression safe(u"\\A[A-Za-z0-9_-][A-Za-z0-9._-]{0,99}\\z"_s);
    const QString stem = safe.match(profileId).hasMatch()
                             ? profileId
                             : u"x-"_s + QString::fromLatin1(profileId.toUtf8().toHex());
    return stem + u".jsonl"_s;
}

} // namespace

const QString ChangeJournal::GenesisHash = QString(64, u'0');

ChangeJournal::ChangeJournal(QString directory)
    : m_directory(std::move(directory))
{}

QString ChangeJournal::filePath(const QString &profileId) const
{
    return QDir(m_directory).filePath(fileNameFor(profileId));
}

QString ChangeJournal::tokenFingerprint(const QString &tokenValue)
{
    return TokenListModel::fingerprint(tokenValue);
}

QString ChangeJournal::hashOf(const QJsonObject &lineWithoutHash)
{
    const QByteArray canonical = QJsonDocument(lineWithoutHash).toJson(QJsonDocument::Compact);
    return QString::fromLatin1(
        QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toHex());
}

bool ChangeJournal::ensureDirectory(QString *error) const
{
    const QFileInfo info(m_directory);
    if (!info.exists()) {
        const QDir parent = info.absoluteDir();
        if (!parent.mkpath(u"."_s) || !parent.mkdir(info.fileName(), OwnerOnlyDirectory)) {
            *error = tr("The journal folder %1 could not be created.").arg(m_directory);
            return false;
        }
    } else if (!info.isDir()) {
        *error = tr("The journal folder %1 is not a folder.").arg(m_directory);
        return false;
    }
    // An existing folder may have been made by an older version or by hand:
    // the journal names servers, accounts and targets, so it is the owner's only.
    if (modeOf(m_directory) != OwnerOnlyDirectory &&
        !QFile::setPermissions(m_directory, OwnerOnlyDirectory)) {
        *error = tr("The journal folder %1 could not be made private.").arg(m_directory);
        return false;
    }
    return true;
}

Expected<JournalEntry, QString> ChangeJournal::append(JournalEntry entry)
{
    QString error;
    if (!ensureDirectory(&error)) {
        return error;
    }
    const QString path = filePath(entry.profileId);

    // The lock spans reading the last hash and writing the new line: without
    // it two processes could both chain to the same predecessor.
    QLockFile lock(path + u".lock"_s);
    if (!lock.tryLock(static_cast<int>(m_lockTimeout.count()))) {
        return tr("The journal %1 is locked by another Keyward; the change was not recorded.")
            .arg(path);
    }

    QFile file(path);
    const bool created = !file.exists();
    if (!file.open(QIODevice::ReadWrite | QIODevice::Append | QIODevice::Unbuffered,
                   OwnerReadWrite)) {
        return tr("The journal %1 could not be opened: %2").arg(path, file.errorString());
    }
    if (!created && modeOf(path) != OwnerReadWrite) {
        file.setPermissions(OwnerReadWrite);
    }
    const std::optional<Tail> tail = readTail(file);
    if (!tail) {
        return tr("The journal %1 could not be read: %2").arg(path, file.errorString());
    }
    if (tail->incomplete) {
        // Lines are written whole and synced before append() returns, so a
        // partial last line is a write that never completed (a crash): no
        // caller was told it was recorded. Dropping it keeps the chain going.
        if (!file.resize(tail->completeEnd)) {
            return tr("The journal %1 ends with an incomplete line that could not be removed.")
                .arg(path);
        }
    }

    QString previousHash = GenesisHash;
    qint64 previousSequence = 0;
    if (!tail->lastLine.isEmpty()) {
        const QJsonObject last = QJsonDocument::fromJson(tail->lastLine).object();
        previousHash = last.value(u"hash"_s).toString();
        previousSequence = last.value(u"seq"_s).toInteger(-1);
        if (!isHexHash(previousHash) || previousSequence < 1) {
            return tr("The last line of the journal %1 is damaged, so the change cannot be "
                      "chained to it; verify the journal.")
                .arg(path);
        }
    }

    entry.sequence = previousSequence + 1;
    entry.time = QDateTime::currentDateTimeUtc();
    QJsonObject object = toJson(entry);
    object.insert(u"prev"_s, previousHash);
    object.insert(u"hash"_s, hashOf(object));
    const QByteArray line = QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';

    // One write of the whole line in append mode: a reader never sees half of
    // it unless the process dies mid-write, which verify() reports as such.
    if (file.write(line) != line.size() || !syncToDisk(file)) {
        return tr("The change could not be written to the journal %1: %2")
            .arg(path, file.errorString());
    }
    file.close();
    if (created) {
        syncDirectory(m_directory);
    }
    return entry;
}

QList<JournalEntry> ChangeJournal::entries(const QString &profileId) const
{
    QFile file(filePath(profileId));
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    QList<JournalEntry> result;
    const QList<ParsedLine> lines = parseLines(file.readAll());
    for (const ParsedLine &line : lines) {
        if (!line.complete || !line.entry) {
            break;
        }
        result.append(*line.entry);
    }
    return result;
}

JournalVerification ChangeJournal::verify(const QString &profileId) const
{
    JournalVerification result;
    QFile file(filePath(profileId));
    if (!file.exists()) {
        return result;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        result.problem = JournalVerification::Problem::Unreadable;
        result.message =
            tr("The journal %1 cannot be read: %2").arg(file.fileName(), file.errorString());
        return result;
    }
    const QList<ParsedLine> lines = parseLines(file.readAll());

    const auto fail = [&result](JournalVerification::Problem problem, qsizetype index,
                                const QString &message) {
        result.problem = problem;
        result.line = index + 1;
        result.message = message;
        return result;
    };
    const auto appearsAfter = [&lines](qsizetype index, qint64 sequence) {
        for (qsizetype later = index + 1; later < lines.size(); ++later) {
            if (lines.at(later).entry && lines.at(later).entry->sequence == sequence) {
                return true;
            }
        }
        return false;
    };

    QString previousHash = GenesisHash;
    qint64 expected = 1;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const ParsedLine &line = lines.at(i);
        const qsizetype number = i + 1;
        if (!line.complete) {
            return fail(JournalVerification::Problem::IncompleteLastLine, i,
                        tr("The last line (%1) is incomplete, probably because Keyward stopped "
                           "while writing it; the entries before it are intact.")
                            .arg(number));
        }
        if (!line.entry) {
            return fail(JournalVerification::Problem::Unparseable, i,
                        tr("Line %1 is not a journal entry: %2.").arg(number).arg(line.why));
        }
        QJsonObject content = line.object;
        const QString storedHash = content.take(u"hash"_s).toString();
        if (hashOf(content) != storedHash) {
            return fail(JournalVerification::Problem::Edited, i,
                        tr("Line %1 was changed after it was written: its content no longer "
                           "matches its hash.")
                            .arg(number));
        }
        const JournalEntry &entry = *line.entry;
        if (entry.profileId != profileId) {
            return fail(JournalVerification::Problem::WrongProfile, i,
                        tr("Line %1 belongs to another profile (%2); it was copied in from "
                           "another journal.")
                            .arg(number)
                            .arg(entry.profileId));
        }
        if (entry.sequence != expected) {
            if (appearsAfter(i, expected)) {
                return fail(JournalVerification::Problem::Reordered, i,
                            tr("Line %1 holds entry %2 where entry %3 was expected, and entry "
                               "%3 comes later: entries were reordered.")
                                .arg(number)
                                .arg(entry.sequence)
                                .arg(expected));
            }
            if (entry.sequence > expected) {
                return fail(JournalVerification::Problem::Removed, i,
                            entry.sequence == expected + 1
                                ? tr("Entry %1 is missing before line %2: it was removed.")
                                      .arg(expected)
                                      .arg(number)
                                : tr("Entries %1 to %2 are missing before line %3: they were "
                                     "removed.")
                                      .arg(expected)
                                      .arg(entry.sequence - 1)
                                      .arg(number));
            }
            return fail(JournalVerification::Problem::Reordered, i,
                        tr("Line %1 holds entry %2 again, after entry %3: entries were "
                           "duplicated or reordered.")
                            .arg(number)
                            .arg(entry.sequence)
                            .arg(expected - 1));
        }
        if (line.object.value(u"prev"_s).toString() != previousHash) {
            return fail(JournalVerification::Problem::Removed, i,
                        tr("Line %1 does not continue the chain from the line before it: an "
                           "entry before it was replaced or removed.")
                            .arg(number));
        }
        previousHash = storedHash;
        ++expected;
        ++result.entryCount;
    }
    return result;
}

} // namespace keyward
