// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class QWidget;

namespace test {

/// The widgets a user operates (buttons, edits, combo and spin boxes, item
/// views, sliders, tab bars, and custom widgets that take keyboard focus)
/// under \p root, as they are when \p root is shown. Pages of stacked and
/// tab widgets count as shown: a screen reader meets them one click away.
/// Parts of a compound widget (a spin box's line edit, a view's header
/// buttons, scroll bars) are left out; they are named by their owner.
QList<QWidget *> interactiveWidgets(QWidget *root);

/// True for the widgets interactiveWidgets() returns.
bool isInteractive(QWidget *widget);

/// What a screen reader announces as the widget's name.
QString accessibleName(QWidget *widget);

/// "objectName/ClassName" of each interactive widget under \p root without
/// an accessible name, prefixed by \p label ("LoginDialog › ").
QStringList unnamedWidgets(QWidget *root, const QString &label);

/// "objectName/ClassName" for messages.
QString describe(QWidget *widget);

} // namespace test
