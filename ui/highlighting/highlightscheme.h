// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "highlighting/syntaxcategory.h"

#include <QColor>
#include <QTextCharFormat>

#include <array>

QT_BEGIN_NAMESPACE
class QPalette;
QT_END_NAMESPACE

namespace keyward {

/// WCAG 2 contrast ratio between two opaque colours (1 … 21).
double contrastRatio(const QColor &a, const QColor &b);
/// \p foreground moved towards black or white (whichever contrasts more with \p background)
/// just far enough to reach \p minimumRatio.
QColor withMinimumContrast(const QColor &foreground, const QColor &background, double minimumRatio);
/// Dark when the text is lighter than the background it is drawn on.
bool isDarkPalette(const QPalette &palette);

/// Text formats of the built-in highlighter for one palette: a light or a dark set of hues, each
/// nudged until it reads at least MinimumContrast against the palette's base colour. Every format
/// carries its SyntaxCategory so views and tests can tell what was highlighted without comparing
/// colours.
class HighlightScheme
{
public:
    static constexpr double MinimumContrast = 4.5;
    static constexpr int CategoryProperty = QTextFormat::UserProperty + 0x4b57;

    static HighlightScheme forPalette(const QPalette &palette);
    static SyntaxCategory categoryOf(const QTextFormat &format);

    QTextCharFormat format(SyntaxCategory category) const;
    bool isDark() const { return m_dark; }

private:
    std::array<QTextCharFormat, SyntaxCategoryCount> m_formats;
    bool m_dark = false;
};

} // namespace keyward
