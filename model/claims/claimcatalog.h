// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace keyward::claims {

/// Where a claim or header parameter lives in a JWT.
enum class ClaimSection
{
    Header,
    Payload
};

/// What the claims view knows about names: the order rows are shown in
/// (registered names first, then ours, then foreign ones alphabetically) and a
/// translated explanation for tooltips.
class ClaimCatalog
{
    Q_DECLARE_TR_FUNCTIONS(keyward::claims::ClaimCatalog)

public:
    ClaimCatalog() = delete;

    /// Sort key: lower first; names the catalog does not know share the last rank.
    static int rank(ClaimSection section, const QString &name);
    /// Orders \p names by rank, then alphabetically.
    static QStringList ordered(ClaimSection section, QStringList names);
    /// A sentence for a tooltip; empty for names the catalog does not know.
    static QString explanation(ClaimSection section, const QString &name);
    /// NumericDate claims (exp, nbf, iat, auth_time) shown as dates.
    static bool isTimeClaim(ClaimSection section, const QString &name);
    /// "metrics:write" → "may publish metrics"; patterns and foreign
    /// (Abacus-style "abacus.usage.<resource>.write") scopes explained too.
    static QString scopeExplanation(const QString &scope);
    /// "max_past" → "oldest accepted data point, in seconds before now", …
    static QString attributeExplanation(const QString &name);
};

} // namespace keyward::claims
