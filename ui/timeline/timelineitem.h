// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "expiry/expirystate.h"

#include <QDateTime>
#include <QString>

namespace keyward {

/// One token on the expiry timeline. Plain data so that the expiry page can
/// build 100,000 of them without touching widgets.
struct TimelineItem
{
    QString key;    ///< stable identity (ExpiryRecord::key()), reported by itemActivated
    QString group;  ///< lane, e.g. "Production · acme / payments"
    QString label;  ///< the token's description
    QDateTime when; ///< expiry or rotation due date; invalid = not on the time axis
    ExpiryState state = ExpiryState::NeverExpires;
    QString toolTip; ///< shown on hover when the marker stands alone
};

} // namespace keyward
