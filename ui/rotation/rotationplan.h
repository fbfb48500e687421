// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/token.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace keyward {

/// Which token to revoke so a rotation finds a free slot, and why.
struct RetireSuggestion
{
    QString tokenId;
    QString reason; ///< one translated sentence
};

/// How the wizard can prove that a new token works without leaving a trace.
struct TokenCheckPlan
{
    enum class Kind
    {
        DryRunPublish, ///< a dry-run publish of one point named \c metric
        ReadQuery,     ///< a metrics query for \c metric made with the token
        None,          ///< the token has neither metrics:write nor metrics:read
    };
    Kind kind = Kind::None;
    QString metric;
};

/// The decisions of the rotation wizard that do not need a server: pure
/// functions, so they are tested without widgets.
class RotationPlan
{
    Q_DECLARE_TR_FUNCTIONS(keyward::RotationPlan)

public:
    RotationPlan() = delete;

    /// The metric a check publishes when the scope allows any name.
    static constexpr auto CheckMetricStem = "keyward_rotation_check";

    /// "<stem> (rotated YYYY-MM-DD)", where stem is \p description without
    /// earlier " (rotated …)" suffixes: the rule the server's rotate applies.
    static QString successorDescription(const QString &description, const QDate &utcDate);

    /// Among \p tokens other than \p rotatingId: an expired one first, then
    /// one never used, then the least recently used, ties going to the
    /// oldest. Nullopt when there is no other token.
    static std::optional<RetireSuggestion>
    suggestRetirement(const QList<Token> &tokens, const QString &rotatingId, const QDateTime &now);

    /// A metric name inside \p pattern (a scope's pattern, "" for any).
    static QString metricFor(const QString &pattern);

    /// The check for a token with \p scopes (empty = the server's default,
    /// metrics:write): publish when it may write, else query when it may read.
    static TokenCheckPlan checkFor(const QStringList &scopes);
};

} // namespace keyward
