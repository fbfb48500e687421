// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgetwalker.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTabBar>
#include <QTextEdit>

using namespace Qt::StringLiterals;

namespace test {

namespace {

/// Shown with \p root, or on a page of a stack that a click brings up.
bool wouldBeVisible(QWidget *widget, QWidget *root)
{
    for (QWidget *w = widget; w != nullptr && w != root; w = w->parentWidget()) {
        if (w->isHidden() && qobject_cast<QStackedWidget *>(w->parentWidget()) == nullptr) {
            return false;
        }
        if (w->isWindow()) {
            return false; // a popup or another dialog: walked on its own
        }
    }
    return true;
}

/// Inside a compound widget that names itself for its parts.
bool isPartOfCompound(QWidget *widget, QWidget *root)
{
    for (QWidget *w = widget->parentWidget(); w != nullptr && w != root->parentWidget();
         w = w->parentWidget()) {
        if (qobject_cast<QAbstractSpinBox *>(w) || qobject_cast<QComboBox *>(w) ||
            qobject_cast<QAbstractItemView *>(w) || qobject_cast<QLineEdit *>(w) ||
            qobject_cast<QTabBar *>(w)) {
            return true;
        }
    }
    return false;
}

} // namespace

bool isInteractive(QWidget *widget)
{
    if (qobject_cast<QScrollBar *>(widget) || qobject_cast<QMenuBar *>(widget)) {
        return false;
    }
    if (qobject_cast<QAbstractButton *>(widget) || qobject_cast<QLineEdit *>(widget) ||
        qobject_cast<QTextEdit *>(widget) || qobject_cast<QPlainTextEdit *>(widget) ||
        qobject_cast<QComboBox *>(widget) || qobject_cast<QAbstractSpinBox *>(widget) ||
        qobject_cast<QAbstractItemView *>(widget) || qobject_cast<QAbstractSlider *>(widget) ||
        qobject_cast<QTabBar *>(widget)) {
        return true;
    }
    // A label is read by its text, whether or not it can be selected.
    if (qobject_cast<QLabel *>(widget)) {
        return false;
    }
    // Custom-painted widgets the keyboard reaches.
    return (widget->focusPolicy() & Qt::TabFocus) != 0;
}

QString accessibleName(QWidget *widget)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(widget);
    if (iface == nullptr) {
        return {};
    }
    // On Linux a combo box reports its current item as its name and leaves
    // the naming to the labelled-by relation: without an accessible name or
    // a label it is announced as just "Production", say.
    if (qobject_cast<QComboBox *>(widget) != nullptr) {
        if (!widget->accessibleName().trimmed().isEmpty()) {
            return widget->accessibleName().trimmed();
        }
        const auto labels = iface->relations(QAccessible::Label);
        for (const auto &[label, relation] : labels) {
            const QString text = label->text(QAccessible::Name).trimmed();
            if (!text.isEmpty()) {
                return text;
            }
        }
        return {};
    }
    return iface->text(QAccessible::Name).trimmed();
}

QString describe(QWidget *widget)
{
    const QString name =
        widget->objectName().isEmpty() ? u"(no objectName)"_s : widget->objectName();
    return name + u'/' + QString::fromLatin1(widget->metaObject()->className());
}

QList<QWidget *> interactiveWidgets(QWidget *root)
{
    QList<QWidget *> found;
    if (isInteractive(root)) {
        found.append(root); // a custom-painted view walked on its own
    }
    const auto children = root->findChildren<QWidget *>();
    for (QWidget *widget : children) {
        if (isInteractive(widget) && wouldBeVisible(widget, root) &&
            !isPartOfCompound(widget, root)) {
            found.append(widget);
        }
    }
    return found;
}

QStringList unnamedWidgets(QWidget *root, const QString &label)
{
    QStringList misses;
    const bool dump = qEnvironmentVariableIsSet("KEYWARD_A11Y_DUMP");
    for (QWidget *widget : interactiveWidgets(root)) {
        if (dump) {
            qInfo("  %s = \"%s\"", qPrintable(describe(widget)),
                  qPrintable(accessibleName(widget)));
        }
        if (accessibleName(widget).isEmpty()) {
            misses.append(label + u" \u203a "_s + describe(widget) + u": no accessible name"_s);
        }
    }
    return misses;
}

} // namespace test
