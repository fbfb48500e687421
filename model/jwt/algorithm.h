// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace keyward::jwt {

enum class Algorithm
{
    EdDSA,
    ES256,
    RS256,
    HS256
};

/// The JOSE name ("EdDSA", "ES256", "RS256", "HS256").
QString algorithmName(Algorithm algorithm);
/// Exact JOSE name to Algorithm; nullopt for "none" and everything else.
std::optional<Algorithm> algorithmFromName(const QString &name);

} // namespace keyward::jwt
