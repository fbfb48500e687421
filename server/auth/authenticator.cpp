// SPDX-License-Identifier: GPL-3.0-or-later
#include "authenticator.h"

#include "http/apierror.h"
#include "http/request.h"
#include "jwt/jws.h"
#include "observability/metrics.h"
#include "security/keystore.h"
#include "security/secrets.h"
#include "servercontext.h"
#include "services/tokenstore.h"
#include "storage/database.h"
#include "storage/sql.h"

#include <QJsonArray>

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
    const auto jws = jwt::parseCompact(credential.secret.toLatin1());
    if (!jws) {
        refused(TokenRefusal::Malformed);
        throw ApiError::unauthorized(u"The token is malformed: %1"_s.arg(jws.error().detail));
    }
    const QString kid = jws->header.value(u"kid"_s).toString();
    const auto key = server.keys().verificationKey(kid);
    if (!key) {
        refused(server.keys().isRetired(kid) ? TokenRefusal::RetiredKey : TokenRefusal::UnknownKey);
        throw ApiError::unauthorized(
            u"The token is signed by an unknown or retired key ('%1')."_s.arg(kid));
    }
    const auto signature = jwt::verifySignature(*jws, *key);
    if (!signature) {
        refused(TokenRefusal::BadSignature);
        throw ApiError::unauthorized(
            u"The token's signature is invalid: %1"_s.arg(signature.error().detail));
    }
    jwt::TimeRules rules;
    rules.leewaySeconds = 30; // clock skew between this server and the token's issuer process
    const auto times = jwt::checkTimes(jws->claims, rules);
    if (!times) {
        refused(TokenRefusal::Time);
        throw ApiError::unauthorized(u"The token is not valid now: %1"_s.arg(times.error().detail));
    }
    if (jws->claims.value(u"aud"_s).toString() != QLatin1StringView(TokenStore::kAudience)) {
        refused(TokenRefusal::WrongAudience);
        throw ApiError::unauthorized(u"The token is not meant for publishing (wrong audience)."_s);
    }

    bool ok = false;
    const qint64 tokenId = jws->claims.value(u"jti"_s).toString().toLongLong(&ok);
    if (!ok) {
        refused(TokenRefusal::InvalidClaims);
        throw ApiError::unauthorized(u"The token has no valid 'jti' claim."_s);
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QSqlDatabase db = server.database().connection();
    SqlQuery row(
        db,
        u"SELECT t.organization_id, t.team_id, t.stored_expires_ms FROM tokens t WHERE t.id = :id"_s);
    row.bind(u":id"_s, tokenId).exec();
    if (!row.next()) {
        refused(TokenRefusal::Revoked);
        SqlQuery revoked(db, u"SELECT revoked_ms FROM revocations WHERE jti = :jti"_s);
        revoked.bind(u":jti"_s, QString::number(tokenId)).exec();
        if (revoked.next())
            throw ApiError::unauthorized(u"The token was revoked on %1."_s.arg(
                fromMs(revoked.value(0).toLongLong()).toString(Qt::ISODate)));
        throw ApiError::unauthorized(u"The token has been revoked."_s);
    }
    if (!row.value(2).isNull() && row.value(2).toLongLong() <= now) {
        refused(TokenRefusal::Expired);
        throw ApiError::unauthorized(u"The token expired on %1 (it was rotated)."_s.arg(
            fromMs(row.value(2).toLongLong()).toString(Qt::ISODate)));
    }

    Principal principal;
    principal.kind = Principal::Kind::Token;
    principal.tokenId = tokenId;
    principal.organizationId = row.value(0).toLongLong();
    if (!row.value(1).isNull())
        principal.teamId = row.value(1).toLongLong();
    // The claims are the source of truth for what the token may do.
    const QJsonObject &claims = jws->claims;
    principal.organization = claims.value(u"org"_s).toString();
    principal.team = claims.value(u"team"_s).toString();
    principal.scopes = claims.value(u"scope"_s).toString().split(u' ', Qt::SkipEmptyParts);
    const QJsonObject labels = claims.value(u"labels"_s).toObject();
    for (auto it = labels.begin(); it != labels.end(); ++it)
        principal.labels.insert(it.key(), it.value().toString());
    principal.attributes = claims.value(u"attrs"_s).toObject();
    return principal;
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
