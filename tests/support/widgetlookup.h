// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Finding the dialogs an action opened, for widget tests (header-only; for
// test executables that link Qt Widgets).

#include <QApplication>
#include <QString>
#include <QWidget>

namespace keyward::test {

/// The visible top-level widget of type T named \p objectName, or null.
template <typename T = QWidget> T *visibleTopLevel(const QString &objectName)
{
    for (QWidget *window : QApplication::topLevelWidgets()) {
        if (auto *typed = qobject_cast<T *>(window);
            typed && window->isVisible() && window->objectName() == objectName) {
            return typed;
        }
    }
    return nullptr;
}

/// The visible top-level widget of type T whatever its name, or null.
template <typename T> T *visibleTopLevel()
{
    for (QWidget *window : QApplication::topLevelWidgets()) {
        if (auto *typed = qobject_cast<T *>(window); typed && window->isVisible()) {
            return typed;
        }
    }
    return nullptr;
}

} // namespace keyward::test
