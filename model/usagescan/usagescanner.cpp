// SPDX-License-Identifier: GPL-3.0-or-later
#include "usagescan/usagescanner.h"

#include "usagescan/secretfinder.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <atomic>
#include <functional>

using namespace Qt::StringLiterals;

namespace keyward {

namespace {

constexpr qsizetype kChunk = 64 * 1024;
constexpr qsizetype kBinaryProbe = 8 * 1024;
constexpr int kReportIntervalMs = 100;
constexpr qsizetype kMatchBatch = 200;
constexpr qsizetype kUnreadablePathsKept = 50;

} // namespace

struct UsageScanner::Job
{
    quint64 id = 0;
    std::atomic_bool cancelled{false};
    QStringList folders;
    QByteArray secret;
    qint64 sizeLimit = 0;
    QStringList excluded;
};

namespace {

/// The worker's side: walks the folders twice (count, then search) and
/// reports through the callbacks, which post to the scanner's thread.
class ScanRun
{
public:
    std::function<void(int, int, const QString &, const UsageScanSummary &)> onProgress;
    std::function<void(const QList<UsageMatch> &)> onMatches;
    std::function<void(const UsageScanSummary &)> onFinished;

    ScanRun(const QStringList &folders, const QByteArray &secret, qint64 sizeLimit,
            const QStringList &excluded, const std::atomic_bool &cancelled)
        : m_secret(secret)
        , m_sizeLimit(sizeLimit)
        , m_excluded(excluded.cbegin(), excluded.cend())
        , m_cancelled(cancelled)
    {
        for (const QString &folder : folders) {
            const QFileInfo info(folder);
            const QString canonical = info.canonicalFilePath();
            if (canonical.isEmpty() || !info.isDir()) {
                noteUnreadable(folder);
                continue;
            }
            m_roots.append({folder, canonical});
        }
        // A folder inside another chosen folder is scanned with its parent.
        QList<Root> kept;
        for (const Root &root : std::as_const(m_roots)) {
            bool nested = false;
            for (const Root &other : std::as_const(m_roots)) {
                if (&other != &root && isInside(root.canonical, other.canonical) &&
                    (root.canonical != other.canonical || &other < &root)) {
                    nested = true;
                }
            }
            if (!nested) {
                kept.append(root);
            }
        }
        m_roots = kept;
    }

    void run()
    {
        m_clock.start();
        if (!m_secret.isEmpty()) {
            int total = 0;
            m_counting = true;
            const bool counted = walk([&](const QFileInfo &file) {
                ++total;
                if (m_clock.elapsed() >= kReportIntervalMs) {
                    m_clock.restart();
                    onProgress(total, -1, file.filePath(), m_summary);
                }
            });
            m_counting = false;
            if (counted) {
                int done = 0;
                walk([&](const QFileInfo &file) {
                    scanFile(file);
                    ++done;
                    if (m_clock.elapsed() >= kReportIntervalMs) {
                        m_clock.restart();
                        flushMatches();
                        onProgress(done, std::max(done, total), file.filePath(), m_summary);
                    }
                });
                onProgress(done, std::max(done, total), QString(), m_summary);
            }
        }
        flushMatches();
        m_summary.cancelled = m_cancelled.load();
        onFinished(m_summary);
    }

private:
    struct Root
    {
        QString path;
        QString canonical;
    };

    static bool isInside(const QString &path, const QString &folder)
    {
        if (path == folder) {
            return true;
        }
        const QString prefix = folder.endsWith(u'/') ? folder : folder + u'/';
        return path.startsWith(prefix);
    }

    bool insideRoots(const QString &canonical) const
    {
        return std::any_of(m_roots.cbegin(), m_roots.cend(),
                           [&](const Root &root) { return isInside(canonical, root.canonical); });
    }

    void noteUnreadable(const QString &path)
    {
        if (m_counting) {
            return;
        }
        ++m_summary.unreadable;
        if (m_summary.unreadablePaths.size() < kUnreadablePathsKept) {
            m_summary.unreadablePaths.append(path);
        }
    }

    /// Calls \p visit for every regular file to search; false if cancelled.
    bool walk(const std::function<void(const QFileInfo &)> &visit)
    {
        QSet<QString> visitedFolders;
        QSet<QString> linkedFiles;
        QList<Root> stack;
        for (auto it = m_roots.crbegin(); it != m_roots.crend(); ++it) {
            stack.append(*it);
            visitedFolders.insert(it->canonical);
        }
        auto skipped = [this](int &counter) {
            if (!m_counting) {
                ++counter;
            }
        };
        while (!stack.isEmpty()) {
            const Root folder = stack.takeLast();
            const QFileInfo folderInfo(folder.path);
            if (!folderInfo.isReadable() || !folderInfo.isExecutable()) {
                noteUnreadable(folder.path);
                continue;
            }
            const QFileInfoList entries =
                QDir(folder.path)
                    .entryInfoList(QDir::Dirs | QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot,
                                   QDir::Name);
            QList<Root> subfolders;
            for (const QFileInfo &entry : entries) {
                if (m_cancelled.load()) {
                    return false;
                }
                if (entry.isDir()) {
                    if (m_excluded.contains(entry.fileName())) {
                        skipped(m_summary.skippedFolders);
                        continue;
                    }
                    const QString canonical = entry.isSymLink()
                                                  ? entry.canonicalFilePath()
                                                  : folder.canonical + u'/' + entry.fileName();
                    if (canonical.isEmpty()) {
                        continue;
                    }
                    // A link into a chosen folder is scanned there anyway;
                    // a link seen before closes a loop.
                    if ((entry.isSymLink() && insideRoots(canonical)) ||
                        visitedFolders.contains(canonical)) {
                        skipped(m_summary.skippedAlreadyVisited);
                        continue;
                    }
                    visitedFolders.insert(canonical);
                    subfolders.append({entry.filePath(), canonical});
                } else if (entry.isFile()) {
                    if (entry.isSymLink()) {
                        const QString target = entry.canonicalFilePath();
                        if (target.isEmpty()) {
                            continue;
                        }
                        if (insideRoots(target) || linkedFiles.contains(target)) {
                            skipped(m_summary.skippedAlreadyVisited);
                            continue;
                        }
                        linkedFiles.insert(target);
                    }
                    visit(entry);
                }
            }
            for (auto it = subfolders.crbegin(); it != subfolders.crend(); ++it) {
                stack.append(*it);
            }
        }
        return !m_cancelled.load();
    }

    void scanFile(const QFileInfo &file)
    {
        if (m_cancelled.load()) {
            return;
        }
        if (file.size() > m_sizeLimit) {
            ++m_summary.skippedLarge;
            return;
        }
        QFile device(file.filePath());
        if (!device.open(QIODevice::ReadOnly)) {
            noteUnreadable(file.filePath());
            return;
        }
        SecretFinder finder(m_secret);
        QByteArray chunk(kChunk, Qt::Uninitialized);
        QList<UsageMatch> found;
        qint64 total = 0;
        bool first = true;
        while (true) {
            const qint64 read = device.read(chunk.data(), kChunk);
            if (read < 0) {
                noteUnreadable(file.filePath());
                return;
            }
            if (read == 0) {
                break;
            }
            const QByteArrayView bytes(chunk.constData(), read);
            if (first && bytes.first(std::min<qsizetype>(read, kBinaryProbe)).contains('\0')) {
                ++m_summary.skippedBinary;
                return;
            }
            first = false;
            found += finder.feed(bytes);
            total += read;
            // The file grew past the limit while we read it.
            if (total > m_sizeLimit) {
                ++m_summary.skippedLarge;
                return;
            }
            if (m_cancelled.load()) {
                return;
            }
        }
        found += finder.finish();
        ++m_summary.filesScanned;
        m_summary.matchingLines += int(found.size());
        for (UsageMatch &match : found) {
            match.filePath = file.filePath();
            m_batch.append(std::move(match));
        }
        if (m_batch.size() >= kMatchBatch) {
            flushMatches();
        }
    }

    void flushMatches()
    {
        if (!m_batch.isEmpty()) {
            onMatches(m_batch);
            m_batch.clear();
        }
    }

    QByteArray m_secret;
    qint64 m_sizeLimit;
    QSet<QString> m_excluded;
    const std::atomic_bool &m_cancelled;
    QList<Root> m_roots;
    UsageScanSummary m_summary;
    QList<UsageMatch> m_batch;
    QElapsedTimer m_clock;
    bool m_counting = false;
};

} // namespace

QStringList UsageScanner::defaultExcludedFolderNames()
{
    return {u".git"_s,         u".hg"_s,  u".svn"_s,        u".bzr"_s,
            u"node_modules"_s, u".tox"_s, u"__pycache__"_s, u".mypy_cache"_s};
}

UsageScanner::UsageScanner(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<UsageMatch>();
    qRegisterMetaType<UsageScanSummary>();
}

UsageScanner::~UsageScanner()
{
    if (m_current) {
        m_current->cancelled = true;
    }
    m_pool.waitForDone();
}

void UsageScanner::start(const QStringList &folders, const QString &secret)
{
    static std::atomic<quint64> nextId{0};
    if (m_current) {
        m_current->cancelled = true;
        m_current.reset();
        UsageScanSummary summary = m_lastSummary;
        summary.cancelled = true;
        Q_EMIT finished(summary);
    }
    auto job = std::make_shared<Job>();
    job->id = ++nextId;
    job->folders = folders;
    job->secret = secret.toUtf8();
    job->sizeLimit = m_sizeLimit;
    job->excluded = m_excluded;
    m_current = job;
    m_lastSummary = {};

    const quint64 id = job->id;
    m_pool.start([this, job, id] {
        ScanRun run(job->folders, job->secret, job->sizeLimit, job->excluded, job->cancelled);
        run.onProgress = [this, id](int done, int total, const QString &path,
                                    const UsageScanSummary &soFar) {
            QMetaObject::invokeMethod(
                this, [=, this] { deliverProgress(id, done, total, path, soFar); },
                Qt::QueuedConnection);
        };
        run.onMatches = [this, id](const QList<UsageMatch> &matches) {
            QMetaObject::invokeMethod(
                this, [=, this] { deliverMatches(id, matches); }, Qt::QueuedConnection);
        };
        run.onFinished = [this, id](const UsageScanSummary &summary) {
            QMetaObject::invokeMethod(
                this, [=, this] { deliverFinished(id, summary); }, Qt::QueuedConnection);
        };
        run.run();
    });
}

void UsageScanner::cancel()
{
    if (m_current) {
        m_current->cancelled = true;
    }
}

void UsageScanner::deliverProgress(quint64 id, int done, int total, const QString &path,
                                   const UsageScanSummary &soFar)
{
    if (!m_current || m_current->id != id) {
        return;
    }
    m_lastSummary = soFar;
    Q_EMIT progress(done, total, path);
}

void UsageScanner::deliverMatches(quint64 id, const QList<UsageMatch> &matches)
{
    if (!m_current || m_current->id != id) {
        return;
    }
    Q_EMIT match(matches);
}

void UsageScanner::deliverFinished(quint64 id, const UsageScanSummary &summary)
{
    if (!m_current || m_current->id != id) {
        return;
    }
    m_current.reset();
    m_lastSummary = summary;
    Q_EMIT finished(summary);
}

} // namespace keyward
