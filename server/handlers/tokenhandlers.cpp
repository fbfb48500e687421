// SPDX-License-Identifier: GPL-3.0-or-later
// Publishing tokens of organizations and teams: list, create, read, delete,
// rotate, and the cross-organization expiry review (GET /users/tokens).
#include "handlers.h"

#include "auth/access.h"
#include "domain/isotime.h"
#include "domain/requests.h"
#include "domain/token.h"
#include "servercontext.h"
#include "services/auditlog.h"
#include "services/tokenstore.h"
#include "storage/database.h"
#include "storage/sql.h"

#include <QJsonDocument>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace keyward::server {

namespace {

/// The token owner a path names, checked for the admin role.
TokenOwner requireTokenAdmin(Call &call, QSqlDatabase &db, bool teamLevel)
{
    const OrganizationRef organization =
        access::requireOrganization(db, call.request.param(u"org"_s));
    if (!teamLevel) {
        access::requireOrganizationRole(db, organization, call.principal, {Role::Admin});
        return ownerOf(organization);
    }
    const TeamRef team = access::requireTeam(db, organization, call.request.param(u"team"_s));
    access::requireTeamRole(db, team, call.principal, {Role::Admin});
    return ownerOf(team);
}

/// "/organizations/acme/teams/ops/tokens"
QString tokensPath(const TokenOwner &owner)
{
    return u"/organizations/"_s + tokensTarget(owner);
}

/// "acme/teams/ops/tokens/12"
QString tokenTarget(const TokenOwner &owner, const QString &id)
{
    return tokensTarget(owner) + u'/' + id;
}

Token requireToken(QSqlDatabase &db, ServerContext &server, const TokenOwner &owner,
                   const QString &id, bool withValue)
{
    auto token = server.tokens().find(db, owner, id, withValue);
    if (!token)
        throw ApiError::notFound(u"%1 has no token with id '%2'."_s.arg(
            owner.teamId ? u"Team '%1'"_s.arg(owner.team)
                         : u"Organization '%1'"_s.arg(owner.organization),
            id));
    return *std::move(token);
}

Response listTokens(Call &call, bool teamLevel)
{
    Transaction tx(call.server.database());
    const TokenOwner owner = requireTokenAdmin(call, tx.db(), teamLevel);
    QJsonArray items;
    for (const Token &token :
         readTokens(call, tx.db(), owner, mayReadTokenValues(call, Role::Admin)))
        items.append(toJson(token));
    tx.commit();
    return Response::json(200, items);
}

Response createToken(Call &call, bool teamLevel)
{
    Transaction tx(call.server.database());
    const TokenOwner owner = requireTokenAdmin(call, tx.db(), teamLevel);
    const auto request = createTokenRequestFromJson(call.request.jsonObject());
    if (!request)
        throw ApiError::badRequest(request.error().toString());
    const Token token = call.server.tokens().create(tx.db(), owner, *request);
    audit::record(
        tx.db(), call, owner.organization, u"token.create"_s, tokenTarget(owner, token.id),
        u"created \"%1\" with scopes %2"_s.arg(token.description, token.scopes.join(u' ')));
    tx.commit();
    return createdResponse(call, tokensPath(owner) + u'/' + token.id, toJson(token));
}

Response readToken(Call &call, bool teamLevel)
{
    Transaction tx(call.server.database());
    const TokenOwner owner = requireTokenAdmin(call, tx.db(), teamLevel);
    const bool withValue = mayReadTokenValues(call, Role::Admin);
    const Token token =
        requireToken(tx.db(), call.server, owner, call.request.param(u"id"_s), withValue);
    if (withValue)
        audit::record(tx.db(), call, owner.organization, u"token.read"_s,
                      tokenTarget(owner, token.id), u"value read"_s);
    tx.commit();
    return Response::json(200, toJson(token));
}

Response deleteToken(Call &call, bool teamLevel)
{
    Transaction tx(call.server.database());
    const TokenOwner owner = requireTokenAdmin(call, tx.db(), teamLevel);
    const Token token =
        requireToken(tx.db(), call.server, owner, call.request.param(u"id"_s), false);
    if (call.server.tokens().count(tx.db(), owner) <= 1)
        throw ApiError::badRequest(
            u"Token %1 is the last token of %2; create the successor first, so publishing is "
            "not cut off by accident."_s.arg(
                token.id, owner.teamId ? u"team '%1'"_s.arg(owner.team)
                                       : u"organization '%1'"_s.arg(owner.organization)));
    call.server.tokens().revoke(tx.db(), token.id.toLongLong());
    audit::record(tx.db(), call, owner.organization, u"token.delete"_s,
                  tokenTarget(owner, token.id), u"deleted \"%1\""_s.arg(token.description));
    tx.commit();
    return Response::empty(204);
}

QString rotatedDescription(const QString &description, const QDateTime &now)
{
    static const QRegularExpression earlier(uR"((?: \(rotated [^()]*\))+$)"_s);
    QString stem = description;
    stem.remove(earlier);
    return u"%1 (rotated %2)"_s.arg(stem, now.toUTC().date().toString(Qt::ISODate));
}

Response rotateToken(Call &call, bool teamLevel)
{
    Transaction tx(call.server.database());
    const TokenOwner owner = requireTokenAdmin(call, tx.db(), teamLevel);
    const auto request = rotateTokenRequestFromJson(call.request.optionalJsonObject());
    if (!request)
        throw ApiError::badRequest(request.error().toString());
    if (request->graceSeconds > 10LL * 365 * 24 * 3600)
        throw ApiError::badRequest(u"grace_seconds must be at most ten years."_s);
    const Token old = requireToken(tx.db(), call.server, owner, call.request.param(u"id"_s), false);
    const qint64 oldId = old.id.toLongLong();

    // The signed lifetime, not the stored (rotation) expiry: rotating again
    // must not shrink the successor to an old grace period.
    SqlQuery signedExpiry(tx.db(), u"SELECT exp_ms, created_ms FROM tokens WHERE id = :id"_s);
    signedExpiry.bind(u":id"_s, oldId).exec();
    if (!signedExpiry.next())
        throw ApiError::internal(u"Token %1 vanished during rotation."_s.arg(old.id));
    const QVariant oldExpMs = signedExpiry.value(0);
    const qint64 oldCreatedMs = signedExpiry.value(1).toLongLong();
    signedExpiry.raw().finish(); // no statement may be open at COMMIT
    const QDateTime now = QDateTime::currentDateTimeUtc();
    CreateTokenRequest successor;
    successor.description = rotatedDescription(old.description, now);
    successor.scopes = old.scopes;
    successor.labels = old.labels;
    successor.attributes = old.attributes;
    // A token that expires is replaced by one with the same lifetime from
    // now (what its owner chose once); one that never expires by one that
    // never expires.
    if (!oldExpMs.isNull())
        successor.expires = now.addMSecs(qMax<qint64>(oldExpMs.toLongLong() - oldCreatedMs, 1000));
    // create() refuses when the 3 slots are full: rotation needs a free slot.
    const Token token = call.server.tokens().create(tx.db(), owner, successor);
    call.server.tokens().setStoredExpiry(tx.db(), oldId,
                                         now.toMSecsSinceEpoch() + request->graceSeconds * 1000);
    // With no grace the old token is revoked now, freeing its slot at once.
    call.server.tokens().retireDueTokens(tx.db());
    audit::record(
        tx.db(), call, owner.organization, u"token.rotate"_s, tokenTarget(owner, old.id),
        u"rotated to token %1; the old token stops working after %2 s"_s.arg(token.id).arg(
            request->graceSeconds));
    tx.commit();
    return createdResponse(call, tokensPath(owner) + u'/' + token.id, toJson(token));
}

// --- GET /users/tokens ---------------------------------------------------

// The earlier of the signed and the stored expiry: when the token stops working.
const QString kEffectiveExpiry =
    u"CASE WHEN t.exp_ms IS NULL THEN t.stored_expires_ms "
    "WHEN t.stored_expires_ms IS NULL THEN t.exp_ms "
    "WHEN t.stored_expires_ms < t.exp_ms THEN t.stored_expires_ms ELSE t.exp_ms END"_s;

Token administeredToken(SqlQuery &query)
{
    Token token;
    token.id = QString::number(query.value(0).toLongLong());
    token.description = query.value(1).toString();
    token.created = QDateTime::fromMSecsSinceEpoch(query.value(2).toLongLong(), Qt::UTC);
    if (!query.value(3).isNull())
        token.expires = QDateTime::fromMSecsSinceEpoch(query.value(3).toLongLong(), Qt::UTC);
    for (const QJsonValue &scope :
         QJsonDocument::fromJson(query.value(4).toString().toUtf8()).array())
        token.scopes.append(scope.toString());
    const QJsonObject labels = QJsonDocument::fromJson(query.value(5).toString().toUtf8()).object();
    for (auto it = labels.begin(); it != labels.end(); ++it)
        token.labels.insert(it.key(), it.value().toString());
    token.attributes = QJsonDocument::fromJson(query.value(6).toString().toUtf8()).object();
    if (!query.value(7).isNull())
        token.lastUsed = QDateTime::fromMSecsSinceEpoch(query.value(7).toLongLong(), Qt::UTC);
    token.format = u"jwt"_s;
    token.org = query.value(8).toString();
    token.team = query.value(9).toString();
    return token;
}

Response userTokens(Call &call)
{
    std::optional<qint64> beforeMs;
    if (const auto before = call.request.queryValue(u"expires_before"_s)) {
        const auto time = parseIsoTime(*before);
        if (!time)
            throw ApiError::badRequest(u"'expires_before' must be an ISO 8601 time with an "
                                       "offset, e.g. 2026-01-01T00:00:00Z."_s);
        beforeMs = time->toMSecsSinceEpoch();
    }
    const Paging paging = Paging::fromRequest(call.request, 100000);
    const QString admin = roleToString(Role::Admin);
    // Organization admins administer all of the organization's tokens,
    // team admins their team's.
    const QString from =
        u"FROM (SELECT t.id, t.description, t.created_ms, "_s + kEffectiveExpiry +
        u" AS expires_ms, t.scopes, t.labels, t.attributes, t.last_used_ms, o.name AS org_name, "
        "tm.name AS team_name FROM tokens t JOIN organizations o ON o.id = t.organization_id "
        "LEFT JOIN teams tm ON tm.id = t.team_id "
        "WHERE (t.organization_id IN (SELECT organization_id FROM organization_members "
        "WHERE user_id = :user AND role = :admin) "
        "OR t.team_id IN (SELECT team_id FROM team_members WHERE user_id = :user AND role = "
        ":admin)) "
        // As in TokenStore: a token past its rotation grace is gone.
        "AND (t.stored_expires_ms IS NULL OR t.stored_expires_ms > :now)) x"_s +
        (beforeMs ? u" WHERE x.expires_ms IS NOT NULL AND x.expires_ms < :before"_s : QString());
    const auto bindAll = [&](SqlQuery &query) {
        query.bind(u":user"_s, call.principal.userId).bind(u":admin"_s, admin);
        query.bind(u":now"_s, QDateTime::currentMSecsSinceEpoch());
        if (beforeMs)
            query.bind(u":before"_s, *beforeMs);
    };
    QSqlDatabase db = call.server.database().connection();
    SqlQuery count(db, u"SELECT COUNT(*) "_s + from);
    bindAll(count);
    const qint64 total = count.exec().scalarInteger();
    // Soonest expiry first, never-expiring last, then by id for a stable order.
    SqlQuery query(db, u"SELECT x.id, x.description, x.created_ms, x.expires_ms, x.scopes, "
                       "x.labels, x.attributes, x.last_used_ms, x.org_name, x.team_name "_s +
                           from +
                           u" ORDER BY CASE WHEN x.expires_ms IS NULL THEN 1 ELSE 0 END, "
                           "x.expires_ms, x.id"_s +
                           paging.sqlClause());
    bindAll(query);
    paging.bind(query);
    query.exec();
    QJsonArray items;
    while (query.next())
        items.append(toJson(administeredToken(query)));
    return listResponse(items, paging, total);
}

} // namespace

TokenOwner ownerOf(const OrganizationRef &organization)
{
    return TokenOwner{organization.id, organization.name, std::nullopt, {}};
}

TokenOwner ownerOf(const TeamRef &team)
{
    return TokenOwner{team.organization.id, team.organization.name, team.id, team.name};
}

QString tokensTarget(const TokenOwner &owner)
{
    return owner.teamId ? u"%1/teams/%2/tokens"_s.arg(owner.organization, owner.team)
                        : owner.organization + u"/tokens"_s;
}

bool mayReadTokenValues(const Call &call, Role role)
{
    return role == Role::Admin && !call.server.options().showTokensOnce;
}

QList<Token> readTokens(Call &call, QSqlDatabase &db, const TokenOwner &owner, bool withValues)
{
    const QList<Token> tokens = call.server.tokens().list(db, owner, withValues);
    // Every read of a token value is an audit event; without values nothing
    // secret was read.
    if (withValues && !tokens.isEmpty()) {
        QStringList ids;
        for (const Token &token : tokens)
            ids.append(token.id);
        audit::record(db, call, owner.organization, u"token.list"_s, tokensTarget(owner),
                      u"values of tokens %1"_s.arg(ids.join(u", "_s)));
    }
    return tokens;
}

void registerTokenRoutes(Router &router, ApiSurface surface)
{
    const bool extensions = surface == ApiSurface::Full;
    for (const bool team : {false, true}) {
        const QString base =
            team ? u"/organizations/{org}/teams/{team}/tokens"_s : u"/organizations/{org}/tokens"_s;
        router.add(Method::Get, base, Audience::User,
                   [team](Call &call) { return listTokens(call, team); });
        router.add(Method::Post, base, Audience::User,
                   [team](Call &call) { return createToken(call, team); });
        router.add(Method::Get, base + u"/{id}"_s, Audience::User,
                   [team](Call &call) { return readToken(call, team); });
        router.add(Method::Delete, base + u"/{id}"_s, Audience::User,
                   [team](Call &call) { return deleteToken(call, team); });
        if (extensions)
            router.add(Method::Post, base + u"/{id}/rotate"_s, Audience::User,
                       [team](Call &call) { return rotateToken(call, team); });
    }
    if (extensions)
        router.add(Method::Get, u"/users/tokens"_s, Audience::User, userTokens);
}

} // namespace keyward::server
