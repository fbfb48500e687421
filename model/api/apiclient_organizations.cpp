// SPDX-License-Identifier: GPL-3.0-or-later
// ApiClient: organizations, teams and their members.
#include "apiclient.h"

#include "apiclient_decode.h"

using namespace Qt::StringLiterals;

namespace keyward {

namespace {

/// The 202 of POST …/users: a membership for a known email, or
/// {email, role, status: "invited"} for one without an account.
Expected<MemberAddition> memberAdditionFromJson(const QJsonObject &json)
{
    MemberAddition addition;
    if (json.value("status"_L1).toString() == u"invited"_s) {
        const QJsonValue email = json.value("email"_L1);
        if (!email.isString()) {
            return WireError{u"email"_s, ReplyInterpreter::tr("missing or not a string")};
        }
        const auto role = roleFromString(json.value("role"_L1).toString());
        if (!role) {
            return WireError{u"role"_s, ReplyInterpreter::tr("missing or not a known role")};
        }
        addition.status = MemberAddition::Status::Invited;
        addition.email = email.toString();
        addition.role = *role;
        return addition;
    }
    auto membership = membershipFromJson(json);
    if (!membership) {
        return membership.error();
    }
    addition.status = MemberAddition::Status::Added;
    addition.email = membership->user.email;
    addition.role = membership->role;
    addition.membership = std::move(membership).value();
    return addition;
}

QString memberPath(const QString &owner, const QString &email)
{
    return owner + u"/users/"_s + NetworkPolicy::pathSegment(email);
}

} // namespace

// --- organizations ------------------------------------------------------------

void ApiClient::organization(const QString &organization, QObject *context,
                             ApiCallback<Organization> done)
{
    getObject<Organization>(ownerPath(Owner::ofOrganization(organization)), organizationFromJson,
                            context, std::move(done));
}

void ApiClient::createOrganization(const CreateOrganizationRequest &request, QObject *context,
                                   ApiCallback<Organization> done)
{
    const QString path = u"/organizations"_s;
    send(Method::Post, path, QJsonDocument(toJson(request)), context,
         decodeObject<Organization>(endpointName(Method::Post, path), organizationFromJson,
                                    std::move(done)));
}

void ApiClient::updateOrganization(const QString &organization,
                                   const UpdateOrganizationRequest &request, QObject *context,
                                   ApiCallback<Organization> done)
{
    const QString path = ownerPath(Owner::ofOrganization(organization));
    send(Method::Patch, path, QJsonDocument(toJson(request)), context,
         decodeObject<Organization>(endpointName(Method::Patch, path), organizationFromJson,
                                    std::move(done)));
}

void ApiClient::deleteOrganization(const QString &organization, QObject *context,
                                   ApiCallback<NoContent> done)
{
    send(Method::Delete, ownerPath(Owner::ofOrganization(organization)), std::nullopt, context,
         decodeNothing(std::move(done)));
}

// --- members --------------------------------------------------------------------

void ApiClient::members(const Owner &owner, const PageRequest &page, QObject *context,
                        ApiCallback<Page<Membership>> done)
{
    const QString path = ownerPath(owner) + u"/users"_s;
    send(Method::Get, path, std::nullopt, context,
         decodePage<Membership>(endpointName(Method::Get, path), membershipFromJson,
                                std::move(done)),
         pageQuery(page));
}

void ApiClient::addMember(const Owner &owner, const AddMemberRequest &request, QObject *context,
                          ApiCallback<MemberAddition> done)
{
    const QString path = ownerPath(owner) + u"/users"_s;
    const QString endpoint = endpointName(Method::Post, path);
    auto decode = decodeObject<MemberAddition>(endpoint, memberAdditionFromJson, done);
    // A CAVE server answers 202 with nothing; the request is all we know then.
    RawHandler handler = [decode = std::move(decode), done,
                          request](const ApiResult<QJsonDocument> &raw, const ReplyMeta &meta) {
        if (raw && raw->isNull()) {
            MemberAddition accepted;
            accepted.email = request.email;
            accepted.role = request.role;
            done(accepted);
            return;
        }
        decode(raw, meta);
    };
    send(Method::Post, path, QJsonDocument(toJson(request)), context, std::move(handler));
}

void ApiClient::changeMemberRole(const Owner &owner, const QString &email, Role role,
                                 QObject *context, ApiCallback<Membership> done)
{
    const QString path = memberPath(ownerPath(owner), email);
    send(Method::Patch, path, QJsonDocument(toJson(ChangeRoleRequest{role})), context,
         decodeObject<Membership>(endpointName(Method::Patch, path), membershipFromJson,
                                  std::move(done)));
}

void ApiClient::removeMember(const Owner &owner, const QString &email, QObject *context,
                             ApiCallback<NoContent> done)
{
    send(Method::Delete, memberPath(ownerPath(owner), email), std::nullopt, context,
         decodeNothing(std::move(done)));
}

void ApiClient::organizationMembers(const QString &organization, const PageRequest &page,
                                    QObject *context, ApiCallback<Page<Membership>> done)
{
    members(Owner::ofOrganization(organization), page, context, std::move(done));
}

void ApiClient::addOrganizationMember(const QString &organization, const AddMemberRequest &request,
                                      QObject *context, ApiCallback<MemberAddition> done)
{
    addMember(Owner::ofOrganization(organization), request, context, std::move(done));
}

void ApiClient::changeOrganizationMemberRole(const QString &organization, const QString &email,
                                             Role role, QObject *context,
                                             ApiCallback<Membership> done)
{
    changeMemberRole(Owner::ofOrganization(organization), email, role, context, std::move(done));
}

void ApiClient::removeOrganizationMember(const QString &organization, const QString &email,
                                         QObject *context, ApiCallback<NoContent> done)
{
    removeMember(Owner::ofOrganization(organization), email, context, std::move(done));
}

void ApiClient::teamMembers(const QString &organization, const QString &team,
                            const PageRequest &page, QObject *context,
                            ApiCallback<Page<Membership>> done)
{
    members(Owner::ofTeam(organization, team), page, context, std::move(done));
}

void ApiClient::addTeamMember(const QString &organization, const QString &team,
                              const AddMemberRequest &request, QObject *context,
                              ApiCallback<MemberAddition> done)
{
    addMember(Owner::ofTeam(organization, team), request, context, std::move(done));
}

void ApiClient::changeTeamMemberRole(const QString &organization, const QString &team,
                                     const QString &email, Role role, QObject *context,
                                     ApiCallback<Membership> done)
{
    changeMemberRole(Owner::ofTeam(organization, team), email, role, context, std::move(done));
}

void ApiClient::removeTeamMember(const QString &organization, const QString &team,
                                 const QString &email, QObject *context,
                                 ApiCallback<NoContent> done)
{
    removeMember(Owner::ofTeam(organization, team), email, context, std::move(done));
}

// --- teams --------------------------------------------------------------------------

void ApiClient::teams(const QString &organization, const PageRequest &page, QObject *context,
                      ApiCallback<Page<Team>> done)
{
    const QString path = ownerPath(Owner::ofOrganization(organization)) + u"/teams"_s;
    send(Method::Get, path, std::nullopt, context,
         decodePage<Team>(endpointName(Method::Get, path), teamFromJson, std::move(done)),
         pageQuery(page));
}

void ApiClient::createTeam(const QString &organization, const QString &name, QObject *context,
                           ApiCallback<Team> done)
{
    const QString path = ownerPath(Owner::ofOrganization(organization)) + u"/teams"_s;
    send(Method::Post, path, QJsonDocument(toJson(CreateTeamRequest{name})), context,
         decodeObject<Team>(endpointName(Method::Post, path), teamFromJson, std::move(done)));
}

void ApiClient::team(const QString &organization, const QString &team, QObject *context,
                     ApiCallback<Team> done)
{
    getObject<Team>(ownerPath(Owner::ofTeam(organization, team)), teamFromJson, context,
                    std::move(done));
}

void ApiClient::deleteTeam(const QString &organization, const QString &team, QObject *context,
                           ApiCallback<NoContent> done)
{
    send(Method::Delete, ownerPath(Owner::ofTeam(organization, team)), std::nullopt, context,
         decodeNothing(std::move(done)));
}

} // namespace keyward
