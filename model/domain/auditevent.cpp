// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditevent.h"

#include "isotime.h"
#include "wirereader.h"

using namespace Qt::StringLiterals;

namespace keyward {

QJsonObject toJson(const AuditEvent &event)
{
    return QJsonObject{
        {u"id"_s, event.id},         {u"time"_s, formatIsoTime(event.time)},
        {u"actor"_s, event.actor},   {u"action"_s, event.action},
        {u"target"_s, event.target}, {u"detail"_s, event.detail},
        {u"remote"_s, event.remote},
    };
}

Expected<AuditEvent> auditEventFromJson(const QJsonObject &json)
{
    WireReader r(json);
    AuditEvent event;
    event.id = r.requiredString(u"id"_s);
    event.time = r.requiredTime(u"time"_s);
    event.actor = r.requiredString(u"actor"_s);
    event.action = r.requiredString(u"action"_s);
    // Not every action has a target, a detail or a known remote address.
    event.target = r.optionalString(u"target"_s).value_or(QString());
    event.detail = r.optionalString(u"detail"_s).value_or(QString());
    event.remote = r.optionalString(u"remote"_s).value_or(QString());
    return r.result(std::move(event));
}

QJsonObject toJson(const Revocation &revocation)
{
    return QJsonObject{
        {u"jti"_s, revocation.jti},
        {u"revoked_at"_s, formatIsoTime(revocation.revokedAt)},
    };
}

Expected<Revocation> revocationFromJson(const QJsonObject &json)
{
    WireReader r(json);
    Revocation revocation;
    revocation.jti = r.requiredNonEmptyString(u"jti"_s);
    revocation.revokedAt = r.requiredTime(u"revoked_at"_s);
    return r.result(std::move(revocation));
}

} // namespace keyward
