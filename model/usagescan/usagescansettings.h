// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "settings/setting.h"

#include <QLatin1StringView>
#include <QStringList>

/// Settings of "Where is this token used?". Folders only: the secret being
/// searched for is never written anywhere.
namespace keyward::settings::usageScan {

/// The folders last scanned, offered again next time.
inline const Setting<QStringList> folders{QLatin1StringView("usageScan/folders")};

} // namespace keyward::settings::usageScan
