// SPDX-License-Identifier: GPL-3.0-or-later
// The scale dataset behind bench/app: one organization as large as the app
// must stay fast with. Everything goes in with prepared statements reused
// across rows inside one transaction; token ids are chosen up front so the
// signing (the expensive part) runs on every core before any row is written.
#include "scaleseeder.h"

#include "domain/user.h"
#include "http/apierror.h"
#include "jwt/jws.h"
#include "security/keystore.h"
#include "security/tokencipher.h"
#include "servercontext.h"
#include "services/tokenstore.h"
#include "services/useraccounts.h"
#include "storage/database.h"
#include "storage/sql.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QList>
#include <QtConcurrent/QtConcurrentMap>

#include <optional>

using namespace Qt::StringLiterals;

namespace keyward::server {

namespace {
constexpr qint64 kMinuteMs = 60 * 1000;
constexpr qint64 kDayMs = 24 * 60 * kMinuteMs;
constexpr qint64 kMinimumTeams = 30000;
const auto kOrganization = u"scale"_s;
const auto kDemoEmail = u"demo@keyward.example"_s;
const auto kDemoPassword = u"keyward-demo"_s;

const char16_t *const kAreas[] = {u"payments", u"search",   u"ops",      u"mobile",   u"web",
                                  u"billing",  u"data",     u"platform", u"identity", u"edge",
                                  u"reports",  u"checkout", u"catalog",  u"ml",       u"support"};
const char16_t *const kServices[] = {
    u"exporter", u"collector",   u"dashboard reader", u"importer",       u"batch job",
    u"ios app",  u"android app", u"node exporter",    u"grafana (read)", u"ingest worker"};
const char16_t *const kEnvironments[] = {u"prod", u"staging", u"dev"};

/// Deterministic spread (splitmix64): the same N gives the same dataset.
quint64 mix(quint64 x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

struct TokenSpec
{
    qint64 id = 0;
    qint64 owner = 0; ///< 0: the organization, else team number (1-based)
    QString description;
    qint64 createdMs = 0;
    std::optional<qint64> expMs;
    std::optional<qint64> lastUsedMs;
    QString scope;
    QString environment;
};

/// Expired 5%, within 7 days 5%, within 30 days 10%, later 50%, never 30%;
/// 60% used in the last 90 days.
TokenSpec specFor(qint64 index, qint64 owners, qint64 firstId, qint64 now)
{
    const quint64 r = mix(quint64(index));
    TokenSpec spec;
    spec.id = firstId + index;
    // Round robin: every owner gets one token before any gets a second.
    spec.owner = index % owners;
    spec.description = QString::fromUtf16(kServices[r % std::size(kServices)]) + u' ' +
                       QString::number(index / owners + 1);
    const qint64 bucket = qint64((r >> 8) % 100);
    const qint64 spread = qint64((r >> 16) % 1000000);
    if (bucket < 5) {
        spec.expMs = now - kDayMs - spread * 60 * kDayMs / 1000000;
        spec.createdMs = *spec.expMs - 30 * kDayMs - spread * 300 * kDayMs / 1000000;
    } else {
        spec.createdMs = now - kDayMs - spread * 365 * kDayMs / 1000000;
        if (bucket < 10)
            spec.expMs = now + 3600 * 1000 + spread * (7 * kDayMs - 2 * 3600 * 1000) / 1000000;
        else if (bucket < 20)
            spec.expMs = now + 7 * kDayMs + spread * 23 * kDayMs / 1000000 + kMinuteMs;
        else if (bucket < 70)
            spec.expMs = now + 30 * kDayMs + spread * 370 * kDayMs / 1000000 + kMinuteMs;
    }
    if ((r >> 40) % 100 < 60)
        spec.lastUsedMs = now - qint64((r >> 48) % (90 * 24 * 60)) * kMinuteMs;
    spec.scope = (r >> 36) % 5 == 0 ? u"metrics:read"_s : u"metrics:write"_s;
    spec.environment = QString::fromUtf16(kEnvironments[(r >> 32) % std::size(kEnvironments)]);
    return spec;
}

QString teamName(qint64 team)
{
    return QString::fromUtf16(kAreas[team % qint64(std::size(kAreas))]) + u'-' +
           u"%1"_s.arg(team, 5, 10, QChar(u'0'));
}

class ScaleSeeder
{
public:
    ScaleSeeder(ServerContext &server, QSqlDatabase &db)
        : m_server(server)
        , m_db(db)
        , m_now(QDateTime::currentMSecsSinceEpoch())
    {}

    ScaleSeedReport run(qint64 tokens, qint64 teams, qint64 members)
    {
        QElapsedTimer total;
        total.start();
        const qint64 demoUser = useraccounts::createUser(
            m_server, m_db, User{u"Dana"_s, u"Whitfield"_s, kDemoEmail}, kDemoPassword);
        addOrganization(demoUser);
        addTeams(teams);
        addMembers(demoUser, members, teams);
        ScaleSeedReport report;
        report.signingMs = addTokens(tokens, teams + 1);
        report.teams = teams;
        report.tokens = tokens;
        report.members = members;
        report.totalMs = total.elapsed();
        return report;
    }

private:
    void addOrganization(qint64 demoUser)
    {
        SqlQuery insert(m_db, u"INSERT INTO organizations (name, email, notification_url, "
                              "created_ms) VALUES (:name, :email, :url, :created) RETURNING id"_s);
        insert.bind(u":name"_s, kOrganization)
            .bind(u":email"_s, u"ops@scale.example"_s)
            .bind(u":url"_s, u"https://scale.example/hooks/keyward"_s)
            .bind(u":created"_s, m_now - 400 * kDayMs);
        m_organizationId = insert.exec().scalarInteger();
        SqlQuery(m_db, u"INSERT INTO organization_members (organization_id, user_id, role) "
                       "VALUES (:org, :user, 'admin')"_s)
            .bind(u":org"_s, m_organizationId)
            .bind(u":user"_s, demoUser)
            .exec();
    }

    void addTeams(qint64 teams)
    {
        SqlQuery insert(m_db, u"INSERT INTO teams (organization_id, name, created_ms) "
                              "VALUES (:org, :name, :created) RETURNING id"_s);
        m_teamIds.reserve(teams + 1);
        m_teamNames.reserve(teams + 1);
        m_teamIds.append(0); // owner 0 is the organization itself
        m_teamNames.append(QString());
        for (qint64 team = 1; team <= teams; ++team) {
            const QString name = teamName(team);
            insert.bind(u":org"_s, m_organizationId)
                .bind(u":name"_s, name)
                .bind(u":created"_s, m_now - 400 * kDayMs + team * kMinuteMs);
            m_teamIds.append(insert.exec().scalarInteger());
            m_teamNames.append(name);
        }
    }

    /// Every member shares the demo user's password hash: hashing 10,000
    /// passwords with Argon2 would take minutes and prove nothing.
    void addMembers(qint64 demoUser, qint64 members, qint64 teams)
    {
        SqlQuery hashQuery(m_db, u"SELECT password_hash FROM users WHERE id = :id"_s);
        hashQuery.bind(u":id"_s, demoUser).exec();
        if (!hashQuery.next())
            throw ApiError::internal(u"The demo user vanished while seeding."_s);
        const QString hash = hashQuery.value(0).toString();
        hashQuery.raw().finish();

        SqlQuery user(m_db, u"INSERT INTO users (email, first_name, last_name, password_hash, "
                            "created_ms) VALUES (:email, :first, :last, :hash, :created) "
                            "RETURNING id"_s);
        SqlQuery orgMember(m_db, u"INSERT INTO organization_members (organization_id, user_id, "
                                 "role) VALUES (:org, :user, :role)"_s);
        SqlQuery teamMember(m_db, u"INSERT INTO team_members (team_id, user_id, role) "
                                  "VALUES (:team, :user, :role)"_s);
        for (qint64 i = 1; i <= members; ++i) {
            const quint64 r = mix(quint64(i) ^ 0x5eedULL);
            const QString number = u"%1"_s.arg(i, 5, 10, QChar(u'0'));
            user.bind(u":email"_s, u"member"_s + number + u"@scale.example"_s)
                .bind(u":first"_s, u"Member"_s)
                .bind(u":last"_s, number)
                .bind(u":hash"_s, hash)
                .bind(u":created"_s, m_now - qint64(r % 300) * kDayMs);
            const qint64 id = user.exec().scalarInteger();
            const quint64 roll = (r >> 20) % 100;
            orgMember.bind(u":org"_s, m_organizationId)
                .bind(u":user"_s, id)
                .bind(u":role"_s, roll < 2    ? u"admin"_s
                                  : roll < 70 ? u"member"_s
                                              : u"viewer"_s)
                .exec();
            if (teams > 0) {
                teamMember.bind(u":team"_s, m_teamIds.at(1 + (i - 1) % teams))
                    .bind(u":user"_s, id)
                    .bind(u":role"_s, (r >> 40) % 10 == 0 ? u"admin"_s : u"member"_s)
                    .exec();
            }
        }
    }

    /// Returns the milliseconds spent signing and sealing.
    qint64 addTokens(qint64 tokens, qint64 owners)
    {
        SqlQuery maxId(m_db, u"SELECT COALESCE(MAX(id), 0) FROM tokens"_s);
        const qint64 firstId = maxId.exec().scalarInteger() + 1;
        QList<TokenSpec> specs;
        specs.reserve(tokens);
        for (qint64 i = 0; i < tokens; ++i)
            specs.append(specFor(i, owners, firstId, m_now));

        QElapsedTimer signing;
        signing.start();
        const jwt::Jwk key = m_server.keys().currentSigningKey();
        const QString issuer = m_server.issuer();
        const TokenCipher &cipher = m_server.cipher();
        const QString audience = QString::fromLatin1(TokenStore::kAudience);
        const QList<QByteArray> sealed =
            QtConcurrent::blockingMapped<QList<QByteArray>>(specs, [&](const TokenSpec &spec) {
                QJsonObject claims{{u"iss"_s, issuer},
                                   {u"aud"_s, audience},
                                   {u"iat"_s, spec.createdMs / 1000},
                                   {u"nbf"_s, spec.createdMs / 1000},
                                   {u"jti"_s, QString::number(spec.id)},
                                   {u"org"_s, kOrganization},
                                   {u"scope"_s, spec.scope},
                                   {u"labels"_s, QJsonObject{{u"env"_s, spec.environment}}}};
                if (spec.expMs)
                    claims.insert(u"exp"_s, *spec.expMs / 1000);
                if (spec.owner > 0)
                    claims.insert(u"team"_s, m_teamNames.at(spec.owner));
                return cipher.seal(jwt::signCompact(claims, key), QByteArray::number(spec.id));
            });
        const qint64 signingMs = signing.elapsed();

        SqlQuery insert(
            m_db,
            u"INSERT INTO tokens (id, organization_id, team_id, description, value_sealed, kid, "
            "created_ms, exp_ms, scopes, labels, attributes, last_used_ms) VALUES (:id, :org, "
            ":team, :description, :sealed, :kid, :created, :exp, :scopes, :labels, '{}', "
            ":used)"_s);
        const QString kid = key.keyId();
        for (qsizetype i = 0; i < specs.size(); ++i) {
            const TokenSpec &spec = specs.at(i);
            insert.bind(u":id"_s, spec.id)
                .bind(u":org"_s, m_organizationId)
                .bind(u":team"_s, spec.owner > 0 ? QVariant(m_teamIds.at(spec.owner))
                                                 : nullableInteger(std::nullopt))
                .bind(u":description"_s, spec.description)
                .bind(u":sealed"_s, sealed.at(i))
                .bind(u":kid"_s, kid)
                .bind(u":created"_s, spec.createdMs)
                .bind(u":exp"_s, nullableInteger(spec.expMs))
                .bind(u":scopes"_s, u"[\""_s + spec.scope + u"\"]"_s)
                .bind(u":labels"_s, u"{\"env\":\""_s + spec.environment + u"\"}"_s)
                .bind(u":used"_s, nullableInteger(spec.lastUsedMs))
                .exec();
        }
        // Explicit ids leave PostgreSQL's identity sequence behind; the next
        // token created through the API would collide without this.
        if (m_server.database().config().driver == DatabaseConfig::Driver::Postgresql && tokens > 0)
            SqlQuery(m_db, u"SELECT setval(pg_get_serial_sequence('tokens', 'id'), "
                           "(SELECT MAX(id) FROM tokens))"_s)
                .exec()
                .scalarInteger();
        return signingMs;
    }

    ServerContext &m_server;
    QSqlDatabase &m_db;
    const qint64 m_now;
    qint64 m_organizationId = 0;
    QList<qint64> m_teamIds;    ///< by owner number; [0] unused (the organization)
    QList<QString> m_teamNames; ///< by owner number
};
} // namespace

ScaleSeedReport seedScaleData(ServerContext &server, qint64 tokens, qint64 teams, qint64 members)
{
    if (teams <= 0)
        teams = qMax(kMinimumTeams, (tokens * 10 + 26) / 27);
    if (members < 0)
        members = 10000;
    if (tokens > TokenStore::kMaxTokensPerOwner * (teams + 1))
        throw ApiError::badRequest(u"%1 tokens do not fit into %2 teams and their organization "
                                   "(at most %3 tokens each); give more teams."_s.arg(tokens)
                                       .arg(teams)
                                       .arg(TokenStore::kMaxTokensPerOwner));
    // One transaction, emptiness checked inside it, as for --demo.
    Transaction transaction(server.database());
    SqlQuery users(transaction.db(), u"SELECT COUNT(*) FROM users"_s);
    if (users.exec().scalarInteger() > 0)
        return {};
    const ScaleSeedReport report =
        ScaleSeeder(server, transaction.db()).run(tokens, teams, members);
    transaction.commit();
    return report;
}

} // namespace keyward::server
