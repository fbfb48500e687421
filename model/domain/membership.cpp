// SPDX-License-Identifier: GPL-3.0-or-later
#include "membership.h"

#include "wirereader.h"

using namespace Qt::StringLiterals;

namespace keyward {

QJsonObject toJson(const Membership &membership)
{
    return QJsonObject{
        {u"user"_s, toJson(membership.user)},
        {u"role"_s, roleToString(membership.role)},
    };
}

Expected<Membership> membershipFromJson(const QJsonObject &json)
{
    WireReader r(json);
    Membership membership;
    const QJsonObject user = r.requiredObject(u"user"_s);
    if (r.ok()) {
        auto parsed = userFromJson(user);
        if (parsed)
            membership.user = std::move(parsed).value();
        else
            r.failNested(u"user"_s, parsed.error());
    }
    if (const auto role = r.requiredRole(u"role"_s, false))
        membership.role = *role;
    return r.result(std::move(membership));
}

} // namespace keyward
