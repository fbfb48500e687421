// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace keyward::server {

class ServerContext;

/// What --demo-scale seeded, and where the time went.
struct ScaleSeedReport
{
    qint64 teams = 0;
    qint64 tokens = 0;
    qint64 members = 0;
    qint64 signingMs = 0; ///< signing and sealing the tokens (all cores)
    qint64 totalMs = 0;
};

/// Seeds the scale dataset into an empty database (--demo-scale N): one
/// organization "scale" with \p tokens tokens spread over its teams (at most
/// three per owner), \p teams teams (0: at least 30,000 and enough for the
/// tokens), \p members members, and demo@keyward.example as its admin. Does
/// nothing when any user exists (the report then counts nothing). Throws
/// ApiError when the tokens cannot fit into the teams.
ScaleSeedReport seedScaleData(ServerContext &server, qint64 tokens, qint64 teams, qint64 members);

} // namespace keyward::server
