// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace keyward::jwt {

/// Every way a token can fail to parse or verify, each with its own message
/// (messageFor) so the server and the app can say precisely what is wrong.
enum class JwtErrorCode
{
    TooLarge,             ///< over the size cap
    MalformedStructure,   ///< not three dot-separated parts
    MalformedHeader,      ///< header part not canonical base64url or not a JSON object
    MalformedPayload,     ///< payload part not canonical base64url or not a JSON object
    MalformedSignature,   ///< signature part not canonical base64url or wrong length
    DuplicateKey,         ///< a JSON object repeats a member name
    UnsupportedAlgorithm, ///< "none" or anything other than EdDSA/ES256/RS256/HS256
    AlgorithmMismatch,    ///< header alg differs from the key's algorithm
    UnknownKey,           ///< no key with the header's kid
    MissingKeyId,         ///< header has no kid but the key set has several keys
    BadSignature,         ///< signature does not verify
    MissingExpiry,        ///< exp required but absent
    MalformedClaim,  ///< exp/nbf/iat present but not an integral number of seconds, or other claim
                     ///< of wrong type
    Expired,         ///< now >= exp (+ leeway)
    NotYetValid,     ///< now < nbf (- leeway)
    UnknownCritical, ///< header "crit" names an extension we do not understand
    InvalidKey,      ///< key material unusable (wrong type, wrong curve, too short)
};

struct JwtError
{
    JwtErrorCode code;
    QString detail; ///< one sentence, English, safe to show and log (never the token)
};

/// A sentence for \p code without details, e.g. "the token has expired".
QString messageFor(JwtErrorCode code);

} // namespace keyward::jwt
