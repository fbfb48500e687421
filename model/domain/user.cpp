// SPDX-License-Identifier: GPL-3.0-or-later
#include "user.h"

#include "wirereader.h"

using namespace Qt::StringLiterals;

namespace keyward {

QJsonObject toJson(const User &user)
{
    return QJsonObject{
        {u"first_name"_s, user.firstName},
        {u"last_name"_s, user.lastName},
        {u"email"_s, user.email},
    };
}

Expected<User> userFromJson(const QJsonObject &json)
{
    WireReader r(json);
    User user;
    user.firstName = r.requiredString(u"first_name"_s);
    user.lastName = r.requiredString(u"last_name"_s);
    user.email = r.requiredString(u"email"_s);
    return r.result(std::move(user));
}

} // namespace keyward
