// SPDX-License-Identifier: GPL-3.0-or-later
#include "claimcatalog.h"

#include <QList>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace keyward::claims {

namespace {

const QList<QString> &headerOrder()
{
    static const QList<QString> order{u"alg"_s, u"typ"_s, u"kid"_s, u"cty"_s, u"crit"_s,
                                      u"jku"_s, u"jwk"_s, u"x5u"_s, u"x5t"_s};
    return order;
}

const QList<QString> &payloadOrder()
{
    // RFC 7519 registered claims, then ours, then the foreign ones we explain.
    static const QList<QString> order{
        u"iss"_s,         u"sub"_s,        u"aud"_s,    u"exp"_s,        u"nbf"_s,    u"iat"_s,
        u"jti"_s,         u"org"_s,        u"team"_s,   u"scope"_s,      u"scopes"_s, u"labels"_s,
        u"attrs"_s,       u"attributes"_s, u"tenant"_s, u"client_id"_s,  u"cid"_s,    u"user_id"_s,
        u"user_name"_s,   u"email"_s,      u"azp"_s,    u"grant_type"_s, u"zid"_s,    u"origin"_s,
        u"authorities"_s, u"auth_time"_s};
    return order;
}

} // namespace

int ClaimCatalog::rank(ClaimSection section, const QString &name)
{
    const auto &order = section == ClaimSection::Header ? headerOrder() : payloadOrder();
    const qsizetype index = order.indexOf(name);
    return index < 0 ? int(order.size()) : int(index);
}

QStringList ClaimCatalog::ordered(ClaimSection section, QStringList names)
{
    std::stable_sort(names.begin(), names.end(), [section](const QString &a, const QString &b) {
        const int ra = rank(section, a);
        const int rb = rank(section, b);
        return ra != rb ? ra < rb : a < b;
    });
    return names;
}

bool ClaimCatalog::isTimeClaim(ClaimSection section, const QString &name)
{
    return section == ClaimSection::Payload &&
           (name == "exp"_L1 || name == "nbf"_L1 || name == "iat"_L1 || name == "auth_time"_L1);
}

QString ClaimCatalog::explanation(ClaimSection section, const QString &name)
{
    if (section == ClaimSection::Header) {
        if (name == "alg"_L1)
            return tr("Algorithm: how the token is signed (EdDSA, ES256, RS256 or HS256). "
                      "\"none\" means unsigned and is never accepted.");
        if (name == "typ"_L1)
            return tr("Type of the token, usually \"JWT\".");
        if (name == "kid"_L1)
            return tr("Key ID: which of the issuer's keys signed the token.");
        if (name == "cty"_L1)
            return tr("Content type of the payload, for nested tokens.");
        if (name == "crit"_L1)
            return tr("Critical extensions: header parameters a verifier must understand, or "
                      "else refuse the token.");
        if (name == "jku"_L1 || name == "x5u"_L1)
            return tr("A URL the issuer names for its keys; never fetched by the inspector.");
        if (name == "jwk"_L1)
            return tr("A key embedded in the token itself; never trusted: anyone can embed "
                      "their own key.");
        if (name == "x5t"_L1)
            return tr("Thumbprint of the signer's X.509 certificate.");
        return {};
    }
    if (name == "iss"_L1)
        return tr("Issuer: the server that created and signed the token.");
    if (name == "sub"_L1)
        return tr("Subject: who or what the token was issued for.");
    if (name == "aud"_L1)
        return tr("Audience: the service the token is meant for; others must refuse it.");
    if (name == "exp"_L1)
        return tr("Expiry: the token is refused from this moment on.");
    if (name == "nbf"_L1)
        return tr("Not before: the token is refused before this moment.");
    if (name == "iat"_L1)
        return tr("Issued at: when the token was created.");
    if (name == "jti"_L1)
        return tr("Token ID: unique per token; revocation lists name tokens by it.");
    if (name == "org"_L1)
        return tr("Organization the token belongs to; an organization token may also "
                  "publish to every team of it.");
    if (name == "team"_L1)
        return tr("Team the token belongs to; absent for organization tokens.");
    if (name == "scope"_L1 || name == "scopes"_L1)
        return tr("Scopes: what the token may do, e.g. metrics:write to publish and "
                  "metrics:read to read metrics.");
    if (name == "labels"_L1)
        return tr("Labels: on a writing token stamped onto every data point it publishes; "
                  "on a reading token a filter every query is held to.");
    if (name == "attrs"_L1 || name == "attributes"_L1)
        return tr("Attributes: restrictions such as the accepted time window of data points.");
    if (name == "tenant"_L1)
        return tr("Tenant (Opstrace): the unit of isolation whose data the token may reach.");
    if (name == "client_id"_L1 || name == "cid"_L1)
        return tr("Client ID (OAuth): the application the token was issued to.");
    if (name == "user_id"_L1)
        return tr("User ID (OAuth): the user the token acts for.");
    if (name == "user_name"_L1)
        return tr("User name (OAuth) of the user the token acts for.");
    if (name == "email"_L1)
        return tr("E-mail address of the user the token acts for.");
    if (name == "azp"_L1)
        return tr("Authorized party (OAuth): the client that asked for the token.");
    if (name == "grant_type"_L1)
        return tr("OAuth grant type the token was obtained with, e.g. client_credentials.");
    if (name == "zid"_L1)
        return tr("Identity zone (Cloud Foundry UAA) that issued the token.");
    if (name == "origin"_L1)
        return tr("Identity provider (Cloud Foundry UAA) the user logged in with.");
    if (name == "authorities"_L1)
        return tr("Authorities (Cloud Foundry UAA): the client's own permissions.");
    if (name == "auth_time"_L1)
        return tr("When the user authenticated.");
    return {};
}

QString ClaimCatalog::scopeExplanation(const QString &scope)
{
    if (scope == "metrics:write"_L1)
        return tr("may publish metrics");
    if (scope == "metrics:read"_L1)
        return tr("may read metrics");
    if (scope.startsWith("metrics:write:"_L1))
        return tr("may publish metrics matching %1").arg(scope.mid(14));
    if (scope.startsWith("metrics:read:"_L1))
        return tr("may read metrics matching %1").arg(scope.mid(13));
    // Abacus: abacus.usage.<resource_id>.write / .read, abacus.usage.read/write (system).
    static const QRegularExpression abacus(u"^abacus\\.usage\\.(?:(.+)\\.)?(read|write)$"_s);
    const auto match = abacus.match(scope);
    if (match.hasMatch()) {
        const QString resource = match.captured(1);
        const bool write = match.captured(2) == "write"_L1;
        if (resource.isEmpty())
            return write ? tr("may submit usage for every resource (Abacus system scope)")
                         : tr("may read usage of every resource (Abacus system scope)");
        return write ? tr("may submit usage for resource %1 (Abacus)").arg(resource)
                     : tr("may read usage reports of resource %1 (Abacus)").arg(resource);
    }
    if (scope == "abacus.system.read"_L1)
        return tr("may read Abacus health and monitoring streams");
    return tr("not a scope this server knows");
}

QString ClaimCatalog::attributeExplanation(const QString &name)
{
    if (name == "max_past"_L1)
        return tr("oldest accepted data point, in seconds before now");
    if (name == "max_future"_L1)
        return tr("latest accepted data point, in seconds after now");
    if (name == "drop_out_of_window"_L1)
        return tr("points outside the window are dropped silently instead of refused");
    return tr("not an attribute this server knows");
}

} // namespace keyward::claims
