// SPDX-License-Identifier: GPL-3.0-or-later
#include "team.h"

#include "jsonlist.h"
#include "wirereader.h"

using namespace Qt::StringLiterals;

namespace keyward {

QJsonObject toJson(const Team &team)
{
    return QJsonObject{
        {u"name"_s, team.name},
        {u"tokens"_s, toJsonArray(team.tokens)},
    };
}

Expected<Team> teamFromJson(const QJsonObject &json)
{
    WireReader r(json);
    Team team;
    team.name = r.requiredString(u"name"_s);
    // Team members who are not admins may see a team without its tokens.
    if (const auto tokens = r.optionalArray(u"tokens"_s))
        team.tokens = r.objectList<Token>(u"tokens"_s, *tokens,
                                          [](const QJsonObject &o) { return tokenFromJson(o); });
    return r.result(std::move(team));
}

} // namespace keyward
