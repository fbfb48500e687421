// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPalette>
#include <QString>
#include <QStringList>

class QApplication;
class QColor;

namespace keyward {

/// The colour schemes of Keyward → Preferences… (settings::ui::palette).
namespace appearance {
inline constexpr auto System = u"system";
inline constexpr auto Light = u"light";
inline constexpr auto Dark = u"dark";
inline constexpr auto HighContrast = u"high-contrast";

/// Every scheme name in the order the preferences list them.
QStringList names();

/// The hand-tuned palette of a scheme; "system" (or an unknown name) gives
/// a default-constructed palette, which resolves to the platform's.
QPalette palette(const QString &paletteName);

/// WCAG 2 contrast ratio of two opaque colours, 1 to 21.
double contrastRatio(const QColor &a, const QColor &b);
} // namespace appearance

/// Applies a colour scheme to the running application at once. "light",
/// "dark" and "high-contrast" switch to the Fusion style (the only built-in
/// style that honours every palette role); "system" restores the style and
/// palette the application started with. Unknown names act as "system".
void applyAppearance(QApplication &app, const QString &paletteName);

} // namespace keyward
