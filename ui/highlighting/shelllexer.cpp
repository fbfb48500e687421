// SPDX-License-Identifier: GPL-3.0-or-later
#include "highlighting/syntaxlexers.h"

#include <QRegularExpression>

#include <algorithm>

namespace keyward {
namespace {

// Block states: quotes stay open across lines in shell, and after a trailing backslash the next
// line continues the same command (at command position only if the break came before the command
// word, e.g. after `FOO=1 \`).
constexpr int Normal = 0;
constexpr int InSingleQuote = 1;
constexpr int InDoubleQuote = 2;
constexpr int ContinuedArguments = 3;
constexpr int ContinuedCommand = 4;

bool isBlank(QChar c)
{
    return c == u' ' || c == u'\t';
}

bool isOperator(QChar c)
{
    return c == u';' || c == u'&' || c == u'|' || c == u'(' || c == u')' || c == u'<' || c == u'>';
}

bool endsWord(QChar c)
{
    return isBlank(c) || isOperator(c);
}

bool isNameStart(QChar c)
{
    return c == u'_' || (c.isLetter() && c.unicode() < 128);
}

bool isNameChar(QChar c)
{
    return isNameStart(c) || (c.isDigit() && c.unicode() < 128);
}

// Words after which the next word is again a command.
bool keepsCommandPosition(QStringView word)
{
    static constexpr std::u16string_view words[] = {
        u"if", u"then", u"else", u"elif", u"do", u"while", u"until", u"!", u"{", u"time", u"exec"};
    return std::find(std::begin(words), std::end(words), word) != std::end(words);
}

bool isKeyword(QStringView word)
{
    static constexpr std::u16string_view words[] = {
        u"if",     u"then",  u"else",   u"elif",  u"fi",       u"for",     u"in",
        u"while",  u"until", u"do",     u"done",  u"case",     u"esac",    u"function",
        u"return", u"exit",  u"export", u"local", u"readonly", u"declare", u"typeset",
        u"unset",  u"set",   u"!",      u"{",     u"}",        u"time",    u"exec"};
    return std::find(std::begin(words), std::end(words), word) != std::end(words);
}

// Words whose arguments are NAME=value assignments.
bool declaresVariables(QStringView word)
{
    return word == u"export" || word == u"local" || word == u"readonly" || word == u"declare" ||
           word == u"typeset";
}

class ShellLine
{
public:
    ShellLine(QStringView line, SyntaxSpans &spans)
        : m_line(line)
        , m_spans(spans)
    {}

    int lex(int state)
    {
        qsizetype i = 0;
        bool commandPosition = state != ContinuedArguments;
        if (state == InSingleQuote || state == InDoubleQuote) {
            i = state == InSingleQuote ? singleQuoted(0, true) : doubleQuoted(0, true);
            if (m_open != Normal)
                return m_open;
            commandPosition = false;
            i = word(i);
            if (m_open != Normal)
                return m_open;
        }
        bool declaring = false;
        while (i < size()) {
            const QChar c = m_line[i];
            if (isBlank(c)) {
                ++i;
                continue;
            }
            // At a token boundary '#' always starts a comment; inside a word it is consumed there.
            if (c == u'#') {
                add(i, size() - i, SyntaxCategory::Comment);
                break;
            }
            if (isOperator(c)) {
                qsizetype len = 1;
                if (i + 1 < size() && isOperator(m_line[i + 1]) && m_line[i + 1] != u'(' &&
                    m_line[i + 1] != u')')
                    len = 2;
                add(i, len, SyntaxCategory::Punctuation);
                commandPosition = c != u')' && c != u'<' && c != u'>';
                declaring = false;
                i += len;
                continue;
            }
            if (c == u'\\' && i + 1 == size()) {
                add(i, 1, SyntaxCategory::Escape);
                m_continued = true;
                break;
            }
            if ((commandPosition || declaring) && assignment(i, &i)) {
                i = word(i);
                if (m_open != Normal)
                    return m_open;
                continue;
            }
            qsizetype plainEnd = i;
            while (plainEnd < size() && !endsWord(m_line[plainEnd]) && m_line[plainEnd] != u'\'' &&
                   m_line[plainEnd] != u'"' && m_line[plainEnd] != u'$' &&
                   m_line[plainEnd] != u'\\' && m_line[plainEnd] != u'`')
                ++plainEnd;
            const QStringView plain = m_line.sliced(i, plainEnd - i);
            const bool wholeWord = plainEnd == size() || endsWord(m_line[plainEnd]);
            if (commandPosition && wholeWord && isKeyword(plain)) {
                add(i, plainEnd - i, SyntaxCategory::Keyword);
                commandPosition = keepsCommandPosition(plain);
                declaring = declaresVariables(plain);
                i = plainEnd;
                continue;
            }
            if (commandPosition) {
                add(i, plainEnd - i, SyntaxCategory::Command);
                commandPosition = false;
            }
            i = word(plainEnd);
            if (m_open != Normal)
                return m_open;
        }
        if (m_continued)
            return commandPosition ? ContinuedCommand : ContinuedArguments;
        return Normal;
    }

private:
    qsizetype size() const { return m_line.size(); }
    void add(qsizetype start, qsizetype length, SyntaxCategory category)
    {
        if (length > 0)
            m_spans.append({start, length, category});
    }

    /// NAME=, NAME+= or NAME[index]= at \p i: marks it and moves \p next past the '='.
    bool assignment(qsizetype i, qsizetype *next)
    {
        static const QRegularExpression pattern(
            QStringLiteral("\\G[A-Za-z_][A-Za-z0-9_]*(\\[[^\\]]*\\])?(\\+?=)"));
        const QRegularExpressionMatch match = pattern.match(m_line, i);
        if (!match.hasMatch())
            return false;
        add(i, match.capturedStart(2) - i, SyntaxCategory::Variable);
        add(match.capturedStart(2), match.capturedLength(2), SyntaxCategory::Punctuation);
        *next = match.capturedEnd(0);
        return true;
    }

    /// The rest of a word from \p i: quotes, expansions and escapes; sets m_open when a quote
    /// stays open at the end of the line.
    qsizetype word(qsizetype i)
    {
        while (i < size() && !endsWord(m_line[i])) {
            const QChar c = m_line[i];
            if (c == u'\'') {
                i = singleQuoted(i);
            } else if (c == u'"') {
                i = doubleQuoted(i);
            } else if (c == u'$') {
                i = dollar(i, m_spans);
            } else if (c == u'\\' && i + 1 == size()) {
                add(i, 1, SyntaxCategory::Escape);
                m_continued = true;
                ++i;
            } else if (c == u'\\') {
                const qsizetype len = std::min<qsizetype>(2, size() - i);
                add(i, len, SyntaxCategory::Escape);
                i += len;
            } else if (c == u'`') {
                add(i, 1, SyntaxCategory::Punctuation);
                ++i;
            } else {
                ++i;
            }
            if (m_open != Normal)
                return size();
        }
        return i;
    }

    qsizetype singleQuoted(qsizetype i, bool continued = false)
    {
        const qsizetype close = m_line.indexOf(u'\'', continued ? i : i + 1);
        const qsizetype end = close < 0 ? size() : close + 1;
        add(i, end - i, SyntaxCategory::String);
        if (close < 0)
            m_open = InSingleQuote;
        return end;
    }

    qsizetype doubleQuoted(qsizetype i, bool continued = false)
    {
        SyntaxSpans inner;
        qsizetype j = continued ? i : i + 1;
        bool closed = false;
        while (j < size()) {
            const QChar c = m_line[j];
            if (c == u'\\') {
                // Inside double quotes only these characters are escaped; "\n" stays two chars.
                if (j + 1 == size() || QStringView(u"$`\"\\").contains(m_line[j + 1])) {
                    const qsizetype len = std::min<qsizetype>(2, size() - j);
                    inner.append({j, len, SyntaxCategory::Escape});
                    j += len;
                } else {
                    ++j;
                }
                continue;
            }
            if (c == u'$') {
                j = dollar(j, inner);
                continue;
            }
            if (c == u'"') {
                closed = true;
                ++j;
                break;
            }
            ++j;
        }
        add(i, j - i, SyntaxCategory::String);
        m_spans.append(inner);
        if (!closed)
            m_open = InDoubleQuote;
        return j;
    }

    /// $NAME, ${...}, $1, $?, $(...) and $'...' at \p i (a '$'); returns the position after it.
    qsizetype dollar(qsizetype i, SyntaxSpans &out) const
    {
        const qsizetype n = size();
        if (i + 1 >= n)
            return i + 1;
        const QChar next = m_line[i + 1];
        if (next == u'{' || next == u'(') {
            const QChar close = next == u'{' ? u'}' : u')';
            const qsizetype end = m_line.indexOf(close, i + 2);
            const qsizetype stop = end < 0 ? n : end + 1;
            out.append({i, stop - i, SyntaxCategory::Variable});
            return stop;
        }
        if (next == u'\'') {
            qsizetype j = i + 2;
            while (j < n && m_line[j] != u'\'')
                j += m_line[j] == u'\\' ? 2 : 1;
            const qsizetype stop = std::min(j + 1, n);
            out.append({i, stop - i, SyntaxCategory::String});
            return stop;
        }
        if (isNameStart(next)) {
            qsizetype j = i + 2;
            while (j < n && isNameChar(m_line[j]))
                ++j;
            out.append({i, j - i, SyntaxCategory::Variable});
            return j;
        }
        if ((next.isDigit() && next.unicode() < 128) || QStringView(u"@*#?$!-").contains(next)) {
            out.append({i, 2, SyntaxCategory::Variable});
            return i + 2;
        }
        return i + 1;
    }

    QStringView m_line;
    SyntaxSpans &m_spans;
    int m_open = Normal;
    bool m_continued = false;
};

} // namespace

int lexShellLine(QStringView line, int state, SyntaxSpans &spans)
{
    return ShellLine(line, spans).lex(state);
}

} // namespace keyward
