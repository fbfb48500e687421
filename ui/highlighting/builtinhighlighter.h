// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "highlighting/highlightscheme.h"
#include "highlighting/syntaxhighlighting.h"

#include <QSyntaxHighlighter>

namespace keyward {

/// Highlighter used when Keyward is built without KF6::SyntaxHighlighting: a line lexer per
/// language (syntaxlexers.h) and a palette-aware HighlightScheme. Follows application palette
/// changes (light ↔ dark) by re-highlighting.
class BuiltinHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BuiltinHighlighter)

public:
    BuiltinHighlighter(QTextDocument *document, SyntaxLanguage language);

    SyntaxLanguage language() const { return m_language; }
    const HighlightScheme &scheme() const { return m_scheme; }

    /// What a format produced by this highlighter stands for; None for unhighlighted text.
    static SyntaxCategory categoryOf(const QTextFormat &format)
    {
        return HighlightScheme::categoryOf(format);
    }

protected:
    void highlightBlock(const QString &text) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    SyntaxLanguage m_language;
    HighlightScheme m_scheme;
};

} // namespace keyward
