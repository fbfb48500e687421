// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "expected.h"
#include "token.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace keyward {

/// {name, email, notification_url, tokens}.
struct Organization
{
    QString name;
    QString email;
    QString notificationUrl;
    QList<Token> tokens;

    friend bool operator==(const Organization &, const Organization &) = default;
};

QJsonObject toJson(const Organization &organization);
Expected<Organization> organizationFromJson(const QJsonObject &json);

} // namespace keyward
