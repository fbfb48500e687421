// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "highlighting/syntaxcategory.h"

#include <QList>
#include <QStringView>

namespace keyward {

struct SyntaxSpan
{
    qsizetype start = 0;
    qsizetype length = 0;
    SyntaxCategory category = SyntaxCategory::None;

    friend bool operator==(const SyntaxSpan &, const SyntaxSpan &) = default;
};
/// Applied in order: a later span overrides an earlier one where they overlap (escapes and
/// variables inside strings are laid over the string).
using SyntaxSpans = QList<SyntaxSpan>;

// One line at a time, as QSyntaxHighlighter feeds blocks: \p state is what the lexer returned for
// the previous line (-1 before the first line), the result goes to the next line. Pure functions so
// the grammar is testable without a document.

/// JSON keys are told from string values by the object/array nesting carried in the state, so a
/// key on one line and its ':' on the next is still a key.
int lexJsonLine(QStringView line, int state, SyntaxSpans &spans);
/// YAML: state carries block scalars (`|`, `>`) and quoted scalars that continue on the next line.
int lexYamlLine(QStringView line, int state, SyntaxSpans &spans);
/// POSIX shell/bash: state carries open quotes and line continuations.
int lexShellLine(QStringView line, int state, SyntaxSpans &spans);
/// INI, dotenv and systemd EnvironmentFile lines; stateless.
int lexIniLine(QStringView line, int state, SyntaxSpans &spans);

} // namespace keyward
