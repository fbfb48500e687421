// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Shared by the organization widget tests: finding children and dialogs by
// objectName, and setting up organizations on the live server.

#include "apiawait.h"
#include "widgetlookup.h"

#include "common/confirmdialog.h"
#include "common/nodecontext.h"

#include <QApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

namespace keyward::test {

template <typename T> T *child(const QObject *parent, const QString &name)
{
    T *widget = parent->findChild<T *>(name);
    if (!widget) {
        qFatal("no child named %s", qPrintable(name));
    }
    return widget;
}

inline NodeContext organizationNode(const QString &organization, Role role)
{
    return NodeContext{organization, std::nullopt, role, role};
}

inline CreateOrganizationRequest organizationRequest(const QString &name)
{
    return {name, name + QStringLiteral("@example.com"),
            QStringLiteral("https://hooks.example.com/") + name};
}

} // namespace keyward::test
