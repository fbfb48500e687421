// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Request bodies of the REST API (api.md). The app writes them with toJson();
// the server reads them with the *FromJson() parsers, which are strict about
// types (a wrong type or invalid value is an error naming the field) and
// ignore unknown fields, as api.md decides.

#include "expected.h"
#include "metricpoint.h"
#include "role.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace keyward {

struct LoginRequest
{
    QString email;
    QString password;
};
QJsonObject toJson(const LoginRequest &request);
Expected<LoginRequest> loginRequestFromJson(const QJsonObject &json);

/// POST /users/register and /users/forgot-password: {email}.
struct EmailRequest
{
    QString email;
};
QJsonObject toJson(const EmailRequest &request);
Expected<EmailRequest> emailRequestFromJson(const QJsonObject &json);

/// POST /users/confirm.
struct ConfirmRequest
{
    QString firstName;
    QString lastName;
    QString password;
    QString confirmationToken;
};
QJsonObject toJson(const ConfirmRequest &request);
Expected<ConfirmRequest> confirmRequestFromJson(const QJsonObject &json);

/// POST /users/reset-password: {password, confirmation_token} (also "token").
struct ResetPasswordRequest
{
    QString password;
    QString confirmationToken;
};
QJsonObject toJson(const ResetPasswordRequest &request);
Expected<ResetPasswordRequest> resetPasswordRequestFromJson(const QJsonObject &json);

/// PATCH /users/info: at least one field.
struct UpdateUserRequest
{
    std::optional<QString> firstName;
    std::optional<QString> lastName;
};
QJsonObject toJson(const UpdateUserRequest &request);
Expected<UpdateUserRequest> updateUserRequestFromJson(const QJsonObject &json);

/// POST /organizations: {name, email, notification_url}, all mandatory.
struct CreateOrganizationRequest
{
    QString name;
    QString email;
    QString notificationUrl;
};
QJsonObject toJson(const CreateOrganizationRequest &request);
Expected<CreateOrganizationRequest> createOrganizationRequestFromJson(const QJsonObject &json);

/// PATCH /organizations/{org}: at least one field.
struct UpdateOrganizationRequest
{
    std::optional<QString> email;
    std::optional<QString> notificationUrl;
};
QJsonObject toJson(const UpdateOrganizationRequest &request);
Expected<UpdateOrganizationRequest> updateOrganizationRequestFromJson(const QJsonObject &json);

/// POST /organizations/{org}/teams: {name}.
struct CreateTeamRequest
{
    QString name;
};
QJsonObject toJson(const CreateTeamRequest &request);
Expected<CreateTeamRequest> createTeamRequestFromJson(const QJsonObject &json);

/// POST …/users: {email, role}. Role must be admin, member or viewer.
struct AddMemberRequest
{
    QString email;
    Role role = Role::Member;
};
QJsonObject toJson(const AddMemberRequest &request);
Expected<AddMemberRequest> addMemberRequestFromJson(const QJsonObject &json);

/// PATCH …/users/{email}: {role}.
struct ChangeRoleRequest
{
    Role role = Role::Member;
};
QJsonObject toJson(const ChangeRoleRequest &request);
Expected<ChangeRoleRequest> changeRoleRequestFromJson(const QJsonObject &json);

/// POST …/tokens: {description, expires?, scopes?, labels?, attributes?}.
/// scopes defaults to ["metrics:write"]. Scopes must be "metrics:write" or
/// "metrics:read", optionally followed by ":<pattern>" (letters, digits, '.',
/// '_', '-', with an optional trailing '*'). Attributes known to the server:
/// max_past, max_future (non-negative integers, seconds), drop_out_of_window
/// (bool); other attribute keys are refused so that a typo never silently
/// weakens a restriction.
struct CreateTokenRequest
{
    QString description;
    std::optional<QDateTime> expires;
    QStringList scopes;
    QMap<QString, QString> labels;
    QJsonObject attributes;
};
QJsonObject toJson(const CreateTokenRequest &request);
Expected<CreateTokenRequest> createTokenRequestFromJson(const QJsonObject &json);
/// The validity check shared by createTokenRequestFromJson and the server's
/// rotate path: empty when \p scope is well-formed.
QString scopeProblem(const QString &scope);
/// The longest token description the API takes (characters).
inline constexpr qsizetype MaxTokenDescriptionLength = 200;
/// The longest label name or value (characters).
inline constexpr qsizetype MaxTokenLabelLength = 128;
/// A label name: 1–128 ASCII letters, digits, '.', '_' or '-'. The rule the
/// server applies, exported so that forms check as you type.
bool isValidLabelName(const QString &name);
/// A label value: 1–128 characters without control characters.
bool isValidLabelValue(const QString &value);

/// POST …/tokens/{id}/rotate: {grace_seconds?} (non-negative integer, default 0).
struct RotateTokenRequest
{
    qint64 graceSeconds = 0;
};
QJsonObject toJson(const RotateTokenRequest &request);
Expected<RotateTokenRequest> rotateTokenRequestFromJson(const QJsonObject &json);

/// POST …/metrics: {metrics: [points]} with at least one point.
struct PublishRequest
{
    QList<MetricPoint> metrics;
};
QJsonObject toJson(const PublishRequest &request);
Expected<PublishRequest> publishRequestFromJson(const QJsonObject &json);

} // namespace keyward
