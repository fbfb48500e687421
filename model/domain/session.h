// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "expected.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace keyward {

/// The answer to POST /users/login: {token, expires}.
struct Session
{
    QString token;
    QDateTime expires;

    friend bool operator==(const Session &, const Session &) = default;
};

QJsonObject toJson(const Session &session);
Expected<Session> sessionFromJson(const QJsonObject &json);

} // namespace keyward
