// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace keyward::server {

/// Who is calling: nobody, an operator with a session, or an application with
/// a publishing token. Filled by the Authenticator, read by handlers.
struct Principal
{
    enum class Kind
    {
        Anonymous,
        User,
        Token
    };
    Kind kind = Kind::Anonymous;

    // Kind::User
    qint64 userId = 0;
    QString email;
    QByteArray sessionDigest; ///< SHA-256 of the session token, to end this session only

    // Kind::Token
    qint64 tokenId = 0;
    qint64 organizationId = 0;
    std::optional<qint64> teamId; ///< nullopt for organization tokens
    QString organization;
    QString team;
    QStringList scopes;
    QMap<QString, QString> labels;
    QJsonObject attributes;

    bool isUser() const { return kind == Kind::User; }
    bool isToken() const { return kind == Kind::Token; }
    /// For audit records: the user's email or "token:<id>".
    QString actor() const
    {
        if (kind == Kind::Token)
            return QStringLiteral("token:") + QString::number(tokenId);
        return kind == Kind::User ? email : QStringLiteral("anonymous");
    }
};

} // namespace keyward::server
