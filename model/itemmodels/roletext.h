// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/role.h"

#include <QCoreApplication>
#include <QString>

namespace keyward {

/// The translated, human names of roles, shared by the item models so a role
/// reads the same in every list.
class RoleText
{
    Q_DECLARE_TR_FUNCTIONS(keyward::RoleText)

public:
    RoleText() = delete;

    /// "Administrator", "Member", "Viewer", "Team member".
    static QString displayName(Role role);
    /// A sentence on what the role allows, for tooltips.
    static QString description(Role role);
};

} // namespace keyward
