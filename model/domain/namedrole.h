// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "expected.h"
#include "role.h"

#include <QJsonObject>
#include <QString>

namespace keyward {

/// An entry of GET /users/organizations or /users/organizations/{org}/teams:
/// {name, role}.
struct NamedRole
{
    QString name;
    Role role = Role::Viewer;

    friend bool operator==(const NamedRole &, const NamedRole &) = default;
};

QJsonObject toJson(const NamedRole &entry);
Expected<NamedRole> namedRoleFromJson(const QJsonObject &json);

} // namespace keyward
