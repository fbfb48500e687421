// SPDX-License-Identifier: GPL-3.0-or-later
// Replays every cell of the authorization matrix (authorizationmatrix.cpp)
// over real HTTP. Each cell gets an organization of its own, built the same
// way every time, so the principal is the only thing that varies between the
// cells of a route.

#include "authorizationmatrix.h"

#include "httpclient.h"
#include "serverprocess.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QHash>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <tuple>

using namespace Qt::StringLiterals;
using keyward::test::HttpClient;
using keyward::test::ServerProcess;
using namespace keyward::test::matrix;

namespace {

const QString kPassword = u"matrix password 123"_s;
const QString kTeam = u"ops"_s;
const QString kSqlConnection = u"matrix-db"_s;

QString sessionDigest(const QString &session)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(session.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString statusText(int status)
{
    return status == Allow ? u"allow"_s : QString::number(status);
}

/// The organization a cell runs against.
struct World
{
    QString org;
    QString orgToken;
    QString teamToken;
    QString extraOrgTokenId;
    QString extraTeamTokenId;
};

} // namespace

class TestAuthorizationMatrix final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void cell_data();
    void cell();

private:
    QString email(Principal principal) const { return m_emails.value(principal); }
    bool buildWorld(int caseNumber, World *world, QString *error);
    bool ensureExpiredSession(QString *error);
    QString substitute(QString text, const World &world, bool teamLevel, int caseNumber,
                       const QString &ticket) const;

    ServerProcess m_server;
    QHash<Principal, QString> m_emails;
    QHash<Principal, QString> m_sessions; ///< users, Expired and LoggedOut
    QString m_resetterEmail;              ///< whose password the reset-password cells change
};

void TestAuthorizationMatrix::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.lastError()));

    const QHash<Principal, QString> stems = {
        {Principal::NoMember, u"nomember"_s},     {Principal::OrgAdmin, u"orgadmin"_s},
        {Principal::OrgMember, u"orgmember"_s},   {Principal::OrgViewer, u"orgviewer"_s},
        {Principal::TeamAdmin, u"teamadmin"_s},   {Principal::TeamMember, u"teammember"_s},
        {Principal::TeamViewer, u"teamviewer"_s}, {Principal::OtherAdmin, u"otheradmin"_s},
    };
    HttpClient http(m_server.baseUrl());
    for (auto it = stems.cbegin(); it != stems.cend(); ++it) {
        const QString address = it.value() + u"@matrix.example.org"_s;
        QVERIFY2(m_server.addUser(address, kPassword), qPrintable(address));
        m_emails.insert(it.key(), address);
        const QString session = http.login(address, kPassword);
        QVERIFY2(!session.isEmpty(), qPrintable(u"login of "_s + address));
        m_sessions.insert(it.key(), session);
    }
    m_resetterEmail = u"resetter@matrix.example.org"_s;
    QVERIFY(m_server.addUser(m_resetterEmail, kPassword));

    // The other organization's admin administers something, just not ours.
    HttpClient other(m_server.baseUrl());
    other.setCredential(m_sessions.value(Principal::OtherAdmin));
    const auto created = other.post(
        u"/organizations"_s, QJsonObject{{u"name"_s, u"m-other"_s},
                                         {u"email"_s, u"other@example.org"_s},
                                         {u"notification_url"_s, u"https://example.org/o"_s}});
    QVERIFY2(created.status == 201, qPrintable(created.detail()));

    QSqlDatabase db = m_server.openDatabase(kSqlConnection);
    QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));

    QString error;
    QVERIFY2(ensureExpiredSession(&error), qPrintable(error));

    // A real session of the organization admin, ended the official way.
    const QString doomed = http.login(email(Principal::OrgAdmin), kPassword);
    QVERIFY(!doomed.isEmpty());
    HttpClient ender(m_server.baseUrl());
    ender.setCredential(doomed);
    const auto ended = ender.post(u"/users/logout"_s, QJsonObject{});
    QVERIFY2(ended.status == 204,
             qPrintable(u"logout: %1 %2"_s.arg(ended.status).arg(ended.detail())));
    m_sessions.insert(Principal::LoggedOut, doomed);
}

void TestAuthorizationMatrix::cleanupTestCase()
{
    if (QSqlDatabase::contains(kSqlConnection)) {
        QSqlDatabase::database(kSqlConnection).close();
        QSqlDatabase::removeDatabase(kSqlConnection);
    }
    m_server.stop();
}

bool TestAuthorizationMatrix::ensureExpiredSession(QString *error)
{
    // Logging the organization admin in again (logout cells) deletes that
    // user's dead sessions, so the expired one is re-created when it is gone.
    QSqlDatabase db = QSqlDatabase::database(kSqlConnection);
    const QString current = m_sessions.value(Principal::Expired);
    if (!current.isEmpty()) {
        QSqlQuery exists(db);
        exists.prepare(u"SELECT COUNT(*) FROM sessions WHERE digest = :digest"_s);
        exists.bindValue(u":digest"_s, sessionDigest(current));
        if (exists.exec() && exists.next() && exists.value(0).toInt() == 1)
            return true;
    }
    HttpClient http(m_server.baseUrl());
    const QString session = http.login(email(Principal::OrgAdmin), kPassword);
    if (session.isEmpty()) {
        *error = u"login for the expired session failed"_s;
        return false;
    }
    QSqlQuery expire(db);
    expire.prepare(u"UPDATE sessions SET expires_ms = :past WHERE digest = :digest"_s);
    expire.bindValue(u":past"_s, QDateTime::currentMSecsSinceEpoch() - 60'000);
    expire.bindValue(u":digest"_s, sessionDigest(session));
    if (!expire.exec() || expire.numRowsAffected() != 1) {
        *error = u"expiring the session failed: "_s + expire.lastError().text();
        return false;
    }
    m_sessions.insert(Principal::Expired, session);
    return true;
}

bool TestAuthorizationMatrix::buildWorld(int caseNumber, World *world, QString *error)
{
    HttpClient admin(m_server.baseUrl());
    admin.setCredential(m_sessions.value(Principal::OrgAdmin));
    world->org = u"m%1"_s.arg(caseNumber);
    const QString org = u"/organizations/"_s + world->org;
    const QString team = org + u"/teams/"_s + kTeam;

    auto expect = [error](const HttpClient::Reply &reply, int status, const QString &what) {
        if (reply.status == status)
            return true;
        *error = u"setup %1: expected %2, got %3 %4"_s.arg(what)
                     .arg(status)
                     .arg(reply.status)
                     .arg(reply.detail());
        return false;
    };
    auto firstTokenValue = [](const HttpClient::Reply &reply) {
        return reply.object()
            .value(u"tokens"_s)
            .toArray()
            .first()
            .toObject()
            .value(u"value"_s)
            .toString();
    };

    auto reply = admin.post(u"/organizations"_s,
                            QJsonObject{{u"name"_s, world->org},
                                        {u"email"_s, u"ops@example.org"_s},
                                        {u"notification_url"_s, u"https://example.org/hook"_s}});
    if (!expect(reply, 201, u"create organization"_s))
        return false;
    world->orgToken = firstTokenValue(reply);
    reply = admin.post(org + u"/teams"_s, QJsonObject{{u"name"_s, kTeam}});
    if (!expect(reply, 201, u"create team"_s))
        return false;
    world->teamToken = firstTokenValue(reply);
    if (world->orgToken.isEmpty() || world->teamToken.isEmpty()) {
        *error = u"setup: the default tokens carry no value"_s;
        return false;
    }

    const QList<std::tuple<QString, Principal, QString>> memberships = {
        {org, Principal::OrgMember, u"member"_s},   {org, Principal::OrgViewer, u"viewer"_s},
        {team, Principal::TeamAdmin, u"admin"_s},   {team, Principal::TeamMember, u"member"_s},
        {team, Principal::TeamViewer, u"viewer"_s},
    };
    for (const auto &[base, principal, role] : memberships) {
        reply = admin.post(base + u"/users"_s,
                           QJsonObject{{u"email"_s, email(principal)}, {u"role"_s, role}});
        if (!expect(reply, 202, u"add "_s + principalName(principal)))
            return false;
    }

    reply = admin.post(org + u"/tokens"_s, QJsonObject{{u"description"_s, u"extra"_s}});
    if (!expect(reply, 201, u"extra organization token"_s))
        return false;
    world->extraOrgTokenId = reply.object().value(u"id"_s).toString();
    reply = admin.post(team + u"/tokens"_s, QJsonObject{{u"description"_s, u"extra"_s}});
    if (!expect(reply, 201, u"extra team token"_s))
        return false;
    world->extraTeamTokenId = reply.object().value(u"id"_s).toString();

    const QJsonObject point{
        {u"metrics"_s, QJsonArray{QJsonObject{{u"metric"_s, u"matrix.cpu"_s},
                                              {u"tags"_s, QJsonObject{{u"host"_s, u"a"_s}}},
                                              {u"timestamp"_s, QDateTime::currentSecsSinceEpoch()},
                                              {u"value"_s, 1}}}}};
    HttpClient publisher(m_server.baseUrl());
    publisher.setCredential(world->orgToken);
    if (!expect(publisher.post(org + u"/metrics"_s, point), 202, u"publish to the organization"_s))
        return false;
    publisher.setCredential(world->teamToken);
    if (!expect(publisher.post(team + u"/metrics"_s, point), 202, u"publish to the team"_s))
        return false;
    return true;
}

QString TestAuthorizationMatrix::substitute(QString text, const World &world, bool teamLevel,
                                            int caseNumber, const QString &ticket) const
{
    text.replace(u"{org}"_s, world.org);
    text.replace(u"{team}"_s, kTeam);
    text.replace(u"{email}"_s, email(teamLevel ? Principal::TeamMember : Principal::OrgMember));
    text.replace(u"{id}"_s, teamLevel ? world.extraTeamTokenId : world.extraOrgTokenId);
    text.replace(u"{n}"_s, QString::number(caseNumber));
    text.replace(u"{now}"_s, QString::number(QDateTime::currentSecsSinceEpoch()));
    text.replace(u"{ticket}"_s, ticket);
    text.replace(u"{nomember}"_s, email(Principal::NoMember));
    text.replace(u"{password}"_s, kPassword);
    return text;
}

void TestAuthorizationMatrix::cell_data()
{
    QTest::addColumn<int>("routeIndex");
    QTest::addColumn<int>("principal");
    QTest::addColumn<int>("caseNumber");
    QTest::addColumn<bool>("basic");

    const QList<RouteCase> &cases = routeCases();
    int caseNumber = 0;
    for (int r = 0; r < cases.size(); ++r) {
        // Alternate the two presentations api.md requires, route by route,
        // so every principal is tried both ways across the matrix.
        const bool basic = r % 2 == 1;
        for (Principal principal : allPrincipals()) {
            const QString query = cases[r].query.isEmpty() ? QString() : u'?' + cases[r].query;
            const QString name = u"%1 %2%3 as %4%5"_s.arg(cases[r].method, cases[r].pattern, query,
                                                          principalName(principal),
                                                          basic ? u" [basic]"_s : QString());
            QTest::newRow(name.toUtf8().constData())
                << r << int(principal) << ++caseNumber << basic;
        }
    }
}

void TestAuthorizationMatrix::cell()
{
    QFETCH(int, routeIndex);
    QFETCH(int, principal);
    QFETCH(int, caseNumber);
    QFETCH(bool, basic);
    const RouteCase &route = routeCases().at(routeIndex);
    const Principal who = Principal(principal);
    const int expected = route.expected[std::size_t(principal)];

    World world;
    QString error;
    QVERIFY2(buildWorld(caseNumber, &world, &error), qPrintable(error));
    if (who == Principal::Expired)
        QVERIFY2(ensureExpiredSession(&error), qPrintable(error));

    QString ticket;
    HttpClient helper(m_server.baseUrl());
    switch (route.prep) {
    case Prep::None:
    case Prep::FreshSession:
        break;
    case Prep::DeleteTeam: {
        HttpClient admin(m_server.baseUrl());
        admin.setCredential(m_sessions.value(Principal::OrgAdmin));
        const auto reply = admin.del(u"/organizations/%1/teams/%2"_s.arg(world.org, kTeam));
        QVERIFY2(reply.status == 204, qPrintable(u"prep: delete team: "_s + reply.detail()));
        break;
    }
    case Prep::ConfirmTicket: {
        const QString address = u"conf%1@example.org"_s.arg(caseNumber);
        const auto reply = helper.post(u"/users/register"_s, QJsonObject{{u"email"_s, address}});
        QVERIFY2(reply.status == 202, qPrintable(u"prep: register: "_s + reply.detail()));
        ticket = m_server.valueFromMail(address, u"Confirmation token: "_s);
        QVERIFY2(!ticket.isEmpty(), "prep: no confirmation token in the mail");
        break;
    }
    case Prep::ResetTicket: {
        const auto reply =
            helper.post(u"/users/forgot-password"_s, QJsonObject{{u"email"_s, m_resetterEmail}});
        QVERIFY2(reply.status == 202, qPrintable(u"prep: forgot-password: "_s + reply.detail()));
        ticket = m_server.valueFromMail(m_resetterEmail, u"Password reset token: "_s);
        QVERIFY2(!ticket.isEmpty(), "prep: no password reset token in the mail");
        break;
    }
    }

    QString credential;
    switch (who) {
    case Principal::Anonymous:
        break;
    case Principal::OrgToken:
        credential = world.orgToken;
        break;
    case Principal::TeamToken:
        credential = world.teamToken;
        break;
    case Principal::Expired:
    case Principal::LoggedOut:
        credential = m_sessions.value(who);
        break;
    default:
        // Logging out ends the session it is sent with: those cells use a
        // session of their own so the shared one survives.
        credential = route.prep == Prep::FreshSession ? helper.login(email(who), kPassword)
                                                      : m_sessions.value(who);
        QVERIFY2(!credential.isEmpty(), "no session for the principal");
        break;
    }

    const bool teamLevel = route.pattern.contains(u"{team}"_s);
    QString target = substitute(route.pattern, world, teamLevel, caseNumber, ticket);
    if (!route.query.isEmpty())
        target += u'?' + substitute(route.query, world, teamLevel, caseNumber, ticket);
    std::optional<QJsonValue> body;
    if (!route.body.isEmpty()) {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(
            substitute(route.body, world, teamLevel, caseNumber, ticket).toUtf8(), &parseError);
        QVERIFY2(parseError.error == QJsonParseError::NoError,
                 qPrintable(u"matrix body of %1 %2: %3"_s.arg(route.method, route.pattern,
                                                              parseError.errorString())));
        body = document.object();
    } else if (route.method != u"GET"_s && route.method != u"DELETE"_s) {
        body = QJsonObject{};
    }

    HttpClient http(m_server.baseUrl());
    if (!credential.isEmpty())
        http.setCredential(credential,
                           basic ? HttpClient::Scheme::Basic : HttpClient::Scheme::Bearer);
    const auto reply = http.request(route.method.toLatin1(), target, body);

    const int wanted = expected == Allow ? route.success : expected;
    const QString message =
        u"%1 %2 as %3 (%8): expected %4 (%5), got %6; detail: %7"_s
            .arg(route.method, target, principalName(who))
            .arg(wanted)
            .arg(statusText(expected))
            .arg(reply.status)
            .arg(reply.detail().isEmpty() ? QString::fromUtf8(reply.body.left(200))
                                          : reply.detail())
            .arg(credential.isEmpty() ? u"no credentials"_s
                 : basic              ? u"Basic"_s
                                      : u"Bearer"_s);
    QVERIFY2(reply.status == wanted, qPrintable(message));
    if (wanted == 401)
        QVERIFY2(!reply.header("WWW-Authenticate").isEmpty(),
                 qPrintable(u"401 without WWW-Authenticate: "_s + message));
}

QTEST_GUILESS_MAIN(TestAuthorizationMatrix)
#include "tst_authorizationmatrix.moc"
