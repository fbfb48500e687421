// SPDX-License-Identifier: GPL-3.0-or-later
#include "authorizationmatrix.h"

using namespace Qt::StringLiterals;

namespace keyward::test::matrix {

namespace {

constexpr int A = Allow;
constexpr int U = 401; // no, unknown, expired or logged-out credentials; wrong kind of credential
constexpr int F = 403; // valid credentials without the needed role

using Row = std::array<int, kPrincipalCount>;

// clang-format off
// Columns, in Principal order (A: allowed with the route's success status):
//                              anon nomem orgAd orgMe orgVi teaAd teaMe teaVi other orgTk teaTk expir logou

// Login, registration, JWKS, health: credentials are not looked at, so even a
// dead session does not get in the way of logging in again.
constexpr Row kAnyone          {   A,    A,    A,    A,    A,    A,    A,    A,    A,    A,    A,    A,    A};
// /revocations: "any user or token".
constexpr Row kUserOrToken     {   U,    A,    A,    A,    A,    A,    A,    A,    A,    A,    A,    U,    U};
// /users/* and POST /organizations: any logged-in user; "tokens never work on
// the management endpoints" (401).
constexpr Row kAnyUser         {   U,    A,    A,    A,    A,    A,    A,    A,    A,    U,    U,    U,    U};
// Organization admin only; team roles without organization membership are not
// organization roles.
constexpr Row kOrgAdmin        {   U,    F,    A,    F,    F,    F,    F,    F,    F,    U,    U,    U,    U};
// "org admin, member".
constexpr Row kOrgAdminMember  {   U,    F,    A,    A,    F,    F,    F,    F,    F,    U,    U,    U,    U};
// metric-names: "admin, member, viewer"; the route is a management endpoint in
// the table (no token column), so tokens are 401.
constexpr Row kOrgReader       {   U,    F,    A,    A,    A,    F,    F,    F,    F,    U,    U,    U,    U};
// Metric reads: sessions with a role, or tokens with metrics:read; the default
// tokens carry only metrics:write → 403 (valid credential, missing scope).
constexpr Row kOrgMetricRead   {   U,    F,    A,    A,    A,    F,    F,    F,    F,    F,    F,    U,    U};
// Team admin (organization admins are admins of every team).
constexpr Row kTeamAdmin       {   U,    F,    A,    F,    F,    A,    F,    F,    F,    U,    U,    U,    U};
// "team admin, member".
constexpr Row kTeamAdminMember {   U,    F,    A,    F,    F,    A,    A,    F,    F,    U,    U,    U,    U};
constexpr Row kTeamReader      {   U,    F,    A,    F,    F,    A,    A,    A,    F,    U,    U,    U,    U};
constexpr Row kTeamMetricRead  {   U,    F,    A,    F,    F,    A,    A,    A,    F,    F,    F,    U,    U};
// Publishing: sessions are refused (401); a team token may not publish to its
// organization's own metrics (403), an organization token may publish to
// every team.
constexpr Row kOrgPublish      {   U,    U,    U,    U,    U,    U,    U,    U,    U,    A,    F,    U,    U};
constexpr Row kTeamPublish     {   U,    U,    U,    U,    U,    U,    U,    U,    U,    A,    A,    U,    U};
// /internal/metrics: only the --metrics-token scraper secret, which no principal holds.
constexpr Row kNobody          {   U,    U,    U,    U,    U,    U,    U,    U,    U,    U,    U,    U,    U};
// clang-format on

const QString kPoint =
    u"{\"metrics\":[{\"metric\":\"matrix.cpu\",\"tags\":{\"host\":\"a\"},\"timestamp\":{now},\"value\":1}]}"_s;

QList<RouteCase> buildCases()
{
    const QString org = u"/organizations/{org}"_s;
    const QString team = u"/organizations/{org}/teams/{team}"_s;
    QList<RouteCase> cases = {
        // Extensions without an organization.
        {u"GET"_s, u"/health"_s, {}, {}, 200, Prep::None, kAnyone},
        {u"GET"_s, u"/_internal_/healthcheck"_s, {}, {}, 200, Prep::None, kAnyone},
        {u"GET"_s, u"/.well-known/jwks.json"_s, {}, {}, 200, Prep::None, kAnyone},
        {u"GET"_s,
         u"/revocations"_s,
         u"since=2000-01-01T00:00:00Z"_s,
         {},
         200,
         Prep::None,
         kUserOrToken},
        // Users.
        {u"POST"_s,
         u"/users/register"_s,
         {},
         u"{\"email\":\"reg{n}@example.org\"}"_s,
         202,
         Prep::None,
         kAnyone},
        {u"POST"_s,
         u"/users/confirm"_s,
         {},
         u"{\"first_name\":\"Con\",\"last_name\":\"Firmed\",\"password\":\"confirmed password "
         u"{n}\","
         "\"confirmation_token\":\"{ticket}\"}"_s,
         201,
         Prep::ConfirmTicket,
         kAnyone},
        {u"POST"_s,
         u"/users/login"_s,
         {},
         u"{\"email\":\"{nomember}\",\"password\":\"{password}\"}"_s,
         200,
         Prep::None,
         kAnyone},
        {u"POST"_s, u"/users/logout"_s, {}, {}, 204, Prep::FreshSession, kAnyUser},
        {u"POST"_s,
         u"/users/forgot-password"_s,
         {},
         u"{\"email\":\"forgot{n}@example.org\"}"_s,
         202,
         Prep::None,
         kAnyone},
        {u"POST"_s,
         u"/users/reset-password"_s,
         {},
         u"{\"password\":\"reset password {n}\",\"confirmation_token\":\"{ticket}\"}"_s,
         200,
         Prep::ResetTicket,
         kAnyone},
        {u"GET"_s, u"/users/info"_s, {}, {}, 200, Prep::None, kAnyUser},
        {u"PATCH"_s,
         u"/users/info"_s,
         {},
         u"{\"first_name\":\"Renamed{n}\"}"_s,
         200,
         Prep::None,
         kAnyUser},
        {u"GET"_s, u"/users/organizations"_s, {}, {}, 200, Prep::None, kAnyUser},
        {u"GET"_s, u"/users/organizations/{org}/teams"_s, {}, {}, 200, Prep::None, kAnyUser},
        {u"GET"_s, u"/users/search"_s, u"q=matrix"_s, {}, 200, Prep::None, kAnyUser},
        {u"GET"_s, u"/users/tokens"_s, {}, {}, 200, Prep::None, kAnyUser},
        // Organizations.
        {u"POST"_s,
         u"/organizations"_s,
         {},
         u"{\"name\":\"m{n}-new\",\"email\":\"org@example.org\",\"notification_url\":"
         "\"https://example.org/hook\"}"_s,
         201,
         Prep::None,
         kAnyUser},
        {u"GET"_s, org, {}, {}, 200, Prep::None, kOrgAdminMember},
        {u"PATCH"_s,
         org,
         {},
         u"{\"email\":\"changed{n}@example.org\"}"_s,
         200,
         Prep::None,
         kOrgAdmin},
        {u"DELETE"_s, org, {}, {}, 204, Prep::DeleteTeam, kOrgAdmin},
        // Organization members ({email}: the organization member).
        {u"GET"_s, org + u"/users"_s, {}, {}, 200, Prep::None, kOrgAdminMember},
        {u"POST"_s,
         org + u"/users"_s,
         {},
         u"{\"email\":\"new{n}@example.org\",\"role\":\"member\"}"_s,
         202,
         Prep::None,
         kOrgAdmin},
        {u"PATCH"_s,
         org + u"/users/{email}"_s,
         {},
         u"{\"role\":\"viewer\"}"_s,
         202,
         Prep::None,
         kOrgAdmin},
        {u"DELETE"_s, org + u"/users/{email}"_s, {}, {}, 204, Prep::None, kOrgAdmin},
        // Teams.
        {u"GET"_s, org + u"/teams"_s, {}, {}, 200, Prep::None, kOrgAdminMember},
        // The names-only listing (extension) is a variant of the same route.
        {u"GET"_s, org + u"/teams"_s, u"fields=name"_s, {}, 200, Prep::None, kOrgAdminMember},
        {u"POST"_s, org + u"/teams"_s, {}, u"{\"name\":\"t{n}\"}"_s, 201, Prep::None, kOrgAdmin},
        {u"GET"_s, team, {}, {}, 200, Prep::None, kTeamAdminMember},
        {u"DELETE"_s, team, {}, {}, 204, Prep::None, kTeamAdmin},
        // Team members ({email}: the team member).
        {u"GET"_s, team + u"/users"_s, {}, {}, 200, Prep::None, kTeamAdminMember},
        {u"POST"_s,
         team + u"/users"_s,
         {},
         u"{\"email\":\"new{n}@example.org\",\"role\":\"member\"}"_s,
         202,
         Prep::None,
         kTeamAdmin},
        {u"PATCH"_s,
         team + u"/users/{email}"_s,
         {},
         u"{\"role\":\"viewer\"}"_s,
         202,
         Prep::None,
         kTeamAdmin},
        {u"DELETE"_s, team + u"/users/{email}"_s, {}, {}, 204, Prep::None, kTeamAdmin},
    };
    // Tokens ({id}: the extra token, so neither delete nor rotate hits the
    // last-token or three-token rules).
    for (const auto &[base, policy] : {std::pair{org, kOrgAdmin}, std::pair{team, kTeamAdmin}}) {
        const QString tokens = base + u"/tokens"_s;
        cases.append({u"GET"_s, tokens, {}, {}, 200, Prep::None, policy});
        cases.append({u"POST"_s,
                      tokens,
                      {},
                      u"{\"description\":\"matrix {n}\"}"_s,
                      201,
                      Prep::None,
                      policy});
        cases.append({u"GET"_s, tokens + u"/{id}"_s, {}, {}, 200, Prep::None, policy});
        cases.append({u"DELETE"_s, tokens + u"/{id}"_s, {}, {}, 204, Prep::None, policy});
        cases.append({u"POST"_s,
                      tokens + u"/{id}/rotate"_s,
                      {},
                      u"{\"grace_seconds\":60}"_s,
                      201,
                      Prep::None,
                      policy});
    }
    // Metrics (the setup published "matrix.cpu" to the organization and to ops).
    cases.append({u"POST"_s, org + u"/metrics"_s, {}, kPoint, 202, Prep::None, kOrgPublish});
    cases.append({u"GET"_s,
                  org + u"/metrics"_s,
                  u"metric=matrix.cpu"_s,
                  {},
                  200,
                  Prep::None,
                  kOrgMetricRead});
    cases.append({u"GET"_s, org + u"/metric-names"_s, {}, {}, 200, Prep::None, kOrgReader});
    cases.append({u"POST"_s, team + u"/metrics"_s, {}, kPoint, 202, Prep::None, kTeamPublish});
    cases.append({u"GET"_s,
                  team + u"/metrics"_s,
                  u"metric=matrix.cpu"_s,
                  {},
                  200,
                  Prep::None,
                  kTeamMetricRead});
    cases.append({u"GET"_s, team + u"/metric-names"_s, {}, {}, 200, Prep::None, kTeamReader});
    // Audit.
    cases.append({u"GET"_s, org + u"/audit"_s, {}, {}, 200, Prep::None, kOrgAdmin});
    // Operations.
    cases.append({u"GET"_s, u"/internal/metrics"_s, {}, {}, 200, Prep::None, kNobody});
    return cases;
}

} // namespace

QString principalName(Principal principal)
{
    switch (principal) {
    case Principal::Anonymous:
        return u"anonymous"_s;
    case Principal::NoMember:
        return u"user-without-membership"_s;
    case Principal::OrgAdmin:
        return u"org-admin"_s;
    case Principal::OrgMember:
        return u"org-member"_s;
    case Principal::OrgViewer:
        return u"org-viewer"_s;
    case Principal::TeamAdmin:
        return u"team-admin"_s;
    case Principal::TeamMember:
        return u"team-member"_s;
    case Principal::TeamViewer:
        return u"team-viewer"_s;
    case Principal::OtherAdmin:
        return u"other-org-admin"_s;
    case Principal::OrgToken:
        return u"org-token"_s;
    case Principal::TeamToken:
        return u"team-token"_s;
    case Principal::Expired:
        return u"expired-session"_s;
    case Principal::LoggedOut:
        return u"logged-out-session"_s;
    }
    return {};
}

QList<Principal> allPrincipals()
{
    QList<Principal> principals;
    for (int i = 0; i < kPrincipalCount; ++i)
        principals.append(Principal(i));
    return principals;
}

const QList<RouteCase> &routeCases()
{
    static const QList<RouteCase> cases = buildCases();
    return cases;
}

} // namespace keyward::test::matrix
