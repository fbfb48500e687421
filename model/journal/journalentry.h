// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace keyward {

/// What a change made from the app did. The wire names ("token.rotate") are
/// the ones the server's audit events use, so both trails read alike.
enum class JournalAction
{
    OrganizationCreate,
    OrganizationDelete,
    TeamCreate,
    TeamDelete,
    MemberAdd,
    MemberRemove,
    MemberRole,
    TokenCreate,
    TokenRotate,
    TokenRevoke,
    TokenCopy,
};

/// "organization.create", …
QString journalActionName(JournalAction action);
/// The action named \p name, or nothing for a name this version does not know.
std::optional<JournalAction> journalActionFromName(const QString &name);

/// One change made from this app, as ChangeJournal stores it. Never holds a
/// secret: tokens are identified by their id in \c target and by
/// \c fingerprint (see ChangeJournal::tokenFingerprint).
struct JournalEntry
{
    /// 1 for a journal's first entry, then +1 per entry; set by append().
    qint64 sequence = 0;
    /// UTC, millisecond precision; set by append().
    QDateTime time;
    QString profileId;
    QString serverUrl;
    /// The account's email.
    QString actor;
    JournalAction action = JournalAction::OrganizationCreate;
    /// "acme", "acme/teams/ops", "acme/teams/ops/tokens/12", "acme/users/a@b.c".
    QString target;
    /// "sha256:…" of a token's value for token actions, empty otherwise.
    QString fingerprint;
    /// A free human-readable sentence ("role member → admin"); never a secret.
    QString detail;

    friend bool operator==(const JournalEntry &, const JournalEntry &) = default;
};

/// The entry's fields as JSON (without the chain fields prev and hash).
QJsonObject toJson(const JournalEntry &entry);
/// The entry in \p json, or nothing when a field is missing or of the wrong
/// type; \p why then says which.
std::optional<JournalEntry> journalEntryFromJson(const QJsonObject &json, QString *why = nullptr);

} // namespace keyward
