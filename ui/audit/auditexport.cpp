// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditexport.h"

#include "domain/csv.h"
#include "domain/isotime.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace keyward {

QByteArray AuditExport::toCsv(const QList<AuditEvent> &events)
{
    QByteArray out = csvRow(
        {u"id"_s, u"time"_s, u"actor"_s, u"action"_s, u"target"_s, u"detail"_s, u"remote"_s});
    for (const AuditEvent &event : events) {
        out += csvRow({event.id, formatIsoTime(event.time), event.actor, event.action, event.target,
                       event.detail, event.remote});
    }
    return out;
}

QByteArray AuditExport::toJson(const QList<AuditEvent> &events)
{
    QJsonArray array;
    for (const AuditEvent &event : events) {
        array.append(keyward::toJson(event));
    }
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

} // namespace keyward
