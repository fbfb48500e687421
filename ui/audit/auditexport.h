// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/auditevent.h"

#include <QByteArray>
#include <QList>

namespace keyward {

/// Audit events as files other tools read. Pure functions, so the exact
/// bytes are tested.
class AuditExport
{
public:
    AuditExport() = delete;

    /// RFC 4180 CSV (header row, CRLF, UTC ISO 8601 times) with the cells a
    /// spreadsheet would run as formulas neutralised, exactly as the expiry
    /// export does: an actor or detail must not execute when opened.
    static QByteArray toCsv(const QList<AuditEvent> &events);

    /// The events as the API returned them: a pretty-printed JSON array of
    /// {id, time, actor, action, target, detail, remote}.
    static QByteArray toJson(const QList<AuditEvent> &events);
};

} // namespace keyward
