// SPDX-License-Identifier: GPL-3.0-or-later
// Organizations: create (the creator becomes admin and the organization gets
// a `default` token), read, update and delete.
#include "handlers.h"

#include "auth/access.h"
#include "auth/principal.h"
#include "domain/jsonlist.h"
#include "domain/organization.h"
#include "domain/requests.h"
#include "servercontext.h"
#include "services/auditlog.h"
#include "services/tokenstore.h"
#include "storage/database.h"
#include "storage/sql.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace keyward::server {

namespace {

QString organizationPath(const QString &name)
{
    return u"/organizations/"_s + name;
}

/// The organization as its reader may see it. Token values are secrets that
/// only admins may read (and nobody after creation with --show-tokens-once);
/// every response carrying values is an audit event, so \p db must be a write
/// transaction's connection when \p withValues.
Organization readOrganization(Call &call, QSqlDatabase &db, const OrganizationRef &ref,
                              bool withValues)
{
    SqlQuery query(db, u"SELECT name, email, notification_url FROM organizations WHERE id = :id"_s);
    query.bind(u":id"_s, ref.id).exec();
    if (!query.next())
        throw ApiError::notFound(u"There is no organization named '%1'."_s.arg(ref.name));
    Organization organization{
        query.value(0).toString(), query.value(1).toString(), query.value(2).toString(), {}};
    organization.tokens = readTokens(call, db, ownerOf(ref), withValues);
    return organization;
}

Response createOrganization(Call &call)
{
    auto parsed = createOrganizationRequestFromJson(call.request.jsonObject());
    if (!parsed)
        throw ApiError::badRequest(parsed.error().toString());
    const CreateOrganizationRequest &request = *parsed;

    Transaction tx(call.server.database());
    QSqlDatabase &db = tx.db();
    SqlQuery existing(db, u"SELECT id FROM organizations WHERE name = :name"_s);
    existing.bind(u":name"_s, request.name).exec();
    if (existing.next())
        throw ApiError::conflict(
            u"An organization named '%1' already exists; choose another name."_s.arg(request.name));

    SqlQuery insert(db, u"INSERT INTO organizations (name, email, notification_url, created_ms) "
                        "VALUES (:name, :email, :url, :created) RETURNING id"_s);
    insert.bind(u":name"_s, request.name)
        .bind(u":email"_s, request.email)
        .bind(u":url"_s, request.notificationUrl)
        .bind(u":created"_s, QDateTime::currentMSecsSinceEpoch());
    const OrganizationRef ref{insert.exec().scalarInteger(), request.name};
    // SQLite refuses to COMMIT while a statement still has rows to step.
    insert.raw().finish();

    SqlQuery(db, u"INSERT INTO organization_members (organization_id, user_id, role) "
                 "VALUES (:org, :user, :role)"_s)
        .bind(u":org"_s, ref.id)
        .bind(u":user"_s, call.principal.userId)
        .bind(u":role"_s, roleToString(Role::Admin))
        .exec();

    CreateTokenRequest tokenRequest;
    tokenRequest.description = u"default"_s;
    const Token token = call.server.tokens().create(db, ownerOf(ref), tokenRequest);

    audit::record(db, call, ref.name, u"organization.create"_s, ref.name,
                  u"created with %1 as admin"_s.arg(call.principal.email));
    audit::record(db, call, ref.name, u"token.create"_s, ref.name + u"/tokens/"_s + token.id,
                  u"description 'default'"_s);
    tx.commit();

    // The creator just made this token; the create response is the one place
    // a value is always shown, even with --show-tokens-once.
    const Organization organization{request.name, request.email, request.notificationUrl, {token}};
    return createdResponse(call, organizationPath(ref.name), toJson(organization));
}

Response getOrganization(Call &call)
{
    QSqlDatabase db = call.server.database().connection();
    const OrganizationRef ref = access::requireOrganization(db, call.request.param(u"org"_s));
    const Role role =
        access::requireOrganizationRole(db, ref, call.principal, {Role::Admin, Role::Member});
    if (!mayReadTokenValues(call, role))
        return Response::json(200, toJson(readOrganization(call, db, ref, false)));

    Transaction tx(call.server.database());
    const Organization organization = readOrganization(call, tx.db(), ref, true);
    tx.commit();
    return Response::json(200, toJson(organization));
}

Response updateOrganization(Call &call)
{
    Transaction tx(call.server.database());
    QSqlDatabase &db = tx.db();
    const OrganizationRef ref = access::requireOrganization(db, call.request.param(u"org"_s));
    const Role role = access::requireOrganizationRole(db, ref, call.principal, {Role::Admin});

    auto parsed = updateOrganizationRequestFromJson(call.request.jsonObject());
    if (!parsed)
        throw ApiError::badRequest(parsed.error().toString());
    const UpdateOrganizationRequest &request = *parsed;

    QStringList changed;
    if (request.email) {
        SqlQuery(db, u"UPDATE organizations SET email = :email WHERE id = :id"_s)
            .bind(u":email"_s, *request.email)
            .bind(u":id"_s, ref.id)
            .exec();
        changed.append(u"email"_s);
    }
    if (request.notificationUrl) {
        SqlQuery(db, u"UPDATE organizations SET notification_url = :url WHERE id = :id"_s)
            .bind(u":url"_s, *request.notificationUrl)
            .bind(u":id"_s, ref.id)
            .exec();
        changed.append(u"notification_url"_s);
    }
    audit::record(db, call, ref.name, u"organization.update"_s, ref.name,
                  u"changed "_s + changed.join(u", "_s));
    const Organization organization =
        readOrganization(call, db, ref, mayReadTokenValues(call, role));
    tx.commit();
    return Response::json(200, toJson(organization));
}

Response deleteOrganization(Call &call)
{
    Transaction tx(call.server.database());
    QSqlDatabase &db = tx.db();
    const OrganizationRef ref = access::requireOrganization(db, call.request.param(u"org"_s));
    access::requireOrganizationRole(db, ref, call.principal, {Role::Admin});

    SqlQuery teams(db, u"SELECT COUNT(*) FROM teams WHERE organization_id = :org"_s);
    teams.bind(u":org"_s, ref.id);
    const qint64 count = teams.exec().scalarInteger();
    teams.raw().finish(); // SQLite refuses to COMMIT while a statement is open
    if (count > 0)
        throw ApiError::badRequest(
            u"Organization '%1' still has %2 team(s); delete its teams first."_s.arg(ref.name).arg(
                count));

    // Revoked first so verifiers elsewhere learn every jti from /revocations;
    // members, invitations and metrics go with the row (ON DELETE CASCADE).
    call.server.tokens().revokeAll(db, ref.id, std::nullopt);
    SqlQuery(db, u"DELETE FROM organizations WHERE id = :id"_s).bind(u":id"_s, ref.id).exec();
    // audit_events keys by name, so this record outlives the organization.
    audit::record(db, call, ref.name, u"organization.delete"_s, ref.name,
                  u"deleted with its members, invitations and metrics; its tokens revoked"_s);
    tx.commit();
    return Response::empty(204);
}

} // namespace

void registerOrganizationRoutes(Router &router)
{
    router.add(Method::Post, u"/organizations"_s, Audience::User, createOrganization);
    router.add(Method::Get, u"/organizations/{org}"_s, Audience::User, getOrganization);
    router.add(Method::Patch, u"/organizations/{org}"_s, Audience::User, updateOrganization);
    router.add(Method::Delete, u"/organizations/{org}"_s, Audience::User, deleteOrganization);
}

} // namespace keyward::server
