// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace keyward {

/// What a highlighted span is, independent of its colour, so views and tests can reason about
/// highlighting without depending on a particular scheme.
enum class SyntaxCategory
{
    None,
    Key,         ///< JSON object keys, YAML mapping keys, INI/dotenv keys (bold)
    String,      ///< quoted strings, YAML plain scalars, INI values, block scalar content
    Number,      ///< JSON/YAML numbers
    Keyword,     ///< true/false/null, shell keywords and `export`
    Punctuation, ///< brackets, separators, `=`, YAML list dashes and block indicators, shell
                 ///< operators
    Comment,
    Variable, ///< shell `$VAR`/`${VAR}`, assignment names, YAML anchors/aliases/tags
    Command,  ///< the command word of a shell command
    Section,  ///< INI `[section]` headers, YAML document markers `---`/`...`
    Escape,   ///< backslash escapes and shell line continuations
};

inline constexpr int SyntaxCategoryCount = int(SyntaxCategory::Escape) + 1;

} // namespace keyward
