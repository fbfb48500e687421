// SPDX-License-Identifier: GPL-3.0-or-later
// Teams of an organization: list, create (with a `default` token, and no
// users: organization admins manage it as team admins), read and delete.
#include "handlers.h"

#include "auth/access.h"
#include "auth/principal.h"
#include "domain/jsonlist.h"
#include "domain/requests.h"
#include "domain/team.h"
#include "servercontext.h"
#include "services/auditlog.h"
#include "services/tokenstore.h"
#include "storage/database.h"
#include "storage/sql.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace keyward::server {

namespace {

QString teamTarget(const TeamRef &team)
{
    return team.organization.name + u"/teams/"_s + team.name;
}

/// The team with its tokens; values only when \p withValues, and then the
/// read is an audit event (so \p db must belong to a write transaction).
Team readTeam(Call &call, QSqlDatabase &db, const TeamRef &ref, bool withValues)
{
    Team team{ref.name, readTokens(call, db, ownerOf(ref), withValues)};
    return team;
}

/// `?fields=name` (an extension): names only, so a tree of 37,000 teams
/// costs no token decryption and no audit events. A plain CAVE server
/// ignores the parameter, and so does --cave-compatible.
bool namesOnlyRequested(const Call &call)
{
    if (call.server.options().caveCompatible)
        return false;
    const auto fields = call.request.queryValue(u"fields"_s);
    if (!fields)
        return false;
    if (*fields == u"name")
        return true;
    throw ApiError::badRequest(u"'fields' must be 'name' (or left out for whole teams)."_s);
}

Response listTeams(Call &call)
{
    const Paging paging = Paging::fromRequest(call.request);
    const bool namesOnly = namesOnlyRequested(call);
    QSqlDatabase db = call.server.database().connection();
    const OrganizationRef organization =
        access::requireOrganization(db, call.request.param(u"org"_s));
    const Role role = access::requireOrganizationRole(db, organization, call.principal,
                                                      {Role::Admin, Role::Member});
    const bool withValues = !namesOnly && mayReadTokenValues(call, role);

    SqlQuery count(db, u"SELECT COUNT(*) FROM teams WHERE organization_id = :org"_s);
    count.bind(u":org"_s, organization.id);
    const qint64 total = count.exec().scalarInteger();
    SqlQuery query(db, u"SELECT id, name FROM teams WHERE organization_id = :org ORDER BY name"_s +
                           paging.sqlClause());
    query.bind(u":org"_s, organization.id);
    paging.bind(query);
    query.exec();

    QJsonArray items;
    if (namesOnly) {
        while (query.next())
            items.append(QJsonObject{{u"name"_s, query.value(1).toString()}});
        return listResponse(items, paging, total);
    }
    QList<TeamRef> refs;
    while (query.next())
        refs.append(TeamRef{query.value(0).toLongLong(), organization, query.value(1).toString()});

    if (!withValues) {
        for (const TeamRef &ref : refs)
            items.append(toJson(readTeam(call, db, ref, false)));
        return listResponse(items, paging, total);
    }
    Transaction tx(call.server.database());
    for (const TeamRef &ref : refs)
        items.append(toJson(readTeam(call, tx.db(), ref, true)));
    tx.commit();
    return listResponse(items, paging, total);
}

Response createTeam(Call &call)
{
    Transaction tx(call.server.database());
    QSqlDatabase &db = tx.db();
    const OrganizationRef organization =
        access::requireOrganization(db, call.request.param(u"org"_s));
    access::requireOrganizationRole(db, organization, call.principal, {Role::Admin});

    auto parsed = createTeamRequestFromJson(call.request.jsonObject());
    if (!parsed)
        throw ApiError::badRequest(parsed.error().toString());
    const QString name = parsed->name;

    SqlQuery existing(db, u"SELECT id FROM teams WHERE organization_id = :org AND name = :name"_s);
    existing.bind(u":org"_s, organization.id).bind(u":name"_s, name).exec();
    if (existing.next())
        throw ApiError::conflict(
            u"Organization '%1' already has a team named '%2'; choose another name."_s.arg(
                organization.name, name));

    SqlQuery insert(db, u"INSERT INTO teams (organization_id, name, created_ms) "
                        "VALUES (:org, :name, :created) RETURNING id"_s);
    insert.bind(u":org"_s, organization.id)
        .bind(u":name"_s, name)
        .bind(u":created"_s, QDateTime::currentMSecsSinceEpoch());
    const TeamRef ref{insert.exec().scalarInteger(), organization, name};
    // SQLite refuses to COMMIT while a statement still has rows to step.
    insert.raw().finish();

    CreateTokenRequest tokenRequest;
    tokenRequest.description = u"default"_s;
    const Token token = call.server.tokens().create(db, ownerOf(ref), tokenRequest);

    audit::record(db, call, organization.name, u"team.create"_s, teamTarget(ref),
                  u"created without users"_s);
    audit::record(db, call, organization.name, u"token.create"_s,
                  teamTarget(ref) + u"/tokens/"_s + token.id, u"description 'default'"_s);
    tx.commit();

    // The create response always carries the new value, as token create does.
    return createdResponse(call, u"/organizations/"_s + teamTarget(ref),
                           toJson(Team{name, {token}}));
}

Response getTeam(Call &call)
{
    QSqlDatabase db = call.server.database().connection();
    const OrganizationRef organization =
        access::requireOrganization(db, call.request.param(u"org"_s));
    const TeamRef ref = access::requireTeam(db, organization, call.request.param(u"team"_s));
    const Role role = access::requireTeamRole(db, ref, call.principal, {Role::Admin, Role::Member});
    if (!mayReadTokenValues(call, role))
        return Response::json(200, toJson(readTeam(call, db, ref, false)));

    Transaction tx(call.server.database());
    const Team team = readTeam(call, tx.db(), ref, true);
    tx.commit();
    return Response::json(200, toJson(team));
}

Response deleteTeam(Call &call)
{
    Transaction tx(call.server.database());
    QSqlDatabase &db = tx.db();
    const OrganizationRef organization =
        access::requireOrganization(db, call.request.param(u"org"_s));
    const TeamRef ref = access::requireTeam(db, organization, call.request.param(u"team"_s));
    access::requireTeamRole(db, ref, call.principal, {Role::Admin});

    // Revoked first so the jtis reach /revocations; members, invitations and
    // metrics go with the row (ON DELETE CASCADE).
    call.server.tokens().revokeAll(db, organization.id, ref.id);
    SqlQuery(db, u"DELETE FROM teams WHERE id = :id"_s).bind(u":id"_s, ref.id).exec();
    audit::record(db, call, organization.name, u"team.delete"_s, teamTarget(ref),
                  u"deleted with its members and metrics; its tokens revoked"_s);
    tx.commit();
    return Response::empty(204);
}

} // namespace

void registerTeamRoutes(Router &router)
{
    router.add(Method::Get, u"/organizations/{org}/teams"_s, Audience::User, listTeams);
    router.add(Method::Post, u"/organizations/{org}/teams"_s, Audience::User, createTeam);
    router.add(Method::Get, u"/organizations/{org}/teams/{team}"_s, Audience::User, getTeam);
    router.add(Method::Delete, u"/organizations/{org}/teams/{team}"_s, Audience::User, deleteTeam);
}

} // namespace keyward::server
