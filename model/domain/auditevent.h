// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "expected.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace keyward {

/// One entry of GET /organizations/{org}/audit:
/// {id, time, actor, action, target, detail, remote}.
struct AuditEvent
{
    QString id;
    QDateTime time;
    QString actor;  ///< email of the user, or "token:<id>"
    QString action; ///< e.g. "token.create", "member.role"
    QString target; ///< e.g. "acme/teams/ops/tokens/12"
    QString detail; ///< human-readable; never a secret
    QString remote; ///< client address

    friend bool operator==(const AuditEvent &, const AuditEvent &) = default;
};

QJsonObject toJson(const AuditEvent &event);
Expected<AuditEvent> auditEventFromJson(const QJsonObject &json);

/// An entry of GET /revocations: {jti, revoked_at}.
struct Revocation
{
    QString jti;
    QDateTime revokedAt;

    friend bool operator==(const Revocation &, const Revocation &) = default;
};

QJsonObject toJson(const Revocation &revocation);
Expected<Revocation> revocationFromJson(const QJsonObject &json);

} // namespace keyward
