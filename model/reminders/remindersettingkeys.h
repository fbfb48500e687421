// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "settings/setting.h"

#include <QLatin1StringView>
#include <QStringList>

/// Settings of the expiry reminders, kept next to the code that uses them.
/// Only token keys and dates are written here, never a token value.
namespace keyward::settings::reminders {

/// Days ahead of an expiry that the tray notifies, per environment; 0 = never.
inline const Setting<int> productionDays{QLatin1StringView("reminders/productionDays"), 30};
inline const Setting<int> stagingDays{QLatin1StringView("reminders/stagingDays"), 14};
inline const Setting<int> developmentDays{QLatin1StringView("reminders/developmentDays"), 7};
inline const Setting<int> customDays{QLatin1StringView("reminders/customDays"), 14};
/// Reminder::id()s already shown, so a restart does not repeat them.
inline const Setting<QStringList> sent{QLatin1StringView("reminders/sent")};

} // namespace keyward::settings::reminders
