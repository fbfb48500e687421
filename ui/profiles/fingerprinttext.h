// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace keyward {

/// A SHA-256 fingerprint in any spelling normalizeCertificateFingerprint()
/// accepts, as people compare it: upper-case "AB:CD:…" groups in two lines
/// of 16, so it can be checked half by half. Text that is not a fingerprint
/// is returned unchanged.
QString fingerprintForDisplay(const QString &fingerprint);

} // namespace keyward
