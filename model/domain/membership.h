// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "expected.h"
#include "role.h"
#include "user.h"

#include <QJsonObject>

namespace keyward {

/// A member of an organization or team: {user: {…}, role}.
struct Membership
{
    User user;
    Role role = Role::Viewer;

    friend bool operator==(const Membership &, const Membership &) = default;
};

QJsonObject toJson(const Membership &membership);
Expected<Membership> membershipFromJson(const QJsonObject &json);

} // namespace keyward
