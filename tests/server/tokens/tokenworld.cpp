// SPDX-License-Identifier: GPL-3.0-or-later
#include "tokenworld.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace keyward::test {

namespace {
const QString kPassword = u"correct horse battery staple"_s;

QString sessionDigest(const QString &session)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(session.toUtf8(), QCryptographicHash::Sha256).toHex());
}
} // namespace

TokenWorld::TokenWorld()
    : m_connectionName(QUuid::createUuid().toString(QUuid::WithoutBraces))
{}

TokenWorld::~TokenWorld()
{
    if (QSqlDatabase::contains(m_connectionName)) {
        QSqlDatabase::database(m_connectionName).close();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

bool TokenWorld::start(const QStringList &extraArguments)
{
    if (!m_server.start(extraArguments)) {
        m_lastError = m_server.lastError();
        return false;
    }
    return true;
}

QString TokenWorld::unique(const QString &stem)
{
    return u"%1-%2"_s.arg(stem).arg(++m_counter);
}

QString TokenWorld::newUser(const QString &stem, QString *email)
{
    const QString address = unique(stem) + u"@example.org"_s;
    if (email)
        *email = address;
    if (!m_server.addUser(address, kPassword)) {
        m_lastError = u"user add %1 failed"_s.arg(address);
        return {};
    }
    HttpClient http(m_server.baseUrl());
    return http.login(address, kPassword);
}

std::unique_ptr<HttpClient> TokenWorld::client(const QString &credential, HttpClient::Scheme scheme)
{
    auto http = std::make_unique<HttpClient>(m_server.baseUrl());
    if (!credential.isEmpty())
        http->setCredential(credential, scheme);
    return http;
}

bool TokenWorld::createOrganization(const QString &adminSession, const QString &name)
{
    const auto reply =
        client(adminSession)
            ->post(u"/organizations"_s,
                   QJsonObject{{u"name"_s, name},
                               {u"email"_s, u"ops@example.org"_s},
                               {u"notification_url"_s, u"https://example.org/hook"_s}});
    m_lastError = u"POST /organizations: %1 %2"_s.arg(reply.status).arg(reply.detail());
    if (reply.status == 201)
        return true;
    if (reply.status == 409 || reply.status == 400 || reply.status == 401)
        return false;
    // The organization endpoints are another part of the server: when they
    // fail, seed the same state directly so these tests still test tokens.
    qWarning("%s; seeding the organization through SQL", qPrintable(m_lastError));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (!execSql(u"INSERT INTO organizations (name, email, notification_url, created_ms) "
                 "VALUES (?, 'ops@example.org', 'https://example.org/hook', ?)"_s,
                 {name, now}) ||
        !execSql(u"INSERT INTO organization_members (organization_id, user_id, role) SELECT o.id, "
                 "s.user_id, 'admin' FROM organizations o, sessions s WHERE o.name = ? AND "
                 "s.digest = ?"_s,
                 {name, sessionDigest(adminSession)}))
        return false;
    return !createToken(adminSession, u"/organizations/%1/tokens"_s.arg(name),
                        QJsonObject{{u"description"_s, u"default"_s}})
                .isEmpty();
}

bool TokenWorld::createTeam(const QString &adminSession, const QString &org, const QString &team)
{
    const auto reply =
        client(adminSession)
            ->post(u"/organizations/%1/teams"_s.arg(org), QJsonObject{{u"name"_s, team}});
    m_lastError = u"POST teams: %1 %2"_s.arg(reply.status).arg(reply.detail());
    if (reply.status == 201)
        return true;
    if (reply.status == 409 || reply.status == 400 || reply.status == 401 || reply.status == 403)
        return false;
    qWarning("%s; seeding the team through SQL", qPrintable(m_lastError));
    if (!execSql(u"INSERT INTO teams (organization_id, name, created_ms) SELECT id, ?, ? FROM "
                 "organizations WHERE name = ?"_s,
                 {team, QDateTime::currentMSecsSinceEpoch(), org}))
        return false;
    return !createToken(adminSession, u"/organizations/%1/teams/%2/tokens"_s.arg(org, team),
                        QJsonObject{{u"description"_s, u"default"_s}})
                .isEmpty();
}

bool TokenWorld::addMember(const QString &adminSession, const QString &org, const QString &team,
                           const QString &email, const QString &role)
{
    const QString path = team.isEmpty() ? u"/organizations/%1/users"_s.arg(org)
                                        : u"/organizations/%1/teams/%2/users"_s.arg(org, team);
    const auto reply =
        client(adminSession)->post(path, QJsonObject{{u"email"_s, email}, {u"role"_s, role}});
    m_lastError = u"POST %1: %2 %3"_s.arg(path).arg(reply.status).arg(reply.detail());
    if (reply.status == 202 || reply.status == 201)
        return true;
    if (reply.status == 409 || reply.status == 400 || reply.status == 401 || reply.status == 403)
        return false;
    qWarning("%s; adding the member through SQL", qPrintable(m_lastError));
    if (team.isEmpty())
        return execSql(u"INSERT INTO organization_members (organization_id, user_id, role) SELECT "
                       "o.id, u.id, ? FROM organizations o, users u WHERE o.name = ? AND "
                       "u.email = ?"_s,
                       {role, org, email.toLower()});
    return execSql(u"INSERT INTO team_members (team_id, user_id, role) SELECT t.id, u.id, ? FROM "
                   "teams t JOIN organizations o ON o.id = t.organization_id, users u WHERE "
                   "o.name = ? AND t.name = ? AND u.email = ?"_s,
                   {role, org, team, email.toLower()});
}

QJsonObject TokenWorld::createToken(const QString &adminSession, const QString &tokensPath,
                                    const QJsonObject &body)
{
    const auto reply = client(adminSession)->post(tokensPath, body);
    m_lastError = u"POST %1: %2 %3"_s.arg(tokensPath).arg(reply.status).arg(reply.detail());
    return reply.status == 201 ? reply.object() : QJsonObject();
}

QSqlDatabase TokenWorld::sql()
{
    if (QSqlDatabase::contains(m_connectionName))
        return QSqlDatabase::database(m_connectionName);
    QSqlDatabase db = m_server.openDatabase(m_connectionName);
    if (!db.isOpen())
        m_lastError = db.lastError().text();
    return db;
}

bool TokenWorld::execSql(const QString &statement, const QVariantList &values)
{
    QSqlQuery query(sql());
    if (!query.prepare(statement)) {
        m_lastError = query.lastError().text();
        return false;
    }
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        return false;
    }
    return true;
}

} // namespace keyward::test
