// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace keyward {

/// Organization and team names: 1–64 ASCII letters, digits, '-', '_', '.',
/// starting with a letter or digit (URL-safe without escaping).
bool isValidName(const QString &name);
/// A sentence explaining why \p name is not valid; empty when it is.
QString nameProblem(const QString &name);

/// A plausible email address (one '@', non-empty local part and domain, no
/// spaces or control characters, at most 254 characters). Deliverability is
/// the mail system's business; this only refuses obvious garbage.
bool isPlausibleEmail(const QString &email);

} // namespace keyward
