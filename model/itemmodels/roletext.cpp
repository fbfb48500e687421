// SPDX-License-Identifier: GPL-3.0-or-later
#include "roletext.h"

namespace keyward {

QString RoleText::displayName(Role role)
{
    switch (role) {
    case Role::Admin:
        return tr("Administrator");
    case Role::Member:
        return tr("Member");
    case Role::Viewer:
        return tr("Viewer");
    case Role::Team:
        return tr("Team member");
    }
    return {};
}

QString RoleText::description(Role role)
{
    switch (role) {
    case Role::Admin:
        return tr("Administrator: manages members, teams and tokens.");
    case Role::Member:
        return tr("Member: sees the organization, its members and teams.");
    case Role::Viewer:
        return tr("Viewer: reads metrics only.");
    case Role::Team:
        return tr("Team member: belongs to a team of this organization, not to the "
                  "organization itself.");
    }
    return {};
}

} // namespace keyward
