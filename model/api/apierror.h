// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/expected.h"

#include <QString>

#include <functional>

namespace keyward {

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
};

/// The outcome of one API call: the decoded value or the error.
template <typename T> using ApiResult = Expected<T, ApiError>;

/// The value of calls whose success carries no data (204 answers).
struct NoContent
{};

/// Receives the outcome of an API call on the GUI thread.
template <typename T> using ApiCallback = std::function<void(const ApiResult<T> &)>;

} // namespace keyward
