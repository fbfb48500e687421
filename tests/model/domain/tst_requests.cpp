// SPDX-License-Identifier: GPL-3.0-or-later
#include "cavedata.h"
#include "domain/requests.h"

#include <QJsonArray>
#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;
using namespace keyward;
using namespace keyward::test;

namespace {

// Parses, writes, checks the written body has the document's fields, parses
// the written body again and checks it writes the same JSON (request types
// have no operator==; their JSON is their identity).
template <typename Parse>
void checkRequestRoundTrip(const QJsonObject &doc, Parse parse, const QJsonObject &expected = {})
{
    const auto first = parse(doc);
    QVERIFY2(first, qPrintable(errorText(first)));
    const QJsonObject written = toJson(*first);
    QString where;
    QVERIFY2(sameDocFields(expected.isEmpty() ? doc : expected, written, &where),
             qPrintable(where));
    const auto second = parse(written);
    QVERIFY2(second, qPrintable(errorText(second)));
    QCOMPARE(toJson(*second), written);
}

using Parser = std::function<std::optional<WireError>(const QJsonObject &)>;

template <typename F> Parser parser(F f)
{
    return [f](const QJsonObject &json) -> std::optional<WireError> {
        const auto result = f(json);
        if (result)
            return std::nullopt;
        return result.error();
    };
}

Parser parserNamed(const QString &name)
{
    if (name == u"login")
        return parser(loginRequestFromJson);
    if (name == u"email")
        return parser(emailRequestFromJson);
    if (name == u"confirm")
        return parser(confirmRequestFromJson);
    if (name == u"reset")
        return parser(resetPasswordRequestFromJson);
    if (name == u"updateUser")
        return parser(updateUserRequestFromJson);
    if (name == u"createOrg")
        return parser(createOrganizationRequestFromJson);
    if (name == u"updateOrg")
        return parser(updateOrganizationRequestFromJson);
    if (name == u"createTeam")
        return parser(createTeamRequestFromJson);
    if (name == u"addMember")
        return parser(addMemberRequestFromJson);
    if (name == u"changeRole")
        return parser(changeRoleRequestFromJson);
    if (name == u"createToken")
        return parser(createTokenRequestFromJson);
    if (name == u"rotate")
        return parser(rotateTokenRequestFromJson);
    if (name == u"publish")
        return parser(publishRequestFromJson);
    return {};
}

QJsonArray manyPoints(qsizetype count)
{
    QJsonArray points;
    for (qsizetype i = 0; i < count; ++i)
        points.append(QJsonObject{{u"metric"_s, u"m"_s}, {u"timestamp"_s, 1}, {u"value"_s, 1}});
    return points;
}

} // namespace

class TestRequests : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void caveRequestBodies_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("parser");
        // Each from the "Example Request" of the named document.
        QTest::newRow("docs/users/login.md") << u"login-request.json"_s << u"login"_s;
        QTest::newRow("docs/users/confirm.md") << u"confirm-request.json"_s << u"confirm"_s;
        QTest::newRow("docs/users/reset-password.md")
            << u"reset-password-request.json"_s << u"reset"_s;
        QTest::newRow("docs/organizations/create-org.md")
            << u"create-org-request.json"_s << u"createOrg"_s;
        QTest::newRow("docs/organizations/update-org.md")
            << u"update-org-request.json"_s << u"updateOrg"_s;
        QTest::newRow("docs/organizations/add-org-user.md")
            << u"add-org-user-request.json"_s << u"addMember"_s;
        QTest::newRow("docs/teams/create-team.md")
            << u"create-team-request.json"_s << u"createTeam"_s;
        QTest::newRow("docs/tokens/create-org-token.md")
            << u"create-org-token-request.json"_s << u"createToken"_s;
    }

    void caveRequestBodies()
    {
        QFETCH(QString, file);
        QFETCH(QString, parser);
        const QJsonDocument doc = loadCave(file);
        QVERIFY(doc.isObject());
        const QJsonObject json = doc.object();
        if (parser == u"login")
            checkRequestRoundTrip(json, loginRequestFromJson);
        else if (parser == u"confirm")
            checkRequestRoundTrip(json, confirmRequestFromJson);
        else if (parser == u"reset")
            checkRequestRoundTrip(json, resetPasswordRequestFromJson);
        else if (parser == u"createOrg")
            checkRequestRoundTrip(json, createOrganizationRequestFromJson);
        else if (parser == u"updateOrg")
            checkRequestRoundTrip(json, updateOrganizationRequestFromJson);
        else if (parser == u"addMember")
            checkRequestRoundTrip(json, addMemberRequestFromJson);
        else if (parser == u"createTeam")
            checkRequestRoundTrip(json, createTeamRequestFromJson);
        else if (parser == u"createToken")
            checkRequestRoundTrip(json, createTokenRequestFromJson);
        else
            QFAIL("unknown parser");
    }

    void cavePublishOrgMetrics()
    {
        // docs/metrics/publish-org-metrics.md, example request body. The
        // example names points with "name"; we write "metric" (the field
        // table's name), so the expected body has that one key renamed.
        const QJsonDocument doc = loadCave(u"publish-org-metrics.json"_s);
        QVERIFY(doc.isObject());
        QJsonArray renamed;
        for (const QJsonValue &v : doc.object().value(u"metrics"_s).toArray()) {
            QJsonObject point = v.toObject();
            point.insert(u"metric"_s, point.take(u"name"_s));
            renamed.append(point);
        }
        checkRequestRoundTrip(doc.object(), publishRequestFromJson,
                              QJsonObject{{u"metrics"_s, renamed}});
        if (QTest::currentTestFailed())
            return;
        const auto request = publishRequestFromJson(doc.object());
        QCOMPARE(request->metrics.size(), 2);
        QCOMPARE(request->metrics.at(1).metric, u"http.cache.misses"_s);
        QCOMPARE(request->metrics.at(1).value, 12.0);
        QCOMPARE(request->metrics.at(1).tags.value(u"service"_s), u"svc-important"_s);
    }

    void resetAcceptsToken()
    {
        const auto request = resetPasswordRequestFromJson(
            QJsonObject{{u"password"_s, u"pw"_s}, {u"token"_s, u"abc"_s}});
        QVERIFY2(request, qPrintable(errorText(request)));
        QCOMPARE(request->confirmationToken, u"abc"_s);
    }

    void patchesWriteOnlyWhatChanges()
    {
        UpdateUserRequest user;
        user.lastName = u"Doe"_s;
        QCOMPARE(toJson(user), (QJsonObject{{u"last_name"_s, u"Doe"_s}}));
        UpdateOrganizationRequest org;
        org.notificationUrl = u"https://acme.inc/hook"_s;
        QCOMPARE(toJson(org), (QJsonObject{{u"notification_url"_s, u"https://acme.inc/hook"_s}}));
        const auto parsed = updateOrganizationRequestFromJson(toJson(org));
        QVERIFY(parsed);
        QCOMPARE(parsed->email, std::nullopt);
        QCOMPARE(parsed->notificationUrl, org.notificationUrl);
    }

    void createTokenDefaults()
    {
        const auto request =
            createTokenRequestFromJson(QJsonObject{{u"description"_s, u"November 2014"_s}});
        QVERIFY2(request, qPrintable(errorText(request)));
        QCOMPARE(request->scopes, QStringList{u"metrics:write"_s});
        QCOMPARE(request->expires, std::nullopt);
        QVERIFY(request->labels.isEmpty());
        QVERIFY(request->attributes.isEmpty());
    }

    void createTokenExtensions()
    {
        const QJsonObject json{
            {u"description"_s, u"deploy"_s},
            {u"expires"_s, u"2030-01-01T00:00:00.000Z"_s},
            {u"scopes"_s, QJsonArray{u"metrics:write:billing.*"_s, u"metrics:read:billing"_s}},
            {u"labels"_s, QJsonObject{{u"env"_s, u"prod"_s}, {u"host.name"_s, u"web 1"_s}}},
            {u"attributes"_s, QJsonObject{{u"max_past"_s, 3600},
                                          {u"max_future"_s, 60},
                                          {u"drop_out_of_window"_s, false}}},
        };
        checkRequestRoundTrip(json, createTokenRequestFromJson);
        if (QTest::currentTestFailed())
            return;
        const auto request = createTokenRequestFromJson(json);
        QCOMPARE(request->expires,
                 std::optional<QDateTime>(QDateTime(QDate(2030, 1, 1), QTime(0, 0), Qt::UTC)));
        QCOMPARE(request->scopes.size(), 2);
        QCOMPARE(request->labels.value(u"host.name"_s), u"web 1"_s);
        QCOMPARE(toJson(*request), json);
    }

    void createTokenNullExpires()
    {
        const auto request = createTokenRequestFromJson(
            QJsonObject{{u"description"_s, u"d"_s}, {u"expires"_s, QJsonValue()}});
        QVERIFY2(request, qPrintable(errorText(request)));
        QCOMPARE(request->expires, std::nullopt);
        QVERIFY(!toJson(*request).contains(u"expires"_s));
    }

    void scopes_data()
    {
        QTest::addColumn<QString>("scope");
        QTest::addColumn<bool>("valid");
        QTest::newRow("write") << u"metrics:write"_s << true;
        QTest::newRow("read") << u"metrics:read"_s << true;
        QTest::newRow("write pattern") << u"metrics:write:billing.*"_s << true;
        QTest::newRow("read exact") << u"metrics:read:http.cache-hits_2"_s << true;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("unknown kind") << u"metrics:delete"_s << false;
        QTest::newRow("upper case") << u"Metrics:write"_s << false;
        QTest::newRow("empty pattern") << u"metrics:write:"_s << false;
        QTest::newRow("star only") << u"metrics:write:*"_s << false;
        QTest::newRow("inner star") << u"metrics:write:a*b"_s << false;
        QTest::newRow("two stars") << u"metrics:write:a**"_s << false;
        QTest::newRow("space") << u"metrics:write:a b"_s << false;
        QTest::newRow("nested colon") << u"metrics:write:a:b"_s << false;
        QTest::newRow("prefix only") << u"metrics"_s << false;
        QTest::newRow("trailing space") << u"metrics:read "_s << false;
    }

    void scopes()
    {
        QFETCH(QString, scope);
        QFETCH(bool, valid);
        const QString problem = scopeProblem(scope);
        QCOMPARE(problem.isEmpty(), valid);
    }

    void publishLimits()
    {
        const auto atLimit = publishRequestFromJson(QJsonObject{{u"metrics"_s, manyPoints(10000)}});
        QVERIFY2(atLimit, qPrintable(errorText(atLimit)));
        QCOMPARE(atLimit->metrics.size(), 10000);
        const auto over = publishRequestFromJson(QJsonObject{{u"metrics"_s, manyPoints(10001)}});
        QVERIFY(!over);
        QCOMPARE(over.error().field, u"metrics"_s);
        QVERIFY(over.error().message.contains(u"10000"_s));
    }

    void rotateDefaults()
    {
        const auto request = rotateTokenRequestFromJson(QJsonObject());
        QVERIFY2(request, qPrintable(errorText(request)));
        QCOMPARE(request->graceSeconds, 0);
        const auto withGrace = rotateTokenRequestFromJson(toJson(RotateTokenRequest{86400}));
        QVERIFY(withGrace);
        QCOMPARE(withGrace->graceSeconds, 86400);
    }

    void badInput_data()
    {
        QTest::addColumn<QString>("parser");
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("message"); // a part of the expected message

        QTest::newRow("login no email")
            << u"login"_s << R"({"password":"x"})"_ba << u"email"_s << u"is required."_s;
        QTest::newRow("login bad email") << u"login"_s << R"({"email":"joe","password":"x"})"_ba
                                         << u"email"_s << u"email address"_s;
        QTest::newRow("login numeric password")
            << u"login"_s << R"({"email":"a@b","password":1234})"_ba << u"password"_s
            << u"must be a string, not a number."_s;
        QTest::newRow("login empty password") << u"login"_s << R"({"email":"a@b","password":""})"_ba
                                              << u"password"_s << u"must not be empty"_s;
        QTest::newRow("email missing") << u"email"_s << "{}"_ba << u"email"_s << u"required"_s;
        QTest::newRow("email array")
            << u"email"_s << R"({"email":["a@b"]})"_ba << u"email"_s << u"not an array"_s;
        QTest::newRow("email two ats")
            << u"email"_s << R"({"email":"a@b@c"})"_ba << u"email"_s << u"email address"_s;
        QTest::newRow("confirm no token")
            << u"confirm"_s << R"({"first_name":"J","last_name":"A","password":"p"})"_ba
            << u"confirmation_token"_s << u"required"_s;
        QTest::newRow("confirm blank first name")
            << u"confirm"_s
            << R"({"first_name":" ","last_name":"A","password":"p","confirmation_token":"t"})"_ba
            << u"first_name"_s << u"empty"_s;
        QTest::newRow("confirm numeric last name")
            << u"confirm"_s
            << R"({"first_name":"J","last_name":2,"password":"p","confirmation_token":"t"})"_ba
            << u"last_name"_s << u"string"_s;
        QTest::newRow("reset no password")
            << u"reset"_s << R"({"token":"t"})"_ba << u"password"_s << u"required"_s;
        QTest::newRow("reset no token")
            << u"reset"_s << R"({"password":"p"})"_ba << u"confirmation_token"_s << u"required"_s;
        QTest::newRow("reset numeric token")
            << u"reset"_s << R"({"password":"p","token":5})"_ba << u"token"_s << u"string"_s;
        QTest::newRow("update user nothing")
            << u"updateUser"_s << R"({"email":"a@b"})"_ba << QString()
            << u"nothing to change: give at least one of first_name, last_name."_s;
        QTest::newRow("update user numeric")
            << u"updateUser"_s << R"({"first_name":1})"_ba << u"first_name"_s << u"string"_s;
        QTest::newRow("update user empty")
            << u"updateUser"_s << R"({"last_name":""})"_ba << u"last_name"_s << u"empty"_s;
        QTest::newRow("create org bad name")
            << u"createOrg"_s
            << R"({"name":"acme inc","email":"a@b","notification_url":"https://x.y/"})"_ba
            << u"name"_s << u"not allowed"_s;
        QTest::newRow("create org dash name")
            << u"createOrg"_s
            << R"({"name":"-acme","email":"a@b","notification_url":"https://x.y/"})"_ba << u"name"_s
            << u"start"_s;
        QTest::newRow("create org no email")
            << u"createOrg"_s << R"({"name":"acme","notification_url":"https://x.y/"})"_ba
            << u"email"_s << u"required"_s;
        QTest::newRow("create org bad email")
            << u"createOrg"_s
            << R"({"name":"acme","email":"acme","notification_url":"https://x.y/"})"_ba
            << u"email"_s << u"email address"_s;
        QTest::newRow("create org no url")
            << u"createOrg"_s << R"({"name":"acme","email":"a@b"})"_ba << u"notification_url"_s
            << u"required"_s;
        QTest::newRow("create org bad url")
            << u"createOrg"_s << R"({"name":"acme","email":"a@b","notification_url":"ftp://x"})"_ba
            << u"notification_url"_s << u"http"_s;
        QTest::newRow("create org numeric name")
            << u"createOrg"_s << R"({"name":7,"email":"a@b","notification_url":"https://x"})"_ba
            << u"name"_s << u"string"_s;
        QTest::newRow("update org nothing")
            << u"updateOrg"_s << R"({"name":"renamed"})"_ba << QString()
            << u"nothing to change: give at least one of email, notification_url."_s;
        QTest::newRow("update org bad email")
            << u"updateOrg"_s << R"({"email":"nope"})"_ba << u"email"_s << u"email address"_s;
        QTest::newRow("update org bad url")
            << u"updateOrg"_s << R"({"notification_url":"not a url"})"_ba << u"notification_url"_s
            << u"URL"_s;
        QTest::newRow("create team missing")
            << u"createTeam"_s << "{}"_ba << u"name"_s << u"required"_s;
        QTest::newRow("create team too long")
            << u"createTeam"_s << ("{\"name\":\""_ba + QByteArray(65, 'x') + "\"}") << u"name"_s
            << u"64"_s;
        QTest::newRow("add member team role")
            << u"addMember"_s << R"({"email":"a@b","role":"team"})"_ba << u"role"_s
            << u"admin, member or viewer"_s;
        QTest::newRow("add member unknown role")
            << u"addMember"_s << R"({"email":"a@b","role":"owner"})"_ba << u"role"_s
            << u"admin, member or viewer"_s;
        QTest::newRow("add member no role")
            << u"addMember"_s << R"({"email":"a@b"})"_ba << u"role"_s << u"required"_s;
        QTest::newRow("add member bad email")
            << u"addMember"_s << R"({"email":"a b@c","role":"admin"})"_ba << u"email"_s
            << u"email address"_s;
        QTest::newRow("change role nothing")
            << u"changeRole"_s << R"({"email":"a@b"})"_ba << QString() << u"nothing to change"_s;
        QTest::newRow("change role upper") << u"changeRole"_s << R"({"role":"ADMIN"})"_ba
                                           << u"role"_s << u"admin, member or viewer"_s;
        QTest::newRow("change role null")
            << u"changeRole"_s << R"({"role":null})"_ba << u"role"_s << u"not null"_s;
        QTest::newRow("token no description")
            << u"createToken"_s << "{}"_ba << u"description"_s << u"required"_s;
        QTest::newRow("token empty description")
            << u"createToken"_s << R"({"description":""})"_ba << u"description"_s << u"empty"_s;
        QTest::newRow("token long description")
            << u"createToken"_s << ("{\"description\":\""_ba + QByteArray(201, 'd') + "\"}")
            << u"description"_s << u"200"_s;
        QTest::newRow("token control description")
            << u"createToken"_s << R"({"description":"a\nb"})"_ba << u"description"_s
            << u"control"_s;
        QTest::newRow("token bad expires")
            << u"createToken"_s << R"({"description":"d","expires":"2030-01-01"})"_ba
            << u"expires"_s << u"ISO 8601"_s;
        QTest::newRow("token numeric expires")
            << u"createToken"_s << R"({"description":"d","expires":1893456000})"_ba << u"expires"_s
            << u"not a number"_s;
        QTest::newRow("token string scopes")
            << u"createToken"_s << R"({"description":"d","scopes":"metrics:write"})"_ba
            << u"scopes"_s << u"array"_s;
        QTest::newRow("token empty scopes")
            << u"createToken"_s << R"({"description":"d","scopes":[]})"_ba << u"scopes"_s
            << u"at least one"_s;
        QTest::newRow("token bad scope")
            << u"createToken"_s << R"({"description":"d","scopes":["metrics:write","admin"]})"_ba
            << u"scopes/1"_s << u"not a known scope"_s;
        QTest::newRow("token bad pattern")
            << u"createToken"_s << R"({"description":"d","scopes":["metrics:read:a*b"]})"_ba
            << u"scopes/0"_s << u"pattern"_s;
        QTest::newRow("token duplicate scope")
            << u"createToken"_s
            << R"({"description":"d","scopes":["metrics:read","metrics:read"]})"_ba << u"scopes/1"_s
            << u"repeats"_s;
        QTest::newRow("token labels array")
            << u"createToken"_s << R"({"description":"d","labels":["env"]})"_ba << u"labels"_s
            << u"object"_s;
        QTest::newRow("token label number")
            << u"createToken"_s << R"({"description":"d","labels":{"env":1}})"_ba << u"labels/env"_s
            << u"string"_s;
        QTest::newRow("token label bad key")
            << u"createToken"_s << R"({"description":"d","labels":{"my env":"x"}})"_ba
            << u"labels/my env"_s << u"label name"_s;
        QTest::newRow("token label empty value")
            << u"createToken"_s << R"({"description":"d","labels":{"env":""}})"_ba
            << u"labels/env"_s << u"1 to 128"_s;
        QTest::newRow("token label long value")
            << u"createToken"_s
            << ("{\"description\":\"d\",\"labels\":{\"env\":\""_ba + QByteArray(129, 'v') + "\"}}")
            << u"labels/env"_s << u"1 to 128"_s;
        QTest::newRow("token attributes array")
            << u"createToken"_s << R"({"description":"d","attributes":[]})"_ba << u"attributes"_s
            << u"object"_s;
        QTest::newRow("token unknown attribute")
            << u"createToken"_s << R"({"description":"d","attributes":{"max_pastt":5}})"_ba
            << u"attributes/max_pastt"_s << u"not a known attribute"_s;
        QTest::newRow("token negative max_past")
            << u"createToken"_s << R"({"description":"d","attributes":{"max_past":-1}})"_ba
            << u"attributes/max_past"_s << u"negative"_s;
        QTest::newRow("token fractional max_future")
            << u"createToken"_s << R"({"description":"d","attributes":{"max_future":1.5}})"_ba
            << u"attributes/max_future"_s << u"whole number"_s;
        QTest::newRow("token string max_future")
            << u"createToken"_s << R"({"description":"d","attributes":{"max_future":"60"}})"_ba
            << u"attributes/max_future"_s << u"integer"_s;
        QTest::newRow("token string drop")
            << u"createToken"_s
            << R"({"description":"d","attributes":{"drop_out_of_window":"yes"}})"_ba
            << u"attributes/drop_out_of_window"_s << u"true or false"_s;
        QTest::newRow("rotate negative")
            << u"rotate"_s << R"({"grace_seconds":-5})"_ba << u"grace_seconds"_s << u"negative"_s;
        QTest::newRow("rotate string")
            << u"rotate"_s << R"({"grace_seconds":"60"})"_ba << u"grace_seconds"_s << u"integer"_s;
        QTest::newRow("rotate fraction") << u"rotate"_s << R"({"grace_seconds":0.5})"_ba
                                         << u"grace_seconds"_s << u"whole number"_s;
        QTest::newRow("publish missing")
            << u"publish"_s << "{}"_ba << u"metrics"_s << u"is required."_s;
        QTest::newRow("publish object")
            << u"publish"_s << R"({"metrics":{}})"_ba << u"metrics"_s << u"array"_s;
        QTest::newRow("publish empty")
            << u"publish"_s << R"({"metrics":[]})"_ba << u"metrics"_s << u"at least one"_s;
        QTest::newRow("publish not object")
            << u"publish"_s << R"({"metrics":[5]})"_ba << u"metrics/0"_s << u"object"_s;
        QTest::newRow("publish bad value")
            << u"publish"_s << R"({"metrics":[{"metric":"a","timestamp":1,"value":1},
                              {"metric":"a","timestamp":1,"value":1},
                              {"metric":"a","timestamp":1,"value":1},
                              {"metric":"a","timestamp":1,"value":"1"}]})"_ba
            << u"metrics/3/value"_s << u"number"_s;
        QTest::newRow("publish bad timestamp")
            << u"publish"_s << R"({"metrics":[{"name":"a","timestamp":1.5,"value":1}]})"_ba
            << u"metrics/0/timestamp"_s << u"whole number"_s;
        QTest::newRow("publish missing name")
            << u"publish"_s << R"({"metrics":[{"timestamp":1,"value":1}]})"_ba
            << u"metrics/0/metric"_s << u"required"_s;
        QTest::newRow("publish bad name")
            << u"publish"_s << R"({"metrics":[{"name":"a b","timestamp":1,"value":1}]})"_ba
            << u"metrics/0/name"_s << u"ASCII"_s;
    }

    void badInput()
    {
        QFETCH(QString, parser);
        QFETCH(QByteArray, json);
        QFETCH(QString, field);
        QFETCH(QString, message);
        QJsonParseError parseError{};
        const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
        QVERIFY2(doc.isObject(), qPrintable(parseError.errorString()));
        const Parser parse = parserNamed(parser);
        QVERIFY(parse);
        const auto error = parse(doc.object());
        QVERIFY2(error.has_value(), "the parser accepted bad input");
        QCOMPARE(error->field, field);
        QVERIFY2(error->message.contains(message), qPrintable(error->message));
        // Every message is a sentence.
        QVERIFY2(error->message.endsWith(u'.'), qPrintable(error->message));
    }

    void unknownFieldsAreIgnored()
    {
        const auto request = addMemberRequestFromJson(
            QJsonObject{{u"email"_s, u"a@b"_s}, {u"role"_s, u"viewer"_s}, {u"org"_s, u"other"_s}});
        QVERIFY2(request, qPrintable(errorText(request)));
        QCOMPARE(request->role, Role::Viewer);
        const auto token = createTokenRequestFromJson(
            QJsonObject{{u"description"_s, u"d"_s}, {u"role"_s, u"admin"_s}});
        QVERIFY2(token, qPrintable(errorText(token)));
    }
};

QTEST_APPLESS_MAIN(TestRequests)
#include "tst_requests.moc"
