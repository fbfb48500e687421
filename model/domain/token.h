// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "expected.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace keyward {

/// A publishing token as the API describes it. CAVE fields first
/// ({id, description, value, created}); the rest are extensions that a plain
/// CAVE server leaves out, so they are optional here.
struct Token
{
    QString id; ///< a string on the wire, even when it looks numeric
    QString description;
    std::optional<QString> value; ///< absent in listings with --show-tokens-once and in /users/tokens
    QDateTime created;
    std::optional<QDateTime> expires; ///< nullopt: never expires (or unknown on CAVE)
    QStringList scopes;
    QMap<QString, QString> labels;
    QJsonObject attributes;
    std::optional<QDateTime> lastUsed;
    QString format; ///< "jwt" for our server, empty for opaque CAVE tokens
    QString org;    ///< only in GET /users/tokens
    QString team;   ///< only in GET /users/tokens, empty for organization tokens

    friend bool operator==(const Token &, const Token &) = default;
};

/// Writes every field that has a value: `expires` and `last_used` as
/// null when unset but known to the server (\p extended), `org`/`team` when
/// non-empty. With \p extended false only the CAVE fields are written.
QJsonObject toJson(const Token &token, bool extended = true);
Expected<Token> tokenFromJson(const QJsonObject &json);

} // namespace keyward
