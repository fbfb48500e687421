// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectionprofile.h"

namespace keyward {

QString ConnectionProfile::effectiveColour() const
{
    return colour.isEmpty() ? defaultEnvironmentColour(environment) : colour;
}

bool ConnectionProfile::trustsCertificate(const QString &fingerprint) const
{
    const std::optional<QString> normalized = normalizeCertificateFingerprint(fingerprint);
    return normalized && trustedCertificateSha256.contains(*normalized);
}

std::optional<QString> normalizeCertificateFingerprint(const QString &text)
{
    constexpr qsizetype sha256HexLength = 64;
    QString hex;
    hex.reserve(sha256HexLength);
    for (const QChar ch : text) {
        const char16_t c = ch.unicode();
        if (c == u':' || c == u' ') {
            continue;
        }
        if (c >= u'0' && c <= u'9') {
            hex.append(ch);
        } else if (c >= u'a' && c <= u'f') {
            hex.append(ch);
        } else if (c >= u'A' && c <= u'F') {
            hex.append(QChar(c - u'A' + u'a'));
        } else {
            return std::nullopt;
        }
    }
    if (hex.size() != sha256HexLength) {
        return std::nullopt;
    }
    return hex;
}

} // namespace keyward
