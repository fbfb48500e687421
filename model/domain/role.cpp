// SPDX-License-Identifier: GPL-3.0-or-later
#include "role.h"

using namespace Qt::StringLiterals;

namespace keyward {

QString roleToString(Role role)
{
    switch (role) {
    case Role::Admin:
        return u"admin"_s;
    case Role::Member:
        return u"member"_s;
    case Role::Viewer:
        return u"viewer"_s;
    case Role::Team:
        return u"team"_s;
    }
    return {};
}

std::optional<Role> roleFromString(const QString &text)
{
    for (const Role role : {Role::Admin, Role::Member, Role::Viewer, Role::Team}) {
        if (text == roleToString(role))
            return role;
    }
    return std::nullopt;
}

bool isAssignableRole(Role role)
{
    return role != Role::Team;
}

} // namespace keyward
