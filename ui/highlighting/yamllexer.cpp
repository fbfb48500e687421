// SPDX-License-Identifier: GPL-3.0-or-later
#include "highlighting/syntaxlexers.h"

#include <QRegularExpression>

#include <algorithm>

namespace keyward {
namespace {

// Block states: 0 plain; DoubleQuoted/SingleQuoted while a quoted scalar continues on the next
// line; BlockBase + parent indent + 1 inside a block scalar, which ends at the first non-blank
// line indented no deeper than its parent.
constexpr int DoubleQuoted = 1;
constexpr int SingleQuoted = 2;
constexpr int BlockBase = 1 << 16;

bool isBlank(QChar c)
{
    return c == u' ' || c == u'\t';
}

bool isFlowIndicator(QChar c)
{
    return c == u',' || c == u'[' || c == u']' || c == u'{' || c == u'}';
}

SyntaxCategory classifyPlain(QStringView scalar)
{
    static const QRegularExpression keyword(
        QStringLiteral("^(~|null|Null|NULL|true|True|TRUE|false|False|FALSE|yes|Yes|YES|no|No|NO|"
                       "on|On|ON|off|Off|OFF)$"));
    // YAML 1.2 core schema numbers plus 1.1 underscores, which Compose and Kubernetes still accept.
    static const QRegularExpression number(
        QStringLiteral("^([-+]?(\\d[\\d_]*(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?|0x[0-9a-fA-F_]+|"
                       "0o[0-7_]+|[-+]?\\.(inf|Inf|INF)|\\.(nan|NaN|NAN))$"));
    if (keyword.match(scalar).hasMatch())
        return SyntaxCategory::Keyword;
    if (number.match(scalar).hasMatch())
        return SyntaxCategory::Number;
    return SyntaxCategory::String;
}

class YamlLine
{
public:
    YamlLine(QStringView line, SyntaxSpans &spans)
        : m_line(line)
        , m_spans(spans)
    {}

    int lex(int state)
    {
        if (state >= BlockBase) {
            const int parentIndent = state - BlockBase - 1;
            const qsizetype indent = skipBlanks(0);
            if (indent == size())
                return state;
            if (indent > parentIndent) {
                add(indent, size() - indent, SyntaxCategory::String);
                return state;
            }
            state = 0;
        }
        qsizetype i = 0;
        if (state == DoubleQuoted || state == SingleQuoted) {
            bool closed = false;
            i = quoted(0, state == DoubleQuoted ? u'"' : u'\'', &closed, true);
            if (!closed)
                return state;
            return afterScalar(i);
        }
        i = skipBlanks(0);
        if (i == size())
            return 0;
        if (i == 0 && (m_line.startsWith(u"---") || m_line.startsWith(u"...")) &&
            (size() == 3 || isBlank(m_line[3]))) {
            add(0, 3, SyntaxCategory::Section);
            return value(3, -1);
        }
        while (i < size() && m_line[i] == u'-' && (i + 1 == size() || isBlank(m_line[i + 1]))) {
            add(i, 1, SyntaxCategory::Punctuation);
            i = skipBlanks(i + 1);
        }
        if (i == size())
            return 0;
        return keyOrValue(i);
    }

private:
    qsizetype size() const { return m_line.size(); }
    void add(qsizetype start, qsizetype length, SyntaxCategory category)
    {
        if (length > 0)
            m_spans.append({start, length, category});
    }
    qsizetype skipBlanks(qsizetype i) const
    {
        while (i < size() && isBlank(m_line[i]))
            ++i;
        return i;
    }
    bool isMappingColon(qsizetype i) const
    {
        return i < size() && m_line[i] == u':' && (i + 1 == size() || isBlank(m_line[i + 1]));
    }
    bool startsComment(qsizetype i) const
    {
        return m_line[i] == u'#' && (i == 0 || isBlank(m_line[i - 1]));
    }

    /// Scans a quoted scalar starting at \p i (at its opening quote unless \p continued) and
    /// returns the position after it.
    qsizetype quoted(qsizetype i, QChar quote, bool *closed, bool continued = false)
    {
        SyntaxSpans escapes;
        qsizetype j = continued ? i : i + 1;
        *closed = false;
        while (j < size()) {
            if (quote == u'"' && m_line[j] == u'\\') {
                const qsizetype len = std::min<qsizetype>(2, size() - j);
                escapes.append({j, len, SyntaxCategory::Escape});
                j += len;
                continue;
            }
            if (m_line[j] == quote) {
                if (quote == u'\'' && j + 1 < size() && m_line[j + 1] == u'\'') {
                    escapes.append({j, 2, SyntaxCategory::Escape});
                    j += 2;
                    continue;
                }
                *closed = true;
                ++j;
                break;
            }
            ++j;
        }
        add(i, j - i, SyntaxCategory::String);
        m_spans.append(escapes);
        return j;
    }

    int keyOrValue(qsizetype i)
    {
        const QChar c = m_line[i];
        if (c == u'#')
            return comment(i);
        if (c == u'"' || c == u'\'') {
            bool closed = false;
            const qsizetype spansBefore = m_spans.size();
            const qsizetype end = quoted(i, c, &closed);
            if (!closed)
                return c == u'"' ? DoubleQuoted : SingleQuoted;
            const qsizetype colon = skipBlanks(end);
            if (isMappingColon(colon)) {
                m_spans[spansBefore].category = SyntaxCategory::Key;
                add(colon, 1, SyntaxCategory::Punctuation);
                return value(colon + 1, int(i));
            }
            return afterScalar(end);
        }
        if (c != u'[' && c != u'{' && c != u'&' && c != u'*' && c != u'!' && c != u'|' &&
            c != u'>') {
            for (qsizetype j = i; j < size(); ++j) {
                if (startsComment(j))
                    break;
                if (isMappingColon(j)) {
                    qsizetype end = j;
                    while (end > i && isBlank(m_line[end - 1]))
                        --end;
                    add(i, end - i, SyntaxCategory::Key);
                    add(j, 1, SyntaxCategory::Punctuation);
                    return value(j + 1, int(i));
                }
            }
        }
        return value(i, int(i) - 1);
    }

    /// A node's value from \p i; \p parentIndent bounds a block scalar started here.
    int value(qsizetype i, int parentIndent)
    {
        i = skipBlanks(i);
        while (i < size() && (m_line[i] == u'&' || m_line[i] == u'*' || m_line[i] == u'!')) {
            qsizetype j = i + 1;
            while (j < size() && !isBlank(m_line[j]))
                ++j;
            add(i, j - i, SyntaxCategory::Variable);
            i = skipBlanks(j);
        }
        if (i == size())
            return 0;
        const QChar c = m_line[i];
        if (startsComment(i))
            return comment(i);
        if (c == u'|' || c == u'>') {
            qsizetype j = i + 1;
            while (j < size() && (m_line[j] == u'+' || m_line[j] == u'-' || m_line[j].isDigit()))
                ++j;
            add(i, j - i, SyntaxCategory::Punctuation);
            const qsizetype rest = skipBlanks(j);
            if (rest < size() && m_line[rest] == u'#')
                comment(rest);
            return BlockBase + parentIndent + 1;
        }
        if (c == u'"' || c == u'\'') {
            bool closed = false;
            const qsizetype end = quoted(i, c, &closed);
            if (!closed)
                return c == u'"' ? DoubleQuoted : SingleQuoted;
            return afterScalar(end);
        }
        if (c == u'[' || c == u'{')
            return flow(i);
        qsizetype end = i;
        while (end < size() && !startsComment(end))
            ++end;
        const qsizetype commentAt = end;
        while (end > i && isBlank(m_line[end - 1]))
            --end;
        add(i, end - i, classifyPlain(m_line.sliced(i, end - i)));
        if (commentAt < size())
            comment(commentAt);
        return 0;
    }

    int afterScalar(qsizetype i)
    {
        i = skipBlanks(i);
        if (i < size() && m_line[i] == u'#')
            comment(i);
        return 0;
    }

    int comment(qsizetype i)
    {
        add(i, size() - i, SyntaxCategory::Comment);
        return 0;
    }

    // Flow collections are highlighted within the line; one continuing on the next line is read
    // there as plain content, which only costs colour.
    int flow(qsizetype i)
    {
        while (i < size()) {
            const QChar c = m_line[i];
            if (isBlank(c)) {
                ++i;
                continue;
            }
            if (startsComment(i))
                return comment(i);
            if (isFlowIndicator(c) || c == u':') {
                add(i, 1, SyntaxCategory::Punctuation);
                ++i;
                continue;
            }
            const qsizetype spansBefore = m_spans.size();
            qsizetype end = i;
            if (c == u'"' || c == u'\'') {
                bool closed = false;
                end = quoted(i, c, &closed);
                if (!closed)
                    return c == u'"' ? DoubleQuoted : SingleQuoted;
            } else {
                while (end < size() && !isFlowIndicator(m_line[end]) && !isMappingColon(end) &&
                       !startsComment(end))
                    ++end;
                qsizetype trimmed = end;
                while (trimmed > i && isBlank(m_line[trimmed - 1]))
                    --trimmed;
                add(i, trimmed - i, classifyPlain(m_line.sliced(i, trimmed - i)));
            }
            const qsizetype next = skipBlanks(end);
            if (next < size() && m_line[next] == u':' && m_spans.size() > spansBefore)
                m_spans[spansBefore].category = SyntaxCategory::Key;
            i = end;
        }
        return 0;
    }

    QStringView m_line;
    SyntaxSpans &m_spans;
};

} // namespace

int lexYamlLine(QStringView line, int state, SyntaxSpans &spans)
{
    return YamlLine(line, spans).lex(state);
}

} // namespace keyward
