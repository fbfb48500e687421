// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "setting.h"

#include <QLatin1StringView>
#include <QString>
#include <QStringList>
#include <QUuid>

/// Every key Keyward writes to its settings file, in one place. Nothing here
/// may ever hold a secret: passwords and tokens belong in the OS keychain.
namespace keyward::settings {

/// The profile the app opens with.
inline const Setting<QUuid> lastProfileId{QLatin1StringView("lastProfileId")};

/// QSettings array of connection profiles; the keys below are per entry.
inline constexpr QLatin1StringView profilesArray{"profiles"};

namespace profile {
inline const Setting<QUuid> id{QLatin1StringView("id")};
inline const Setting<QString> name{QLatin1StringView("name")};
inline const Setting<QString> serverUrl{QLatin1StringView("serverUrl")};
/// environmentToString() spelling.
inline const Setting<QString> environment{QLatin1StringView("environment")};
/// "#rrggbb" or empty for the environment default.
inline const Setting<QString> colour{QLatin1StringView("colour")};
inline const Setting<QString> accountEmail{QLatin1StringView("accountEmail")};
inline const Setting<QStringList> trustedCertificates{
    QLatin1StringView("trustedCertificateSha256")};
} // namespace profile

namespace ui {
/// A locale name such as "de" or "fr_FR" whose translation the app loads
/// instead of the system locale's; empty (the default) follows the system.
inline const Setting<QString> language{QLatin1StringView("ui/language")};
/// The colour scheme: "system" (default), "light", "dark" or "high-contrast".
inline const Setting<QString> palette{QLatin1StringView("ui/palette")};
} // namespace ui

} // namespace keyward::settings
