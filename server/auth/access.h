// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/role.h"

#include <QSqlDatabase>
#include <QString>

#include <initializer_list>
#include <optional>

namespace keyward::server {

struct Principal;

struct OrganizationRef
{
    qint64 id = 0;
    QString name;
};

struct TeamRef
{
    qint64 id = 0;
    OrganizationRef organization;
    QString name;
};

/// Resource lookups and role checks shared by every handler. The order is
/// api.md's: an unknown organization/team is 404 for everybody; a known one
/// the caller lacks the role for is 403.
namespace access {

/// 404 unless the organization exists.
OrganizationRef requireOrganization(QSqlDatabase &db, const QString &name);
/// 404 unless the team exists in \p organization.
TeamRef requireTeam(QSqlDatabase &db, const OrganizationRef &organization, const QString &name);

std::optional<Role> organizationRole(QSqlDatabase &db, qint64 organizationId, qint64 userId);
/// The user's effective role on a team: admin for organization admins,
/// otherwise their own team role.
std::optional<Role> teamRole(QSqlDatabase &db, const TeamRef &team, qint64 userId);

/// 403 unless the user principal has one of \p allowed on the organization.
Role requireOrganizationRole(QSqlDatabase &db, const OrganizationRef &organization,
                             const Principal &principal, std::initializer_list<Role> allowed);
/// 403 unless the user principal has one of \p allowed on the team
/// (organization admins count as team admins).
Role requireTeamRole(QSqlDatabase &db, const TeamRef &team, const Principal &principal,
                     std::initializer_list<Role> allowed);

} // namespace access
} // namespace keyward::server
