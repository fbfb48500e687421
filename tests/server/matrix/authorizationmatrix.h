// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The authorization matrix as data: for every route of the API, what each
// kind of caller gets. Derived from /work/shared/design/api.md (its two
// endpoint tables and "Decisions"); tst_authorizationmatrix replays every
// cell over HTTP, tst_matrixcoverage keeps the rows equal to the router.

#include <QList>
#include <QString>

#include <array>

namespace keyward::test::matrix {

/// The callers every route is tried with. Team roles are on team "ops" only
/// and their holders are NOT organization members.
enum class Principal
{
    Anonymous, ///< no Authorization header
    NoMember,  ///< a logged-in user without any membership in the case's organization
    OrgAdmin,  ///< the organization's creator
    OrgMember,
    OrgViewer,
    TeamAdmin,  ///< admin of "ops", not an organization member
    TeamMember, ///< member of "ops", not an organization member
    TeamViewer, ///< viewer of "ops", not an organization member
    OtherAdmin, ///< admin of a different organization
    OrgToken,   ///< the organization's default token (scope metrics:write)
    TeamToken,  ///< the default token of "ops" (scope metrics:write)
    Expired,    ///< a real session of the organization admin, expired
    LoggedOut,  ///< a real session of the organization admin, ended by POST /users/logout
};
inline constexpr int kPrincipalCount = 13;
QString principalName(Principal principal);
QList<Principal> allPrincipals();

/// What a case must do before its request beyond the common setup.
enum class Prep
{
    None,
    DeleteTeam,    ///< DELETE /organizations/{org} answers 400 while teams exist
    ConfirmTicket, ///< {ticket} = a fresh confirmation ticket from the mail
    ResetTicket,   ///< {ticket} = a fresh password-reset ticket from the mail
    FreshSession,  ///< logout: the principal gets a session of its own to end
};

/// 0 in a cell: allowed, the route's success status is expected.
inline constexpr int Allow = 0;

struct RouteCase
{
    QString method;  ///< "GET", "POST", "PATCH", "DELETE"
    QString pattern; ///< exactly as in the router, e.g. "/organizations/{org}/teams/{team}"
    /// The query string appended to the path (placeholders allowed), or empty.
    QString query;
    /// The JSON body with placeholders ({n}, {now}, {ticket}, {email}…), or
    /// empty for no body.
    QString body;
    int success; ///< the exact status an allowed caller gets
    Prep prep;
    /// Indexed by Principal: Allow, 401 or 403.
    std::array<int, kPrincipalCount> expected;
};

/// Every route of the API, in the order of api.md's tables.
const QList<RouteCase> &routeCases();

} // namespace keyward::test::matrix
