// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apierror.h"
#include "networkpolicy.h"

#include "domain/auditevent.h"
#include "domain/membership.h"
#include "domain/metricpoint.h"
#include "domain/namedrole.h"
#include "domain/organization.h"
#include "domain/requests.h"
#include "domain/session.h"
#include "domain/team.h"
#include "domain/token.h"
#include "domain/user.h"
#include "journal/committedchange.h"
#include "jwt/jwks.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonDocument>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QUrlQuery>

#include <optional>
#include <utility>

class QNetworkAccessManager;
class QNetworkReply;

namespace keyward {

/// Which part of a list to fetch. Without a limit the server returns the
/// whole list, as CAVE does.
struct PageRequest
{
    std::optional<qint64> limit;
    qint64 offset = 0;
};

/// One page of a list; \c total is the server's X-Total-Count, when it sent one
/// (our server sends it whenever a limit or offset was asked for).
template <typename T> struct Page
{
    QList<T> items;
    std::optional<qint64> total;
};

/// Where a team-or-organization resource (members, tokens, metrics) lives:
/// an organization, or one of its teams when \c team is set.
/// (An explicit optional, not an empty name: a team call with an empty team
/// name must fail at the server, not silently act on the organization.)
struct Owner
{
    QString organization;
    std::optional<QString> team;

    static Owner ofOrganization(const QString &organization) { return {organization, {}}; }
    static Owner ofTeam(const QString &organization, const QString &team)
    {
        return {organization, team};
    }
    bool isTeam() const { return team.has_value(); }
};

/// The answer to adding a member (202). A known email becomes a member at
/// once; an email without an account gets an invitation that applies when its
/// owner registers, which the UI must say, or the admin looks for a member
/// who is not there.
struct MemberAddition
{
    enum class Status
    {
        Added,    ///< \c membership holds the new member
        Invited,  ///< no account has this email yet; an invitation was mailed
        Accepted, ///< a server that answers 202 without a body (CAVE)
    };
    Status status = Status::Accepted;
    QString email;
    Role role = Role::Member;
    std::optional<Membership> membership;
};

/// POST …/metrics: how many points the server kept (fewer than sent when the
/// token drops points outside its time window); \c dryRun when nothing was stored.
struct PublishResult
{
    qint64 accepted = 0;
    bool dryRun = false;
};

/// GET …/metrics parameters; unset fields take the server's defaults (the last
/// hour, 60 points, raw values).
struct MetricQuery
{
    QString metric;
    QMap<QString, QString> tags;
    std::optional<QDateTime> start;
    std::optional<QDateTime> end;
    std::optional<qint64> limit;
    QString aggregator; ///< sum, count, min, max or mean; empty for raw points
    std::optional<qint64> periodMinutes;
};

/// One value of a metric query: a raw point or an aggregated period's start.
struct MetricValue
{
    QDateTime time;
    double value = 0;

    friend bool operator==(const MetricValue &, const MetricValue &) = default;
};

/// GET /users/tokens parameters.
struct UserTokensQuery
{
    std::optional<QDateTime> expiresBefore;
    PageRequest page;
};

/// GET /organizations/{org}/audit parameters: newest first; \c before is an
/// event id or an ISO 8601 time, to page further back.
struct AuditQuery
{
    QString before;
    std::optional<qint64> limit;
};

/// The app's only door to the server: one typed, asynchronous call per REST
/// endpoint (api.md). Each call takes a context object and a callback; the
/// callback runs on the GUI thread once the answer is decoded and is dropped
/// if the context object is destroyed first.
///
/// The session token returned by login() is held in memory only and attached
/// to later calls by NetworkPolicy::makeRequest. Publishing (and optionally
/// metric reads and revocations) present a publishing token instead.
class ApiClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiClient)

public:
    explicit ApiClient(QObject *parent = nullptr);
    ~ApiClient() override;

    /// Returns false (and changes nothing) for a URL that is not http(s).
    bool setServerUrl(const QUrl &url);
    QUrl serverUrl() const { return m_policy.serverUrl(); }

    NetworkPolicy &policy() { return m_policy; }
    const NetworkPolicy &policy() const { return m_policy; }

    void setSessionToken(const QString &token) { m_sessionToken = token; }
    bool hasSession() const { return !m_sessionToken.isEmpty(); }
    void clearSession() { m_sessionToken.clear(); }

    /// Aborts every call in flight; their callbacks receive ApiError::Cancelled.
    /// Parked calls (see setReauthenticationEnabled) stay parked.
    void cancelAll();

    /// The call in flight that has waited longest for its answer.
    struct PendingCall
    {
        QString endpoint; ///< e.g. "GET /organizations/acme/teams"
        qint64 waitedMs = 0;
    };
    qsizetype inFlightCount() const { return m_inFlight.size(); }
    /// Empty when nothing is in flight.
    std::optional<PendingCall> longestPendingCall() const;

    // --- re-authentication ---------------------------------------------------
    /// While enabled, a session call answered with 401 is parked instead of
    /// failing, the client enters the re-authenticating state (where new
    /// session calls are parked unsent) and emits reauthenticationNeeded()
    /// once. Whoever enabled it must end the state with resumeParked() or
    /// failParked(). Off by default: a bare client fails a 401 at once.
    void setReauthenticationEnabled(bool enabled) { m_reauthEnabled = enabled; }
    bool isReauthenticationEnabled() const { return m_reauthEnabled; }
    bool isReauthenticating() const { return m_reauthenticating; }
    qsizetype parkedCount() const { return m_parked.size(); }
    /// Sends every parked call again, once, with the current session; one
    /// refused again fails with Unauthorized (never parked a second time).
    void resumeParked();
    /// Every parked call's callback receives \p error (if its context lives).
    void failParked(const ApiError &error);

    /// Switches to the certificates trusted for the active profile (SHA-256
    /// fingerprints). Cancels calls in flight and drops open connections:
    /// Qt keeps ignoring TLS errors on a connection that ignored them once,
    /// so a kept-alive connection must not outlive the trust that opened it.
    void setTrustedCertificates(const QStringList &fingerprints);

    /// False after a call failed without reaching the server (refused,
    /// unresolvable, timed out), true again once any call gets an answer.
    bool isReachable() const { return m_reachable; }
    /// The Network or Timeout error that made the server unreachable.
    const ApiError &lastConnectivityError() const { return m_lastConnectivityError; }

    // --- users ---------------------------------------------------------------
    // POST /users/register: 202 for any well-formed email, known or not.
    void registerUser(const QString &email, QObject *context, ApiCallback<NoContent> done);
    // POST /users/confirm: the new account.
    void confirmUser(const ConfirmRequest &request, QObject *context, ApiCallback<User> done);
    // POST /users/login. On success the session is kept for later calls.
    void login(const QString &email, const QString &password, QObject *context,
               ApiCallback<Session> done);
    // POST /users/logout. The local session is forgotten whatever the answer.
    void logout(QObject *context, ApiCallback<NoContent> done);
    // POST /users/forgot-password: 202 for any well-formed email.
    void forgotPassword(const QString &email, QObject *context, ApiCallback<NoContent> done);
    // POST /users/reset-password. Our server also ends every session of the
    // account; CAVE's answer carries no user, so none is promised here.
    void resetPassword(const ResetPasswordRequest &request, QObject *context,
                       ApiCallback<NoContent> done);
    // GET /users/info.
    void userInfo(QObject *context, ApiCallback<User> done);
    // PATCH /users/info: the updated user.
    void updateUserInfo(const UpdateUserRequest &request, QObject *context, ApiCallback<User> done);
    // GET /users/organizations.
    void userOrganizations(QObject *context, ApiCallback<QList<NamedRole>> done);
    // GET /users/organizations/{org}/teams.
    void userTeams(const QString &organization, QObject *context,
                   ApiCallback<QList<NamedRole>> done);
    // GET /users/search?q=: at most 50 per page on our server.
    void searchUsers(const QString &query, const PageRequest &page, QObject *context,
                     ApiCallback<Page<User>> done);
    // GET /users/tokens: every token the user administers, without values.
    void userTokens(const UserTokensQuery &query, QObject *context, ApiCallback<Page<Token>> done);

    // --- organizations -----------------------------------------------------
    // GET /organizations/{org}.
    void organization(const QString &organization, QObject *context,
                      ApiCallback<Organization> done);
    // POST /organizations: the new organization with its default token.
    void createOrganization(const CreateOrganizationRequest &request, QObject *context,
                            ApiCallback<Organization> done);
    // PATCH /organizations/{org}: the whole updated organization.
    void updateOrganization(const QString &organization, const UpdateOrganizationRequest &request,
                            QObject *context, ApiCallback<Organization> done);
    // DELETE /organizations/{org}: refused (400) while it has teams.
    void deleteOrganization(const QString &organization, QObject *context,
                            ApiCallback<NoContent> done);

    // --- members (organization and team level) ------------------------------
    void organizationMembers(const QString &organization, const PageRequest &page, QObject *context,
                             ApiCallback<Page<Membership>> done);
    void addOrganizationMember(const QString &organization, const AddMemberRequest &request,
                               QObject *context, ApiCallback<MemberAddition> done);
    void changeOrganizationMemberRole(const QString &organization, const QString &email, Role role,
                                      QObject *context, ApiCallback<Membership> done);
    void removeOrganizationMember(const QString &organization, const QString &email,
                                  QObject *context, ApiCallback<NoContent> done);
    void teamMembers(const QString &organization, const QString &team, const PageRequest &page,
                     QObject *context, ApiCallback<Page<Membership>> done);
    void addTeamMember(const QString &organization, const QString &team,
                       const AddMemberRequest &request, QObject *context,
                       ApiCallback<MemberAddition> done);
    void changeTeamMemberRole(const QString &organization, const QString &team,
                              const QString &email, Role role, QObject *context,
                              ApiCallback<Membership> done);
    void removeTeamMember(const QString &organization, const QString &team, const QString &email,
                          QObject *context, ApiCallback<NoContent> done);

    // --- teams ---------------------------------------------------------------
    // GET /organizations/{org}/teams.
    void teams(const QString &organization, const PageRequest &page, QObject *context,
               ApiCallback<Page<Team>> done);
    // GET /organizations/{org}/teams?fields=name: the names only (extension),
    // without token work on the server. A plain CAVE server ignores the
    // parameter and answers whole teams; their names are taken all the same.
    void teamNames(const QString &organization, const PageRequest &page, QObject *context,
                   ApiCallback<Page<QString>> done);
    // POST /organizations/{org}/teams: the new team with its default token.
    void createTeam(const QString &organization, const QString &name, QObject *context,
                    ApiCallback<Team> done);
    // GET /organizations/{org}/teams/{team}.
    void team(const QString &organization, const QString &team, QObject *context,
              ApiCallback<Team> done);
    // DELETE /organizations/{org}/teams/{team}.
    void deleteTeam(const QString &organization, const QString &team, QObject *context,
                    ApiCallback<NoContent> done);

    // --- tokens (of an organization or a team) ------------------------------
    void tokens(const Owner &owner, QObject *context, ApiCallback<QList<Token>> done);
    void organizationTokens(const QString &organization, QObject *context,
                            ApiCallback<QList<Token>> done)
    {
        tokens(Owner::ofOrganization(organization), context, std::move(done));
    }
    void teamTokens(const QString &organization, const QString &team, QObject *context,
                    ApiCallback<QList<Token>> done)
    {
        tokens(Owner::ofTeam(organization, team), context, std::move(done));
    }
    // POST …/tokens: 400 when three tokens exist.
    void createToken(const Owner &owner, const CreateTokenRequest &request, QObject *context,
                     ApiCallback<Token> done);
    // GET …/tokens/{id}; the value is absent on a server run with --show-tokens-once.
    void token(const Owner &owner, const QString &id, QObject *context, ApiCallback<Token> done);
    // DELETE …/tokens/{id}: 400 for the last token.
    void deleteToken(const Owner &owner, const QString &id, QObject *context,
                     ApiCallback<NoContent> done);
    // POST …/tokens/{id}/rotate: the successor; the old one expires after the grace.
    void rotateToken(const Owner &owner, const QString &id, qint64 graceSeconds, QObject *context,
                     ApiCallback<Token> done);

    // --- metrics -------------------------------------------------------------
    // POST …/metrics with the publishing token \p token (never the session).
    void publishMetrics(const Owner &owner, const PublishRequest &request, const QString &token,
                        bool dryRun, QObject *context, ApiCallback<PublishResult> done);
    // GET …/metrics, with the session or, when given, a token with metrics:read.
    void queryMetrics(const Owner &owner, const MetricQuery &query,
                      const std::optional<QString> &token, QObject *context,
                      ApiCallback<QList<MetricValue>> done);
    // GET …/metric-names.
    void metricNames(const Owner &owner, QObject *context, ApiCallback<QList<MetricName>> done);

    // --- audit, revocations, keys, health -----------------------------------
    // GET /organizations/{org}/audit: newest first; total counts all matching events.
    void audit(const QString &organization, const AuditQuery &query, QObject *context,
               ApiCallback<Page<AuditEvent>> done);
    // GET /revocations, with the session or, when given, a token.
    void revocations(const std::optional<QDateTime> &since, const PageRequest &page,
                     const std::optional<QString> &token, QObject *context,
                     ApiCallback<Page<Revocation>> done);
    // GET /.well-known/jwks.json (anonymous).
    void jwks(QObject *context, ApiCallback<jwt::Jwks> done);
    // GET /health: the server's status word ("ok").
    void health(QObject *context, ApiCallback<QString> done);

Q_SIGNALS:
    /// The server confirmed a change to an organization, team, member or
    /// token made through this client (for the local change journal).
    void changeCommitted(const keyward::CommittedChange &change);
    /// A call made with the session was answered with 401: the session is no
    /// longer valid. (A refused publishing token says nothing about the session.)
    void sessionRejected();
    /// The first 401 of a session call while re-authentication is enabled:
    /// the call (and every later session call) is parked until resumeParked()
    /// or failParked().
    void reauthenticationNeeded();
    /// isReachable() changed: a call failed with ApiError::Network or Timeout
    /// (\p reachable false), or a later call got an answer (true).
    void connectivityChanged(bool reachable);
    /// A call was sent or finished: inFlightCount() changed.
    void inFlightChanged(qsizetype count);

private:
    enum class Method
    {
        Get,
        Post,
        Patch,
        Delete
    };

    /// What a decoder may need from a successful answer besides its body.
    struct ReplyMeta
    {
        int status = 0;
        std::optional<qint64> totalCount; ///< X-Total-Count, when sent and valid
    };

    using RawHandler = std::function<void(const ApiResult<QJsonDocument> &, const ReplyMeta &)>;

    /// Who the request says it is: the session (default), a publishing token
    /// instead, or nobody.
    struct Credential
    {
        enum class Kind
        {
            Session,
            Token,
            None
        };
        Kind kind = Kind::Session;
        QString token;
        /// False for calls whose 401 must not start a re-login (logout).
        bool reauthenticate = true;

        static Credential session() { return {}; }
        static Credential sessionWithoutReauthentication() { return {Kind::Session, {}, false}; }
        static Credential none() { return {Kind::None, {}, false}; }
        static Credential publishing(const QString &token) { return {Kind::Token, token, false}; }
        static Credential sessionOr(const std::optional<QString> &token)
        {
            return token ? publishing(*token) : session();
        }
    };

    /// The one generic request: sends, enforces the policy on the reply, and
    /// hands the body as JSON (or the error) to \p handler, if \p context lives.
    void send(Method method, const QString &path, const std::optional<QJsonDocument> &body,
              QObject *context, RawHandler handler, const QUrlQuery &query = {},
              const Credential &credential = Credential::session());

    /// A session call waiting for a new session.
    struct ParkedCall
    {
        Method method;
        QString path;
        std::optional<QJsonDocument> body;
        QUrlQuery query;
        QPointer<QObject> context;
        RawHandler handler;
    };
    /// Sends now; \p isRetry marks the one resend of a parked call.
    void dispatch(Method method, const QString &path, const std::optional<QJsonDocument> &body,
                  QObject *context, RawHandler handler, const QUrlQuery &query,
                  const Credential &credential, bool isRetry);
    void park(ParkedCall call);
    /// Follows reachability from every finished call (cancelled ones say nothing).
    void noteConnectivity(const ApiResult<QJsonDocument> &result);

    template <typename T, typename Parser>
    static RawHandler decodeObject(QString endpoint, Parser parse, ApiCallback<T> done);
    template <typename T, typename Parser>
    static RawHandler decodeList(QString endpoint, Parser parse, ApiCallback<QList<T>> done);
    template <typename T, typename Parser>
    static RawHandler decodePage(QString endpoint, Parser parse, ApiCallback<Page<T>> done);
    static RawHandler decodeNothing(ApiCallback<NoContent> done);
    template <typename T, typename Parser>
    void getObject(const QString &path, Parser parse, QObject *context, ApiCallback<T> done);

    static QString endpointName(Method method, const QString &path);
    void noteCommitted(Method method, const QString &path,
                       const std::optional<QJsonDocument> &request, const QJsonDocument &response);
    static ReplyMeta replyMeta(const QNetworkReply *reply);
    /// "/organizations/{org}" or "/organizations/{org}/teams/{team}", encoded.
    static QString ownerPath(const Owner &owner);
    static QUrlQuery pageQuery(const PageRequest &page);

    void members(const Owner &owner, const PageRequest &page, QObject *context,
                 ApiCallback<Page<Membership>> done);
    void addMember(const Owner &owner, const AddMemberRequest &request, QObject *context,
                   ApiCallback<MemberAddition> done);
    void changeMemberRole(const Owner &owner, const QString &email, Role role, QObject *context,
                          ApiCallback<Membership> done);
    void removeMember(const Owner &owner, const QString &email, QObject *context,
                      ApiCallback<NoContent> done);

    NetworkPolicy m_policy;
    QNetworkAccessManager *m_network = nullptr;
    QString m_sessionToken;
    QList<QPointer<QNetworkReply>> m_inFlight;
    bool m_reauthEnabled = false;
    bool m_reauthenticating = false;
    QList<ParkedCall> m_parked;
    bool m_reachable = true;
    ApiError m_lastConnectivityError;
};

} // namespace keyward
