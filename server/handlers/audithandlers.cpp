// SPDX-License-Identifier: GPL-3.0-or-later
// The audit trail of an organization and its teams, newest first.
#include "handlers.h"

#include "auth/access.h"
#include "domain/auditevent.h"
#include "domain/isotime.h"
#include "servercontext.h"
#include "storage/database.h"
#include "storage/sql.h"

using namespace Qt::StringLiterals;

namespace keyward::server {

namespace {

constexpr qint64 kDefaultLimit = 100;
constexpr qint64 kMaxLimit = 1000;

/// `before` pages backwards through the trail. It takes either an event id
/// (the last id of the previous page: exact even when events share a
/// millisecond) or an ISO 8601 time; both are exclusive. The two never look
/// alike, since an ISO time is never a plain integer.
struct Before
{
    QString clause;
    QString placeholder;
    qint64 value = 0;
};

std::optional<Before> parseBefore(const Request &request)
{
    const auto text = request.queryValue(u"before"_s);
    if (!text)
        return std::nullopt;
    bool isId = false;
    const qint64 id = text->toLongLong(&isId);
    if (isId)
        return Before{u" AND id < :before"_s, u":before"_s, id};
    const auto time = parseIsoTime(*text);
    if (!time)
        throw ApiError::badRequest(
            u"'before' must be an audit event id or an ISO 8601 time with an offset, "
            "e.g. 2026-01-01T00:00:00Z."_s);
    return Before{u" AND time_ms < :before"_s, u":before"_s, time->toMSecsSinceEpoch()};
}

Response organizationAudit(Call &call)
{
    QSqlDatabase db = call.server.database().connection();
    const OrganizationRef organization =
        access::requireOrganization(db, call.request.param(u"org"_s));
    access::requireOrganizationRole(db, organization, call.principal, {Role::Admin});
    const auto before = parseBefore(call.request);
    const qint64 limit =
        call.request.queryInteger(u"limit"_s, 1, kMaxLimit).value_or(kDefaultLimit);

    const QString where =
        u" FROM audit_events WHERE organization = :org"_s + (before ? before->clause : QString());
    const auto bindFilter = [&](SqlQuery &query) {
        query.bind(u":org"_s, organization.name);
        if (before)
            query.bind(before->placeholder, before->value);
    };
    // X-Total-Count counts every event the filter matches (all pages), so a
    // client knows how far back the trail reaches.
    SqlQuery count(db, u"SELECT COUNT(*)"_s + where);
    bindFilter(count);
    const qint64 total = count.exec().scalarInteger();

    SqlQuery query(db, u"SELECT id, time_ms, actor, action, target, detail, remote"_s + where +
                           u" ORDER BY id DESC LIMIT :limit"_s);
    bindFilter(query);
    query.bind(u":limit"_s, limit).exec();
    QJsonArray items;
    while (query.next()) {
        AuditEvent event;
        event.id = QString::number(query.value(0).toLongLong());
        event.time = QDateTime::fromMSecsSinceEpoch(query.value(1).toLongLong(), Qt::UTC);
        event.actor = query.value(2).toString();
        event.action = query.value(3).toString();
        event.target = query.value(4).toString();
        event.detail = query.value(5).toString();
        event.remote = query.value(6).toString();
        items.append(toJson(event));
    }
    return Response::json(200, items).withHeader("X-Total-Count"_ba, QByteArray::number(total));
}

} // namespace

void registerAuditRoutes(Router &router)
{
    router.add(Method::Get, u"/organizations/{org}/audit"_s, Audience::User, organizationAudit);
}

} // namespace keyward::server
