// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "settings/setting.h"

namespace keyward::settings {

/// Minutes without keyboard or mouse input in the app after which Keyward
/// hides its windows and asks for the password again; 0 (the default) never.
inline const Setting<int> idleLockMinutes{QLatin1StringView("security/idleLockMinutes"), 0};

} // namespace keyward::settings
