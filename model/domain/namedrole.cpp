// SPDX-License-Identifier: GPL-3.0-or-later
#include "namedrole.h"

#include "wirereader.h"

using namespace Qt::StringLiterals;

namespace keyward {

QJsonObject toJson(const NamedRole &entry)
{
    return QJsonObject{
        {u"name"_s, entry.name},
        {u"role"_s, roleToString(entry.role)},
    };
}

Expected<NamedRole> namedRoleFromJson(const QJsonObject &json)
{
    WireReader r(json);
    NamedRole entry;
    entry.name = r.requiredString(u"name"_s);
    if (const auto role = r.requiredRole(u"role"_s, false))
        entry.role = *role;
    return r.result(std::move(entry));
}

} // namespace keyward
