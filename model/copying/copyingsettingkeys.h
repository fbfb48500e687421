// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "settings/setting.h"

#include <QLatin1StringView>
#include <QString>

/// Settings of "Copy as…" and the clipboard, kept next to the code that uses
/// them (model/settings/settingkeys.h lists the app-wide ones). Templates are
/// not secrets; a rendered snippet or token value is never written here.
namespace keyward::settings {

/// Seconds until a copied secret is cleared from the clipboard; 0 = never.
inline const Setting<int> clipboardClearSeconds{QLatin1StringView("clipboardClearSeconds"), 20};

/// QSettings array of user-defined copy templates; the keys below are per entry.
inline constexpr QLatin1StringView copyTemplatesArray{"copyTemplates"};

namespace copyTemplate {
inline const Setting<QString> id{QLatin1StringView("id")};
inline const Setting<QString> name{QLatin1StringView("name")};
/// snippetLanguageToString() spelling.
inline const Setting<QString> language{QLatin1StringView("language")};
inline const Setting<QString> body{QLatin1StringView("body")};
} // namespace copyTemplate

} // namespace keyward::settings
