// SPDX-License-Identifier: GPL-3.0-or-later
#include "rotationplan.h"

#include "domain/relativetime.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace keyward {

namespace {

const QString WriteScope = u"metrics:write"_s;
const QString ReadScope = u"metrics:read"_s;

bool isExpired(const Token &token, const QDateTime &now)
{
    return token.expires && *token.expires <= now;
}

/// The first pattern \p scopes grant for \p kind: "" when unrestricted,
/// nullopt when the kind is not granted at all.
std::optional<QString> patternFor(const QStringList &scopes, const QString &kind)
{
    std::optional<QString> found;
    for (const QString &scope : scopes) {
        if (scope == kind) {
            return QString();
        }
        if (!found && scope.startsWith(kind + u':')) {
            found = scope.mid(kind.size() + 1);
        }
    }
    return found;
}

} // namespace

QString RotationPlan::successorDescription(const QString &description, const QDate &utcDate)
{
    static const QRegularExpression earlier(uR"((?: \(rotated [^()]*\))+$)"_s);
    QString stem = description;
    stem.remove(earlier);
    return u"%1 (rotated %2)"_s.arg(stem, utcDate.toString(Qt::ISODate));
}

std::optional<RetireSuggestion> RotationPlan::suggestRetirement(const QList<Token> &tokens,
                                                                const QString &rotatingId,
                                                                const QDateTime &now)
{
    QList<Token> candidates;
    for (const Token &token : tokens) {
        if (token.id != rotatingId) {
            candidates.append(token);
        }
    }
    if (candidates.isEmpty()) {
        return std::nullopt;
    }
    // Expired first (earliest expiry first), then never used, then least
    // recently used; the oldest breaks ties.
    const auto before = [&now](const Token &a, const Token &b) {
        const bool aExpired = isExpired(a, now);
        const bool bExpired = isExpired(b, now);
        if (aExpired != bExpired) {
            return aExpired;
        }
        if (aExpired && *a.expires != *b.expires) {
            return *a.expires < *b.expires;
        }
        if (a.lastUsed.has_value() != b.lastUsed.has_value()) {
            return !a.lastUsed.has_value();
        }
        if (a.lastUsed && *a.lastUsed != *b.lastUsed) {
            return *a.lastUsed < *b.lastUsed;
        }
        return a.created < b.created;
    };
    std::stable_sort(candidates.begin(), candidates.end(), before);
    const Token &chosen = candidates.first();
    const auto tiedOn = [&](auto &&same) {
        return candidates.size() > 1 && same(candidates.at(1));
    };

    QString reason;
    if (isExpired(chosen, now)) {
        reason = tr("“%1” expired %2 and no longer works, so revoking it loses nothing.")
                     .arg(chosen.description, RelativeTime::text(*chosen.expires, now));
    } else if (!chosen.lastUsed) {
        const bool othersUnused =
            tiedOn([&now](const Token &t) { return !isExpired(t, now) && !t.lastUsed; });
        reason = othersUnused
                     ? tr("“%1” has never been used and is the oldest of the unused tokens, so "
                          "it is the least likely to be needed.")
                           .arg(chosen.description)
                     : tr("“%1” has never been used, so no application depends on it.")
                           .arg(chosen.description);
    } else {
        const bool sameTime = tiedOn(
            [&](const Token &t) { return !isExpired(t, now) && t.lastUsed == chosen.lastUsed; });
        reason = sameTime ? tr("“%1” was used least recently (%2) and is the oldest such token, so "
                               "it is the least likely to be in use.")
                                .arg(chosen.description, RelativeTime::text(*chosen.lastUsed, now))
                          : tr("“%1” was used least recently (%2), so it is the least likely to "
                               "be in use.")
                                .arg(chosen.description, RelativeTime::text(*chosen.lastUsed, now));
    }
    return RetireSuggestion{chosen.id, reason};
}

QString RotationPlan::metricFor(const QString &pattern)
{
    const QString stem = QString::fromLatin1(CheckMetricStem);
    if (!pattern.endsWith(u'*')) {
        // An exact pattern allows that one name only.
        return pattern.isEmpty() ? u"keyward."_s + stem : pattern;
    }
    const QString prefix = pattern.chopped(1);
    if (prefix.isEmpty() || prefix.endsWith(u'.') || prefix.endsWith(u'_') ||
        prefix.endsWith(u'-')) {
        return prefix + stem;
    }
    return prefix + u'_' + stem;
}

TokenCheckPlan RotationPlan::checkFor(const QStringList &scopes)
{
    if (scopes.isEmpty()) {
        return {TokenCheckPlan::Kind::DryRunPublish, metricFor({})};
    }
    if (const auto write = patternFor(scopes, WriteScope)) {
        return {TokenCheckPlan::Kind::DryRunPublish, metricFor(*write)};
    }
    if (const auto read = patternFor(scopes, ReadScope)) {
        return {TokenCheckPlan::Kind::ReadQuery, metricFor(*read)};
    }
    return {};
}

} // namespace keyward
