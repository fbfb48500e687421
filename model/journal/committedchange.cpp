// SPDX-License-Identifier: GPL-3.0-or-later
#include "committedchange.h"

#include "itemmodels/tokenlistmodel.h"

#include <QJsonObject>
#include <QStringList>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace keyward {

namespace {

QString field(const QJsonDocument &document, const QString &name)
{
    return document.isObject() ? document.object().value(name).toString() : QString();
}

QString valueFingerprint(const QJsonDocument &response)
{
    const QString value = field(response, u"value"_s);
    return value.isEmpty() ? QString() : TokenListModel::fingerprint(value);
}

} // namespace

std::optional<CommittedChange> committedChange(const QByteArray &method, const QString &path,
                                               const QJsonDocument &request,
                                               const QJsonDocument &response)
{
    QStringList parts = path.split(u'/', Qt::SkipEmptyParts);
    for (QString &part : parts) {
        part = QUrl::fromPercentEncoding(part.toUtf8());
    }
    if (parts.isEmpty() || parts.first() != u"organizations") {
        return std::nullopt;
    }
    parts.removeFirst();
    // parts: [org] [teams team] [users email | tokens id [rotate]]
    const qsizetype n = parts.size();
    const QString base = parts.join(u'/');
    const bool post = method == "POST";
    const bool del = method == "DELETE";
    const bool patch = method == "PATCH";

    if (n == 0 && post) {
        return CommittedChange{
            JournalAction::OrganizationCreate, field(response, u"name"_s), {}, {}};
    }
    if (n == 1 && del) {
        return CommittedChange{JournalAction::OrganizationDelete, base, {}, {}};
    }
    // Below here: an organization or one of its teams, then a resource.
    const bool team = n >= 3 && parts.at(1) == u"teams";
    const qsizetype resource = team ? 3 : 1;
    if (n == 2 && parts.at(1) == u"teams" && post) {
        return CommittedChange{
            JournalAction::TeamCreate, base + u'/' + field(request, u"name"_s), {}, {}};
    }
    if (n == 3 && team && del) {
        return CommittedChange{JournalAction::TeamDelete, base, {}, {}};
    }
    if (n <= resource) {
        return std::nullopt;
    }
    const QString kind = parts.at(resource);
    const qsizetype rest = n - resource - 1;
    if (kind == u"users") {
        if (rest == 0 && post) {
            const QString email = field(request, u"email"_s);
            return CommittedChange{JournalAction::MemberAdd,
                                   base + u'/' + email,
                                   {},
                                   u"role %1"_s.arg(field(request, u"role"_s))};
        }
        if (rest == 1 && patch) {
            return CommittedChange{
                JournalAction::MemberRole, base, {}, u"role → %1"_s.arg(field(request, u"role"_s))};
        }
        if (rest == 1 && del) {
            return CommittedChange{JournalAction::MemberRemove, base, {}, {}};
        }
        return std::nullopt;
    }
    if (kind == u"tokens") {
        const QString created = field(response, u"id"_s);
        if (rest == 0 && post) {
            return CommittedChange{JournalAction::TokenCreate, base + u'/' + created,
                                   valueFingerprint(response), field(request, u"description"_s)};
        }
        if (rest == 2 && post && parts.last() == u"rotate") {
            const QString owner = parts.mid(0, resource + 1).join(u'/');
            return CommittedChange{JournalAction::TokenRotate, owner + u'/' + created,
                                   valueFingerprint(response),
                                   u"successor of token %1"_s.arg(parts.at(resource + 1))};
        }
        if (rest == 1 && del) {
            return CommittedChange{JournalAction::TokenRevoke, base, {}, {}};
        }
    }
    return std::nullopt;
}

} // namespace keyward
