// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditlog.h"

#include "http/router.h"
#include "storage/sql.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace keyward::server::audit {

void record(QSqlDatabase &db, const Call &call, const QString &organization, const QString &action,
            const QString &target, const QString &detail)
{
    SqlQuery(
        db,
        u"INSERT INTO audit_events (organization, time_ms, actor, action, target, detail, remote) "
        "VALUES (:org, :time, :actor, :action, :target, :detail, :remote)"_s)
        .bind(u":org"_s, organization)
        .bind(u":time"_s, QDateTime::currentMSecsSinceEpoch())
        .bind(u":actor"_s, call.principal.actor())
        .bind(u":action"_s, action)
        .bind(u":target"_s, target)
        .bind(u":detail"_s, detail.isNull() ? u""_s : detail) // a null QString binds as SQL NULL
        .bind(u":remote"_s, call.request.remote.toString())
        .exec();
}

} // namespace keyward::server::audit
