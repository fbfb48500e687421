// SPDX-License-Identifier: GPL-3.0-or-later
#include "journalentry.h"

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace keyward {

namespace {

const std::array<std::pair<JournalAction, QLatin1StringView>, 11> &actionNames()
{
    static const std::array<std::pair<JournalAction, QLatin1StringView>, 11> names{{
        {JournalAction::OrganizationCreate, "organization.create"_L1},
        {JournalAction::OrganizationDelete, "organization.delete"_L1},
        {JournalAction::TeamCreate, "team.create"_L1},
        {JournalAction::TeamDelete, "team.delete"_L1},
        {JournalAction::MemberAdd, "member.add"_L1},
        {JournalAction::MemberRemove, "member.remove"_L1},
        {JournalAction::MemberRole, "member.role"_L1},
        {JournalAction::TokenCreate, "token.create"_L1},
        {JournalAction::TokenRotate, "token.rotate"_L1},
        {JournalAction::TokenRevoke, "token.revoke"_L1},
        {JournalAction::TokenCopy, "token.copy"_L1},
    }};
    return names;
}

bool readString(const QJsonObject &json, const QString &key, QString *out, QString *why)
{
    const QJsonValue value = json.value(key);
    if (!value.isString()) {
        if (why) {
            *why = value.isUndefined() ? u"the field “%1” is missing"_s.arg(key)
                                       : u"the field “%1” is not a string"_s.arg(key);
        }
        return false;
    }
    *out = value.toString();
    return true;
}

} // namespace

QString journalActionName(JournalAction action)
{
    for (const auto &[value, name] : actionNames()) {
        if (value == action) {
            return QString(name);
        }
    }
    return {};
}

std::optional<JournalAction> journalActionFromName(const QString &name)
{
    for (const auto &[value, text] : actionNames()) {
        if (name == text) {
            return value;
        }
    }
    return std::nullopt;
}

QJsonObject toJson(const JournalEntry &entry)
{
    // The time is a string, not epoch milliseconds: JSON numbers are doubles
    // to many readers, and a person reading the file wants a date.
    return QJsonObject{
        {u"seq"_s, entry.sequence},
        {u"time"_s, entry.time.toUTC().toString(Qt::ISODateWithMs)},
        {u"profile"_s, entry.profileId},
        {u"server"_s, entry.serverUrl},
        {u"actor"_s, entry.actor},
        {u"action"_s, journalActionName(entry.action)},
        {u"target"_s, entry.target},
        {u"fingerprint"_s, entry.fingerprint},
        {u"detail"_s, entry.detail},
    };
}

std::optional<JournalEntry> journalEntryFromJson(const QJsonObject &json, QString *why)
{
    JournalEntry entry;
    const QJsonValue seq = json.value(u"seq"_s);
    // toInteger() refuses fractions, so "seq": 1.5 is not silently read as 1.
    if (!seq.isDouble() || seq.toInteger(-1) < 1) {
        if (why) {
            *why = u"the field “seq” is not a positive integer"_s;
        }
        return std::nullopt;
    }
    entry.sequence = seq.toInteger();

    QString time;
    QString action;
    if (!readString(json, u"time"_s, &time, why) ||
        !readString(json, u"profile"_s, &entry.profileId, why) ||
        !readString(json, u"server"_s, &entry.serverUrl, why) ||
        !readString(json, u"actor"_s, &entry.actor, why) ||
        !readString(json, u"action"_s, &action, why) ||
        !readString(json, u"target"_s, &entry.target, why) ||
        !readString(json, u"fingerprint"_s, &entry.fingerprint, why) ||
        !readString(json, u"detail"_s, &entry.detail, why)) {
        return std::nullopt;
    }
    entry.time = QDateTime::fromString(time, Qt::ISODateWithMs);
    if (!entry.time.isValid()) {
        if (why) {
            *why = u"the field “time” is not an ISO 8601 time"_s;
        }
        return std::nullopt;
    }
    entry.time = entry.time.toUTC();
    const std::optional<JournalAction> known = journalActionFromName(action);
    if (!known) {
        if (why) {
            *why = u"the action “%1” is unknown"_s.arg(action);
        }
        return std::nullopt;
    }
    entry.action = *known;
    return entry;
}

} // namespace keyward
