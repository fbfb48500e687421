// SPDX-License-Identifier: GPL-3.0-or-later
#include "appearance.h"

#include <QApplication>
#include <QColor>
#include <QPainter>
#include <QProxyStyle>
#include <QStyleFactory>
#include <QStyleOption>

#include <algorithm>
#include <cmath>
#include <memory>

using namespace Qt::StringLiterals;

namespace keyward {

namespace {

/// The application property remembering the style Keyward started with, so
/// that "system" can go back to it after a switch to Fusion.
constexpr char OriginalStyleProperty[] = "keywardOriginalStyle";

void setGroups(QPalette &palette, QPalette::ColorRole role, const QColor &colour)
{
    palette.setColor(QPalette::Active, role, colour);
    palette.setColor(QPalette::Inactive, role, colour);
    palette.setColor(QPalette::Disabled, role, colour);
}

QPalette lightPalette()
{
    const std::unique_ptr<QStyle> fusion(QStyleFactory::create(u"Fusion"_s));
    return fusion->standardPalette();
}

/// Text at 13:1 and more on every background; the highlight keeps 4.8:1 with
/// white text; disabled text stays legible (4.5:1) yet visibly dimmer.
QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2d, 0x2d, 0x30);
    const QColor base(0x1e, 0x1e, 0x1e);
    const QColor text(0xf0, 0xf0, 0xf0);
    const QColor disabledText(0xa6, 0xa6, 0xa6);
    setGroups(p, QPalette::Window, window);
    setGroups(p, QPalette::WindowText, text);
    setGroups(p, QPalette::Base, base);
    setGroups(p, QPalette::AlternateBase, QColor(0x26, 0x26, 0x28));
    setGroups(p, QPalette::ToolTipBase, QColor(0x3c, 0x3c, 0x40));
    setGroups(p, QPalette::ToolTipText, text);
    setGroups(p, QPalette::PlaceholderText, QColor(0xb4, 0xb4, 0xb4));
    setGroups(p, QPalette::Text, text);
    setGroups(p, QPalette::Button, QColor(0x3a, 0x3a, 0x3e));
    setGroups(p, QPalette::ButtonText, text);
    setGroups(p, QPalette::BrightText, QColor(0xff, 0x8a, 0x80));
    setGroups(p, QPalette::Light, QColor(0x5a, 0x5a, 0x60));
    setGroups(p, QPalette::Midlight, QColor(0x48, 0x48, 0x4c));
    setGroups(p, QPalette::Mid, QColor(0x30, 0x30, 0x33));
    setGroups(p, QPalette::Dark, QColor(0x1a, 0x1a, 0x1c));
    setGroups(p, QPalette::Shadow, QColor(0x0a, 0x0a, 0x0a));
    setGroups(p, QPalette::Highlight, QColor(0x2f, 0x6f, 0xd0));
    setGroups(p, QPalette::HighlightedText, QColor(0xff, 0xff, 0xff));
    setGroups(p, QPalette::Link, QColor(0x7c, 0xb8, 0xff));
    setGroups(p, QPalette::LinkVisited, QColor(0xc5, 0x9b, 0xff));
    p.setColor(QPalette::Disabled, QPalette::WindowText, disabledText);
    p.setColor(QPalette::Disabled, QPalette::Text, disabledText);
    p.setColor(QPalette::Disabled, QPalette::ButtonText, disabledText);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x50, 0x50, 0x55));
    return p;
}

/// White on black with yellow for selection and focus: every text pair is
/// 15:1 or more, disabled text keeps 7:1 and is told apart by its grey.
QPalette highContrastPalette()
{
    QPalette p;
    const QColor black(0x00, 0x00, 0x00);
    const QColor white(0xff, 0xff, 0xff);
    const QColor yellow(0xff, 0xff, 0x00);
    const QColor disabledText(0xb0, 0xb0, 0xb0);
    for (const auto role : {QPalette::Window, QPalette::Base, QPalette::AlternateBase,
                            QPalette::Button, QPalette::ToolTipBase, QPalette::Shadow}) {
        setGroups(p, role, black);
    }
    setGroups(p, QPalette::AlternateBase, QColor(0x14, 0x14, 0x14));
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText,
                            QPalette::ToolTipText, QPalette::Light, QPalette::Midlight}) {
        setGroups(p, role, white);
    }
    setGroups(p, QPalette::PlaceholderText, QColor(0xd0, 0xd0, 0xd0));
    setGroups(p, QPalette::BrightText, yellow);
    setGroups(p, QPalette::Mid, QColor(0xc0, 0xc0, 0xc0));
    setGroups(p, QPalette::Dark, white);
    setGroups(p, QPalette::Highlight, yellow);
    setGroups(p, QPalette::HighlightedText, black);
    setGroups(p, QPalette::Link, QColor(0x00, 0xff, 0xff));
    setGroups(p, QPalette::LinkVisited, QColor(0xff, 0x99, 0xff));
    p.setColor(QPalette::Disabled, QPalette::WindowText, disabledText);
    p.setColor(QPalette::Disabled, QPalette::Text, disabledText);
    p.setColor(QPalette::Disabled, QPalette::ButtonText, disabledText);
    // Items that are not enabled (read-only rows) are drawn in the disabled
    // group even when selected: black on light grey keeps them readable.
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0xc8, 0xc8, 0xc8));
    p.setColor(QPalette::Disabled, QPalette::HighlightedText, black);
    return p;
}

/// Fusion draws frames in a shade darker than the window, which vanishes on
/// black; in high contrast every edit, button and view gets a white outline
/// and the focused one a thick yellow one, so neither shape nor focus
/// depends on subtle shading.
class HighContrastStyle final : public QProxyStyle
{
public:
    HighContrastStyle()
        : QProxyStyle(QStyleFactory::create(u"Fusion"_s))
    {
        setObjectName(u"keywardHighContrastStyle"_s);
    }

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget) const override
    {
        QProxyStyle::drawPrimitive(element, option, painter, widget);
        switch (element) {
        case PE_FrameLineEdit:
        case PE_PanelLineEdit:
        case PE_Frame:
        case PE_PanelButtonCommand:
        case PE_PanelButtonTool:
        case PE_FrameTabWidget:
        case PE_FrameGroupBox:
        case PE_IndicatorCheckBox:
        case PE_IndicatorRadioButton:
            outline(option, painter, element == PE_PanelButtonTool);
            break;
        case PE_FrameFocusRect:
            focusRing(option->rect, option->palette, painter);
            break;
        default:
            break;
        }
    }

    void drawComplexControl(ComplexControl control, const QStyleOptionComplex *option,
                            QPainter *painter, const QWidget *widget) const override
    {
        QProxyStyle::drawComplexControl(control, option, painter, widget);
        if (control == CC_ComboBox || control == CC_SpinBox) {
            outline(option, painter, false);
        }
    }

private:
    static void outline(const QStyleOption *option, QPainter *painter, bool onlyWhenActive)
    {
        const bool focused = option->state.testFlag(State_HasFocus);
        if (onlyWhenActive && !focused &&
            !option->state.testAnyFlags(State_MouseOver | State_Sunken | State_On)) {
            return;
        }
        if (focused) {
            focusRing(option->rect, option->palette, painter);
            return;
        }
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing, false);
        painter->setBrush(Qt::NoBrush);
        const bool enabled = option->state.testFlag(State_Enabled);
        painter->setPen(QPen(option->palette.color(enabled ? QPalette::Active : QPalette::Disabled,
                                                   QPalette::WindowText),
                             1));
        painter->drawRect(option->rect.adjusted(0, 0, -1, -1));
        painter->restore();
    }

    static void focusRing(const QRect &rect, const QPalette &palette, QPainter *painter)
    {
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing, false);
        painter->setBrush(Qt::NoBrush);
        painter->setPen(QPen(palette.color(QPalette::Active, QPalette::Highlight), 2));
        painter->drawRect(rect.adjusted(1, 1, -1, -1));
        painter->restore();
    }
};

double relativeLuminance(const QColor &colour)
{
    const auto channel = [](double c) {
        return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) +
           0.0722 * channel(colour.blueF());
}

} // namespace

namespace appearance {

QStringList names()
{
    return {QString::fromUtf16(System), QString::fromUtf16(Light), QString::fromUtf16(Dark),
            QString::fromUtf16(HighContrast)};
}

QPalette palette(const QString &paletteName)
{
    if (paletteName == Light) {
        return lightPalette();
    }
    if (paletteName == Dark) {
        return darkPalette();
    }
    if (paletteName == HighContrast) {
        return highContrastPalette();
    }
    return QPalette();
}

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace appearance

void applyAppearance(QApplication &app, const QString &paletteName)
{
    const bool known = paletteName == appearance::Light || paletteName == appearance::Dark ||
                       paletteName == appearance::HighContrast;
    const QVariant original = app.property(OriginalStyleProperty);
    if (!known) {
        // Nothing was switched yet: leave the platform's look untouched.
        if (!original.isValid()) {
            return;
        }
        QApplication::setStyle(original.toString());
        QApplication::setPalette(QPalette());
        return;
    }
    if (!original.isValid()) {
        app.setProperty(OriginalStyleProperty, QApplication::style()->name());
    }
    if (paletteName == appearance::HighContrast) {
        QApplication::setStyle(new HighContrastStyle);
    } else {
        QApplication::setStyle(u"Fusion"_s);
    }
    QApplication::setPalette(appearance::palette(paletteName));
}

} // namespace keyward
