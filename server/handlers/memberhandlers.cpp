// SPDX-License-Identifier: GPL-3.0-or-later
// Members of organizations and teams: one implementation for both levels,
// since api.md gives them the same rules ("as for org users, at team level").
#include "handlers.h"

#include "auth/access.h"
#include "auth/principal.h"
#include "domain/membership.h"
#include "domain/requests.h"
#include "servercontext.h"
#include "services/auditlog.h"
#include "services/mailer.h"
#include "storage/database.h"
#include "storage/sql.h"

#include <QDateTime>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcMembers, "keyward.server.members")

namespace keyward::server {

namespace {

/// The organization or team whose members a request is about.
struct MemberScope
{
    OrganizationRef organization;
    std::optional<TeamRef> team;

    QString table() const { return team ? u"team_members"_s : u"organization_members"_s; }
    QString keyColumn() const { return team ? u"team_id"_s : u"organization_id"_s; }
    qint64 keyId() const { return team ? team->id : organization.id; }
    /// Audit target prefix: "acme" or "acme/teams/ops".
    QString target() const
    {
        return team ? organization.name + u"/teams/"_s + team->name : organization.name;
    }
    QString description() const
    {
        return team ? u"team '%1' of '%2'"_s.arg(team->name, organization.name)
                    : u"organization '%1'"_s.arg(organization.name);
    }
};

/// Resolves the path's organization (and team) and checks the caller's role,
/// in api.md's order: unknown → 404, known without the role → 403.
MemberScope resolve(Call &call, QSqlDatabase &db, bool teamLevel,
                    std::initializer_list<Role> allowed)
{
    MemberScope scope;
    scope.organization = access::requireOrganization(db, call.request.param(u"org"_s));
    if (teamLevel) {
        scope.team = access::requireTeam(db, scope.organization, call.request.param(u"team"_s));
        access::requireTeamRole(db, *scope.team, call.principal, allowed);
    } else {
        access::requireOrganizationRole(db, scope.organization, call.principal, allowed);
    }
    return scope;
}

struct UserRow
{
    qint64 id = 0;
    User user;
};

std::optional<UserRow> findUser(QSqlDatabase &db, const QString &email)
{
    // Accounts are stored lower-cased (useraccounts::createUser), so a
    // lower-cased lookup compares case-insensitively and keeps the index.
    SqlQuery query(db, u"SELECT id, first_name, last_name, email FROM users "
                       "WHERE email = :email"_s);
    query.bind(u":email"_s, email.toLower()).exec();
    if (!query.next())
        return std::nullopt;
    return UserRow{
        query.value(0).toLongLong(),
        User{query.value(1).toString(), query.value(2).toString(), query.value(3).toString()}};
}

std::optional<Role> memberRole(QSqlDatabase &db, const MemberScope &scope, qint64 userId)
{
    SqlQuery query(db, u"SELECT role FROM "_s + scope.table() + u" WHERE "_s + scope.keyColumn() +
                           u" = :key AND user_id = :user"_s);
    query.bind(u":key"_s, scope.keyId()).bind(u":user"_s, userId).exec();
    if (!query.next())
        return std::nullopt;
    return roleFromString(query.value(0).toString());
}

/// Invitations of this exact scope: organization-level ones have no team.
QString invitationClause(const MemberScope &scope)
{
    return scope.team ? u"organization_id = :org AND team_id = :team AND email = :email"_s
                      : u"organization_id = :org AND team_id IS NULL AND email = :email"_s;
}

void bindInvitation(SqlQuery &query, const MemberScope &scope, const QString &email)
{
    query.bind(u":org"_s, scope.organization.id).bind(u":email"_s, email);
    if (scope.team)
        query.bind(u":team"_s, scope.team->id);
}

QString memberTarget(const MemberScope &scope, const QString &email)
{
    return scope.target() + u"/users/"_s + email;
}

QString pathEmail(Call &call)
{
    return call.request.param(u"email"_s).trimmed().toLower();
}

void refuseSelf(Call &call, const QString &email, const char *verb)
{
    if (email == call.principal.email.toLower())
        throw ApiError::badRequest(
            u"You cannot %1 yourself; another admin must do it (this also protects the last admin)."_s
                .arg(QString::fromLatin1(verb)));
}

Response listMembers(Call &call, bool teamLevel)
{
    const Paging paging = Paging::fromRequest(call.request);
    QSqlDatabase db = call.server.database().connection();
    const MemberScope scope = resolve(call, db, teamLevel, {Role::Admin, Role::Member});

    const QString from = u" FROM "_s + scope.table() +
                         u" m JOIN users u ON u.id = m.user_id WHERE m."_s + scope.keyColumn() +
                         u" = :key"_s;
    SqlQuery count(db, u"SELECT COUNT(*)"_s + from);
    count.bind(u":key"_s, scope.keyId());
    const qint64 total = count.exec().scalarInteger();

    SqlQuery query(db, u"SELECT u.first_name, u.last_name, u.email, m.role"_s + from +
                           u" ORDER BY u.email"_s + paging.sqlClause());
    query.bind(u":key"_s, scope.keyId());
    paging.bind(query);
    query.exec();
    QJsonArray items;
    while (query.next()) {
        Membership membership{
            User{query.value(0).toString(), query.value(1).toString(), query.value(2).toString()},
            roleFromString(query.value(3).toString()).value_or(Role::Viewer)};
        items.append(toJson(membership));
    }
    return listResponse(items, paging, total);
}

// api.md: 202 for known and unknown emails alike (CAVE answers 202 without a
// body). Our body: the membership {user, role} when the account exists, or
// {email, role, status: "invited"} when it does not; the invitation is then
// stored and applied when that address confirms an account.
Response addMember(Call &call, bool teamLevel)
{
    std::optional<Mail> notice;
    QJsonObject body;
    {
        Transaction tx(call.server.database());
        QSqlDatabase &db = tx.db();
        const MemberScope scope = resolve(call, db, teamLevel, {Role::Admin});
        auto parsed = addMemberRequestFromJson(call.request.jsonObject());
        if (!parsed)
            throw ApiError::badRequest(parsed.error().toString());
        const QString email = parsed->email.trimmed().toLower();
        const Role role = parsed->role;
        if (!isAssignableRole(role))
            throw ApiError::badRequest(u"role: must be admin, member or viewer."_s);

        if (const auto user = findUser(db, email)) {
            if (const auto existing = memberRole(db, scope, user->id))
                throw ApiError::conflict(u"%1 is already a member of %2 (role %3)."_s.arg(
                    email, scope.description(), roleToString(*existing)));
            SqlQuery(db, u"INSERT INTO "_s + scope.table() + u" ("_s + scope.keyColumn() +
                             u", user_id, role) VALUES (:key, :user, :role)"_s)
                .bind(u":key"_s, scope.keyId())
                .bind(u":user"_s, user->id)
                .bind(u":role"_s, roleToString(role))
                .exec();
            audit::record(db, call, scope.organization.name, u"member.add"_s,
                          memberTarget(scope, email), u"role "_s + roleToString(role));
            body = toJson(Membership{user->user, role});
        } else {
            SqlQuery invited(db,
                             u"SELECT role FROM invitations WHERE "_s + invitationClause(scope));
            bindInvitation(invited, scope, email);
            if (invited.exec().next())
                throw ApiError::conflict(u"%1 has already been invited to %2 (role %3)."_s.arg(
                    email, scope.description(), invited.value(0).toString()));
            SqlQuery insert(db, u"INSERT INTO invitations (organization_id, team_id, email, role, "
                                "created_ms) VALUES (:org, :team, :email, :role, :created)"_s);
            insert.bind(u":org"_s, scope.organization.id)
                .bind(u":team"_s, nullableInteger(scope.team ? std::optional<qint64>(scope.team->id)
                                                             : std::nullopt))
                .bind(u":email"_s, email)
                .bind(u":role"_s, roleToString(role))
                .bind(u":created"_s, QDateTime::currentMSecsSinceEpoch())
                .exec();
            audit::record(db, call, scope.organization.name, u"member.invite"_s,
                          memberTarget(scope, email), u"role "_s + roleToString(role));
            body = QJsonObject{
                {u"email"_s, email}, {u"role"_s, roleToString(role)}, {u"status"_s, u"invited"_s}};
            notice =
                Mail{email, u"You have been invited to %1"_s.arg(scope.description()),
                     u"%1 has added you to %2 on %3 with the role %4.\n\n"
                     "You do not have an account there yet. Register with this email address "
                     "(POST /users/register) and confirm it; the membership is applied when you "
                     "do.\n"_s.arg(call.principal.email, scope.description(), call.server.issuer(),
                                   roleToString(role))};
        }
        tx.commit();
    }
    // Mailed after the commit: a mail problem must not undo the invitation,
    // and the admin sees the pending invitation either way.
    if (notice && !call.server.mailer().send(*notice))
        qCWarning(lcMembers) << "the invitation notice could not be delivered";
    return Response::json(202, body);
}

Response changeMember(Call &call, bool teamLevel)
{
    Transaction tx(call.server.database());
    QSqlDatabase &db = tx.db();
    const MemberScope scope = resolve(call, db, teamLevel, {Role::Admin});
    const QString email = pathEmail(call);
    refuseSelf(call, email, "change the role of");
    auto parsed = changeRoleRequestFromJson(call.request.jsonObject());
    if (!parsed)
        throw ApiError::badRequest(parsed.error().toString());
    const Role role = parsed->role;
    if (!isAssignableRole(role))
        throw ApiError::badRequest(u"role: must be admin, member or viewer."_s);

    const auto user = findUser(db, email);
    const auto previous = user ? memberRole(db, scope, user->id) : std::nullopt;
    if (!previous)
        throw ApiError::notFound(u"%1 is not a member of %2."_s.arg(email, scope.description()));
    SqlQuery(db, u"UPDATE "_s + scope.table() + u" SET role = :role WHERE "_s + scope.keyColumn() +
                     u" = :key AND user_id = :user"_s)
        .bind(u":role"_s, roleToString(role))
        .bind(u":key"_s, scope.keyId())
        .bind(u":user"_s, user->id)
        .exec();
    audit::record(db, call, scope.organization.name, u"member.role"_s, memberTarget(scope, email),
                  u"%1 -> %2"_s.arg(roleToString(*previous), roleToString(role)));
    tx.commit();
    return Response::json(202, toJson(Membership{user->user, role}));
}

// A pending invitation for the address is withdrawn the same way, so an
// admin can take back an invitation sent to a mistyped address.
Response removeMember(Call &call, bool teamLevel)
{
    Transaction tx(call.server.database());
    QSqlDatabase &db = tx.db();
    const MemberScope scope = resolve(call, db, teamLevel, {Role::Admin});
    const QString email = pathEmail(call);
    refuseSelf(call, email, "remove");

    const auto user = findUser(db, email);
    const auto role = user ? memberRole(db, scope, user->id) : std::nullopt;
    if (role) {
        SqlQuery(db, u"DELETE FROM "_s + scope.table() + u" WHERE "_s + scope.keyColumn() +
                         u" = :key AND user_id = :user"_s)
            .bind(u":key"_s, scope.keyId())
            .bind(u":user"_s, user->id)
            .exec();
        audit::record(db, call, scope.organization.name, u"member.remove"_s,
                      memberTarget(scope, email), u"was "_s + roleToString(*role));
    } else {
        SqlQuery withdraw(db, u"DELETE FROM invitations WHERE "_s + invitationClause(scope));
        bindInvitation(withdraw, scope, email);
        if (withdraw.exec().rowsAffected() <= 0)
            throw ApiError::notFound(
                u"%1 is not a member of %2."_s.arg(email, scope.description()));
        audit::record(db, call, scope.organization.name, u"member.uninvite"_s,
                      memberTarget(scope, email), u"invitation withdrawn"_s);
    }
    tx.commit();
    return Response::empty(204);
}

template <Response (*Fn)(Call &, bool), bool TeamLevel> Response at(Call &call)
{
    return Fn(call, TeamLevel);
}

} // namespace

void registerMemberRoutes(Router &router)
{
    const QString org = u"/organizations/{org}/users"_s;
    const QString team = u"/organizations/{org}/teams/{team}/users"_s;
    const QString member = u"/{email}"_s;
    router.add(Method::Get, org, Audience::User, at<listMembers, false>);
    router.add(Method::Post, org, Audience::User, at<addMember, false>);
    router.add(Method::Patch, org + member, Audience::User, at<changeMember, false>);
    router.add(Method::Delete, org + member, Audience::User, at<removeMember, false>);
    router.add(Method::Get, team, Audience::User, at<listMembers, true>);
    router.add(Method::Post, team, Audience::User, at<addMember, true>);
    router.add(Method::Patch, team + member, Audience::User, at<changeMember, true>);
    router.add(Method::Delete, team + member, Audience::User, at<removeMember, true>);
}

} // namespace keyward::server
