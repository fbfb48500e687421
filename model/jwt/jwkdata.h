// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to model/jwt: the shared, immutable state behind a Jwk.

#include "jwk.h"
#include "osslptr.h"

#include <QMutex>

#include <vector>

namespace keyward::jwt {

/// Never modified after construction (except the pools of verification
/// contexts below), which is what makes concurrent
/// verification safe: OpenSSL 3 allows an EVP_PKEY to be used by several
/// threads at once as long as nobody changes it, and every operation gets
/// its own EVP_MD_CTX.
struct Jwk::Data
{
    Algorithm algorithm = Algorithm::HS256;
    ossl::PKey pkey;   ///< asymmetric keys
    QByteArray secret; ///< HS256 only
    bool hasPrivate = false;

    /// Verification contexts already set up for this key, each used by one
    /// thread at a time. Setting one up fetches the algorithm from the
    /// provider and costs about as much as an RSA verification itself, so
    /// they are kept rather than rebuilt per call. Not part of the key's
    /// value: only verify() touches them, under the mutex.
    mutable QMutex verifyPoolMutex;
    mutable std::vector<ossl::PKeyCtx> verifyPool; ///< RS256, ES256: EVP_PKEY_verify
    mutable std::vector<ossl::MdCtx> edVerifyPool; ///< EdDSA: EVP_DigestVerify

    ~Data();
};

} // namespace keyward::jwt
