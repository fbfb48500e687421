// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "journalentry.h"

#include "domain/expected.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <chrono>

namespace keyward {

/// The outcome of ChangeJournal::verify().
struct JournalVerification
{
    enum class Problem
    {
        None,
        /// The last line has no line end: a write was cut short (a crash or a
        /// full disk), not tampering.
        IncompleteLastLine,
        /// A line is not a JSON object, or lacks a field.
        Unparseable,
        /// A line's content no longer matches its hash.
        Edited,
        /// Entries are missing (a sequence gap, or a prev hash that does not
        /// match the line before).
        Removed,
        /// Entries are present but not in their order.
        Reordered,
        /// A line names another profile than the journal's.
        WrongProfile,
        /// The file exists but cannot be read.
        Unreadable,
    };

    Problem problem = Problem::None;
    /// 1-based line of the first problem; 0 when there is none.
    qsizetype line = 0;
    /// A translated sentence saying what is wrong, empty when ok.
    QString message;
    /// Complete, valid entries before the first problem (all of them when ok).
    qsizetype entryCount = 0;

    bool ok() const { return problem == Problem::None; }
};

/// The local, append-only journal of every change made from this app, one per
/// profile: the only audit trail against a server that keeps none (plain CAVE).
///
/// Storage: `<directory>/<profile id>.jsonl` (mode 0600, directory 0700), one
/// JSON object per line: the entry's fields plus `prev` (the previous line's
/// `hash`; 64 zeros for the first) and `hash`. The hash chain makes an edited,
/// removed or reordered entry detectable; it cannot stop someone who rewrites
/// the whole file and recomputes every hash, nor notice the newest entries
/// being cut off (there is no key and no outside anchor).
///
/// Canonical form (what `hash` covers): the line's object without `hash` —
/// so including `prev` — serialized by QJsonDocument::Compact (keys sorted,
/// no white space), UTF-8. `hash` is SHA-256 of those bytes, lowercase hex.
/// A verifier re-serializes the parsed object the same way; outside Qt that
/// means: keys in ASCII order (all keys are ASCII), `seq` as a plain integer,
/// strings escaping only `"`, `\\`, control characters (`\\n`, `\\uXXXX`, …),
/// everything else (including `/` and non-ASCII, as UTF-8) written as is.
///
/// Use (the app's composition root owns one instance):
/// \code
///   ChangeJournal journal(QStandardPaths::writableLocation(
///                             QStandardPaths::AppDataLocation) + u"/journal"_s);
///   JournalEntry entry;
///   entry.profileId = profile.id.toString(QUuid::WithoutBraces);
///   entry.serverUrl = profile.serverUrl.toString();
///   entry.actor = session.email;
///   entry.action = JournalAction::TokenRotate;
///   entry.target = u"acme/teams/ops/tokens/12"_s;
///   entry.fingerprint = ChangeJournal::tokenFingerprint(newToken.value);
///   if (auto written = journal.append(entry); !written) { show(written.error()); }
/// \endcode
/// Append after the server confirmed the change. Appends block briefly (a
/// file lock and an fsync); several processes may append to one journal.
class ChangeJournal
{
    Q_DECLARE_TR_FUNCTIONS(keyward::ChangeJournal)

public:
    /// The first entry's `prev`.
    static const QString GenesisHash;

    explicit ChangeJournal(QString directory);

    QString directory() const { return m_directory; }
    /// The journal file of \p profileId (which need not exist yet).
    QString filePath(const QString &profileId) const;

    /// How long append() waits for another process holding the journal's lock.
    void setLockTimeout(std::chrono::milliseconds timeout) { m_lockTimeout = timeout; }

    /// Appends \p entry to its profile's journal (entry.profileId) and returns
    /// it with its sequence number and time; or a translated sentence saying
    /// why it could not be written. Returns only once the line is on disk.
    Expected<JournalEntry, QString> append(JournalEntry entry);

    /// Every entry of \p profileId's journal, oldest first (newest last). Reading
    /// stops at the first line that is not a valid entry; verify() says why.
    QList<JournalEntry> entries(const QString &profileId) const;

    /// Checks the whole chain of \p profileId's journal. A journal that does not
    /// exist yet is ok (and empty).
    JournalVerification verify(const QString &profileId) const;

    /// "sha256:" and the first hex digits of SHA-256 over a token's value: the
    /// same short fingerprint the tokens list shows, so a journal entry can
    /// be matched with the token it names. Never store the value itself.
    static QString tokenFingerprint(const QString &tokenValue);

    /// SHA-256 (lowercase hex) of \p line's canonical form, as `hash` holds it.
    static QString hashOf(const QJsonObject &lineWithoutHash);

private:
    bool ensureDirectory(QString *error) const;

    QString m_directory;
    std::chrono::milliseconds m_lockTimeout{10000};
};

} // namespace keyward
