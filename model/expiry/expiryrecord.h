// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/token.h"
#include "settings/environment.h"

#include <QString>
#include <QUrl>
#include <QUuid>

namespace keyward {

/// One token of the expiry review: the token as GET /users/tokens (or the
/// CAVE fallback walk) returned it, with org/team filled in and never a
/// value, plus the connection profile it was read through.
struct ExpiryRecord
{
    QUuid profileId;
    QString profileName;
    Environment environment = Environment::Production;
    QString environmentColour; ///< the profile's effective colour, "#rrggbb"
    QUrl serverUrl;
    Token token; ///< token.org is set; token.team empty for organization tokens

    /// Identifies the token across profiles: profile id, org, team and token id.
    QString key() const
    {
        return profileId.toString(QUuid::WithoutBraces) + u'/' + token.org + u'/' + token.team +
               u'/' + token.id;
    }

    friend bool operator==(const ExpiryRecord &, const ExpiryRecord &) = default;
};

} // namespace keyward
