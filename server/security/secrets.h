// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace keyward::server {

/// \p count bytes from OpenSSL's CSPRNG; throws ApiError(Internal) if the
/// generator fails (never falls back to a weaker source).
QByteArray randomBytes(int count);
/// 32 random bytes, base64url: session tokens, confirmation and reset tickets.
QString randomTicket();
/// Lower-case hex SHA-256: how session tokens and tickets are stored.
QString sha256Hex(QByteArrayView data);
/// Constant-time equality (CRYPTO_memcmp); false for different lengths.
bool constantTimeEquals(QByteArrayView a, QByteArrayView b);

/// Writes \p data to \p path with mode 0600, atomically (temp file + rename);
/// throws ApiError(Internal) with the path on failure.
void writePrivateFile(const QString &path, const QByteArray &data);

} // namespace keyward::server
