// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "usagescan/usagematch.h"

#include <QList>
#include <QObject>
#include <QStringList>
#include <QThreadPool>

#include <memory>

namespace keyward {

/// Searches folders for files that contain a secret ("Where is this token
/// used?"), on a worker thread: the calling thread never waits for the disk.
///
/// Skips binary files (a NUL byte in the first 8 KiB), files over
/// sizeLimit(), folders named in excludedFolderNames(), links that lead back
/// into scanned folders (so symlink loops end), and anything that is not a
/// regular file (FIFOs would block). Unreadable files and folders are counted.
/// Files are streamed in chunks; matches carry the line with the secret
/// masked, and the secret itself never leaves this class: not in a signal,
/// not in a log.
///
/// Signals arrive on the scanner's thread, in order: progress() and match()
/// batches (both throttled), then exactly one finished() per start().
class UsageScanner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UsageScanner)

public:
    static constexpr qint64 defaultSizeLimit = 10 * 1024 * 1024;
    static QStringList defaultExcludedFolderNames();

    explicit UsageScanner(QObject *parent = nullptr);
    /// Cancels a running scan and waits for its worker, which stops within
    /// one chunk.
    ~UsageScanner() override;

    qint64 sizeLimit() const { return m_sizeLimit; }
    /// Takes effect at the next start().
    void setSizeLimit(qint64 bytes) { m_sizeLimit = bytes; }
    QStringList excludedFolderNames() const { return m_excluded; }
    void setExcludedFolderNames(const QStringList &names) { m_excluded = names; }

    bool isRunning() const { return m_current != nullptr; }

    /// Starts scanning \p folders for \p secret. A scan still running is
    /// cancelled first: its finished() (cancelled) is emitted before this
    /// returns and nothing more arrives from it.
    void start(const QStringList &folders, const QString &secret);
    /// Stops the running scan; finished() (cancelled) follows shortly.
    void cancel();

    /// True while any worker, including one of a superseded scan, still runs.
    bool hasBusyWorkers() const { return m_pool.activeThreadCount() > 0; }

Q_SIGNALS:
    /// \p filesDone counts examined files (searched or skipped);
    /// \p filesTotal is -1 while the folders are still being counted.
    void progress(int filesDone, int filesTotal, const QString &currentPath);
    void match(const QList<keyward::UsageMatch> &matches);
    void finished(const keyward::UsageScanSummary &summary);

private:
    struct Job;
    // Workers post here; results of a superseded or cancelled-and-replaced
    // scan (another id) are dropped.
    void deliverProgress(quint64 id, int done, int total, const QString &path,
                         const UsageScanSummary &soFar);
    void deliverMatches(quint64 id, const QList<UsageMatch> &matches);
    void deliverFinished(quint64 id, const UsageScanSummary &summary);

    qint64 m_sizeLimit = defaultSizeLimit;
    QStringList m_excluded = defaultExcludedFolderNames();
    std::shared_ptr<Job> m_current;
    UsageScanSummary m_lastSummary;
    QThreadPool m_pool;
};

} // namespace keyward
