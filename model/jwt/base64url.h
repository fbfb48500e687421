// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

namespace keyward::jwt {

/// RFC 7515 §2 base64url without padding.
QByteArray base64UrlEncode(QByteArrayView data);
/// Strict decoding: only [A-Za-z0-9_-], no padding, no whitespace, length not
/// 1 mod 4, and the unused low bits of the last character zero (re-encoding
/// the result must give back exactly \p text), so every value has one spelling.
std::optional<QByteArray> base64UrlDecodeStrict(QByteArrayView text);

} // namespace keyward::jwt
