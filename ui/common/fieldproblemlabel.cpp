// SPDX-License-Identifier: GPL-3.0-or-later
#include "fieldproblemlabel.h"

#include "inlinestatus.h"

#include <QLabel>

namespace keyward {

QLabel *makeFieldProblemLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    InlineStatus::styleAsError(label);
    label->hide();
    return label;
}

void showFieldProblem(QLabel *label, const QString &problem)
{
    label->setText(problem);
    label->setVisible(!problem.isEmpty());
}

QLabel *makeFieldHintLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace keyward
