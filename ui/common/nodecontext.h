// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apiclient.h"
#include "domain/role.h"
#include "settings/environment.h"

#include <QString>

#include <optional>

namespace keyward {

/// The node of the navigation tree a page shows: an organization, or one of
/// its teams, with the logged-in user's role there. For a team the role is
/// the effective one: an organization admin acts as admin of every team.
struct NodeContext
{
    QString organization;
    std::optional<QString> team;
    Role role = Role::Viewer;
    /// The user's role in the organization itself (for a team node too):
    /// Team when they only belong to some of its teams.
    Role organizationRole = Role::Viewer;
    /// The environment of the profile the node was loaded from; it decides
    /// how hard destructive actions are to confirm (ConfirmDialog::guarded).
    /// Production unless told otherwise: forgetting to set it must err on
    /// the careful side.
    Environment environment = Environment::Production;

    bool isTeam() const { return team.has_value(); }
    Owner owner() const
    {
        return team ? Owner::ofTeam(organization, *team) : Owner::ofOrganization(organization);
    }
    /// "acme" or "acme / runners".
    QString displayName() const
    {
        return team ? organization + QStringLiteral(" / ") + *team : organization;
    }
    bool isValid() const { return !organization.isEmpty(); }

    friend bool operator==(const NodeContext &, const NodeContext &) = default;
};

} // namespace keyward
