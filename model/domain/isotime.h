// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace keyward {

/// ISO 8601 in UTC with milliseconds and a Z suffix, as CAVE writes times:
/// "2014-10-23T16:32:33.324Z".
QString formatIsoTime(const QDateTime &time);
/// Accepts ISO 8601 with a Z or ±hh:mm offset, with or without fractional
/// seconds; returns the instant in UTC. nullopt for anything else (including
/// times without an offset, which are ambiguous).
std::optional<QDateTime> parseIsoTime(const QString &text);

} // namespace keyward
