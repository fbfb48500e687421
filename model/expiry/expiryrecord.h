// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/token.h"
#include "settings/environment.h"

#include <QHashFunctions>
#include <QJsonObject>
#include <QSet>
#include <QString>
#include <QUrl>
#include <QUuid>

namespace keyward {

/// One token of the expiry review: the token as GET /users/tokens (or the
/// CAVE fallback walk) returned it, with org/team filled in and never a
/// value, plus the connection profile it was read through.
struct ExpiryRecord
{
    QUuid profileId;
    QString profileName;
    Environment environment = Environment::Production;
    QString environmentColour; ///< the profile's effective colour, "#rrggbb"
    QUrl serverUrl;
    Token token; ///< token.org is set; token.team empty for organization tokens

    /// Identifies the token across profiles: profile id, org, team and token id.
    QString key() const
    {
        return profileId.toString(QUuid::WithoutBraces) + u'/' + token.org + u'/' + token.team +
               u'/' + token.id;
    }

    friend bool operator==(const ExpiryRecord &, const ExpiryRecord &) = default;
};

/// A token's identity within one profile (ExpiryRecord::key() without the
/// profile), sharing the token's strings instead of building a new one.
struct ExpiryTokenId
{
    QString org;
    QString team;
    QString id;

    explicit ExpiryTokenId(const Token &token)
        : org(token.org)
        , team(token.team)
        , id(token.id)
    {}
    friend bool operator==(const ExpiryTokenId &, const ExpiryTokenId &) = default;
};

inline size_t qHash(const ExpiryTokenId &key, size_t seed = 0) noexcept
{
    return qHashMulti(seed, key.org, key.team, key.id);
}

/// Equal strings of many rows held once: among 100,000 tokens an
/// organization or a description such as "nightly deploy" repeats thousands
/// of times, and each copy decoded from JSON is its own allocation.
class ExpiryStringPool
{
public:
    void share(QString &text)
    {
        if (text.isEmpty())
            return;
        if (const auto found = m_strings.constFind(text); found != m_strings.cend())
            text = *found;
        else
            m_strings.insert(text);
    }
    /// Once the rows are built: the pool only holds references.
    void clear() { m_strings = QSet<QString>(); }

private:
    QSet<QString> m_strings;
};

/// Makes \p token a row of the review read through a profile: \p colour is
/// the profile's effectiveColour(), computed once by the caller so that every
/// row shares one string. The review never shows the value, scopes, labels,
/// attributes or format; with 100,000 rows each kept field is megabytes, so
/// they are dropped here. With \p pool, the organization and description are
/// shared with equal ones of earlier rows.
inline ExpiryRecord makeExpiryRecord(const QUuid &profileId, const QString &profileName,
                                     Environment environment, const QString &colour,
                                     const QUrl &serverUrl, Token token,
                                     ExpiryStringPool *pool = nullptr)
{
    token.value.reset();
    token.scopes.clear();
    token.labels.clear();
    token.attributes = QJsonObject();
    token.format.clear();
    if (pool) {
        pool->share(token.org);
        pool->share(token.description);
    }
    ExpiryRecord record;
    record.profileId = profileId;
    record.profileName = profileName;
    record.environment = environment;
    record.environmentColour = colour;
    record.serverUrl = serverUrl;
    record.token = std::move(token);
    return record;
}

} // namespace keyward
