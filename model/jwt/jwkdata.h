// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to model/jwt: the shared, immutable state behind a Jwk.

#include "jwk.h"
#include "osslptr.h"

namespace keyward::jwt {

/// Never modified after construction, which is what makes concurrent
/// verification safe: OpenSSL 3 allows an EVP_PKEY to be used by several
/// threads at once as long as nobody changes it, and every operation gets
/// its own EVP_MD_CTX.
struct Jwk::Data
{
    Algorithm algorithm = Algorithm::HS256;
    ossl::PKey pkey;   ///< asymmetric keys
    QByteArray secret; ///< HS256 only
    bool hasPrivate = false;

    ~Data();
};

} // namespace keyward::jwt
