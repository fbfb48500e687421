// SPDX-License-Identifier: GPL-3.0-or-later
#include "expiryassessment.h"

using namespace Qt::StringLiterals;

namespace keyward {

namespace {

constexpr qint64 dayMs = qint64(24) * 60 * 60 * 1000;

} // namespace

ExpiryAssessment assessExpiry(const Token &token, const QDateTime &now,
                              std::optional<int> rotationDays)
{
    ExpiryAssessment result;
    if (token.expires && token.expires->isValid()) {
        result.deadline = *token.expires;
    } else if (rotationDays && *rotationDays > 0 && token.created.isValid()) {
        result.deadline = token.created.addDays(*rotationDays);
        result.fromPolicy = true;
    } else {
        return result;
    }
    const qint64 remaining = now.msecsTo(*result.deadline);
    const bool policy = result.fromPolicy;
    if (remaining <= 0) {
        result.state = policy ? ExpiryState::RotationOverdue : ExpiryState::Expired;
    } else if (remaining <= 7 * dayMs) {
        result.state =
            policy ? ExpiryState::RotationDueWithin7Days : ExpiryState::ExpiresWithin7Days;
    } else if (remaining <= 30 * dayMs) {
        result.state =
            policy ? ExpiryState::RotationDueWithin30Days : ExpiryState::ExpiresWithin30Days;
    } else {
        result.state = policy ? ExpiryState::RotationDueLater : ExpiryState::ExpiresLater;
    }
    return result;
}

QString ExpiryStateText::text(ExpiryState state)
{
    switch (state) {
    case ExpiryState::Expired:
        return tr("Expired");
    case ExpiryState::RotationOverdue:
        return tr("Rotation overdue");
    case ExpiryState::ExpiresWithin7Days:
        return tr("Expires within 7 days");
    case ExpiryState::RotationDueWithin7Days:
        return tr("Rotation due within 7 days");
    case ExpiryState::ExpiresWithin30Days:
        return tr("Expires within 30 days");
    case ExpiryState::RotationDueWithin30Days:
        return tr("Rotation due within 30 days");
    case ExpiryState::ExpiresLater:
        return tr("Active");
    case ExpiryState::RotationDueLater:
        return tr("Rotation due later");
    case ExpiryState::NeverExpires:
        return tr("Never expires");
    }
    return {};
}

QString ExpiryStateText::iconName(ExpiryState state)
{
    switch (state) {
    case ExpiryState::Expired:
    case ExpiryState::RotationOverdue:
        return u"dialog-error"_s;
    case ExpiryState::ExpiresWithin7Days:
    case ExpiryState::RotationDueWithin7Days:
    case ExpiryState::ExpiresWithin30Days:
    case ExpiryState::RotationDueWithin30Days:
        return u"dialog-warning"_s;
    case ExpiryState::ExpiresLater:
    case ExpiryState::RotationDueLater:
        return u"security-high"_s;
    case ExpiryState::NeverExpires:
        return u"dialog-information"_s;
    }
    return {};
}

bool ExpiryStateText::isRotationState(ExpiryState state)
{
    return state == ExpiryState::RotationOverdue || state == ExpiryState::RotationDueWithin7Days ||
           state == ExpiryState::RotationDueWithin30Days || state == ExpiryState::RotationDueLater;
}

} // namespace keyward
