// SPDX-License-Identifier: GPL-3.0-or-later
#include "tokenstore.h"

#include "http/apierror.h"
#include "jwt/jws.h"
#include "security/keystore.h"
#include "security/tokencipher.h"
#include "servercontext.h"
#include "storage/database.h"
#include "storage/sql.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcTokens, "keyward.server.tokens")

namespace keyward::server {

namespace {
constexpr qint64 kTouchIntervalMs = 60 * 1000;

const QString kColumns = u"id, description, value_sealed, created_ms, exp_ms, stored_expires_ms, "
                         "scopes, labels, attributes, last_used_ms"_s;

/// The owner's live tokens: a token whose stored (rotation) expiry has passed
/// is gone for every reader at once, whether or not the sweeper has deleted
/// its row yet, so no caller has to sweep before reading.
QString liveTokensOf(const TokenOwner &owner)
{
    return (owner.teamId ? u"organization_id = :org AND team_id = :team"_s
                         : u"organization_id = :org AND team_id IS NULL"_s) +
           u" AND (stored_expires_ms IS NULL OR stored_expires_ms > :now)"_s;
}

void bindOwner(SqlQuery &query, const TokenOwner &owner)
{
    query.bind(u":org"_s, owner.organizationId);
    if (owner.teamId)
        query.bind(u":team"_s, *owner.teamId);
    query.bind(u":now"_s, QDateTime::currentMSecsSinceEpoch());
}

QString compactJson(const QJsonValue &value)
{
    return value.isArray()
               ? QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact))
               : QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
}

QDateTime fromMs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}
} // namespace

TokenStore::TokenStore(ServerContext &server)
    : m_server(server)
{}

Token TokenStore::tokenFromQuery(SqlQuery &query, bool withValue) const
{
    Token token;
    token.id = QString::number(query.value(0).toLongLong());
    token.description = query.value(1).toString();
    if (withValue) {
        const auto value = m_server.cipher().open(query.value(2).toByteArray(), token.id.toUtf8());
        if (!value) {
            qCWarning(lcTokens) << "token" << token.id
                                << "cannot be decrypted with the current token key";
            throw ApiError::internal(
                u"The value of token %1 cannot be decrypted; the server's token key "
                "does not match the database."_s.arg(token.id));
        }
        token.value = QString::fromLatin1(*value);
    }
    token.created = fromMs(query.value(3).toLongLong());
    // The earlier of the signed expiry and the stored (rotation) expiry is
    // when the token stops working: that is what clients must see.
    std::optional<qint64> expires;
    if (!query.value(4).isNull())
        expires = query.value(4).toLongLong();
    if (!query.value(5).isNull())
        expires =
            expires ? qMin(*expires, query.value(5).toLongLong()) : query.value(5).toLongLong();
    if (expires)
        token.expires = fromMs(*expires);
    for (const QJsonValue &scope :
         QJsonDocument::fromJson(query.value(6).toString().toUtf8()).array())
        token.scopes.append(scope.toString());
    const QJsonObject labels = QJsonDocument::fromJson(query.value(7).toString().toUtf8()).object();
    for (auto it = labels.begin(); it != labels.end(); ++it)
        token.labels.insert(it.key(), it.value().toString());
    token.attributes = QJsonDocument::fromJson(query.value(8).toString().toUtf8()).object();
    if (!query.value(9).isNull())
        token.lastUsed = fromMs(query.value(9).toLongLong());
    token.format = u"jwt"_s;
    return token;
}

int TokenStore::count(QSqlDatabase &db, const TokenOwner &owner)
{
    SqlQuery query(db, u"SELECT COUNT(*) FROM tokens WHERE "_s + liveTokensOf(owner));
    bindOwner(query, owner);
    return int(query.exec().scalarInteger());
}

Token TokenStore::create(QSqlDatabase &db, const TokenOwner &owner,
                         const CreateTokenRequest &request, const QDateTime &issuedAt)
{
    retireDueTokens(db);
    if (count(db, owner) >= kMaxTokensPerOwner)
        throw ApiError::badRequest(
            u"%1 already has %2 tokens, the most it can have; delete one before creating another."_s
                .arg(owner.teamId ? u"Team %1"_s.arg(owner.team)
                                  : u"Organization %1"_s.arg(owner.organization))
                .arg(kMaxTokensPerOwner));

    const qint64 nowMs =
        issuedAt.isValid() ? issuedAt.toMSecsSinceEpoch() : QDateTime::currentMSecsSinceEpoch();
    std::optional<qint64> expMs;
    if (request.expires) {
        expMs = request.expires->toMSecsSinceEpoch();
        if (*expMs <= nowMs)
            throw ApiError::badRequest(u"The token's expiry must be in the future."_s);
    }
    QStringList scopes =
        request.scopes.isEmpty() ? QStringList{u"metrics:write"_s} : request.scopes;
    QJsonObject labels;
    for (auto it = request.labels.begin(); it != request.labels.end(); ++it)
        labels.insert(it.key(), it.value());
    const jwt::Jwk key = m_server.keys().currentSigningKey();

    SqlQuery insert(
        db, u"INSERT INTO tokens (organization_id, team_id, description, value_sealed, kid, "
            "created_ms, exp_ms, scopes, labels, attributes) VALUES (:org, :team, :description, "
            ":sealed, :kid, :created, :exp, :scopes, :labels, :attributes) RETURNING id"_s);
    insert.bind(u":org"_s, owner.organizationId)
        .bind(u":team"_s, nullableInteger(owner.teamId))
        .bind(u":description"_s, request.description)
        .bind(u":sealed"_s, QByteArray("pending"))
        .bind(u":kid"_s, key.keyId())
        .bind(u":created"_s, nowMs)
        .bind(u":exp"_s, nullableInteger(expMs))
        .bind(u":scopes"_s, compactJson(QJsonArray::fromStringList(scopes)))
        .bind(u":labels"_s, compactJson(labels))
        .bind(u":attributes"_s, compactJson(request.attributes));
    const qint64 id = insert.exec().scalarInteger();

    // Seconds in claims (RFC 7519 NumericDate); exp rounded down so the
    // token never outlives what the client asked for.
    QJsonObject claims{{u"iss"_s, m_server.issuer()},   {u"aud"_s, QString::fromLatin1(kAudience)},
                       {u"iat"_s, nowMs / 1000},        {u"nbf"_s, nowMs / 1000},
                       {u"jti"_s, QString::number(id)}, {u"org"_s, owner.organization},
                       {u"scope"_s, scopes.join(u' ')}};
    if (expMs)
        claims.insert(u"exp"_s, *expMs / 1000);
    if (owner.teamId)
        claims.insert(u"team"_s, owner.team);
    if (!labels.isEmpty())
        claims.insert(u"labels"_s, labels);
    if (!request.attributes.isEmpty())
        claims.insert(u"attrs"_s, request.attributes);
    const QByteArray value = jwt::signCompact(claims, key);
    SqlQuery(db, u"UPDATE tokens SET value_sealed = :sealed WHERE id = :id"_s)
        .bind(u":sealed"_s, m_server.cipher().seal(value, QByteArray::number(id)))
        .bind(u":id"_s, id)
        .exec();

    Token token;
    token.id = QString::number(id);
    token.description = request.description;
    token.value = QString::fromLatin1(value);
    token.created = fromMs(nowMs);
    if (expMs)
        token.expires = fromMs(*expMs);
    token.scopes = scopes;
    token.labels = request.labels;
    token.attributes = request.attributes;
    token.format = u"jwt"_s;
    return token;
}

QList<Token> TokenStore::list(QSqlDatabase &db, const TokenOwner &owner, bool withValues)
{
    SqlQuery query(db, u"SELECT "_s + kColumns + u" FROM tokens WHERE "_s + liveTokensOf(owner) +
                           u" ORDER BY id"_s);
    bindOwner(query, owner);
    query.exec();
    QList<Token> tokens;
    while (query.next())
        tokens.append(tokenFromQuery(query, withValues));
    return tokens;
}

std::optional<Token> TokenStore::find(QSqlDatabase &db, const TokenOwner &owner, const QString &id,
                                      bool withValue)
{
    bool ok = false;
    const qint64 numericId = id.toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    SqlQuery query(db, u"SELECT "_s + kColumns + u" FROM tokens WHERE id = :id AND "_s +
                           liveTokensOf(owner));
    query.bind(u":id"_s, numericId);
    bindOwner(query, owner);
    query.exec();
    if (!query.next())
        return std::nullopt;
    return tokenFromQuery(query, withValue);
}

void TokenStore::revoke(QSqlDatabase &db, qint64 tokenId)
{
    // Revocation is keyed on jti (= id), never on the token string: ECDSA
    // signatures are malleable, so the same token can be spelled differently.
    SqlQuery(db, u"INSERT INTO revocations (jti, revoked_ms) VALUES (:jti, :now) "
                 "ON CONFLICT (jti) DO NOTHING"_s)
        .bind(u":jti"_s, QString::number(tokenId))
        .bind(u":now"_s, QDateTime::currentMSecsSinceEpoch())
        .exec();
    SqlQuery(db, u"DELETE FROM tokens WHERE id = :id"_s).bind(u":id"_s, tokenId).exec();
}

void TokenStore::revokeAll(QSqlDatabase &db, qint64 organizationId, std::optional<qint64> teamId)
{
    const QString scope = teamId ? u"team_id = :team"_s : u"organization_id = :org"_s;
    SqlQuery(db,
             u"INSERT INTO revocations (jti, revoked_ms) SELECT CAST(id AS TEXT), :now FROM tokens "
             "WHERE "_s +
                 scope + u" ON CONFLICT (jti) DO NOTHING"_s)
        .bind(u":now"_s, QDateTime::currentMSecsSinceEpoch())
        .bind(teamId ? u":team"_s : u":org"_s, teamId ? *teamId : organizationId)
        .exec();
    SqlQuery(db, u"DELETE FROM tokens WHERE "_s + scope)
        .bind(teamId ? u":team"_s : u":org"_s, teamId ? *teamId : organizationId)
        .exec();
}

void TokenStore::setStoredExpiry(QSqlDatabase &db, qint64 tokenId, qint64 expiresMs)
{
    SqlQuery(
        db,
        u"UPDATE tokens SET stored_expires_ms = CASE WHEN exp_ms IS NOT NULL AND exp_ms < :when "
        "THEN exp_ms ELSE :when END WHERE id = :id"_s)
        .bind(u":when"_s, expiresMs)
        .bind(u":id"_s, tokenId)
        .exec();
}

int TokenStore::retireDueTokens(QSqlDatabase &db)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    SqlQuery(
        db, u"INSERT INTO revocations (jti, revoked_ms) SELECT CAST(id AS TEXT), stored_expires_ms "
            "FROM tokens WHERE stored_expires_ms IS NOT NULL AND stored_expires_ms <= :now "
            "ON CONFLICT (jti) DO NOTHING"_s)
        .bind(u":now"_s, now)
        .exec();
    SqlQuery removal(
        db,
        u"DELETE FROM tokens WHERE stored_expires_ms IS NOT NULL AND stored_expires_ms <= :now"_s);
    removal.bind(u":now"_s, now).exec();
    return removal.rowsAffected();
}

void TokenStore::touch(qint64 tokenId)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    {
        QMutexLocker lock(&m_touchMutex);
        qint64 &last = m_lastTouchWrite[tokenId];
        if (now - last < kTouchIntervalMs)
            return;
        last = now;
    }
    try {
        SqlQuery(m_server.database().connection(),
                 u"UPDATE tokens SET last_used_ms = :now WHERE id = :id"_s)
            .bind(u":now"_s, now)
            .bind(u":id"_s, tokenId)
            .exec();
    } catch (const ApiError &) {
        // last_used is informational; a busy database must not fail a publish.
    }
}

} // namespace keyward::server
