// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace keyward {

/// Where a token stands on the road to its end, most urgent first: the order
/// of the enumerators is the urgency order of the expiry review.
/// "Rotation" states come from a rotation policy ("rotate every 90 days",
/// counted from the token's creation) for tokens that carry no expiry
/// (opaque CAVE tokens and never-expiring ones); they are advice, the
/// server still accepts the token.
enum class ExpiryState
{
    Expired,            ///< its expiry has passed
    RotationOverdue,    ///< no expiry, and the rotation policy's due date has passed
    ExpiresWithin7Days, ///< expires in the next 7 days
    RotationDueWithin7Days,
    ExpiresWithin30Days, ///< expires in 8 to 30 days
    RotationDueWithin30Days,
    ExpiresLater, ///< expires in more than 30 days
    RotationDueLater,
    NeverExpires, ///< no expiry and no rotation policy
};

} // namespace keyward
