// SPDX-License-Identifier: GPL-3.0-or-later
#include "highlighting/syntaxlexers.h"

#include <algorithm>

namespace keyward {
namespace {

// Block state layout (non-negative int): bits 0-5 nesting depth, bit 6 "a key comes next",
// bits 7.. one bit per tracked level (1 = object). Deeper levels fall back to looking for ':' on
// the same line; past MaxDepth the depth saturates and only that lookahead is left.
constexpr int DepthMask = 0x3f;
constexpr int ExpectKeyBit = 1 << 6;
constexpr int StackShift = 7;
constexpr int TrackedLevels = 24;
constexpr int MaxDepth = DepthMask;

struct JsonState
{
    int depth = 0;
    bool expectKey = false;
    quint32 objects = 0;

    static JsonState decode(int state)
    {
        if (state < 0)
            return {};
        return {state & DepthMask, (state & ExpectKeyBit) != 0, quint32(state) >> StackShift};
    }
    int encode() const
    {
        return depth | (expectKey ? ExpectKeyBit : 0) | int(objects << StackShift);
    }
    bool tracked() const { return depth <= TrackedLevels; }
    bool inObject() const { return depth > 0 && tracked() && ((objects >> (depth - 1)) & 1u); }
    void push(bool object)
    {
        if (depth >= MaxDepth)
            return;
        ++depth;
        if (depth <= TrackedLevels) {
            const quint32 bit = 1u << (depth - 1);
            objects = object ? (objects | bit) : (objects & ~bit);
        }
        expectKey = object;
    }
    void pop()
    {
        if (depth > 0) {
            if (depth <= TrackedLevels)
                objects &= ~(1u << (depth - 1));
            --depth;
        }
        expectKey = false;
    }
};

bool isSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\r' || c == u'\n';
}

bool colonFollows(QStringView line, qsizetype from)
{
    while (from < line.size() && isSpace(line[from]))
        ++from;
    return from < line.size() && line[from] == u':';
}

} // namespace

int lexJsonLine(QStringView line, int state, SyntaxSpans &spans)
{
    JsonState s = JsonState::decode(state);
    const qsizetype n = line.size();
    qsizetype i = 0;
    while (i < n) {
        const QChar c = line[i];
        if (isSpace(c)) {
            ++i;
            continue;
        }
        if (c == u'{' || c == u'[') {
            spans.append({i, 1, SyntaxCategory::Punctuation});
            s.push(c == u'{');
            ++i;
            continue;
        }
        if (c == u'}' || c == u']') {
            spans.append({i, 1, SyntaxCategory::Punctuation});
            s.pop();
            ++i;
            continue;
        }
        if (c == u',' || c == u':') {
            spans.append({i, 1, SyntaxCategory::Punctuation});
            s.expectKey = c == u',' && (s.tracked() ? s.inObject() : false);
            ++i;
            continue;
        }
        if (c == u'"') {
            SyntaxSpans escapes;
            qsizetype j = i + 1;
            bool closed = false;
            while (j < n) {
                if (line[j] == u'\\') {
                    const qsizetype len = (j + 1 < n && line[j + 1] == u'u') ? 6 : 2;
                    const qsizetype escLen = std::min(len, n - j);
                    escapes.append({j, escLen, SyntaxCategory::Escape});
                    j += escLen;
                    continue;
                }
                if (line[j] == u'"') {
                    closed = true;
                    ++j;
                    break;
                }
                ++j;
            }
            // JSON strings cannot span lines: an unterminated one ends here and the next line
            // starts fresh instead of being swallowed.
            const bool key = s.tracked() ? s.expectKey : (closed && colonFollows(line, j));
            spans.append({i, j - i, key ? SyntaxCategory::Key : SyntaxCategory::String});
            spans.append(escapes);
            s.expectKey = false;
            i = j;
            continue;
        }
        if (c == u'-' || c.isDigit()) {
            qsizetype j = i + 1;
            while (j < n && (line[j].isDigit() || line[j] == u'.' || line[j] == u'e' ||
                             line[j] == u'E' || line[j] == u'+' || line[j] == u'-'))
                ++j;
            spans.append({i, j - i, SyntaxCategory::Number});
            s.expectKey = false;
            i = j;
            continue;
        }
        if (c.isLetter()) {
            qsizetype j = i + 1;
            while (j < n && line[j].isLetterOrNumber())
                ++j;
            const QStringView word = line.sliced(i, j - i);
            if (word == u"true" || word == u"false" || word == u"null")
                spans.append({i, j - i, SyntaxCategory::Keyword});
            s.expectKey = false;
            i = j;
            continue;
        }
        ++i;
    }
    return s.encode();
}

} // namespace keyward
