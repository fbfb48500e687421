// SPDX-License-Identifier: GPL-3.0-or-later
#include "organization.h"

#include "jsonlist.h"
#include "wirereader.h"

using namespace Qt::StringLiterals;

namespace keyward {

QJsonObject toJson(const Organization &organization)
{
    return QJsonObject{
        {u"name"_s, organization.name},
        {u"email"_s, organization.email},
        {u"notification_url"_s, organization.notificationUrl},
        {u"tokens"_s, toJsonArray(organization.tokens)},
    };
}

Expected<Organization> organizationFromJson(const QJsonObject &json)
{
    WireReader r(json);
    Organization organization;
    organization.name = r.requiredString(u"name"_s);
    organization.email = r.requiredString(u"email"_s);
    organization.notificationUrl = r.requiredString(u"notification_url"_s);
    // Left out by some answers (e.g. a PATCH on a CAVE-compatible server
    // that hides tokens); an absent list is an empty one.
    if (const auto tokens = r.optionalArray(u"tokens"_s))
        organization.tokens = r.objectList<Token>(
            u"tokens"_s, *tokens, [](const QJsonObject &o) { return tokenFromJson(o); });
    return r.result(std::move(organization));
}

} // namespace keyward
