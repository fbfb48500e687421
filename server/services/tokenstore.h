// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/requests.h"
#include "domain/token.h"

#include <QHash>
#include <QMutex>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace keyward::server {

class ServerContext;

/// The organization or team a token belongs to.
struct TokenOwner
{
    qint64 organizationId = 0;
    QString organization;
    std::optional<qint64> teamId; ///< nullopt: an organization token
    QString team;
};

/// Everything about publishing tokens that more than one handler needs:
/// issuing (row + signed JWT + sealed value), reading, revoking, and retiring
/// tokens whose stored expiry (set by rotation) has passed.
class TokenStore
{
public:
    static constexpr int kMaxTokensPerOwner = 3;
    /// The "aud" claim of every publishing token.
    static constexpr auto kAudience = "keyward-publish";

    explicit TokenStore(ServerContext &server);

    /// Inside the caller's write transaction: retires due tokens, enforces the
    /// 3-token limit (ApiError 400), inserts the row, signs the JWT with the
    /// current key and seals the value. Returns the token with its value.
    /// \p issuedAt backdates issuance (demo data with expiries in the past);
    /// by default the token is issued now and its expiry must be in the future.
    Token create(QSqlDatabase &db, const TokenOwner &owner, const CreateTokenRequest &request,
                 const QDateTime &issuedAt = {});
    /// Live tokens of exactly this owner (an organization's own tokens exclude
    /// its teams'), oldest first; values opened only when \p withValues. A
    /// token past its stored (rotation) expiry is never returned or counted by
    /// list/find/count, swept yet or not.
    QList<Token> list(QSqlDatabase &db, const TokenOwner &owner, bool withValues);
    std::optional<Token> find(QSqlDatabase &db, const TokenOwner &owner, const QString &id,
                              bool withValue);
    int count(QSqlDatabase &db, const TokenOwner &owner);
    /// Deletes the token and lists its jti in the revocation list.
    void revoke(QSqlDatabase &db, qint64 tokenId);
    /// Revokes every token of an organization (all its teams too) or of one team.
    void revokeAll(QSqlDatabase &db, qint64 organizationId, std::optional<qint64> teamId);
    /// Sets the stored expiry (rotation's grace period); never extends beyond exp.
    void setStoredExpiry(QSqlDatabase &db, qint64 tokenId, qint64 expiresMs);
    /// Revokes tokens whose stored expiry has passed. Returns how many.
    int retireDueTokens(QSqlDatabase &db);
    /// Records use for last_used, writing at most once a minute per token so a
    /// busy publisher does not turn every request into a database write.
    void touch(qint64 tokenId);

private:
    Token tokenFromQuery(class SqlQuery &query, bool withValue) const;

    ServerContext &m_server;
    QMutex m_touchMutex;
    QHash<qint64, qint64> m_lastTouchWrite;
};

} // namespace keyward::server
