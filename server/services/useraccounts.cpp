// SPDX-License-Identifier: GPL-3.0-or-later
#include "useraccounts.h"

#include "domain/names.h"
#include "http/apierror.h"
#include "security/passwordhasher.h"
#include "servercontext.h"
#include "storage/sql.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace keyward::server::useraccounts {

namespace {
bool rowExists(QSqlDatabase &db, const QString &statement, qint64 first, qint64 second)
{
    SqlQuery query(db, statement);
    query.bind(u":a"_s, first).bind(u":b"_s, second).exec();
    return query.next();
}

// Members added by email before the account existed (api.md: POST …/users
// answers 202 for unknown emails) become real members now. A membership that
// exists already wins over the invitation, so a later role change is not
// overwritten by an older invitation.
void applyInvitations(QSqlDatabase &db, const QString &email, qint64 userId)
{
    SqlQuery invitations(
        db, u"SELECT organization_id, team_id, role FROM invitations WHERE email = :email "
            "ORDER BY id"_s);
    invitations.bind(u":email"_s, email).exec();
    struct Invitation
    {
        qint64 organizationId;
        std::optional<qint64> teamId;
        QString role;
    };
    QList<Invitation> pending;
    while (invitations.next())
        pending.append({invitations.value(0).toLongLong(),
                        invitations.value(1).isNull()
                            ? std::nullopt
                            : std::optional<qint64>(invitations.value(1).toLongLong()),
                        invitations.value(2).toString()});
    for (const Invitation &invitation : pending) {
        if (invitation.teamId) {
            if (rowExists(db, u"SELECT 1 FROM team_members WHERE team_id = :a AND user_id = :b"_s,
                          *invitation.teamId, userId))
                continue;
            SqlQuery(db, u"INSERT INTO team_members (team_id, user_id, role) "
                         "VALUES (:team, :user, :role)"_s)
                .bind(u":team"_s, *invitation.teamId)
                .bind(u":user"_s, userId)
                .bind(u":role"_s, invitation.role)
                .exec();
        } else {
            if (rowExists(
                    db,
                    u"SELECT 1 FROM organization_members WHERE organization_id = :a AND user_id = :b"_s,
                    invitation.organizationId, userId))
                continue;
            SqlQuery(db, u"INSERT INTO organization_members (organization_id, user_id, role) "
                         "VALUES (:org, :user, :role)"_s)
                .bind(u":org"_s, invitation.organizationId)
                .bind(u":user"_s, userId)
                .bind(u":role"_s, invitation.role)
                .exec();
        }
    }
    SqlQuery(db, u"DELETE FROM invitations WHERE email = :email"_s).bind(u":email"_s, email).exec();
}
} // namespace

qint64 createUser(ServerContext &server, QSqlDatabase &db, const User &user,
                  const QString &password)
{
    const QString email = user.email.trimmed().toLower();
    if (!isPlausibleEmail(email))
        throw ApiError::badRequest(u"'%1' is not a valid email address."_s.arg(email));
    if (const QString problem = PasswordHasher::problem(password); !problem.isEmpty())
        throw ApiError::badRequest(problem);

    SqlQuery existing(db, u"SELECT 1 FROM users WHERE email = :email"_s);
    existing.bind(u":email"_s, email).exec();
    if (existing.next())
        throw ApiError::conflict(u"An account for %1 exists already; log in or reset the "
                                 "password instead."_s.arg(email));

    SqlQuery insert(db,
                    u"INSERT INTO users (email, first_name, last_name, password_hash, "
                    "created_ms) VALUES (:email, :first, :last, :hash, :created) RETURNING id"_s);
    insert.bind(u":email"_s, email)
        .bind(u":first"_s, user.firstName)
        .bind(u":last"_s, user.lastName)
        .bind(u":hash"_s, server.passwords().hash(password))
        .bind(u":created"_s, QDateTime::currentMSecsSinceEpoch());
    const qint64 id = insert.exec().scalarInteger();
    applyInvitations(db, email, id);
    return id;
}

} // namespace keyward::server::useraccounts
