// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/session.h"
#include "principal.h"

#include <QSqlDatabase>

namespace keyward::server {

class ServerContext;
struct Credential;
struct Request;
class VerifiedTokenCache;

/// Turns a request's credential into a Principal, or throws ApiError 401 with
/// a sentence that says which check failed. Sessions are looked up by their
/// SHA-256 digest; publishing tokens are verified as JWTs against the key
/// store and then against the database (stored expiry, revocation).
namespace authenticate {

/// A session token or a JWT? Our session tokens never contain '.', JWTs
/// always contain two.
bool looksLikeJwt(const QString &secret);

/// 401 unless the request carries a live operator session. A publishing
/// token here is refused: tokens never work on management endpoints.
Principal user(ServerContext &server, const Request &request);
/// A live session or a valid publishing token.
Principal userOrToken(ServerContext &server, const Request &request);
/// 401 unless credentials are present at all (the first publish check).
Credential requireCredential(const Request &request);
/// Full verification of a publishing token, in api.md's order: session
/// instead of token, signature with a known unretired kid, nbf/exp and the
/// stored expiry, revocation.
Principal publishingToken(ServerContext &server, const Credential &credential);

/// The verified-token cache publishingToken() uses for \p server.
VerifiedTokenCache &verifiedTokenCache(ServerContext &server);

/// Creates a session for \p userId and returns the token (only its digest is stored).
Session startSession(ServerContext &server, QSqlDatabase &db, qint64 userId);

} // namespace authenticate
} // namespace keyward::server
