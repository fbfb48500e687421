// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "expected.h"

#include <QJsonObject>
#include <QString>

namespace keyward {

/// A person who logs in: {first_name, last_name, email}.
struct User
{
    QString firstName;
    QString lastName;
    QString email;

    friend bool operator==(const User &, const User &) = default;
};

QJsonObject toJson(const User &user);
Expected<User> userFromJson(const QJsonObject &json);

} // namespace keyward
