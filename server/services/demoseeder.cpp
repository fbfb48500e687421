// SPDX-License-Identifier: GPL-3.0-or-later
// Demo data for --demo: enough people, organizations, teams, tokens, metrics
// and audit events that every page of the app has something to show, and every
// role and token state (expired, expiring soon, later, never) appears at least
// once. Organizations and teams are written with direct INSERTs on purpose, so
// the seeder does not depend on the handlers' code paths.
#include "demoseeder.h"

#include "domain/requests.h"
#include "domain/token.h"
#include "domain/user.h"
#include "servercontext.h"
#include "services/tokenstore.h"
#include "services/useraccounts.h"
#include "storage/database.h"
#include "storage/sql.h"

#include <QDateTime>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>

#include <cmath>
#include <optional>

using namespace Qt::StringLiterals;

namespace keyward::server {

namespace {
constexpr qint64 kDayMs = 24 * 3600 * 1000;
const auto kDemoPassword = u"keyward-demo"_s;
const auto kDemoActor = u"demo@keyward.example"_s;

struct DemoUser
{
    const char16_t *email;
    const char16_t *firstName;
    const char16_t *lastName;
};

// demo@ is the account the README and scripts/demo log in with.
const DemoUser kUsers[] = {
    {u"demo@keyward.example", u"Dana", u"Whitfield"},
    {u"ada@acme.example", u"Ada", u"Lovelace"},
    {u"bob@acme.example", u"Bob", u"Martinez"},
    {u"carol@acme.example", u"Carol", u"Nguyen"},
    {u"dave@globex.example", u"Dave", u"Okafor"},
    {u"erin@globex.example", u"Erin", u"Schmidt"},
    {u"frank@initech.example", u"Frank", u"Lindqvist"},
    {u"grace@contractors.example", u"Grace", u"Park"},   // only in teams
    {u"heidi@contractors.example", u"Heidi", u"Jensen"}, // only in a team
    {u"ivan@example.org", u"Ivan", u"Petrov"},           // in no organization
};

struct DemoOrganization
{
    const char16_t *name;
    const char16_t *email;
    const char16_t *notificationUrl;
    qint64 ageDays;
    QList<const char16_t *> teams;
};

const DemoOrganization kOrganizations[] = {
    {u"acme",
     u"ops@acme.example",
     u"https://acme.example/hooks/keyward",
     180,
     {u"payments", u"search", u"ops", u"mobile"}},
    {u"globex",
     u"platform@globex.example",
     u"https://hooks.globex.example/keyward",
     150,
     {u"analytics", u"ops", u"platform"}},
    {u"initech",
     u"it@initech.example",
     u"https://initech.example/notify/keyward",
     120,
     {u"mobile", u"reports", u"infrastructure", u"support", u"web"}},
};

/// A membership: team empty for the organization itself.
struct DemoMembership
{
    const char16_t *organization;
    const char16_t *team;
    const char16_t *email;
    const char16_t *role;
};

const DemoMembership kMemberships[] = {
    {u"acme", u"", u"demo@keyward.example", u"admin"},
    {u"acme", u"", u"ada@acme.example", u"admin"},
    {u"acme", u"", u"bob@acme.example", u"member"},
    {u"acme", u"", u"carol@acme.example", u"viewer"},
    {u"globex", u"", u"demo@keyward.example", u"admin"},
    {u"globex", u"", u"dave@globex.example", u"member"},
    {u"globex", u"", u"erin@globex.example", u"viewer"},
    {u"initech", u"", u"demo@keyward.example", u"member"},
    {u"initech", u"", u"frank@initech.example", u"admin"},

    {u"acme", u"payments", u"bob@acme.example", u"admin"},
    {u"acme", u"payments", u"grace@contractors.example", u"member"},
    {u"acme", u"payments", u"carol@acme.example", u"viewer"},
    {u"acme", u"search", u"demo@keyward.example", u"member"},
    {u"acme", u"ops", u"bob@acme.example", u"member"},
    {u"acme", u"mobile", u"ada@acme.example", u"admin"},
    {u"globex", u"analytics", u"dave@globex.example", u"admin"},
    {u"globex", u"analytics", u"erin@globex.example", u"member"},
    {u"globex", u"ops", u"heidi@contractors.example", u"admin"},
    {u"globex", u"platform", u"dave@globex.example", u"member"},
    {u"initech", u"mobile", u"demo@keyward.example", u"admin"},
    {u"initech", u"mobile", u"grace@contractors.example", u"viewer"},
    {u"initech", u"reports", u"demo@keyward.example", u"member"},
    {u"initech", u"reports", u"frank@initech.example", u"admin"},
    {u"initech", u"infrastructure", u"frank@initech.example", u"admin"},
    {u"initech", u"support", u"demo@keyward.example", u"viewer"},
};

/// A token beside the owner's "default" one. Expiry in days from now
/// (negative: expired; nullopt: never); issued \p issuedDaysAgo.
struct DemoToken
{
    const char16_t *organization;
    const char16_t *team;
    const char16_t *description;
    std::optional<qint64> expiresInDays;
    qint64 issuedDaysAgo;
    QStringList scopes;
    QMap<QString, QString> labels;
    QJsonObject attributes;
};

QList<DemoToken> demoTokens()
{
    return {
        {u"acme",
         u"",
         u"billing exporter",
         5,
         25,
         {u"metrics:write:billing.*"_s},
         {{u"env"_s, u"prod"_s}},
         {}},
        {u"acme",
         u"",
         u"grafana (read only)",
         200,
         30,
         {u"metrics:read"_s},
         {{u"env"_s, u"prod"_s}},
         {}},
        {u"acme", u"payments", u"legacy importer", -3, 100, {u"metrics:write"_s}, {}, {}},
        {u"acme",
         u"payments",
         u"checkout service",
         20,
         10,
         {u"metrics:write"_s},
         {{u"service"_s, u"checkout"_s}},
         QJsonObject{{u"max_past"_s, 3600}, {u"max_future"_s, 300}}},
        {u"acme", u"search", u"indexer", 6, 84, {u"metrics:write"_s, u"metrics:read"_s}, {}, {}},
        {u"globex", u"", u"dashboard reader", 25, 40, {u"metrics:read"_s}, {}, {}},
        {u"globex",
         u"",
         u"old collector",
         -10,
         120,
         {u"metrics:write"_s},
         {{u"datacenter"_s, u"fra1"_s}},
         {}},
        {u"globex",
         u"ops",
         u"node exporter",
         200,
         3,
         {u"metrics:write"_s},
         {{u"region"_s, u"eu-west-1"_s}},
         QJsonObject{{u"max_past"_s, 600}, {u"drop_out_of_window"_s, true}}},
        {u"initech", u"", u"nightly reports batch", 2, 60, {u"metrics:write"_s}, {}, {}},
        {u"initech",
         u"mobile",
         u"ios app",
         45,
         15,
         {u"metrics:write:app.*"_s},
         {{u"platform"_s, u"ios"_s}},
         {}},
        {u"initech",
         u"mobile",
         u"android app",
         std::nullopt,
         15,
         {u"metrics:write:app.*"_s},
         {{u"platform"_s, u"android"_s}},
         {}},
        {u"initech", u"reports", u"TPS reports", 29, 7, {u"metrics:write:tps.*"_s}, {}, {}},
    };
}

constexpr qint64 kMinuteMs = 60 * 1000;

/// When a demo token was last used, in minutes before now, by the token's
/// description (its owner's key "org" or "org/team" for "default" tokens);
/// tokens not listed were never used. A mix of recent, long-idle (40+ days)
/// and never-used tokens, so the expiry review's "unused for N days" filter
/// has something to show.
std::optional<qint64> lastUsedMinutesAgo(const QString &tokenKey)
{
    static const QHash<QString, qint64> minutes = {
        {u"acme"_s, 3},
        {u"acme/payments"_s, 12},
        {u"acme/search"_s, 45 * 24 * 60},
        {u"acme/ops"_s, 90},
        {u"globex"_s, 62 * 24 * 60},
        {u"globex/analytics"_s, 2 * 24 * 60},
        {u"initech"_s, 7},
        {u"initech/reports"_s, 41 * 24 * 60},
        {u"billing exporter"_s, 1},
        {u"grafana (read only)"_s, 5},
        {u"legacy importer"_s, 50 * 24 * 60},
        {u"checkout service"_s, 2},
        {u"indexer"_s, 44 * 24 * 60},
        {u"old collector"_s, 95 * 24 * 60},
        {u"node exporter"_s, 30},
        {u"nightly reports batch"_s, 18 * 60},
        {u"ios app"_s, 9},
        // "android app" and "TPS reports" were never used.
    };
    const auto found = minutes.constFind(tokenKey);
    if (found == minutes.cend())
        return std::nullopt;
    return *found;
}

QString compactJson(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

class Seeder
{
public:
    Seeder(ServerContext &server, QSqlDatabase &db)
        : m_server(server)
        , m_db(db)
        , m_now(QDateTime::currentMSecsSinceEpoch())
    {}

    void run()
    {
        for (const DemoUser &user : kUsers)
            m_users.insert(QString::fromUtf16(user.email),
                           useraccounts::createUser(m_server, m_db,
                                                    User{QString::fromUtf16(user.firstName),
                                                         QString::fromUtf16(user.lastName),
                                                         QString::fromUtf16(user.email)},
                                                    kDemoPassword));
        for (const DemoOrganization &organization : kOrganizations)
            addOrganization(organization);
        for (const DemoMembership &membership : kMemberships)
            addMembership(membership);
        for (const DemoToken &token : demoTokens())
            addToken(token);
        addMetrics();
        addAuditTrail();
    }

private:
    void addOrganization(const DemoOrganization &organization)
    {
        const QString name = QString::fromUtf16(organization.name);
        const qint64 created = m_now - organization.ageDays * kDayMs;
        SqlQuery insert(m_db, u"INSERT INTO organizations (name, email, notification_url, "
                              "created_ms) VALUES (:name, :email, :url, :created) RETURNING id"_s);
        insert.bind(u":name"_s, name)
            .bind(u":email"_s, QString::fromUtf16(organization.email))
            .bind(u":url"_s, QString::fromUtf16(organization.notificationUrl))
            .bind(u":created"_s, created);
        const qint64 id = insert.exec().scalarInteger();
        m_owners.insert(name, TokenOwner{id, name, std::nullopt, {}});
        addDefaultToken(m_owners.value(name), created);

        qint64 teamCreated = created;
        for (const char16_t *team : organization.teams) {
            teamCreated += 2 * kDayMs; // teams came one after another
            SqlQuery teamInsert(m_db, u"INSERT INTO teams (organization_id, name, created_ms) "
                                      "VALUES (:org, :name, :created) RETURNING id"_s);
            teamInsert.bind(u":org"_s, id)
                .bind(u":name"_s, QString::fromUtf16(team))
                .bind(u":created"_s, teamCreated);
            const TokenOwner owner{id, name, teamInsert.exec().scalarInteger(),
                                   QString::fromUtf16(team)};
            m_owners.insert(key(name, owner.team), owner);
            addDefaultToken(owner, teamCreated);
        }
    }

    // As POST /organizations and POST …/teams do: every owner starts with a
    // never-expiring "default" token.
    void addDefaultToken(const TokenOwner &owner, qint64 issuedMs)
    {
        CreateTokenRequest request;
        request.description = u"default"_s;
        const Token created = m_server.tokens().create(
            m_db, owner, request, QDateTime::fromMSecsSinceEpoch(issuedMs, Qt::UTC));
        setLastUsed(created.id, lastUsedMinutesAgo(key(owner.organization, owner.team)));
    }

    void setLastUsed(const QString &tokenId, std::optional<qint64> minutesAgo)
    {
        if (!minutesAgo)
            return;
        SqlQuery(m_db, u"UPDATE tokens SET last_used_ms = :used WHERE id = :id"_s)
            .bind(u":used"_s, m_now - *minutesAgo * kMinuteMs)
            .bind(u":id"_s, tokenId.toLongLong())
            .exec();
    }

    void addMembership(const DemoMembership &membership)
    {
        const QString organization = QString::fromUtf16(membership.organization);
        const QString team = QString::fromUtf16(membership.team);
        const TokenOwner owner = m_owners.value(key(organization, team));
        const bool forTeam = !team.isEmpty();
        SqlQuery(m_db, forTeam ? u"INSERT INTO team_members (team_id, user_id, role) "
                                 "VALUES (:owner, :user, :role)"_s
                               : u"INSERT INTO organization_members (organization_id, user_id, "
                                 "role) VALUES (:owner, :user, :role)"_s)
            .bind(u":owner"_s, forTeam ? *owner.teamId : owner.organizationId)
            .bind(u":user"_s, m_users.value(QString::fromUtf16(membership.email)))
            .bind(u":role"_s, QString::fromUtf16(membership.role))
            .exec();
    }

    void addToken(const DemoToken &token)
    {
        const TokenOwner owner = m_owners.value(
            key(QString::fromUtf16(token.organization), QString::fromUtf16(token.team)));
        CreateTokenRequest request;
        request.description = QString::fromUtf16(token.description);
        if (token.expiresInDays)
            request.expires =
                QDateTime::fromMSecsSinceEpoch(m_now + *token.expiresInDays * kDayMs, Qt::UTC);
        request.scopes = token.scopes;
        request.labels = token.labels;
        request.attributes = token.attributes;
        // Issued in the past so that an expiry in the past is a valid token
        // that has run out, not a request the store refuses.
        const Token created = m_server.tokens().create(
            m_db, owner, request,
            QDateTime::fromMSecsSinceEpoch(m_now - token.issuedDaysAgo * kDayMs, Qt::UTC));
        m_tokenIds.insert(request.description, created.id);
        setLastUsed(created.id, lastUsedMinutesAgo(request.description));
    }

    /// One point a minute over the last hour per series, shaped like real
    /// traffic (a daily-looking wave plus some spread between series).
    void addMetrics()
    {
        struct Series
        {
            QString organization;
            QString team;
            QString metric;
            QJsonObject tags;
            double base;
            double amplitude;
        };
        const QList<Series> series = {
            {u"acme"_s, {}, u"api.requests"_s, {{u"host"_s, u"web-1"_s}}, 120, 40},
            {u"acme"_s, {}, u"api.requests"_s, {{u"host"_s, u"web-2"_s}}, 95, 30},
            {u"acme"_s, {}, u"billing.invoices"_s, {{u"currency"_s, u"EUR"_s}}, 12, 5},
            {u"acme"_s, u"payments"_s, u"checkout.latency_ms"_s, {{u"region"_s, u"eu"_s}}, 180, 60},
            {u"globex"_s, u"ops"_s, u"cpu.load"_s, {{u"host"_s, u"db-1"_s}}, 1.5, 0.8},
            {u"initech"_s, u"reports"_s, u"tps.generated"_s, {{u"floor"_s, u"3"_s}}, 30, 10},
        };
        // ts in epoch milliseconds like every time column of the schema.
        const qint64 lastMinute = m_now - m_now % 60000;
        int seriesIndex = 0;
        for (const Series &s : series) {
            const TokenOwner owner = m_owners.value(key(s.organization, s.team));
            for (int minute = 59; minute >= 0; --minute) {
                const double value = s.base +
                                     s.amplitude * std::sin((minute + 7 * seriesIndex) / 9.0) +
                                     s.amplitude * 0.2 * std::cos(minute * 1.7 + seriesIndex);
                SqlQuery(m_db, u"INSERT INTO metric_points (organization_id, team_id, metric, "
                               "tags, ts, value) VALUES (:org, :team, :metric, :tags, :ts, "
                               ":value)"_s)
                    .bind(u":org"_s, owner.organizationId)
                    .bind(u":team"_s, nullableInteger(owner.teamId))
                    .bind(u":metric"_s, s.metric)
                    .bind(u":tags"_s, compactJson(s.tags))
                    .bind(u":ts"_s, lastMinute - minute * 60000)
                    .bind(u":value"_s, std::round(value * 100) / 100)
                    .exec();
            }
            ++seriesIndex;
        }
    }

    void addAuditTrail()
    {
        struct Event
        {
            const char16_t *organization;
            qint64 hoursAgo;
            const char16_t *action;
            const char16_t *target;
            const char16_t *detail;
        };
        const Event events[] = {
            {u"acme", 72, u"team.create", u"acme/teams/mobile", u""},
            {u"acme", 70, u"member.add", u"acme/teams/mobile/users/ada@acme.example",
             u"role admin"},
            {u"acme", 50, u"member.add", u"acme/users/carol@acme.example", u"role viewer"},
            {u"acme", 49, u"member.role", u"acme/users/bob@acme.example", u"viewer -> member"},
            {u"acme", 26, u"token.create", u"acme/tokens/{billing exporter}", u"billing exporter"},
            {u"acme", 3, u"token.list", u"acme", u""},
            {u"globex", 48, u"organization.update", u"globex", u"notification_url"},
            {u"globex", 30, u"token.read", u"globex/teams/ops/tokens/{node exporter}", u""},
            {u"globex", 2, u"member.add", u"globex/teams/ops/users/heidi@contractors.example",
             u"role admin"},
            {u"initech", 20, u"team.create", u"initech/teams/web", u""},
            {u"initech", 5, u"token.create", u"initech/teams/reports/tokens/{TPS reports}",
             u"TPS reports"},
        };
        for (const Event &event : events) {
            // "{description}" in a target stands for that demo token's id.
            QString target = QString::fromUtf16(event.target);
            if (const qsizetype open = target.indexOf(u'{'); open >= 0)
                target = target.left(open) +
                         m_tokenIds.value(target.mid(open + 1, target.size() - open - 2));
            SqlQuery(m_db, u"INSERT INTO audit_events (organization, time_ms, actor, action, "
                           "target, detail, remote) VALUES (:org, :time, :actor, :action, "
                           ":target, :detail, :remote)"_s)
                .bind(u":org"_s, QString::fromUtf16(event.organization))
                .bind(u":time"_s, m_now - event.hoursAgo * 3600 * 1000)
                .bind(u":actor"_s, kDemoActor)
                .bind(u":action"_s, QString::fromUtf16(event.action))
                .bind(u":target"_s, target)
                .bind(u":detail"_s, QString::fromUtf16(event.detail))
                .bind(u":remote"_s, u"127.0.0.1"_s)
                .exec();
        }
    }

    static QString key(const QString &organization, const QString &team)
    {
        return team.isEmpty() ? organization : organization + u'/' + team;
    }

    ServerContext &m_server;
    QSqlDatabase &m_db;
    const qint64 m_now;
    QHash<QString, qint64> m_users;
    QHash<QString, TokenOwner> m_owners; ///< "org" or "org/team"
    QHash<QString, QString> m_tokenIds;  ///< by description
};
} // namespace

bool seedDemoData(ServerContext &server)
{
    // One transaction, and the emptiness check inside it: two servers started
    // with --demo on one database cannot both seed, and a failure leaves
    // nothing half-made.
    Transaction transaction(server.database());
    SqlQuery users(transaction.db(), u"SELECT COUNT(*) FROM users"_s);
    if (users.exec().scalarInteger() > 0)
        return false;
    Seeder(server, transaction.db()).run();
    transaction.commit();
    return true;
}

} // namespace keyward::server
