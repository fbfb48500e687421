// SPDX-License-Identifier: GPL-3.0-or-later
#include "permissions.h"

#include "itemmodels/roletext.h"

#include <QAction>
#include <QWidget>

namespace keyward {

namespace {

/// Whether the permission needs Administrator (true) or Member or better (false).
bool needsAdmin(Permission permission)
{
    switch (permission) {
    case Permission::ViewDetails:
    case Permission::ViewMembers:
    case Permission::ViewTeams:
        return false;
    case Permission::EditOrganization:
    case Permission::DeleteOrganization:
    case Permission::ManageMembers:
    case Permission::CreateTeam:
    case Permission::DeleteTeam:
    case Permission::ViewTokens:
    case Permission::ManageTokens:
    case Permission::ViewAudit:
        return true;
    }
    return true;
}

/// Organization-level permissions are judged on the organization role even
/// on a team page (creating teams is an organization matter).
bool isOrganizationLevel(Permission permission)
{
    return permission == Permission::EditOrganization ||
           permission == Permission::DeleteOrganization || permission == Permission::ViewTeams ||
           permission == Permission::CreateTeam || permission == Permission::ViewAudit;
}

} // namespace

bool Permissions::allows(const NodeContext &context, Permission permission)
{
    const Role role = isOrganizationLevel(permission) ? context.organizationRole : context.role;
    if (role == Role::Admin) {
        return true;
    }
    return !needsAdmin(permission) && role == Role::Member;
}

QString Permissions::reason(const NodeContext &context, Permission permission)
{
    if (allows(context, permission)) {
        return {};
    }
    const bool organizationLevel = isOrganizationLevel(permission) || !context.isTeam();
    const QString place = organizationLevel ? context.organization : context.displayName();
    const Role role = organizationLevel ? context.organizationRole : context.role;
    if (needsAdmin(permission)) {
        return tr("Needs the Administrator role in %1 (your role there: %2).")
            .arg(place, RoleText::displayName(role));
    }
    return tr("Needs the Member or Administrator role in %1 (your role there: %2).")
        .arg(place, RoleText::displayName(role));
}

void Permissions::apply(QWidget *widget, const NodeContext &context, Permission permission,
                        const QString &allowedToolTip)
{
    const bool allowed = allows(context, permission);
    widget->setEnabled(allowed);
    widget->setToolTip(allowed ? allowedToolTip : reason(context, permission));
}

void Permissions::apply(QAction *action, const NodeContext &context, Permission permission,
                        const QString &allowedToolTip)
{
    const bool allowed = allows(context, permission);
    action->setEnabled(allowed);
    action->setToolTip(allowed ? allowedToolTip : reason(context, permission));
}

} // namespace keyward
