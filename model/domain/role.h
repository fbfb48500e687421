// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace keyward {

/// A user's role in an organization or team. `Team` only appears in
/// GET /users/organizations for users who belong to a team of an organization
/// without being a member of the organization itself.
enum class Role { Admin, Member, Viewer, Team };

/// The wire spelling: "admin", "member", "viewer", "team".
QString roleToString(Role role);
/// Parses the wire spelling (exact, lower case); nullopt for anything else.
std::optional<Role> roleFromString(const QString &text);
/// Roles a caller may assign to a member (everything but Team).
bool isAssignableRole(Role role);

} // namespace keyward
