// SPDX-License-Identifier: GPL-3.0-or-later
#include "base64url.h"

#include <array>

namespace keyward::jwt {

namespace {
constexpr auto kOptions = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
} // namespace

QByteArray base64UrlEncode(QByteArrayView data)
{
    return data.toByteArray().toBase64(kOptions);
}

std::optional<QByteArray> base64UrlDecodeStrict(QByteArrayView text)
{
    // A table decoder in one pass: this runs three times per token on the
    // publish path, where the former fromBase64Encoding + re-encode check
    // cost about a tenth of an RSA verification.
    static constexpr auto kTable = [] {
        std::array<signed char, 256> table{};
        table.fill(-1);
        const char *alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        for (int i = 0; i < 64; ++i)
            table[static_cast<unsigned char>(alphabet[i])] = static_cast<signed char>(i);
        return table;
    }();
    const qsizetype tail = text.size() % 4;
    if (tail == 1)
        return std::nullopt;
    QByteArray out(text.size() / 4 * 3 + (tail ? tail - 1 : 0), Qt::Uninitialized);
    auto *dst = reinterpret_cast<unsigned char *>(out.data());
    const auto *src = reinterpret_cast<const unsigned char *>(text.data());
    const qsizetype whole = text.size() - tail;
    for (qsizetype i = 0; i < whole; i += 4) {
        const int a = kTable[src[i]], b = kTable[src[i + 1]], c = kTable[src[i + 2]],
                  d = kTable[src[i + 3]];
        if ((a | b | c | d) < 0)
            return std::nullopt;
        const unsigned value =
            unsigned(a) << 18 | unsigned(b) << 12 | unsigned(c) << 6 | unsigned(d);
        *dst++ = static_cast<unsigned char>(value >> 16);
        *dst++ = static_cast<unsigned char>(value >> 8);
        *dst++ = static_cast<unsigned char>(value);
    }
    if (tail) {
        const int a = kTable[src[whole]], b = kTable[src[whole + 1]];
        const int c = tail == 3 ? kTable[src[whole + 2]] : 0;
        if ((a | b | c) < 0)
            return std::nullopt;
        const unsigned value = unsigned(a) << 18 | unsigned(b) << 12 | unsigned(c) << 6;
        // Canonical form only: the unused low bits of the last character
        // must be zero, so "...A" and "...B" cannot name the same bytes.
        if (tail == 2 ? (value & 0xFFFF) != 0 : (value & 0xFF) != 0)
            return std::nullopt;
        *dst++ = static_cast<unsigned char>(value >> 16);
        if (tail == 3)
            *dst++ = static_cast<unsigned char>(value >> 8);
    }
    return out;
}

} // namespace keyward::jwt
