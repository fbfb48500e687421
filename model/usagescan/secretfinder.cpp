// SPDX-License-Identifier: GPL-3.0-or-later
#include "usagescan/secretfinder.h"

#include <QString>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace keyward {

namespace {

const QChar kEllipsis(0x2026);

// Cutting a line at a byte offset can split a UTF-8 sequence; the decoder
// turns the fragment into U+FFFD, which only adds noise at a cut edge.
QString decodeCut(QByteArrayView bytes, bool cutAtStart, bool cutAtEnd)
{
    QString text = QString::fromUtf8(bytes);
    if (cutAtStart) {
        while (!text.isEmpty() && text.front() == QChar::ReplacementCharacter) {
            text.remove(0, 1);
        }
    }
    if (cutAtEnd) {
        while (!text.isEmpty() && text.back() == QChar::ReplacementCharacter) {
            text.chop(1);
        }
    }
    return text;
}

} // namespace

SecretFinder::SecretFinder(QByteArray secret, qsizetype context)
    : m_secret(std::move(secret))
    , m_mask(maskFor(m_secret))
    , m_context(std::max<qsizetype>(context, 0))
{}

QString SecretFinder::maskFor(QByteArrayView secret)
{
    const QString text = QString::fromUtf8(secret);
    // A short secret keeps less: four characters of an 8-character secret
    // would give half of it away.
    const qsizetype keep = std::min<qsizetype>(4, text.size() / 4);
    return text.left(keep) + kEllipsis + u"(masked)"_s;
}

QList<UsageMatch> SecretFinder::feed(QByteArrayView bytes)
{
    QList<UsageMatch> out;
    if (m_secret.isEmpty()) {
        return out;
    }
    while (!bytes.isEmpty()) {
        const qsizetype newline = bytes.indexOf('\n');
        if (newline < 0) {
            processSegment(bytes, false, out);
            break;
        }
        QByteArrayView line = bytes.first(newline);
        if (line.endsWith('\r')) {
            line.chop(1);
        }
        processSegment(line, true, out);
        bytes = bytes.sliced(newline + 1);
    }
    return out;
}

QList<UsageMatch> SecretFinder::finish()
{
    QList<UsageMatch> out;
    if (!m_secret.isEmpty() && (m_lineLength > 0 || m_pending.active)) {
        finishLine(out);
    }
    return out;
}

void SecretFinder::processSegment(QByteArrayView segment, bool endsLine, QList<UsageMatch> &out)
{
    const qsizetype len = m_secret.size();
    QByteArray joined;
    QByteArrayView buf = segment;
    if (!m_tail.isEmpty()) {
        joined = m_tail;
        joined.append(segment);
        buf = joined;
    }
    const qint64 bufStart = m_tailStart;
    const qint64 bufEnd = bufStart + buf.size();
    auto bytesAt = [&](qint64 from, qint64 to) {
        return buf.sliced(from - bufStart, to - from);
    };
    auto fillAfter = [&](qint64 upTo) {
        const qint64 from = m_pending.lastEnd + m_pending.after.size();
        const qint64 to = std::min({m_pending.lastEnd + m_context, upTo, bufEnd});
        if (to > from && from >= bufStart) {
            m_pending.after.append(bytesAt(from, to));
        }
    };

    qint64 nextSearch = std::max(m_searchFrom, bufStart);
    while (true) {
        const qsizetype pos = buf.indexOf(m_secret, nextSearch - bufStart);
        if (pos < 0) {
            break;
        }
        const qint64 start = bufStart + pos;
        if (!m_pending.active) {
            const qint64 beforeStart = std::max(bufStart, start - m_context);
            const bool cut = beforeStart > 0;
            m_pending.display = (cut ? QString(kEllipsis) : QString()) +
                                decodeCut(bytesAt(beforeStart, start), cut, false) + m_mask;
            m_pending.active = true;
        } else {
            // Bytes collected as context may be the beginning of this
            // occurrence when it straddled a chunk boundary.
            m_pending.after.truncate(start - m_pending.lastEnd);
            fillAfter(start);
            const qint64 covered = m_pending.lastEnd + m_pending.after.size();
            m_pending.display += decodeCut(m_pending.after, false, covered < start);
            if (covered < start) {
                const qint64 beforeStart = std::max({bufStart, start - m_context, covered});
                const bool gap = beforeStart > covered;
                m_pending.display += (gap ? QString(kEllipsis) : QString()) +
                                     decodeCut(bytesAt(beforeStart, start), gap, false);
            }
            m_pending.display += m_mask;
        }
        ++m_pending.occurrences;
        m_pending.lastEnd = start + len;
        m_pending.after.clear();
        nextSearch = start + len;
    }
    if (m_pending.active) {
        fillAfter(bufEnd);
    }
    m_searchFrom = std::max(nextSearch, bufEnd - len + 1);
    m_lineLength = bufEnd;

    if (endsLine) {
        finishLine(out);
        return;
    }
    // Enough of the line to complete an occurrence that straddles the next
    // chunk and to show the context before it.
    const qsizetype keep = std::min<qsizetype>(buf.size(), m_context + len - 1);
    m_tail = buf.last(keep).toByteArray();
    m_tailStart = bufEnd - keep;
}

void SecretFinder::finishLine(QList<UsageMatch> &out)
{
    if (m_pending.active) {
        QByteArray after = m_pending.after;
        const qint64 covered = m_pending.lastEnd + after.size();
        const bool cut = covered < m_lineLength;
        if (!cut && after.endsWith('\r')) {
            after.chop(1);
        }
        QString display = m_pending.display + decodeCut(after, false, cut);
        if (cut) {
            display += kEllipsis;
        }
        // Belt and braces: whatever the context arithmetic did, the secret
        // itself must not survive into a result.
        const QString secret = QString::fromUtf8(m_secret);
        for (int i = 0; i < 4 && display.contains(secret); ++i) {
            display.replace(secret, m_mask);
        }
        if (display.contains(secret)) {
            display = m_mask;
        }
        out.append(UsageMatch{QString(), m_line, display, m_pending.occurrences});
    }
    m_pending = Pending();
    m_tail.clear();
    m_tailStart = 0;
    m_searchFrom = 0;
    m_lineLength = 0;
    ++m_line;
}

} // namespace keyward
