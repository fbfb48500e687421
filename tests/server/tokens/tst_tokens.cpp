// SPDX-License-Identifier: GPL-3.0-or-later
// Token CRUD at organization and team level, the 3-token limit, the JWT
// value's claims and signature, and GET /users/tokens.
#include "tokenworld.h"

#include "jwt/jwks.h"
#include "jwt/jws.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTest>

using namespace Qt::StringLiterals;
using keyward::test::HttpClient;
using keyward::test::TokenWorld;

class TestTokens final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void organizationTokenCrud();
    void teamTokenCrudByTeamAdminAndOrgAdmin();
    void limitOfThreeTokens();
    void lastTokenCannotBeDeleted();
    void concurrentCreatesAtTwoTokens();
    void unknownTokenIdsAre404();
    void rolesAndCredentials();
    void invalidBodiesAre400();
    void jwtClaimsVerifyAgainstJwks();
    void jwtClaimsOfTeamTokenWithExpiry();
    void userTokensForExpiryReview();
    void userTokensPaging();

private:
    struct Org
    {
        QString admin;
        QString adminEmail;
        QString name;
    };
    Org newOrganization(const QString &stem);

    TokenWorld m_world;
};

void TestTokens::initTestCase()
{
    QVERIFY2(m_world.start(), qPrintable(m_world.lastError()));
}

TestTokens::Org TestTokens::newOrganization(const QString &stem)
{
    Org org;
    org.admin = m_world.newUser(stem + u"-admin"_s, &org.adminEmail);
    org.name = m_world.unique(stem);
    if (org.admin.isEmpty() || !m_world.createOrganization(org.admin, org.name))
        org.name.clear();
    return org;
}

void TestTokens::organizationTokenCrud()
{
    const Org org = newOrganization(u"crud"_s);
    QVERIFY2(!org.name.isEmpty(), qPrintable(m_world.lastError()));
    auto http = m_world.client(org.admin);
    const QString base = u"/organizations/%1/tokens"_s.arg(org.name);

    auto list = http->get(base);
    QCOMPARE(list.status, 200);
    QCOMPARE(list.array().size(), 1); // the organization's default token
    QVERIFY(!list.array().at(0).toObject().value(u"value"_s).toString().isEmpty());

    auto created =
        http->post(base, QJsonObject{{u"description"_s, u"billing"_s}, {u"role"_s, u"ignored"_s}});
    QCOMPARE(created.status, 201);
    const QJsonObject token = created.object();
    const QString id = token.value(u"id"_s).toString();
    QVERIFY(!id.isEmpty()); // ids are strings
    QCOMPARE(token.value(u"description"_s).toString(), u"billing"_s);
    QVERIFY(!token.value(u"value"_s).toString().isEmpty());
    QVERIFY(!token.value(u"created"_s).toString().isEmpty());
    QCOMPARE(token.value(u"scopes"_s).toArray(), QJsonArray{u"metrics:write"_s});
    QCOMPARE(token.value(u"format"_s).toString(), u"jwt"_s);
    QVERIFY(token.value(u"expires"_s).isNull());
    QCOMPARE(QString::fromUtf8(created.header("Location")),
             m_world.server().baseUrl() + base + u'/' + id);

    auto read = http->get(base + u'/' + id);
    QCOMPARE(read.status, 200);
    QCOMPARE(read.object().value(u"value"_s), token.value(u"value"_s));
    QCOMPARE(read.object().value(u"description"_s), token.value(u"description"_s));

    list = http->get(base);
    QCOMPARE(list.array().size(), 2);

    // Basic with the session as user name works as well as Bearer.
    auto basic = m_world.client(org.admin, HttpClient::Scheme::Basic);
    QCOMPARE(basic->get(base + u'/' + id).status, 200);

    QCOMPARE(http->del(base + u'/' + id).status, 204);
    QCOMPARE(http->get(base + u'/' + id).status, 404);
    QCOMPARE(http->del(base + u'/' + id).status, 404);
    QCOMPARE(http->get(base).array().size(), 1);

    // The deleted token's jti is in the revocation list.
    auto revocations = http->get(u"/revocations"_s);
    QCOMPARE(revocations.status, 200);
    bool listed = false;
    for (const QJsonValue &entry : revocations.array())
        listed = listed || entry.toObject().value(u"jti"_s).toString() == id;
    QVERIFY(listed);
}

void TestTokens::teamTokenCrudByTeamAdminAndOrgAdmin()
{
    const Org org = newOrganization(u"teamcrud"_s);
    QVERIFY2(!org.name.isEmpty(), qPrintable(m_world.lastError()));
    QVERIFY2(m_world.createTeam(org.admin, org.name, u"ops"_s), qPrintable(m_world.lastError()));
    QString teamAdminEmail;
    const QString teamAdmin = m_world.newUser(u"teamadmin"_s, &teamAdminEmail);
    QVERIFY2(m_world.addMember(org.admin, org.name, u"ops"_s, teamAdminEmail, u"admin"_s),
             qPrintable(m_world.lastError()));
    const QString base = u"/organizations/%1/teams/ops/tokens"_s.arg(org.name);

    auto asTeamAdmin = m_world.client(teamAdmin);
    auto created = asTeamAdmin->post(base, QJsonObject{{u"description"_s, u"ingest"_s}});
    QCOMPARE(created.status, 201);
    const QString id = created.object().value(u"id"_s).toString();
    QCOMPARE(QString::fromUtf8(created.header("Location")),
             m_world.server().baseUrl() + base + u'/' + id);
    QCOMPARE(asTeamAdmin->get(base).array().size(), 2);
    QCOMPARE(asTeamAdmin->get(base + u'/' + id).status, 200);

    // The organization admin acts as team admin; team tokens are not org tokens.
    auto asOrgAdmin = m_world.client(org.admin);
    QCOMPARE(asOrgAdmin->get(base).array().size(), 2);
    QCOMPARE(asOrgAdmin->get(u"/organizations/%1/tokens/%2"_s.arg(org.name, id)).status, 404);
    QCOMPARE(asOrgAdmin->del(base + u'/' + id).status, 204);
    QCOMPARE(asTeamAdmin->get(base).array().size(), 1);

    // A team admin is not an organization admin.
    QCOMPARE(asTeamAdmin->get(u"/organizations/%1/tokens"_s.arg(org.name)).status, 403);
    // Unknown team → 404.
    QCOMPARE(asOrgAdmin->get(u"/organizations/%1/teams/nope/tokens"_s.arg(org.name)).status, 404);
}

void TestTokens::limitOfThreeTokens()
{
    const Org org = newOrganization(u"limit"_s);
    QVERIFY2(!org.name.isEmpty(), qPrintable(m_world.lastError()));
    auto http = m_world.client(org.admin);
    const QString base = u"/organizations/%1/tokens"_s.arg(org.name);
    QCOMPARE(http->post(base, QJsonObject{{u"description"_s, u"two"_s}}).status, 201);
    QCOMPARE(http->post(base, QJsonObject{{u"description"_s, u"three"_s}}).status, 201);
    const auto fourth = http->post(base, QJsonObject{{u"description"_s, u"four"_s}});
    QCOMPARE(fourth.status, 400);
    QVERIFY(fourth.header("Content-Type").startsWith("application/problem+json"));
    QVERIFY2(fourth.detail().contains(u"3"_s), qPrintable(fourth.detail()));
    QCOMPARE(http->get(base).array().size(), 3);

    // Same at team level.
    QVERIFY(m_world.createTeam(org.admin, org.name, u"t"_s));
    const QString team = u"/organizations/%1/teams/t/tokens"_s.arg(org.name);
    QCOMPARE(http->post(team, QJsonObject{{u"description"_s, u"two"_s}}).status, 201);
    QCOMPARE(http->post(team, QJsonObject{{u"description"_s, u"three"_s}}).status, 201);
    QCOMPARE(http->post(team, QJsonObject{{u"description"_s, u"four"_s}}).status, 400);
}

void TestTokens::lastTokenCannotBeDeleted()
{
    const Org org = newOrganization(u"last"_s);
    QVERIFY2(!org.name.isEmpty(), qPrintable(m_world.lastError()));
    auto http = m_world.client(org.admin);
    const QString base = u"/organizations/%1/tokens"_s.arg(org.name);
    const QString only = http->get(base).array().at(0).toObject().value(u"id"_s).toString();
    auto refused = http->del(base + u'/' + only);
    QCOMPARE(refused.status, 400);
    QVERIFY2(refused.detail().contains(u"successor"_s), qPrintable(refused.detail()));
    QCOMPARE(http->get(base + u'/' + only).status, 200);

    // With a successor the old one can go.
    QCOMPARE(http->post(base, QJsonObject{{u"description"_s, u"successor"_s}}).status, 201);
    QCOMPARE(http->del(base + u'/' + only).status, 204);

    QVERIFY(m_world.createTeam(org.admin, org.name, u"solo"_s));
    const QString team = u"/organizations/%1/teams/solo/tokens"_s.arg(org.name);
    const QString teamOnly = http->get(team).array().at(0).toObject().value(u"id"_s).toString();
    QCOMPARE(http->del(team + u'/' + teamOnly).status, 400);
}

void TestTokens::concurrentCreatesAtTwoTokens()
{
    const Org org = newOrganization(u"race"_s);
    QVERIFY2(!org.name.isEmpty(), qPrintable(m_world.lastError()));
    const QString base = u"/organizations/%1/tokens"_s.arg(org.name);
    QCOMPARE(
        m_world.client(org.admin)->post(base, QJsonObject{{u"description"_s, u"two"_s}}).status,
        201);

    // Two requests in flight at once, on two connections.
    QNetworkAccessManager first;
    QNetworkAccessManager second;
    QList<QNetworkReply *> replies;
    for (QNetworkAccessManager *network : {&first, &second}) {
        QNetworkRequest request(m_world.server().url(base));
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
        request.setRawHeader("Authorization"_ba, "Bearer "_ba + org.admin.toUtf8());
        replies.append(network->post(request, R"({"description":"racer"})"_ba));
    }
    QTRY_VERIFY_WITH_TIMEOUT(replies.at(0)->isFinished() && replies.at(1)->isFinished(), 20000);
    QList<int> statuses;
    for (QNetworkReply *reply : std::as_const(replies)) {
        statuses.append(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt());
        reply->deleteLater();
    }
    std::sort(statuses.begin(), statuses.end());
    QCOMPARE(statuses, (QList<int>{201, 400}));
    QCOMPARE(m_world.client(org.admin)->get(base).array().size(), 3);
}

void TestTokens::unknownTokenIdsAre404()
{
    const Org org = newOrganization(u"unknown"_s);
    QVERIFY2(!org.name.isEmpty(), qPrintable(m_world.lastError()));
    auto http = m_world.client(org.admin);
    const QString base = u"/organizations/%1/tokens"_s.arg(org.name);
    QCOMPARE(http->get(base + u"/999999"_s).status, 404);
    QCOMPARE(http->get(base + u"/not-a-number"_s).status, 404);
    QCOMPARE(http->del(base + u"/abc"_s).status, 404);
    QCOMPARE(http->post(base + u"/abc/rotate"_s, QJsonObject{}).status, 404);
    QCOMPARE(http->get(u"/organizations/no-such-org/tokens"_s).status, 404);
    QCOMPARE(
        http->post(u"/organizations/no-such-org/tokens"_s, QJsonObject{{u"description"_s, u"x"_s}})
            .status,
        404);
}

void TestTokens::rolesAndCredentials()
{
    const Org org = newOrganization(u"roles"_s);
    QVERIFY2(!org.name.isEmpty(), qPrintable(m_world.lastError()));
    QString memberEmail;
    const QString member = m_world.newUser(u"member"_s, &memberEmail);
    QVERIFY2(m_world.addMember(org.admin, org.name, {}, memberEmail, u"member"_s),
             qPrintable(m_world.lastError()));
    const QString outsider = m_world.newUser(u"outsider"_s);
    const QString base = u"/organizations/%1/tokens"_s.arg(org.name);
    const QString id =
        m_world.client(org.admin)->get(base).array().at(0).toObject().value(u"id"_s).toString();

    for (const QString &session : {member, outsider}) {
        auto http = m_world.client(session);
        QCOMPARE(http->get(base).status, 403);
        QCOMPARE(http->post(base, QJsonObject{{u"description"_s, u"x"_s}}).status, 403);
        QCOMPARE(http->get(base + u'/' + id).status, 403);
        QCOMPARE(http->del(base + u'/' + id).status, 403);
        QCOMPARE(http->post(base + u'/' + id + u"/rotate"_s, QJsonObject{}).status, 403);
    }
    auto anonymous = m_world.client({});
    const auto noCredentials = anonymous->get(base);
    QCOMPARE(noCredentials.status, 401);
    QVERIFY(!noCredentials.header("WWW-Authenticate").isEmpty());
    QCOMPARE(m_world.client(u"not-a-session"_s)->get(base).status, 401);

    // A publishing token never works on management endpoints.
    const QString value =
        m_world.client(org.admin)->get(base + u'/' + id).object().value(u"value"_s).toString();
    QCOMPARE(m_world.client(value)->get(base).status, 401);
    QCOMPARE(m_world.client(value)->get(u"/organizations/%1"_s.arg(org.name)).status, 401);
    QCOMPARE(m_world.client(value, HttpClient::Scheme::Basic)->get(u"/users/tokens"_s).status, 401);
}

void TestTokens::invalidBodiesAre400()
{
    const Org org = newOrganization(u"invalid"_s);
    QVERIFY2(!org.name.isEmpty(), qPrintable(m_world.lastError()));
    auto http = m_world.client(org.admin);
    const QString base = u"/organizations/%1/tokens"_s.arg(org.name);
    QCOMPARE(http->post(base, QJsonObject{}).status, 400);
    QCOMPARE(http->post(base, QJsonObject{{u"description"_s, 5}}).status, 400);
    QCOMPARE(http->post(base, QJsonObject{{u"description"_s, u"x"_s},
                                          {u"scopes"_s, QJsonArray{u"admin"_s}}})
                 .status,
             400);
    QCOMPARE(http->post(base, QJsonObject{{u"description"_s, u"x"_s},
                                          {u"expires"_s, u"2001-01-01T00:00:00Z"_s}})
                 .status,
             400);
    QCOMPARE(http->post(base, QJsonObject{{u"description"_s, u"x"_s},
                                          {u"attributes"_s, QJsonObject{{u"max_pats"_s, 3}}}})
                 .status,
             400);
    QCOMPARE(http->requestRaw("POST", base, "{not json").status, 400);
    QCOMPARE(http->get(base).array().size(), 1);
}

void TestTokens::jwtClaimsVerifyAgainstJwks()
{
    const Org org = newOrganization(u"claims"_s);
    QVERIFY2(!org.name.isEmpty(), qPrintable(m_world.lastError()));
    const QJsonObject token = m_world.createToken(
        org.admin, u"/organizations/%1/tokens"_s.arg(org.name),
        QJsonObject{{u"description"_s, u"claims"_s},
                    {u"scopes"_s, QJsonArray{u"metrics:write"_s, u"metrics:read:billing.*"_s}},
                    {u"labels"_s, QJsonObject{{u"env"_s, u"prod"_s}}},
                    {u"attributes"_s, QJsonObject{{u"max_past"_s, 60}}}});
    QVERIFY2(!token.isEmpty(), qPrintable(m_world.lastError()));
    const auto jws = keyward::jwt::parseCompact(token.value(u"value"_s).toString().toLatin1());
    QVERIFY(jws);
    const QJsonObject &claims = jws->claims;
    QCOMPARE(claims.value(u"iss"_s).toString(), m_world.server().baseUrl());
    QVERIFY(!claims.value(u"aud"_s).toString().isEmpty());
    QVERIFY(claims.value(u"iat"_s).isDouble());
    QVERIFY(claims.value(u"nbf"_s).isDouble());
    QVERIFY(!claims.contains(u"exp"_s)); // never expires
    QCOMPARE(claims.value(u"jti"_s).toString(), token.value(u"id"_s).toString());
    QCOMPARE(claims.value(u"org"_s).toString(), org.name);
    QVERIFY(!claims.contains(u"team"_s));
    QCOMPARE(claims.value(u"scope"_s).toString(), u"metrics:write metrics:read:billing.*"_s);
    QCOMPARE(claims.value(u"labels"_s).toObject(), (QJsonObject{{u"env"_s, u"prod"_s}}));
    QCOMPARE(claims.value(u"attrs"_s).toObject(), (QJsonObject{{u"max_past"_s, 60}}));
    QVERIFY(!jws->header.value(u"kid"_s).toString().isEmpty());

    const auto reply = m_world.client({})->get(u"/.well-known/jwks.json"_s);
    QCOMPARE(reply.status, 200);
    const auto keys = keyward::jwt::Jwks::fromJson(reply.object());
    QVERIFY(keys);
    const auto verified = keyward::jwt::verifySignature(*jws, *keys);
    QVERIFY(verified);
    QVERIFY(*verified);

    // A tampered payload no longer verifies.
    QByteArray tampered = token.value(u"value"_s).toString().toLatin1();
    const qsizetype dot = tampered.indexOf('.');
    tampered[dot + 3] = tampered[dot + 3] == 'A' ? 'B' : 'A';
    const auto forged = keyward::jwt::parseCompact(tampered);
    if (forged) {
        const auto result = keyward::jwt::verifySignature(*forged, *keys);
        QVERIFY(!result || !*result);
    }
}

void TestTokens::jwtClaimsOfTeamTokenWithExpiry()
{
    const Org org = newOrganization(u"teamclaims"_s);
    QVERIFY2(!org.name.isEmpty(), qPrintable(m_world.lastError()));
    QVERIFY(m_world.createTeam(org.admin, org.name, u"ops"_s));
    const QDateTime expires = QDateTime::currentDateTimeUtc().addDays(30);
    const QJsonObject token =
        m_world.createToken(org.admin, u"/organizations/%1/teams/ops/tokens"_s.arg(org.name),
                            QJsonObject{{u"description"_s, u"expiring"_s},
                                        {u"expires"_s, expires.toString(Qt::ISODate)}});
    QVERIFY2(!token.isEmpty(), qPrintable(m_world.lastError()));
    QVERIFY(!token.value(u"expires"_s).toString().isEmpty());
    const auto jws = keyward::jwt::parseCompact(token.value(u"value"_s).toString().toLatin1());
    QVERIFY(jws);
    QCOMPARE(jws->claims.value(u"team"_s).toString(), u"ops"_s);
    QCOMPARE(jws->claims.value(u"org"_s).toString(), org.name);
    QCOMPARE(qint64(jws->claims.value(u"exp"_s).toDouble()), expires.toSecsSinceEpoch());
}

void TestTokens::userTokensForExpiryReview()
{
    const Org org = newOrganization(u"review"_s);
    QVERIFY2(!org.name.isEmpty(), qPrintable(m_world.lastError()));
    QVERIFY(m_world.createTeam(org.admin, org.name, u"ops"_s));
    QVERIFY(m_world.createTeam(org.admin, org.name, u"dev"_s));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString orgTokens = u"/organizations/%1/tokens"_s.arg(org.name);
    const QString opsTokens = u"/organizations/%1/teams/ops/tokens"_s.arg(org.name);
    const QJsonObject soon = m_world.createToken(
        org.admin, opsTokens,
        {{u"description"_s, u"soon"_s}, {u"expires"_s, now.addDays(2).toString(Qt::ISODate)}});
    const QJsonObject later = m_world.createToken(
        org.admin, orgTokens,
        {{u"description"_s, u"later"_s}, {u"expires"_s, now.addDays(20).toString(Qt::ISODate)}});
    QVERIFY(!soon.isEmpty() && !later.isEmpty());

    // Organization admin: org default + 3 created/defaults across teams.
    auto asAdmin = m_world.client(org.admin);
    auto all = asAdmin->get(u"/users/tokens"_s);
    QCOMPARE(all.status, 200);
    QJsonArray items = all.array();
    QCOMPARE(items.size(), 5); // org default, later, ops default, soon, dev default
    QCOMPARE(items.at(0).toObject().value(u"id"_s), soon.value(u"id"_s));
    QCOMPARE(items.at(0).toObject().value(u"team"_s).toString(), u"ops"_s);
    QCOMPARE(items.at(0).toObject().value(u"org"_s).toString(), org.name);
    QCOMPARE(items.at(1).toObject().value(u"id"_s), later.value(u"id"_s));
    QVERIFY(items.at(1).toObject().value(u"team"_s).toString().isEmpty());
    for (const QJsonValue &item : items)
        QVERIFY(!item.toObject().contains(u"value"_s));
    // Never-expiring last, by id.
    QVERIFY(items.at(2).toObject().value(u"expires"_s).isNull());
    QVERIFY(items.at(2).toObject().value(u"id"_s).toString().toLongLong() <
            items.at(3).toObject().value(u"id"_s).toString().toLongLong());

    auto before = asAdmin->get(
        u"/users/tokens?expires_before=%1"_s.arg(now.addDays(10).toString(Qt::ISODate)));
    QCOMPARE(before.status, 200);
    QCOMPARE(before.array().size(), 1);
    QCOMPARE(before.array().at(0).toObject().value(u"id"_s), soon.value(u"id"_s));
    QCOMPARE(asAdmin->get(u"/users/tokens?expires_before=yesterday"_s).status, 400);

    // A team admin sees only the team's tokens; a stranger none.
    QString teamAdminEmail;
    const QString teamAdmin = m_world.newUser(u"review-ops"_s, &teamAdminEmail);
    QVERIFY(m_world.addMember(org.admin, org.name, u"ops"_s, teamAdminEmail, u"admin"_s));
    const auto opsOnly = m_world.client(teamAdmin)->get(u"/users/tokens"_s);
    QCOMPARE(opsOnly.array().size(), 2);
    for (const QJsonValue &item : opsOnly.array())
        QCOMPARE(item.toObject().value(u"team"_s).toString(), u"ops"_s);
    QCOMPARE(m_world.client(m_world.newUser(u"stranger"_s))->get(u"/users/tokens"_s).array().size(),
             0);
    QCOMPARE(m_world.client({})->get(u"/users/tokens"_s).status, 401);
}

void TestTokens::userTokensPaging()
{
    const Org org = newOrganization(u"paging"_s);
    QVERIFY2(!org.name.isEmpty(), qPrintable(m_world.lastError()));
    QVERIFY(m_world.createTeam(org.admin, org.name, u"a"_s));
    auto http = m_world.client(org.admin);
    const auto whole = http->get(u"/users/tokens"_s).array();
    QCOMPARE(whole.size(), 2);
    auto page = http->get(u"/users/tokens?limit=1&offset=1"_s);
    QCOMPARE(page.status, 200);
    QCOMPARE(page.header("X-Total-Count"), "2"_ba);
    QCOMPARE(page.array().size(), 1);
    QCOMPARE(page.array().at(0), whole.at(1));
    QCOMPARE(http->get(u"/users/tokens?limit=-1"_s).status, 400);
}

QTEST_GUILESS_MAIN(TestTokens)
#include "tst_tokens.moc"
