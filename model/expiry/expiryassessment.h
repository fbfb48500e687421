// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/token.h"
#include "expirystate.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

namespace keyward {

/// Where one token stands at one moment: its state and the moment that
/// state counts down to (the token's expiry, or the rotation policy's due
/// date for a token without one).
struct ExpiryAssessment
{
    ExpiryState state = ExpiryState::NeverExpires;
    std::optional<QDateTime> deadline; ///< nullopt only for NeverExpires
    bool fromPolicy = false;           ///< the deadline comes from a rotation policy

    friend bool operator==(const ExpiryAssessment &, const ExpiryAssessment &) = default;
};

/// Assesses \p token at \p now. A token's own expiry always wins; only a
/// token without one is measured against \p rotationDays (counted from its
/// creation). "Within 7 days" includes exactly 7 days from now, "within 30
/// days" exactly 30; a deadline at or before \p now has passed (a JWT is
/// rejected from its `exp` second on).
ExpiryAssessment assessExpiry(const Token &token, const QDateTime &now,
                              std::optional<int> rotationDays);

/// Short, translated texts and freedesktop icon names for the states, so the
/// table, the timeline, the exports and the reminders all say the same.
class ExpiryStateText
{
    Q_DECLARE_TR_FUNCTIONS(keyward::ExpiryStateText)

public:
    ExpiryStateText() = delete;

    /// "Expired", "Rotation overdue", "Expires within 7 days", "Rotation due
    /// within 7 days", "Expires within 30 days", "Rotation due within 30
    /// days", "Active", "Rotation due later", "Never expires".
    static QString text(ExpiryState state);
    /// "dialog-error" (passed), "dialog-warning" (within 30 days),
    /// "security-high" (later) or "dialog-information" (never expires).
    static QString iconName(ExpiryState state);
    /// True for the states a rotation policy produces.
    static bool isRotationState(ExpiryState state);
};

} // namespace keyward
