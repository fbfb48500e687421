// SPDX-License-Identifier: GPL-3.0-or-later
#include "requests.h"

#include "isotime.h"
#include "names.h"
#include "wirereader.h"

#include <QJsonArray>
#include <QSet>
#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace keyward {

namespace {

constexpr qsizetype MaxPublishPoints = 10000;

QString nothingToChange(QStringView fields)
{
    return u"nothing to change: give at least one of %1."_s.arg(fields);
}

QJsonObject stringMapToJson(const QMap<QString, QString> &map)
{
    QJsonObject object;
    for (auto it = map.constBegin(); it != map.constEnd(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

bool hasControlCharacter(const QString &text)
{
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control)
            return true;
    }
    return false;
}

bool isLabelKeyChar(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') ||
           c == u'.' || c == u'_' || c == u'-';
}

QString readEmail(WireReader &r, const QString &key)
{
    QString email = r.requiredNonEmptyString(key);
    if (r.ok() && !isPlausibleEmail(email))
        r.fail(key, u"is not a valid email address."_s);
    return email;
}

std::optional<QString> readOptionalEmail(WireReader &r, const QString &key)
{
    auto email = r.optionalString(key);
    if (email && !isPlausibleEmail(*email)) {
        r.fail(key, u"is not a valid email address."_s);
        return std::nullopt;
    }
    return email;
}

QString notificationUrlProblem(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme();
    if (!url.isValid() || url.host().isEmpty() || (scheme != u"http" && scheme != u"https"))
        return u"must be an absolute http or https URL."_s;
    return {};
}

QString readName(WireReader &r, const QString &key)
{
    QString name = r.requiredString(key);
    if (r.ok()) {
        if (const QString problem = nameProblem(name); !problem.isEmpty())
            r.fail(key, problem);
    }
    return name;
}

} // namespace

// --- users --------------------------------------------------------------

QJsonObject toJson(const LoginRequest &request)
{
    return QJsonObject{{u"email"_s, request.email}, {u"password"_s, request.password}};
}

Expected<LoginRequest> loginRequestFromJson(const QJsonObject &json)
{
    WireReader r(json);
    LoginRequest request;
    request.email = readEmail(r, u"email"_s);
    // A password may be blank-looking; only its absence is a malformed request.
    request.password = r.requiredString(u"password"_s);
    if (r.ok() && request.password.isEmpty())
        r.fail(u"password"_s, u"must not be empty."_s);
    return r.result(std::move(request));
}

QJsonObject toJson(const EmailRequest &request)
{
    return QJsonObject{{u"email"_s, request.email}};
}

Expected<EmailRequest> emailRequestFromJson(const QJsonObject &json)
{
    WireReader r(json);
    EmailRequest request;
    request.email = readEmail(r, u"email"_s);
    return r.result(std::move(request));
}

QJsonObject toJson(const ConfirmRequest &request)
{
    return QJsonObject{
        {u"first_name"_s, request.firstName},
        {u"last_name"_s, request.lastName},
        {u"password"_s, request.password},
        {u"confirmation_token"_s, request.confirmationToken},
    };
}

Expected<ConfirmRequest> confirmRequestFromJson(const QJsonObject &json)
{
    WireReader r(json);
    ConfirmRequest request;
    request.firstName = r.requiredNonEmptyString(u"first_name"_s);
    request.lastName = r.requiredNonEmptyString(u"last_name"_s);
    request.password = r.requiredString(u"password"_s);
    if (r.ok() && request.password.isEmpty())
        r.fail(u"password"_s, u"must not be empty."_s);
    request.confirmationToken = r.requiredNonEmptyString(u"confirmation_token"_s);
    return r.result(std::move(request));
}

QJsonObject toJson(const ResetPasswordRequest &request)
{
    return QJsonObject{
        {u"password"_s, request.password},
        {u"confirmation_token"_s, request.confirmationToken},
    };
}

Expected<ResetPasswordRequest> resetPasswordRequestFromJson(const QJsonObject &json)
{
    WireReader r(json);
    ResetPasswordRequest request;
    request.password = r.requiredString(u"password"_s);
    if (r.ok() && request.password.isEmpty())
        r.fail(u"password"_s, u"must not be empty."_s);
    // CAVE's spec sends "token"; its documentation says "confirmation_token".
    const QString tokenKey =
        r.has(u"confirmation_token"_s) || !r.has(u"token"_s) ? u"confirmation_token"_s : u"token"_s;
    request.confirmationToken = r.requiredNonEmptyString(tokenKey);
    return r.result(std::move(request));
}

QJsonObject toJson(const UpdateUserRequest &request)
{
    QJsonObject json;
    if (request.firstName)
        json.insert(u"first_name"_s, *request.firstName);
    if (request.lastName)
        json.insert(u"last_name"_s, *request.lastName);
    return json;
}

Expected<UpdateUserRequest> updateUserRequestFromJson(const QJsonObject &json)
{
    WireReader r(json);
    UpdateUserRequest request;
    request.firstName = r.optionalNonEmptyString(u"first_name"_s);
    request.lastName = r.optionalNonEmptyString(u"last_name"_s);
    if (r.ok() && !request.firstName && !request.lastName)
        r.fail(QString(), nothingToChange(u"first_name, last_name"));
    return r.result(std::move(request));
}

// --- organizations, teams, members ----------------------------------------

QJsonObject toJson(const CreateOrganizationRequest &request)
{
    return QJsonObject{
        {u"name"_s, request.name},
        {u"email"_s, request.email},
        {u"notification_url"_s, request.notificationUrl},
    };
}

Expected<CreateOrganizationRequest> createOrganizationRequestFromJson(const QJsonObject &json)
{
    WireReader r(json);
    CreateOrganizationRequest request;
    request.name = readName(r, u"name"_s);
    request.email = readEmail(r, u"email"_s);
    request.notificationUrl = r.requiredString(u"notification_url"_s);
    if (r.ok()) {
        if (const QString problem = notificationUrlProblem(request.notificationUrl);
            !problem.isEmpty())
            r.fail(u"notification_url"_s, problem);
    }
    return r.result(std::move(request));
}

QJsonObject toJson(const UpdateOrganizationRequest &request)
{
    QJsonObject json;
    if (request.email)
        json.insert(u"email"_s, *request.email);
    if (request.notificationUrl)
        json.insert(u"notification_url"_s, *request.notificationUrl);
    return json;
}

Expected<UpdateOrganizationRequest> updateOrganizationRequestFromJson(const QJsonObject &json)
{
    WireReader r(json);
    UpdateOrganizationRequest request;
    request.email = readOptionalEmail(r, u"email"_s);
    request.notificationUrl = r.optionalString(u"notification_url"_s);
    if (request.notificationUrl) {
        if (const QString problem = notificationUrlProblem(*request.notificationUrl);
            !problem.isEmpty())
            r.fail(u"notification_url"_s, problem);
    }
    if (r.ok() && !request.email && !request.notificationUrl)
        r.fail(QString(), nothingToChange(u"email, notification_url"));
    return r.result(std::move(request));
}

QJsonObject toJson(const CreateTeamRequest &request)
{
    return QJsonObject{{u"name"_s, request.name}};
}

Expected<CreateTeamRequest> createTeamRequestFromJson(const QJsonObject &json)
{
    WireReader r(json);
    CreateTeamRequest request;
    request.name = readName(r, u"name"_s);
    return r.result(std::move(request));
}

QJsonObject toJson(const AddMemberRequest &request)
{
    return QJsonObject{{u"email"_s, request.email}, {u"role"_s, roleToString(request.role)}};
}

Expected<AddMemberRequest> addMemberRequestFromJson(const QJsonObject &json)
{
    WireReader r(json);
    AddMemberRequest request;
    request.email = readEmail(r, u"email"_s);
    if (const auto role = r.requiredRole(u"role"_s, true))
        request.role = *role;
    return r.result(std::move(request));
}

QJsonObject toJson(const ChangeRoleRequest &request)
{
    return QJsonObject{{u"role"_s, roleToString(request.role)}};
}

Expected<ChangeRoleRequest> changeRoleRequestFromJson(const QJsonObject &json)
{
    WireReader r(json);
    ChangeRoleRequest request;
    if (r.value(u"role"_s).isUndefined()) {
        r.fail(QString(), nothingToChange(u"role"));
        return r.error();
    }
    if (const auto role = r.requiredRole(u"role"_s, true))
        request.role = *role;
    return r.result(std::move(request));
}

// --- tokens -------------------------------------------------------------

QString scopeProblem(const QString &scope)
{
    static const QString explanation =
        u"A scope is \"metrics:write\" or \"metrics:read\", optionally followed by ':' and a "
        u"metric pattern of letters, digits, '.', '_' and '-' with an optional trailing '*'."_s;
    QString pattern;
    for (const QString &kind : {u"metrics:write"_s, u"metrics:read"_s}) {
        if (scope == kind)
            return {};
        if (scope.startsWith(kind + u':')) {
            pattern = scope.mid(kind.size() + 1);
            break;
        }
    }
    if (pattern.isEmpty())
        return u"\"%1\" is not a known scope. %2"_s.arg(scope, explanation);
    QStringView body(pattern);
    if (body.endsWith(u'*'))
        body.chop(1);
    if (body.isEmpty())
        return u"The pattern of scope \"%1\" must name at least one character before '*'. %2"_s.arg(
            scope, explanation);
    for (const QChar c : body) {
        if (!isLabelKeyChar(c))
            return u"The pattern of scope \"%1\" contains a character that is not allowed. %2"_s
                .arg(scope, explanation);
    }
    return {};
}

namespace {

QStringList readScopes(WireReader &r)
{
    const QString key = u"scopes"_s;
    const auto scopes = r.optionalStringList(key);
    if (!scopes)
        return {u"metrics:write"_s};
    if (scopes->isEmpty()) {
        r.fail(key, u"must contain at least one scope (leave it out for [\"metrics:write\"])."_s);
        return {};
    }
    QSet<QString> seen;
    for (qsizetype i = 0; i < scopes->size(); ++i) {
        const QString &scope = scopes->at(i);
        const QString element = key + u'/' + QString::number(i);
        if (const QString problem = scopeProblem(scope); !problem.isEmpty()) {
            r.fail(element, problem);
            return {};
        }
        if (seen.contains(scope)) {
            r.fail(element, u"repeats the scope \"%1\"."_s.arg(scope));
            return {};
        }
        seen.insert(scope);
    }
    return *scopes;
}

} // namespace

bool isValidLabelName(const QString &name)
{
    return !name.isEmpty() && name.size() <= MaxTokenLabelLength &&
           std::all_of(name.begin(), name.end(), isLabelKeyChar);
}

bool isValidLabelValue(const QString &value)
{
    return !value.isEmpty() && value.size() <= MaxTokenLabelLength && !hasControlCharacter(value);
}

namespace {

QMap<QString, QString> readLabels(WireReader &r)
{
    const QString key = u"labels"_s;
    QMap<QString, QString> labels = r.optionalStringMap(key);
    for (auto it = labels.constBegin(); r.ok() && it != labels.constEnd(); ++it) {
        const QString &name = it.key();
        if (!isValidLabelName(name)) {
            r.fail(key + u'/' + name,
                   u"is not a valid label name: use 1 to 128 ASCII letters, digits, '.', '_' "
                   u"or '-'."_s);
        } else if (!isValidLabelValue(it.value())) {
            r.fail(key + u'/' + name,
                   u"must be 1 to 128 characters long, without control characters."_s);
        }
    }
    return r.ok() ? labels : QMap<QString, QString>();
}

QJsonObject readAttributes(WireReader &r)
{
    const QString key = u"attributes"_s;
    const auto attributes = r.optionalObject(key);
    if (!attributes)
        return {};
    WireReader inner(*attributes, key);
    for (const QString &name : attributes->keys()) {
        if (name == u"max_past" || name == u"max_future") {
            const auto seconds = inner.optionalInteger(name);
            if (seconds && *seconds < 0)
                inner.fail(name, u"must not be negative."_s);
        } else if (name == u"drop_out_of_window") {
            inner.optionalBool(name);
        } else {
            inner.fail(name, u"is not a known attribute; known attributes are max_past, "
                             u"max_future and drop_out_of_window."_s);
        }
    }
    if (!inner.ok()) {
        r.failNested(QString(), inner.error());
        return {};
    }
    // Nulls mean "not set"; keep them out so the token carries only real restrictions.
    QJsonObject cleaned;
    for (auto it = attributes->constBegin(); it != attributes->constEnd(); ++it) {
        if (!it.value().isNull())
            cleaned.insert(it.key(), it.value());
    }
    return cleaned;
}

} // namespace

QJsonObject toJson(const CreateTokenRequest &request)
{
    QJsonObject json{{u"description"_s, request.description}};
    if (request.expires)
        json.insert(u"expires"_s, formatIsoTime(*request.expires));
    if (!request.scopes.isEmpty())
        json.insert(u"scopes"_s, QJsonArray::fromStringList(request.scopes));
    if (!request.labels.isEmpty())
        json.insert(u"labels"_s, stringMapToJson(request.labels));
    if (!request.attributes.isEmpty())
        json.insert(u"attributes"_s, request.attributes);
    return json;
}

Expected<CreateTokenRequest> createTokenRequestFromJson(const QJsonObject &json)
{
    WireReader r(json);
    CreateTokenRequest request;
    request.description = r.requiredNonEmptyString(u"description"_s);
    if (r.ok() && request.description.size() > MaxTokenDescriptionLength)
        r.fail(u"description"_s,
               u"must be at most %1 characters long."_s.arg(MaxTokenDescriptionLength));
    if (r.ok() && hasControlCharacter(request.description))
        r.fail(u"description"_s, u"must not contain control characters such as line breaks."_s);
    request.expires = r.optionalTime(u"expires"_s);
    request.scopes = readScopes(r);
    request.labels = readLabels(r);
    request.attributes = readAttributes(r);
    return r.result(std::move(request));
}

QJsonObject toJson(const RotateTokenRequest &request)
{
    return QJsonObject{{u"grace_seconds"_s, request.graceSeconds}};
}

Expected<RotateTokenRequest> rotateTokenRequestFromJson(const QJsonObject &json)
{
    WireReader r(json);
    RotateTokenRequest request;
    if (const auto grace = r.optionalInteger(u"grace_seconds"_s)) {
        if (*grace < 0)
            r.fail(u"grace_seconds"_s, u"must not be negative."_s);
        request.graceSeconds = *grace;
    }
    return r.result(std::move(request));
}

// --- metrics ------------------------------------------------------------

QJsonObject toJson(const PublishRequest &request)
{
    QJsonArray points;
    for (const MetricPoint &point : request.metrics)
        points.append(toJson(point));
    return QJsonObject{{u"metrics"_s, points}};
}

Expected<PublishRequest> publishRequestFromJson(const QJsonObject &json)
{
    WireReader r(json);
    PublishRequest request;
    const QString key = u"metrics"_s;
    const QJsonArray points = r.requiredArray(key);
    if (r.ok() && points.isEmpty())
        r.fail(key, u"must contain at least one data point."_s);
    if (r.ok() && points.size() > MaxPublishPoints)
        r.fail(key, u"may contain at most %1 data points per request; this one has %2. Send "
                    u"them in several requests."_s.arg(MaxPublishPoints)
                        .arg(points.size()));
    request.metrics = r.objectList<MetricPoint>(
        key, points, [](const QJsonObject &o) { return metricPointFromJson(o); });
    return r.result(std::move(request));
}

} // namespace keyward
