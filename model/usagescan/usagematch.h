// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace keyward {

/// One line of one file that contains the secret. maskedLine never holds the
/// secret itself: each occurrence is replaced by a short masked stand-in and
/// long lines are cut to a little context around the occurrences.
struct UsageMatch
{
    QString filePath;
    int lineNumber = 0; ///< 1-based
    QString maskedLine;
    int occurrences = 1; ///< on this line

    friend bool operator==(const UsageMatch &, const UsageMatch &) = default;
};

/// How a scan ended. Files skipped for size or content still count as
/// examined, so progress reaches its total.
struct UsageScanSummary
{
    int filesScanned = 0;          ///< content searched
    int skippedBinary = 0;         ///< NUL byte in the first 8 KiB
    int skippedLarge = 0;          ///< over the size limit
    int unreadable = 0;            ///< files or folders that could not be read
    int skippedFolders = 0;        ///< excluded by name (.git, node_modules, …)
    int skippedAlreadyVisited = 0; ///< links to something scanned anyway (loops)
    int matchingLines = 0;
    QStringList unreadablePaths; ///< the first few, for the user
    bool cancelled = false;

    friend bool operator==(const UsageScanSummary &, const UsageScanSummary &) = default;
};

} // namespace keyward

Q_DECLARE_METATYPE(keyward::UsageMatch)
Q_DECLARE_METATYPE(keyward::UsageScanSummary)
