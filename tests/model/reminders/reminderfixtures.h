// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Tokens for the reminder tests: one record per call, expiring a given
// number of days after a fixed "now".

#include "expiry/expiryrecord.h"

#include <QDateTime>
#include <QUuid>

#include <optional>

namespace keyward::test {

inline const QDateTime reminderNow = QDateTime(QDate(2026, 11, 22), QTime(9, 0), Qt::UTC);

inline ExpiryRecord expiringRecord(const QString &id, Environment environment,
                                   std::optional<double> expiresInDays, double createdDaysAgo = 60)
{
    ExpiryRecord record;
    record.profileId = QUuid::fromString(u"{7f0e4b1c-0000-4000-8000-000000000001}");
    record.profileName = QStringLiteral("Main");
    record.environment = environment;
    record.serverUrl = QUrl(QStringLiteral("https://keys.example"));
    record.token.id = id;
    record.token.description = QStringLiteral("exporter ") + id;
    record.token.org = QStringLiteral("acme");
    record.token.created = reminderNow.addSecs(qint64(-createdDaysAgo * 86400));
    if (expiresInDays) {
        record.token.expires = reminderNow.addSecs(qint64(*expiresInDays * 86400));
    }
    return record;
}

} // namespace keyward::test
