// SPDX-License-Identifier: GPL-3.0-or-later
// The operator's own account: registration with an emailed ticket, login and
// logout, password reset, the profile, and what the operator belongs to.
#include "handlers.h"

#include "auth/access.h"
#include "auth/authenticator.h"
#include "domain/namedrole.h"
#include "domain/requests.h"
#include "domain/session.h"
#include "domain/user.h"
#include "security/loginthrottle.h"
#include "security/passwordhasher.h"
#include "security/secrets.h"
#include "servercontext.h"
#include "services/mailer.h"
#include "services/useraccounts.h"
#include "storage/database.h"
#include "storage/sql.h"

#include <QDateTime>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcUsers, "keyward.server.users")

namespace keyward::server {

namespace {
constexpr qint64 kConfirmTicketLifetimeMs = 24 * 3600 * 1000;
constexpr qint64 kResetTicketLifetimeMs = 3600 * 1000;
constexpr qint64 kMaxSearchResults = 50;
const auto kConfirmPurpose = u"confirm"_s;
const auto kResetPurpose = u"reset"_s;

template <typename T> T parsed(Expected<T> result)
{
    if (!result)
        throw ApiError::badRequest(result.error().toString());
    return std::move(result).value();
}

std::optional<qint64> userIdForEmail(QSqlDatabase db, const QString &email)
{
    SqlQuery query(db, u"SELECT id FROM users WHERE email = :email"_s);
    query.bind(u":email"_s, email).exec();
    if (!query.next())
        return std::nullopt;
    return query.value(0).toLongLong();
}

User loadUser(QSqlDatabase db, qint64 userId)
{
    SqlQuery query(db, u"SELECT first_name, last_name, email FROM users WHERE id = :id"_s);
    query.bind(u":id"_s, userId).exec();
    if (!query.next())
        // The session was valid a moment ago; the account went away in between.
        throw ApiError::unauthorized(u"The account of this session no longer exists."_s);
    return {query.value(0).toString(), query.value(1).toString(), query.value(2).toString()};
}

/// Stores a new single-use ticket (only its digest) and returns its value.
/// Earlier tickets of the same purpose for the email stop working, so only the
/// newest mail counts and repeated requests cannot pile up rows.
QString issueTicket(QSqlDatabase &db, const QString &email, const QString &purpose,
                    qint64 lifetimeMs)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    SqlQuery(db, u"DELETE FROM user_tickets WHERE expires_ms <= :now OR "
                 "(email = :email AND purpose = :purpose)"_s)
        .bind(u":now"_s, now)
        .bind(u":email"_s, email)
        .bind(u":purpose"_s, purpose)
        .exec();
    const QString ticket = randomTicket();
    SqlQuery(db, u"INSERT INTO user_tickets (digest, purpose, email, expires_ms) "
                 "VALUES (:digest, :purpose, :email, :expires)"_s)
        .bind(u":digest"_s, sha256Hex(ticket.toUtf8()))
        .bind(u":purpose"_s, purpose)
        .bind(u":email"_s, email)
        .bind(u":expires"_s, now + lifetimeMs)
        .exec();
    return ticket;
}

/// Consumes a ticket inside \p db's transaction and returns its email; 400
/// when it is unknown, used, of another purpose or expired.
QString redeemTicket(QSqlDatabase &db, const QString &ticket, const QString &purpose)
{
    const QString digest = sha256Hex(ticket.toUtf8());
    SqlQuery query(db, u"SELECT email, expires_ms FROM user_tickets "
                       "WHERE digest = :digest AND purpose = :purpose"_s);
    query.bind(u":digest"_s, digest).bind(u":purpose"_s, purpose).exec();
    const QString what =
        purpose == kConfirmPurpose ? u"confirmation token"_s : u"password reset token"_s;
    if (!query.next())
        throw ApiError::badRequest(u"The %1 is unknown or has been used already; "
                                   "request a new one."_s.arg(what));
    if (query.value(1).toLongLong() <= QDateTime::currentMSecsSinceEpoch())
        throw ApiError::badRequest(u"The %1 has expired; request a new one."_s.arg(what));
    const QString email = query.value(0).toString();
    SqlQuery(db, u"DELETE FROM user_tickets WHERE digest = :digest"_s)
        .bind(u":digest"_s, digest)
        .exec();
    return email;
}

// --- registration ------------------------------------------------------------

Response registerUser(Call &call)
{
    const QString email = parsed(emailRequestFromJson(call.request.jsonObject())).email.toLower();
    Mail mail;
    mail.to = email;
    {
        Transaction tx(call.server.database());
        if (userIdForEmail(tx.db(), email)) {
            // Same answer as for a new email, so registration does not reveal
            // who has an account; only the owner of the address learns it.
            mail.subject = u"Your Keyward account"_s;
            mail.body = u"Somebody asked to register %1 with Keyward, but this address has an "
                        "account already.\n\nIf it was you, log in, or use \"Forgot password\" "
                        "if you no longer know the password. Otherwise you can ignore this "
                        "message.\n"_s.arg(email);
        } else {
            const QString ticket =
                issueTicket(tx.db(), email, kConfirmPurpose, kConfirmTicketLifetimeMs);
            mail.subject = u"Confirm your Keyward account"_s;
            mail.body = u"Welcome to Keyward.\n\nTo create your account, confirm it with this "
                        "token within 24 hours:\n\nConfirmation token: %1\n\nIf you did not ask "
                        "for an account, ignore this message.\n"_s.arg(ticket);
        }
        tx.commit();
    }
    // Both branches send a mail, so a delivery failure reveals nothing about
    // the address and the client may as well be told to retry.
    if (!call.server.mailer().send(mail))
        throw ApiError::unavailable(
            u"The confirmation email could not be sent; try again later."_s);
    return Response::empty(202);
}

Response confirmUser(Call &call)
{
    const ConfirmRequest request = parsed(confirmRequestFromJson(call.request.jsonObject()));
    // Checked before the ticket is touched so a weak password does not cost it.
    if (const QString problem = PasswordHasher::problem(request.password); !problem.isEmpty())
        throw ApiError::badRequest(problem);
    Transaction tx(call.server.database());
    const QString email = redeemTicket(tx.db(), request.confirmationToken, kConfirmPurpose);
    const User user{request.firstName, request.lastName, email};
    useraccounts::createUser(call.server, tx.db(), user, request.password);
    tx.commit();
    return Response::json(201, toJson(user));
}

// --- sessions ----------------------------------------------------------------

/// A valid hash of a random password: unknown emails are verified against it
/// so that a failed login takes as long whether or not the account exists.
const QString &dummyPasswordHash(const PasswordHasher &hasher)
{
    static const QString hash = hasher.hash(randomTicket());
    return hash;
}

Response login(Call &call)
{
    const LoginRequest request = parsed(loginRequestFromJson(call.request.jsonObject()));
    const QString email = request.email.toLower();
    const QString address = call.request.remote.toString();
    LoginThrottle &throttle = call.server.loginThrottle();
    if (const qint64 wait = throttle.secondsUntilAllowed(email, address); wait > 0)
        throw ApiError::tooManyRequests(
            u"Too many failed logins for this account or from this address; try again in %1 "
            "seconds."_s.arg(wait),
            wait);

    // Touched on every login so that the first unknown email is not slower.
    const QString &dummyHash = dummyPasswordHash(call.server.passwords());
    bool known = false;
    qint64 userId = 0;
    QString phc = dummyHash;
    {
        // Scoped: a statement left open keeps this connection's read snapshot,
        // and BEGIN IMMEDIATE below then fails at once with SQLITE_BUSY(_SNAPSHOT)
        // whenever another writer committed meanwhile (503 under load).
        SqlQuery query(call.server.database().connection(),
                       u"SELECT id, password_hash FROM users WHERE email = :email"_s);
        query.bind(u":email"_s, email).exec();
        known = query.next();
        if (known) {
            userId = query.value(0).toLongLong();
            phc = query.value(1).toString();
        }
    }
    const bool verified = call.server.passwords().verify(request.password, phc);
    if (!known || !verified) {
        throttle.recordFailure(email, address);
        throw ApiError::unauthorized(u"The email address or the password is wrong."_s);
    }
    throttle.recordSuccess(email);

    Transaction tx(call.server.database());
    // Housekeeping while holding the write lock anyway: the user's dead sessions.
    SqlQuery(tx.db(), u"DELETE FROM sessions WHERE user_id = :user AND expires_ms <= :now"_s)
        .bind(u":user"_s, userId)
        .bind(u":now"_s, QDateTime::currentMSecsSinceEpoch())
        .exec();
    const Session session = authenticate::startSession(call.server, tx.db(), userId);
    tx.commit();
    return Response::json(200, toJson(session));
}

Response logout(Call &call)
{
    Transaction tx(call.server.database());
    SqlQuery(tx.db(), u"DELETE FROM sessions WHERE digest = :digest"_s)
        .bind(u":digest"_s, QString::fromLatin1(call.principal.sessionDigest))
        .exec();
    tx.commit();
    return Response::empty(204);
}

// --- password reset ----------------------------------------------------------

Response forgotPassword(Call &call)
{
    const QString email = parsed(emailRequestFromJson(call.request.jsonObject())).email.toLower();
    std::optional<Mail> mail;
    {
        Transaction tx(call.server.database());
        if (userIdForEmail(tx.db(), email)) {
            const QString ticket =
                issueTicket(tx.db(), email, kResetPurpose, kResetTicketLifetimeMs);
            mail = Mail{email, u"Reset your Keyward password"_s,
                        u"Somebody asked to reset the password of your Keyward account.\n\n"
                        "To choose a new password, use this token within one hour:\n\n"
                        "Password reset token: %1\n\nIf it was not you, ignore this message; "
                        "your password stays as it is.\n"_s.arg(ticket)};
        }
        tx.commit();
    }
    // Unlike registration, only existing accounts get a mail: reporting a
    // delivery failure would tell the client that the account exists.
    if (mail && !call.server.mailer().send(*mail))
        qCWarning(lcUsers) << "the password reset mail could not be delivered";
    return Response::empty(202);
}

Response resetPassword(Call &call)
{
    const ResetPasswordRequest request =
        parsed(resetPasswordRequestFromJson(call.request.jsonObject()));
    if (const QString problem = PasswordHasher::problem(request.password); !problem.isEmpty())
        throw ApiError::badRequest(problem);
    // Hashed before the write lock is taken: Argon2 is slow on purpose.
    const QString hash = call.server.passwords().hash(request.password);
    Transaction tx(call.server.database());
    const QString email = redeemTicket(tx.db(), request.confirmationToken, kResetPurpose);
    const auto userId = userIdForEmail(tx.db(), email);
    if (!userId)
        throw ApiError::badRequest(
            u"The account this password reset token was issued for no longer exists."_s);
    SqlQuery(tx.db(), u"UPDATE users SET password_hash = :hash WHERE id = :id"_s)
        .bind(u":hash"_s, hash)
        .bind(u":id"_s, *userId)
        .exec();
    // Whoever knew the old password must not stay logged in.
    SqlQuery(tx.db(), u"DELETE FROM sessions WHERE user_id = :id"_s).bind(u":id"_s, *userId).exec();
    const User user = loadUser(tx.db(), *userId);
    tx.commit();
    call.server.loginThrottle().recordSuccess(email);
    return Response::json(200, toJson(user));
}

// --- profile -----------------------------------------------------------------

Response userInfo(Call &call)
{
    return Response::json(
        200, toJson(loadUser(call.server.database().connection(), call.principal.userId)));
}

Response updateUserInfo(Call &call)
{
    const UpdateUserRequest request = parsed(updateUserRequestFromJson(call.request.jsonObject()));
    Transaction tx(call.server.database());
    User user = loadUser(tx.db(), call.principal.userId);
    if (request.firstName)
        user.firstName = *request.firstName;
    if (request.lastName)
        user.lastName = *request.lastName;
    SqlQuery(tx.db(), u"UPDATE users SET first_name = :first, last_name = :last WHERE id = :id"_s)
        .bind(u":first"_s, user.firstName)
        .bind(u":last"_s, user.lastName)
        .bind(u":id"_s, call.principal.userId)
        .exec();
    tx.commit();
    return Response::json(200, toJson(user));
}

// --- memberships -------------------------------------------------------------

/// Runs "SELECT name, role FROM (<from>) …" paged, with the total for X-Total-Count.
Response namedRoleList(Call &call, const QString &from,
                       const std::function<void(SqlQuery &)> &bindParameters)
{
    const Paging paging = Paging::fromRequest(call.request);
    QSqlDatabase db = call.server.database().connection();
    SqlQuery count(db, u"SELECT COUNT(*) FROM ("_s + from + u") r"_s);
    bindParameters(count);
    const qint64 total = count.exec().scalarInteger();
    SqlQuery query(db, u"SELECT name, role FROM ("_s + from + u") r ORDER BY name"_s +
                           paging.sqlClause());
    bindParameters(query);
    paging.bind(query);
    query.exec();
    QJsonArray items;
    while (query.next()) {
        const auto role = roleFromString(query.value(1).toString());
        if (!role)
            throw ApiError::internal(u"A membership has an unknown role."_s);
        items.append(toJson(NamedRole{query.value(0).toString(), *role}));
    }
    return listResponse(items, paging, total);
}

Response userOrganizations(Call &call)
{
    // Members with their role, plus organizations where the user is only in
    // a team (api.md: role "team").
    const QString from =
        u"SELECT o.name AS name, m.role AS role FROM organizations o "
        "JOIN organization_members m ON m.organization_id = o.id WHERE m.user_id = :user "
        "UNION "
        "SELECT o.name AS name, 'team' AS role FROM organizations o "
        "JOIN teams t ON t.organization_id = o.id JOIN team_members tm ON tm.team_id = t.id "
        "WHERE tm.user_id = :user AND NOT EXISTS (SELECT 1 FROM organization_members m2 "
        "WHERE m2.organization_id = o.id AND m2.user_id = :user)"_s;
    const qint64 userId = call.principal.userId;
    return namedRoleList(call, from, [userId](SqlQuery &q) { q.bind(u":user"_s, userId); });
}

Response userTeams(Call &call)
{
    QSqlDatabase db = call.server.database().connection();
    const OrganizationRef organization =
        access::requireOrganization(db, call.request.param(u"org"_s));
    // api.md: "lists the caller's own team roles only". Taken literally: an
    // organization admin who is in no team gets an empty list here, although
    // access::teamRole treats them as admin of every team; the organization's
    // full team list is GET /organizations/{org}/teams.
    const QString from = u"SELECT t.name AS name, tm.role AS role FROM teams t "
                         "JOIN team_members tm ON tm.team_id = t.id "
                         "WHERE t.organization_id = :org AND tm.user_id = :user"_s;
    const qint64 userId = call.principal.userId;
    const qint64 organizationId = organization.id;
    return namedRoleList(call, from, [userId, organizationId](SqlQuery &q) {
        q.bind(u":org"_s, organizationId).bind(u":user"_s, userId);
    });
}

QString escapeLike(const QString &text)
{
    QString escaped;
    escaped.reserve(text.size());
    for (const QChar c : text) {
        if (c == u'\\' || c == u'%' || c == u'_')
            escaped.append(u'\\');
        escaped.append(c);
    }
    return escaped;
}

Response searchUsers(Call &call)
{
    const QString q = call.request.queryValue(u"q"_s).value_or(QString()).trimmed();
    if (q.isEmpty())
        throw ApiError::badRequest(
            u"Searching users needs a non-empty 'q' (part of an email address or name)."_s);
    Paging paging = Paging::fromRequest(call.request);
    // At most 50 per answer, so a one-letter query cannot dump the user table.
    paging.limit = qMin(paging.limit.value_or(kMaxSearchResults), kMaxSearchResults);
    // LOWER() on both sides: PostgreSQL's LIKE is case-sensitive. (SQLite's
    // LOWER only folds ASCII, which is what email addresses mostly are.)
    const QString where = u" FROM users WHERE LOWER(email) LIKE :pattern ESCAPE '\\' "
                          "OR LOWER(first_name) LIKE :pattern ESCAPE '\\' "
                          "OR LOWER(last_name) LIKE :pattern ESCAPE '\\'"_s;
    const QString pattern = u'%' + escapeLike(q.toLower()) + u'%';
    QSqlDatabase db = call.server.database().connection();
    SqlQuery count(db, u"SELECT COUNT(*)"_s + where);
    const qint64 total = count.bind(u":pattern"_s, pattern).exec().scalarInteger();
    SqlQuery query(db, u"SELECT first_name, last_name, email"_s + where + u" ORDER BY email"_s +
                           paging.sqlClause());
    query.bind(u":pattern"_s, pattern);
    paging.bind(query);
    query.exec();
    QJsonArray items;
    while (query.next())
        items.append(toJson(
            User{query.value(0).toString(), query.value(1).toString(), query.value(2).toString()}));
    Response response = Response::json(200, items);
    response.withHeader("X-Total-Count"_ba, QByteArray::number(total));
    return response;
}
} // namespace

void registerUserRoutes(Router &router)
{
    router.add(Method::Post, u"/users/register"_s, Audience::Anyone, registerUser);
    router.add(Method::Post, u"/users/confirm"_s, Audience::Anyone, confirmUser);
    router.add(Method::Post, u"/users/login"_s, Audience::Anyone, login);
    router.add(Method::Post, u"/users/logout"_s, Audience::User, logout);
    router.add(Method::Post, u"/users/forgot-password"_s, Audience::Anyone, forgotPassword);
    router.add(Method::Post, u"/users/reset-password"_s, Audience::Anyone, resetPassword);
    router.add(Method::Get, u"/users/info"_s, Audience::User, userInfo);
    router.add(Method::Patch, u"/users/info"_s, Audience::User, updateUserInfo);
    router.add(Method::Get, u"/users/organizations"_s, Audience::User, userOrganizations);
    router.add(Method::Get, u"/users/organizations/{org}/teams"_s, Audience::User, userTeams);
    router.add(Method::Get, u"/users/search"_s, Audience::User, searchUsers);
}

} // namespace keyward::server
