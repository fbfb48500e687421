// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jwterror.h"

#include "domain/expected.h"

#include <QByteArrayView>
#include <QJsonObject>

namespace keyward::jwt {

/// Parses \p utf8 as a JSON object, refusing duplicate member names at any
/// depth (QJsonDocument silently keeps the last one, which lets an attacker
/// smuggle a second "exp" or "alg" past a different parser), invalid UTF-8,
/// and trailing garbage. Errors: DuplicateKey for a repeated name,
/// MalformedPayload for everything else (a caller parsing a JOSE header
/// reports that as MalformedHeader).
Expected<QJsonObject, JwtError> parseStrictJsonObject(QByteArrayView utf8);

} // namespace keyward::jwt
