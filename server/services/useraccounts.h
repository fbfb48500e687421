// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/user.h"

#include <QSqlDatabase>
#include <QString>

namespace keyward::server {

class ServerContext;

/// Creating accounts, shared by POST /users/confirm, `keyward-server user add`
/// and the demo seeder.
namespace useraccounts {

/// Inside the caller's write transaction: validates the password (ApiError
/// 400), stores the user with an Argon2id hash, applies pending invitations
/// for the email, and returns the new user id. 409 when the email exists.
qint64 createUser(ServerContext &server, QSqlDatabase &db, const User &user,
                  const QString &password);

} // namespace useraccounts
} // namespace keyward::server
