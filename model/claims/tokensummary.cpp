// SPDX-License-Identifier: GPL-3.0-or-later
#include "tokensummary.h"

#include "tokeninspection.h"

using namespace Qt::StringLiterals;

namespace keyward::claims {

namespace {

QString claim(const TokenInspection &inspection, QLatin1StringView name)
{
    return inspection.payload().value(name).toString();
}

/// Upper-cases the first letter: phrases are built lower-case to be joined.
QString sentenceCase(QString text)
{
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

} // namespace

QString TokenSummary::describe(const TokenInspection &inspection)
{
    switch (inspection.kind()) {
    case TokenInspection::Kind::Opaque:
        return inspection.isRevoked()
                   ? tr("Opaque token, revoked: this server issues tokens without claims, so "
                        "what it allows is known only to the server.")
                   : tr("Opaque token: this server issues tokens without claims, so what it "
                        "allows and until when is known only to the server.");
    case TokenInspection::Kind::Malformed:
        return tr("Not a readable token. %1").arg(inspection.malformations().value(0).reason);
    case TokenInspection::Kind::Jwt:
        break;
    }
    QString subject;
    const QString targetText = target(inspection);
    if (inspection.payload().contains("org"_L1)) {
        // Our own format: rights first, then whose they are.
        subject = targetText.isEmpty() ? rights(inspection)
                                       : tr("%1 for %2").arg(rights(inspection), targetText);
    } else {
        subject = targetText;
        const QStringList scopes = inspection.scopes();
        if (!scopes.isEmpty())
            subject = tr("%1 with scopes %2").arg(subject, scopes.join(u", "_s));
    }
    QString sentence = tr("%1 %2").arg(subject, lifetime(inspection));
    if (inspection.isRevoked())
        sentence = tr("%1, but revoked").arg(sentence);
    return TokenInspection::visibleText(
        tr("%1; %2.").arg(sentenceCase(sentence), signature(inspection)));
}

QString TokenSummary::rights(const TokenInspection &inspection)
{
    QStringList write;
    QStringList read;
    bool writeAll = false;
    bool readAll = false;
    for (const QString &scope : inspection.scopes()) {
        if (scope == "metrics:write"_L1)
            writeAll = true;
        else if (scope == "metrics:read"_L1)
            readAll = true;
        else if (scope.startsWith("metrics:write:"_L1))
            write.append(scope.mid(14));
        else if (scope.startsWith("metrics:read:"_L1))
            read.append(scope.mid(13));
    }
    const bool writes = writeAll || !write.isEmpty();
    const bool reads = readAll || !read.isEmpty();
    if (writes && reads) {
        if (writeAll && readAll)
            return tr("publishes and reads metrics");
        return tr("publishes metrics%1 and reads metrics%2")
            .arg(writeAll ? QString() : tr(" matching %1").arg(write.join(u", "_s)),
                 readAll ? QString() : tr(" matching %1").arg(read.join(u", "_s)));
    }
    if (writes)
        return writeAll ? tr("publishes metrics")
                        : tr("publishes metrics matching %1").arg(write.join(u", "_s));
    if (reads)
        return readAll ? tr("reads metrics")
                       : tr("reads metrics matching %1").arg(read.join(u", "_s));
    return tr("grants no known rights");
}

QString TokenSummary::target(const TokenInspection &inspection)
{
    const QString org = claim(inspection, "org"_L1);
    const QString team = claim(inspection, "team"_L1);
    if (!org.isEmpty())
        return team.isEmpty() ? tr("organization %1 and its teams").arg(org)
                              : tr("team %1 of %2").arg(team, org);

    // Foreign tokens: say what is known about them.
    const QString issuer = inspection.issuer();
    QString tenant = claim(inspection, "tenant"_L1);
    const QString subject = claim(inspection, "sub"_L1);
    if (tenant.isEmpty() && subject.startsWith("tenant-"_L1))
        tenant = subject.mid(7); // Opstrace CLI tokens name the tenant in "sub"
    QString client = claim(inspection, "client_id"_L1);
    if (client.isEmpty())
        client = claim(inspection, "cid"_L1);

    QString who;
    if (!tenant.isEmpty())
        who = tr("token for tenant %1").arg(tenant);
    else if (!client.isEmpty())
        who = tr("token for client %1").arg(client);
    else if (!subject.isEmpty())
        who = tr("token for %1").arg(subject);
    else
        who = tr("token");
    return issuer.isEmpty() ? tr("%1 from an unnamed issuer").arg(who)
                            : tr("%1 issued by %2").arg(who, issuer);
}

QString TokenSummary::lifetime(const TokenInspection &inspection)
{
    const auto expiry = inspection.row(ClaimSection::Payload, u"exp"_s);
    const auto notBefore = inspection.row(ClaimSection::Payload, u"nbf"_s);
    switch (inspection.timeState()) {
    case TokenInspection::TimeState::Valid:
        return tr("until %1").arg(expiry->time->local);
    case TokenInspection::TimeState::Expired:
        return tr("until %1 (expired %2)").arg(expiry->time->local, expiry->time->relative);
    case TokenInspection::TimeState::NotYetValid:
        if (expiry && expiry->time)
            return tr("from %1 until %2").arg(notBefore->time->local, expiry->time->local);
        return tr("from %1 and never expires").arg(notBefore->time->local);
    case TokenInspection::TimeState::Unreadable:
        return tr("with an unreadable expiry or start time");
    case TokenInspection::TimeState::NoExpiry:
        break;
    }
    return tr("and never expires");
}

QString TokenSummary::signature(const TokenInspection &inspection)
{
    if (inspection.isVerified()) {
        const QString kid = inspection.keyId();
        return kid.isEmpty() ? tr("signature verified (%1)").arg(inspection.algorithm())
                             : tr("signed by key %1").arg(kid);
    }
    return tr("signature not verified: %1").arg(notVerifiedText(inspection.notVerifiedReason()));
}

} // namespace keyward::claims
