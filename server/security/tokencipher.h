// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <optional>

namespace keyward::server {

/// Seals token values at rest with AES-256-GCM. Layout of a sealed value:
/// version byte (1) || 12-byte nonce || ciphertext || 16-byte tag. The token
/// id is bound as associated data, so a sealed value copied onto another row
/// does not open.
class TokenCipher
{
public:
    /// Reads the 32-byte key from \p path, creating it (mode 0600) when absent.
    static TokenCipher loadOrCreate(const QString &path);
    explicit TokenCipher(QByteArray key);

    QByteArray seal(QByteArrayView plaintext, QByteArrayView associatedData) const;
    std::optional<QByteArray> open(QByteArrayView sealed, QByteArrayView associatedData) const;

private:
    QByteArray m_key;
};

} // namespace keyward::server
