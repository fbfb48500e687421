// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "nodecontext.h"

#include <QCoreApplication>
#include <QString>

class QAction;
class QWidget;

namespace keyward {

/// What a page may offer. Each maps to the roles api.md allows, so the UI
/// disables exactly what the server would refuse with 403.
enum class Permission
{
    ViewDetails,        ///< GET /organizations/{org} or the team
    EditOrganization,   ///< PATCH /organizations/{org}
    DeleteOrganization, ///< DELETE /organizations/{org}
    ViewMembers,        ///< GET …/users
    ManageMembers,      ///< POST/PATCH/DELETE …/users
    ViewTeams,          ///< GET /organizations/{org}/teams
    CreateTeam,         ///< POST /organizations/{org}/teams
    DeleteTeam,         ///< DELETE …/teams/{team}
    ViewTokens,         ///< GET …/tokens
    ManageTokens,       ///< POST/DELETE …/tokens, rotate
    ViewAudit,          ///< GET /organizations/{org}/audit
};

/// Role checks for the UI, mirroring the server's (api.md, "Who may call").
class Permissions
{
    Q_DECLARE_TR_FUNCTIONS(keyward::Permissions)

public:
    Permissions() = delete;

    static bool allows(const NodeContext &context, Permission permission);
    /// Why \p permission is not available, naming the role it needs and where:
    /// "Needs the Administrator role in acme (your role there: Member)." Empty when allowed.
    static QString reason(const NodeContext &context, Permission permission);

    /// Enables \p widget when allowed; otherwise disables it and sets the
    /// reason as its tooltip. \p allowedToolTip is the tooltip when enabled.
    static void apply(QWidget *widget, const NodeContext &context, Permission permission,
                      const QString &allowedToolTip = {});
    static void apply(QAction *action, const NodeContext &context, Permission permission,
                      const QString &allowedToolTip = {});
};

} // namespace keyward
