// SPDX-License-Identifier: GPL-3.0-or-later
#include "highlighting/highlightscheme.h"

#include <QFont>
#include <QPalette>

#include <cmath>

namespace keyward {
namespace {

double channel(double c)
{
    return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double luminance(const QColor &color)
{
    const QColor rgb = color.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) +
           0.0722 * channel(rgb.blueF());
}

struct Style
{
    SyntaxCategory category;
    QRgb light;
    QRgb dark;
    bool bold = false;
    bool italic = false;
};

// Hues kept apart within each language; the exact shade is then adjusted to the actual base
// colour, so a custom palette never makes a category unreadable.
constexpr Style Styles[] = {
    {SyntaxCategory::Key, 0x0550ae, 0x79c0ff, true},
    {SyntaxCategory::String, 0x116329, 0x7ee787},
    {SyntaxCategory::Number, 0x0b6e75, 0x56d4dd},
    {SyntaxCategory::Keyword, 0xcf222e, 0xff7b72},
    {SyntaxCategory::Punctuation, 0x57606a, 0xb1bac4},
    {SyntaxCategory::Comment, 0x6e7781, 0x8b949e, false, true},
    {SyntaxCategory::Variable, 0x953800, 0xffa657},
    {SyntaxCategory::Command, 0x6639ba, 0xd2a8ff},
    {SyntaxCategory::Section, 0x8250df, 0xbc8cff, true},
    {SyntaxCategory::Escape, 0x9a6700, 0xe3b341},
};

} // namespace

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor withMinimumContrast(const QColor &foreground, const QColor &background, double minimumRatio)
{
    if (contrastRatio(foreground, background) >= minimumRatio)
        return foreground;
    const QColor black(Qt::black);
    const QColor white(Qt::white);
    const QColor target =
        contrastRatio(black, background) >= contrastRatio(white, background) ? black : white;
    const QColor from = foreground.toRgb();
    QColor mixed = from;
    // Small steps keep as much of the hue as the background allows.
    for (int step = 1; step <= 20; ++step) {
        const double t = step / 20.0;
        mixed = QColor::fromRgbF(float(from.redF() + (target.redF() - from.redF()) * t),
                                 float(from.greenF() + (target.greenF() - from.greenF()) * t),
                                 float(from.blueF() + (target.blueF() - from.blueF()) * t));
        if (contrastRatio(mixed, background) >= minimumRatio)
            return mixed;
    }
    return target;
}

bool isDarkPalette(const QPalette &palette)
{
    const double base = luminance(palette.color(QPalette::Active, QPalette::Base));
    const double text = luminance(palette.color(QPalette::Active, QPalette::Text));
    if (base == text)
        return base < 0.5;
    return text > base;
}

HighlightScheme HighlightScheme::forPalette(const QPalette &palette)
{
    HighlightScheme scheme;
    scheme.m_dark = isDarkPalette(palette);
    const QColor base = palette.color(QPalette::Active, QPalette::Base);
    for (const Style &style : Styles) {
        QTextCharFormat format;
        const QColor hue = QColor::fromRgb(scheme.m_dark ? style.dark : style.light);
        format.setForeground(withMinimumContrast(hue, base, MinimumContrast));
        if (style.bold)
            format.setFontWeight(QFont::Bold);
        if (style.italic)
            format.setFontItalic(true);
        format.setProperty(CategoryProperty, int(style.category));
        scheme.m_formats[std::size_t(style.category)] = format;
    }
    return scheme;
}

SyntaxCategory HighlightScheme::categoryOf(const QTextFormat &format)
{
    if (!format.hasProperty(CategoryProperty))
        return SyntaxCategory::None;
    const int value = format.intProperty(CategoryProperty);
    if (value < 0 || value >= SyntaxCategoryCount)
        return SyntaxCategory::None;
    return SyntaxCategory(value);
}

QTextCharFormat HighlightScheme::format(SyntaxCategory category) const
{
    return m_formats[std::size_t(category)];
}

} // namespace keyward
