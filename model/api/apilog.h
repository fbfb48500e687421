// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

namespace keyward {

/// Requests and failures by endpoint; never headers or bodies (they carry secrets).
Q_DECLARE_LOGGING_CATEGORY(lcApi)

} // namespace keyward
