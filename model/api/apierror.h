// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/expected.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace keyward {

/// The server certificate behind a TLS error, for the "certificate not
/// trusted" dialog and its "Trust this certificate for this profile" action.
struct CertificateDetails
{
    QString subjectCommonName;
    QString subjectOrganization;
    QString issuerCommonName;
    QString issuerOrganization;
    QDateTime notBefore;
    QDateTime notAfter;
    /// SHA-256 of the DER certificate as browsers show it: "AB:CD:…".
    QString sha256Fingerprint;
    /// "DNS:host" and "IP:address" entries (and "Email:…" when present).
    QStringList subjectAlternativeNames;
    bool selfSigned = false;
    /// True when every error goes away once the user trusts this fingerprint
    /// (the UI offers "Trust this certificate" only then).
    bool canBeTrusted = false;
    /// Why the certificate was refused, one translated sentence each.
    QStringList errors;
};

/// Why a call to the server failed, in a form the UI can show as is.
struct ApiError
{
    enum Kind
    {
        Network,
        Timeout,
        Tls,
        Unauthorized,
        Forbidden,
        NotFound,
        Conflict,
        BadRequest,
        Server,
        InvalidResponse,
        Cancelled,
    };

    Kind kind = Network;
    /// The HTTP status when the server answered, 0 otherwise.
    int httpStatus = 0;
    /// A translated sentence that says what happened and what to do.
    QString message;
    /// "METHOD /path", so that a message can name the call that failed.
    QString endpoint;
    /// Set for Tls errors when the server presented a certificate we refused.
    std::optional<CertificateDetails> certificate = std::nullopt;
};

/// The outcome of one API call: the decoded value or the error.
template <typename T> using ApiResult = Expected<T, ApiError>;

/// The value of calls whose success carries no data (204 answers).
struct NoContent
{};

/// Receives the outcome of an API call on the GUI thread.
template <typename T> using ApiCallback = std::function<void(const ApiResult<T> &)>;

} // namespace keyward
