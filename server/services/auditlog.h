// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>

namespace keyward::server {

struct Call;

/// Appends audit events (api.md: {id,time,actor,action,target,detail,remote}).
/// Written inside the transaction of the change it describes, so a change and
/// its record land together or not at all. Details never hold secrets.
namespace audit {

void record(QSqlDatabase &db, const Call &call, const QString &organization, const QString &action,
            const QString &target, const QString &detail = {});

} // namespace audit
} // namespace keyward::server
