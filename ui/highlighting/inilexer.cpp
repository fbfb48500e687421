// SPDX-License-Identifier: GPL-3.0-or-later
#include "highlighting/syntaxlexers.h"

#include <algorithm>

namespace keyward {
namespace {

bool isBlank(QChar c)
{
    return c == u' ' || c == u'\t';
}

} // namespace

int lexIniLine(QStringView line, int /*state*/, SyntaxSpans &spans)
{
    const qsizetype n = line.size();
    const auto add = [&spans](qsizetype start, qsizetype length, SyntaxCategory category) {
        if (length > 0)
            spans.append({start, length, category});
    };
    const auto skipBlanks = [&](qsizetype i) {
        while (i < n && isBlank(line[i]))
            ++i;
        return i;
    };
    const auto trailingComment = [&](qsizetype i) {
        i = skipBlanks(i);
        if (i < n && (line[i] == u'#' || line[i] == u';'))
            add(i, n - i, SyntaxCategory::Comment);
    };

    qsizetype i = skipBlanks(0);
    if (i == n)
        return 0;
    if (line[i] == u'#' || line[i] == u';') {
        add(i, n - i, SyntaxCategory::Comment);
        return 0;
    }
    if (line[i] == u'[') {
        const qsizetype close = line.indexOf(u']', i);
        const qsizetype end = close < 0 ? n : close + 1;
        add(i, end - i, SyntaxCategory::Section);
        trailingComment(end);
        return 0;
    }
    // dotenv files may be sourced by a shell, so `export KEY=value` is common there.
    if (line.sliced(i).startsWith(u"export") && i + 6 < n && isBlank(line[i + 6])) {
        add(i, 6, SyntaxCategory::Keyword);
        i = skipBlanks(i + 6);
    }
    const qsizetype equals = line.indexOf(u'=', i);
    if (equals < 0)
        return 0;
    qsizetype keyEnd = equals;
    while (keyEnd > i && isBlank(line[keyEnd - 1]))
        --keyEnd;
    add(i, keyEnd - i, SyntaxCategory::Key);
    add(equals, 1, SyntaxCategory::Punctuation);
    i = skipBlanks(equals + 1);
    if (i == n)
        return 0;
    const QChar quote = line[i];
    if (quote == u'"' || quote == u'\'') {
        SyntaxSpans escapes;
        qsizetype j = i + 1;
        while (j < n && line[j] != quote) {
            if (quote == u'"' && line[j] == u'\\' && j + 1 < n) {
                escapes.append({j, 2, SyntaxCategory::Escape});
                j += 2;
                continue;
            }
            ++j;
        }
        const qsizetype end = std::min(j + 1, n);
        add(i, end - i, SyntaxCategory::String);
        spans.append(escapes);
        trailingComment(end);
        return 0;
    }
    // Unquoted: dotenv reads " #" as the start of a comment; '#' inside a value (no blank before
    // it) is part of the value.
    qsizetype end = i;
    while (end < n && !(line[end] == u'#' && isBlank(line[end - 1])))
        ++end;
    const qsizetype commentAt = end;
    while (end > i && isBlank(line[end - 1]))
        --end;
    add(i, end - i, SyntaxCategory::String);
    if (commentAt < n)
        add(commentAt, n - commentAt, SyntaxCategory::Comment);
    return 0;
}

} // namespace keyward
