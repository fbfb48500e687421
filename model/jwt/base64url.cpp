// SPDX-License-Identifier: GPL-3.0-or-later
#include "base64url.h"

namespace keyward::jwt {

namespace {
constexpr auto kOptions = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

bool isBase64UrlChar(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
           c == '_';
}
} // namespace

QByteArray base64UrlEncode(QByteArrayView data)
{
    return data.toByteArray().toBase64(kOptions);
}

std::optional<QByteArray> base64UrlDecodeStrict(QByteArrayView text)
{
    if (text.size() % 4 == 1)
        return std::nullopt;
    for (char c : text) {
        if (!isBase64UrlChar(c))
            return std::nullopt;
    }
    auto result = QByteArray::fromBase64Encoding(text.toByteArray(),
                                                 QByteArray::Base64UrlEncoding |
                                                     QByteArray::AbortOnBase64DecodingErrors);
    if (!result)
        return std::nullopt;
    // Qt ignores non-zero unused bits in the last character; re-encoding
    // catches them, so "...A" and "...B" cannot both name the same bytes.
    if (base64UrlEncode(result.decoded) != text)
        return std::nullopt;
    return std::move(result.decoded);
}

} // namespace keyward::jwt
