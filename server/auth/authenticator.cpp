// SPDX-License-Identifier: GPL-3.0-or-later
#include "authenticator.h"

#include "auth/verifiedtokencache.h"
#include "http/apierror.h"
#include "http/request.h"
#include "observability/metrics.h"
#include "security/keystore.h"
#include "security/secrets.h"
#include "servercontext.h"
#include "services/tokenstore.h"
#include "storage/database.h"
#include "storage/sql.h"

#include <memory>

using namespace Qt::StringLiterals;

namespace keyward::server::authenticate {

bool looksLikeJwt(const QString &secret)
{
    return secret.count(u'.') == 2;
}

Credential requireCredential(const Request &request)
{
    const Credential credential = request.credential();
    switch (credential.scheme) {
    case Credential::Scheme::None:
        throw ApiError::unauthorized(
            u"This endpoint needs credentials: log in and send the session "
            "token as 'Authorization: Bearer TOKEN' (or as the Basic user name)."_s);
    case Credential::Scheme::Unsupported:
        throw ApiError::unauthorized(
            u"Only the Bearer and Basic authorization schemes are accepted."_s);
    case Credential::Scheme::Malformed:
        throw ApiError::unauthorized(
            u"The Authorization header is malformed: use 'Bearer TOKEN' or Basic with the token as "
            "user name and an empty password."_s);
    case Credential::Scheme::Bearer:
    case Credential::Scheme::Basic:
        break;
    }
    return credential;
}

namespace {
Principal sessionPrincipal(ServerContext &server, const Credential &credential)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    SqlQuery query(
        server.database().connection(),
        u"SELECT s.user_id, s.expires_ms, u.email FROM sessions s JOIN users u ON u.id = s.user_id "
        "WHERE s.digest = :digest"_s);
    const QString digest = sha256Hex(credential.secret.toUtf8());
    query.bind(u":digest"_s, digest).exec();
    if (!query.next())
        throw ApiError::unauthorized(u"The session is unknown or has ended; log in again."_s);
    if (query.value(1).toLongLong() <= now)
        throw ApiError::unauthorized(u"The session has expired; log in again."_s);
    Principal principal;
    principal.kind = Principal::Kind::User;
    principal.userId = query.value(0).toLongLong();
    principal.email = query.value(2).toString();
    principal.sessionDigest = digest.toLatin1();
    return principal;
}

QDateTime fromMs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}
} // namespace

Principal user(ServerContext &server, const Request &request)
{
    const Credential credential = requireCredential(request);
    if (looksLikeJwt(credential.secret))
        throw ApiError::unauthorized(
            u"Publishing tokens cannot be used here; this endpoint needs an "
            "operator session from POST /users/login."_s);
    return sessionPrincipal(server, credential);
}

Principal userOrToken(ServerContext &server, const Request &request)
{
    const Credential credential = requireCredential(request);
    return looksLikeJwt(credential.secret) ? publishingToken(server, credential)
                                           : sessionPrincipal(server, credential);
}

VerifiedTokenCache &verifiedTokenCache(ServerContext &server)
{
    return server.tokenCache();
}

namespace {

/// What the database says about a token now: its row and whether its key is
/// still unretired. Asked on every request, cached or not, because another
/// process may have revoked the token or retired the key a moment ago.
struct TokenState
{
    bool exists = false;
    qint64 organizationId = 0;
    std::optional<qint64> teamId;
    std::optional<qint64> storedExpiresMs;
    bool keyLive = false;
};

TokenState tokenState(QSqlDatabase &db, qint64 tokenId, const QString &kid)
{
    SqlQuery row(db, u"SELECT t.organization_id, t.team_id, t.stored_expires_ms, "
                     "(SELECT COUNT(*) FROM signing_keys k WHERE k.kid = :kid AND k.retired_ms IS "
                     "NULL) FROM tokens t WHERE t.id = :id"_s);
    row.bind(u":kid"_s, kid).bind(u":id"_s, tokenId).exec();
    TokenState state;
    if (!row.next())
        return state;
    state.exists = true;
    state.organizationId = row.value(0).toLongLong();
    if (!row.value(1).isNull())
        state.teamId = row.value(1).toLongLong();
    if (!row.value(2).isNull())
        state.storedExpiresMs = row.value(2).toLongLong();
    state.keyLive = row.value(3).toLongLong() > 0;
    return state;
}

Principal tokenPrincipal(const VerifiedClaims &claims, const TokenState &state)
{
    Principal principal;
    principal.kind = Principal::Kind::Token;
    principal.tokenId = claims.tokenId;
    principal.organizationId = state.organizationId;
    principal.teamId = state.teamId;
    principal.organization = claims.organization;
    principal.team = claims.team;
    principal.scopes = claims.scopes;
    principal.labels = claims.labels;
    principal.attributes = claims.attributes;
    return principal;
}

} // namespace

Principal publishingToken(ServerContext &server, const Credential &credential)
{
    // Only counts for GET /internal/metrics; the checks themselves are unchanged.
    server.metrics().recordTokenVerification();
    const auto refused = [&server](TokenRefusal reason) {
        server.metrics().recordTokenRefusal(reason);
    };
    if (!looksLikeJwt(credential.secret)) {
        refused(TokenRefusal::NotAToken);
        throw ApiError::unauthorized(
            u"Operator sessions cannot publish or read data as an application; "
            "use an organization or team token."_s);
    }
    const QByteArray compact = credential.secret.toLatin1();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QSqlDatabase db = server.database().connection();
    VerifiedTokenCache &cache = verifiedTokenCache(server);

    // A hit skips parse and signature, never the database: the token's row
    // (revocation, stored expiry) and its key's retirement are read as on a
    // miss. Anything other than "all fine" drops the entry and takes the full
    // path below, so a refusal reads the same whether the token was cached.
    if (const auto cached = cache.lookup(compact, now / 1000)) {
        const TokenState state = tokenState(db, cached->tokenId, cached->kid);
        if (state.exists && state.keyLive &&
            (!state.storedExpiresMs || *state.storedExpiresMs > now))
            return tokenPrincipal(*cached, state);
        if (!state.keyLive)
            cache.removeKey(cached->kid);
        cache.remove(compact);
    }

    const auto keyLookup = [&server](const QString &kid, bool &retired) {
        auto key = server.keys().verificationKey(kid);
        if (!key)
            retired = server.keys().isRetired(kid);
        return key;
    };
    const auto claims = tokenverifier::verify(compact, keyLookup, now / 1000);
    if (!claims) {
        refused(claims.error().reason);
        throw ApiError::unauthorized(claims.error().message);
    }
    const TokenState state = tokenState(db, claims->tokenId, claims->kid);
    if (!state.exists) {
        refused(TokenRefusal::Revoked);
        SqlQuery revoked(db, u"SELECT revoked_ms FROM revocations WHERE jti = :jti"_s);
        revoked.bind(u":jti"_s, QString::number(claims->tokenId)).exec();
        if (revoked.next())
            throw ApiError::unauthorized(u"The token was revoked on %1."_s.arg(
                fromMs(revoked.value(0).toLongLong()).toString(Qt::ISODate)));
        throw ApiError::unauthorized(u"The token has been revoked."_s);
    }
    if (state.storedExpiresMs && *state.storedExpiresMs <= now) {
        refused(TokenRefusal::Expired);
        throw ApiError::unauthorized(u"The token expired on %1 (it was rotated)."_s.arg(
            fromMs(*state.storedExpiresMs).toString(Qt::ISODate)));
    }
    // Retired between the key lookup and now: refuse as the key check would.
    if (!state.keyLive) {
        refused(TokenRefusal::RetiredKey);
        throw ApiError::unauthorized(
            u"The token is signed by an unknown or retired key ('%1')."_s.arg(claims->kid));
    }
    cache.insert(compact, *claims);
    return tokenPrincipal(*claims, state);
}

Session startSession(ServerContext &server, QSqlDatabase &db, qint64 userId)
{
    const QString token = randomTicket();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 expires = now + server.options().sessionLifetimeSeconds * 1000;
    SqlQuery(
        db,
        u"INSERT INTO sessions (digest, user_id, created_ms, expires_ms) VALUES (:d, :u, :c, :e)"_s)
        .bind(u":d"_s, sha256Hex(token.toUtf8()))
        .bind(u":u"_s, userId)
        .bind(u":c"_s, now)
        .bind(u":e"_s, expires)
        .exec();
    return {token, fromMs(expires)};
}

} // namespace keyward::server::authenticate
