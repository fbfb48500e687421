// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "journalentry.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QString>

#include <optional>

namespace keyward {

/// A change the server confirmed, as the change journal records it.
struct CommittedChange
{
    JournalAction action = JournalAction::OrganizationCreate;
    /// "acme", "acme/teams/ops", "acme/teams/ops/tokens/12", "acme/users/a@b.c".
    QString target;
    /// Of the token value the answer carried (create, rotate); empty otherwise.
    QString fingerprint;
    QString detail;
};

/// Which journal entry a successful API call amounts to, from its method,
/// its (percent-encoded) path and the request and response bodies; nothing
/// for reads, logins, publishing and anything else that changes no
/// organization, team, member or token. One place that knows the REST
/// paths, so no view has to remember to journal what it changed.
std::optional<CommittedChange> committedChange(const QByteArray &method, const QString &path,
                                               const QJsonDocument &request,
                                               const QJsonDocument &response);

} // namespace keyward
