// SPDX-License-Identifier: GPL-3.0-or-later
#include "algorithm.h"

using namespace Qt::StringLiterals;

namespace keyward::jwt {

QString algorithmName(Algorithm algorithm)
{
    switch (algorithm) {
    case Algorithm::EdDSA:
        return u"EdDSA"_s;
    case Algorithm::ES256:
        return u"ES256"_s;
    case Algorithm::RS256:
        return u"RS256"_s;
    case Algorithm::HS256:
        return u"HS256"_s;
    }
    return {};
}

std::optional<Algorithm> algorithmFromName(const QString &name)
{
    // Exact, case-sensitive comparison: "none", "None", "hs256" and every
    // other spelling are refused rather than normalised.
    for (Algorithm a : {Algorithm::EdDSA, Algorithm::ES256, Algorithm::RS256, Algorithm::HS256}) {
        if (name == algorithmName(a))
            return a;
    }
    return std::nullopt;
}

} // namespace keyward::jwt
