// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "expected.h"
#include "token.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace keyward {

/// {name, tokens}.
struct Team
{
    QString name;
    QList<Token> tokens;

    friend bool operator==(const Team &, const Team &) = default;
};

QJsonObject toJson(const Team &team);
Expected<Team> teamFromJson(const QJsonObject &json);

} // namespace keyward
