// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apiclient.h"

#include "settings/setting.h"

#include <QSettings>

#include <algorithm>
#include <chrono>

namespace keyward {

namespace settings {

/// Seconds a request may go without any data from the server before it is
/// given up as timed out (Keyward → Preferences).
inline const Setting<int> transferTimeoutSeconds{
    QLatin1StringView("network/transferTimeoutSeconds"),
    static_cast<int>(
        std::chrono::duration_cast<std::chrono::seconds>(NetworkPolicy::DefaultTransferTimeout)
            .count())};

/// The range the Preferences dialog offers; a stored value outside it (an
/// edited file) is clamped so that no request can wait forever or give up at once.
inline constexpr int minTransferTimeoutSeconds = 2;
inline constexpr int maxTransferTimeoutSeconds = 600;

} // namespace settings

/// Applies the stored network settings to \p api's policy; requests already
/// sent keep the timeout they were sent with.
inline void applyNetworkSettings(ApiClient *api, const QSettings &stored)
{
    const int seconds =
        std::clamp(settings::transferTimeoutSeconds.read(stored),
                   settings::minTransferTimeoutSeconds, settings::maxTransferTimeoutSeconds);
    api->policy().setTransferTimeout(std::chrono::seconds(seconds));
}

} // namespace keyward
