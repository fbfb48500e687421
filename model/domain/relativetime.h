// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace keyward {

/// Short, translated phrases for how far a moment is from now: "in 6 days",
/// "3 hours ago", "just now". Pure: "now" is a parameter so callers and tests
/// decide which clock to use.
class RelativeTime
{
    Q_DECLARE_TR_FUNCTIONS(keyward::RelativeTime)

public:
    RelativeTime() = delete;

    /// Under 45 seconds either way is "just now"; then whole minutes, hours,
    /// days (up to 45), months of 30 days (up to a year) and years, rounded
    /// down so "in 6 days" never promises more time than there is.
    static QString text(const QDateTime &when, const QDateTime &now);
    /// The absolute local time, for tooltips next to the relative phrase.
    static QString absoluteText(const QDateTime &when);
};

} // namespace keyward
