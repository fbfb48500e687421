// SPDX-License-Identifier: GPL-3.0-or-later
#include "session.h"

#include "isotime.h"
#include "wirereader.h"

using namespace Qt::StringLiterals;

namespace keyward {

QJsonObject toJson(const Session &session)
{
    return QJsonObject{
        {u"token"_s, session.token},
        {u"expires"_s, formatIsoTime(session.expires)},
    };
}

Expected<Session> sessionFromJson(const QJsonObject &json)
{
    WireReader r(json);
    Session session;
    session.token = r.requiredNonEmptyString(u"token"_s);
    session.expires = r.requiredTime(u"expires"_s);
    return r.result(std::move(session));
}

} // namespace keyward
