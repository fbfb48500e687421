// SPDX-License-Identifier: GPL-3.0-or-later
#include "jwterror.h"

using namespace Qt::StringLiterals;

namespace keyward::jwt {

QString messageFor(JwtErrorCode code)
{
    switch (code) {
    case JwtErrorCode::TooLarge:
        return u"The token is larger than the accepted maximum size."_s;
    case JwtErrorCode::MalformedStructure:
        return u"The token does not consist of exactly three dot-separated parts."_s;
    case JwtErrorCode::MalformedHeader:
        return u"The token header is not a canonically encoded JSON object."_s;
    case JwtErrorCode::MalformedPayload:
        return u"The token payload is not a canonically encoded JSON object."_s;
    case JwtErrorCode::MalformedSignature:
        return u"The token signature is not canonically encoded or has the wrong length."_s;
    case JwtErrorCode::DuplicateKey:
        return u"The token contains a JSON object with a repeated member name."_s;
    case JwtErrorCode::UnsupportedAlgorithm:
        return u"The token uses an algorithm that is not accepted."_s;
    case JwtErrorCode::AlgorithmMismatch:
        return u"The token's algorithm does not match the algorithm of the verifying key."_s;
    case JwtErrorCode::UnknownKey:
        return u"The token names a key that is not known."_s;
    case JwtErrorCode::MissingKeyId:
        return u"The token does not name its key, and several keys could apply."_s;
    case JwtErrorCode::BadSignature:
        return u"The token signature is not valid."_s;
    case JwtErrorCode::MissingExpiry:
        return u"The token has no expiry time, but one is required."_s;
    case JwtErrorCode::MalformedClaim:
        return u"A token claim has the wrong type or format."_s;
    case JwtErrorCode::Expired:
        return u"The token has expired."_s;
    case JwtErrorCode::NotYetValid:
        return u"The token is not valid yet."_s;
    case JwtErrorCode::UnknownCritical:
        return u"The token requires a critical header extension that is not supported."_s;
    case JwtErrorCode::InvalidKey:
        return u"The key material is unusable for signing or verification."_s;
    }
    return u"The token could not be processed."_s;
}

} // namespace keyward::jwt
