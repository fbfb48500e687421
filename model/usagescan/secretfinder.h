// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "usagescan/usagematch.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

namespace keyward {

/// Finds a secret in a stream of bytes fed in chunks of any size, tracking
/// 1-based line numbers (LF or CRLF) and keeping only a bounded tail of the
/// current line, so a 10 MiB one-line file never sits in memory as a whole.
/// Matches come back per line with every occurrence masked; a secret spanning
/// a chunk boundary is found, one spanning a line break is not (tokens are
/// single-line).
class SecretFinder
{
public:
    /// \p context: bytes of the line kept on each side of an occurrence.
    explicit SecretFinder(QByteArray secret, qsizetype context = 40);

    /// The next bytes of the file; returns the lines completed by them.
    QList<UsageMatch> feed(QByteArrayView bytes);
    /// End of file: returns the last line if it matched.
    QList<UsageMatch> finish();

    /// What stands in for the secret: at most 4 leading characters (fewer
    /// for short secrets), then "…(masked)".
    static QString maskFor(QByteArrayView secret);

private:
    struct Pending
    {
        QString display;    ///< text up to and including the last mask
        qint64 lastEnd = 0; ///< line offset just after the last occurrence
        QByteArray after;   ///< bytes following lastEnd, at most m_context
        int occurrences = 0;
        bool active = false;
    };

    void processSegment(QByteArrayView segment, bool endsLine, QList<UsageMatch> &out);
    void finishLine(QList<UsageMatch> &out);

    QByteArray m_secret;
    QString m_mask;
    qsizetype m_context;
    int m_line = 1;
    QByteArray m_tail;       ///< last bytes of the current line, bounded
    qint64 m_tailStart = 0;  ///< line offset of m_tail[0]
    qint64 m_searchFrom = 0; ///< line offset where the next occurrence may start
    qint64 m_lineLength = 0; ///< bytes of the current line seen so far
    Pending m_pending;
};

} // namespace keyward
