// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QLabel;
class QString;
class QWidget;

namespace keyward {

/// The error line under a form field ("“a b” is not a valid name: …"),
/// hidden while there is nothing to say. Shared so every form words and
/// paints its live validation the same way.
QLabel *makeFieldProblemLabel(const QString &objectName, QWidget *parent);
/// Shows \p problem under the field, or hides the label when it is empty.
void showFieldProblem(QLabel *label, const QString &problem);
/// A quiet explanation under a field (what the server does with it).
QLabel *makeFieldHintLabel(const QString &text, QWidget *parent);

} // namespace keyward
