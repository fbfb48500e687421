// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "environment.h"

#include <QString>
#include <QStringList>
#include <QUrl>
#include <QUuid>

#include <optional>

namespace keyward {

/// One server the user connects to. Deliberately has no field for a password
/// or session token: those live in the OS keychain, keyed by server URL and
/// account, never in the settings file this profile is written to.
struct ConnectionProfile
{
    QUuid id;
    QString name;
    QUrl serverUrl;
    Environment environment = Environment::Production;
    /// "#rrggbb", or empty for the environment's default colour.
    QString colour;
    /// The account last used with this profile, to prefill the login form.
    QString accountEmail;
    /// SHA-256 fingerprints (64 lower-case hex digits) of certificates the
    /// user chose to trust for this server despite a TLS error.
    QStringList trustedCertificateSha256;

    /// The colour to paint: the custom one, else the environment's default.
    QString effectiveColour() const;
    /// Whether \p fingerprint (any spelling normalizeCertificateFingerprint accepts)
    /// is one of the trusted fingerprints.
    bool trustsCertificate(const QString &fingerprint) const;

    friend bool operator==(const ConnectionProfile &, const ConnectionProfile &) = default;
};

/// Accepts 64 hex digits, optionally separated by ':' or spaces, in any case
/// (as browsers and `openssl x509 -fingerprint` print them); returns 64
/// lower-case hex digits, or nullopt when it is not a SHA-256 fingerprint.
std::optional<QString> normalizeCertificateFingerprint(const QString &text);

} // namespace keyward
