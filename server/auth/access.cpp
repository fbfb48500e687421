// SPDX-License-Identifier: GPL-3.0-or-later
#include "access.h"

#include "http/apierror.h"
#include "principal.h"
#include "storage/sql.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace keyward::server::access {

namespace {
QString describe(std::initializer_list<Role> roles)
{
    QStringList names;
    for (Role role : roles)
        names.append(roleToString(role));
    return names.join(u" or "_s);
}

std::optional<Role> roleFrom(SqlQuery &query)
{
    if (!query.next())
        return std::nullopt;
    return roleFromString(query.value(0).toString());
}
} // namespace

OrganizationRef requireOrganization(QSqlDatabase &db, const QString &name)
{
    SqlQuery query(db, u"SELECT id FROM organizations WHERE name = :name"_s);
    query.bind(u":name"_s, name).exec();
    if (!query.next())
        throw ApiError::notFound(u"There is no organization named '%1'."_s.arg(name));
    return {query.value(0).toLongLong(), name};
}

TeamRef requireTeam(QSqlDatabase &db, const OrganizationRef &organization, const QString &name)
{
    SqlQuery query(db, u"SELECT id FROM teams WHERE organization_id = :org AND name = :name"_s);
    query.bind(u":org"_s, organization.id).bind(u":name"_s, name).exec();
    if (!query.next())
        throw ApiError::notFound(
            u"Organization '%1' has no team named '%2'."_s.arg(organization.name, name));
    return {query.value(0).toLongLong(), organization, name};
}

std::optional<Role> organizationRole(QSqlDatabase &db, qint64 organizationId, qint64 userId)
{
    SqlQuery query(
        db,
        u"SELECT role FROM organization_members WHERE organization_id = :org AND user_id = :user"_s);
    query.bind(u":org"_s, organizationId).bind(u":user"_s, userId).exec();
    return roleFrom(query);
}

std::optional<Role> teamRole(QSqlDatabase &db, const TeamRef &team, qint64 userId)
{
    if (organizationRole(db, team.organization.id, userId) == Role::Admin)
        return Role::Admin;
    SqlQuery query(db,
                   u"SELECT role FROM team_members WHERE team_id = :team AND user_id = :user"_s);
    query.bind(u":team"_s, team.id).bind(u":user"_s, userId).exec();
    return roleFrom(query);
}

Role requireOrganizationRole(QSqlDatabase &db, const OrganizationRef &organization,
                             const Principal &principal, std::initializer_list<Role> allowed)
{
    if (!principal.isUser())
        throw ApiError::forbidden(u"This operation needs a logged-in user."_s);
    const auto role = organizationRole(db, organization.id, principal.userId);
    if (!role || std::find(allowed.begin(), allowed.end(), *role) == allowed.end())
        throw ApiError::forbidden(u"This needs the %1 role in organization '%2'%3."_s.arg(
            describe(allowed), organization.name,
            role ? u"; you are %1"_s.arg(roleToString(*role)) : u"; you are not a member"_s));
    return *role;
}

Role requireTeamRole(QSqlDatabase &db, const TeamRef &team, const Principal &principal,
                     std::initializer_list<Role> allowed)
{
    if (!principal.isUser())
        throw ApiError::forbidden(u"This operation needs a logged-in user."_s);
    const auto role = teamRole(db, team, principal.userId);
    if (!role || std::find(allowed.begin(), allowed.end(), *role) == allowed.end())
        throw ApiError::forbidden(u"This needs the %1 role in team '%2' of '%3'%4."_s.arg(
            describe(allowed), team.name, team.organization.name,
            role ? u"; you are %1"_s.arg(roleToString(*role)) : u"; you are not a member"_s));
    return *role;
}

} // namespace keyward::server::access
