// SPDX-License-Identifier: GPL-3.0-or-later
#include "tokencipher.h"

#include "http/apierror.h"
#include "secrets.h"

#include <QFile>

#include <openssl/evp.h>

#include <memory>

using namespace Qt::StringLiterals;

namespace keyward::server {

namespace {
constexpr int kKeyBytes = 32;
constexpr int kNonceBytes = 12;
constexpr int kTagBytes = 16;
constexpr char kVersion = 1;

using CipherContext = std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)>;

const unsigned char *bytes(QByteArrayView view)
{
    return reinterpret_cast<const unsigned char *>(view.data());
}
} // namespace

TokenCipher TokenCipher::loadOrCreate(const QString &path)
{
    QFile file(path);
    if (file.exists()) {
        if (!file.open(QIODevice::ReadOnly))
            throw ApiError::internal(
                u"Cannot read the token key %1: %2"_s.arg(path, file.errorString()));
        const QByteArray key = file.readAll();
        if (key.size() != kKeyBytes)
            throw ApiError::internal(
                u"The token key %1 is damaged (expected %2 bytes)."_s.arg(path).arg(kKeyBytes));
        return TokenCipher(key);
    }
    const QByteArray key = randomBytes(kKeyBytes);
    writePrivateFile(path, key);
    return TokenCipher(key);
}

TokenCipher::TokenCipher(QByteArray key)
    : m_key(std::move(key))
{
    Q_ASSERT(m_key.size() == kKeyBytes);
}

QByteArray TokenCipher::seal(QByteArrayView plaintext, QByteArrayView associatedData) const
{
    const QByteArray nonce = randomBytes(kNonceBytes);
    QByteArray out(1 + kNonceBytes + plaintext.size() + kTagBytes, Qt::Uninitialized);
    out[0] = kVersion;
    memcpy(out.data() + 1, nonce.constData(), kNonceBytes);
    CipherContext ctx(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    int length = 0;
    auto *cipherText = reinterpret_cast<unsigned char *>(out.data() + 1 + kNonceBytes);
    const bool ok = ctx &&
                    EVP_EncryptInit_ex2(ctx.get(), EVP_aes_256_gcm(), bytes(m_key), bytes(nonce),
                                        nullptr) == 1 &&
                    EVP_EncryptUpdate(ctx.get(), nullptr, &length, bytes(associatedData),
                                      int(associatedData.size())) == 1 &&
                    EVP_EncryptUpdate(ctx.get(), cipherText, &length, bytes(plaintext),
                                      int(plaintext.size())) == 1 &&
                    EVP_EncryptFinal_ex(ctx.get(), cipherText + length, &length) == 1 &&
                    EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, kTagBytes,
                                        out.data() + 1 + kNonceBytes + plaintext.size()) == 1;
    if (!ok)
        throw ApiError::internal(u"Encrypting a token value failed."_s);
    return out;
}

std::optional<QByteArray> TokenCipher::open(QByteArrayView sealed,
                                            QByteArrayView associatedData) const
{
    if (sealed.size() < 1 + kNonceBytes + kTagBytes || sealed[0] != kVersion)
        return std::nullopt;
    const qsizetype textLength = sealed.size() - 1 - kNonceBytes - kTagBytes;
    QByteArray plain(textLength, Qt::Uninitialized);
    QByteArray tag = sealed.sliced(1 + kNonceBytes + textLength).toByteArray();
    CipherContext ctx(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    int length = 0;
    auto *out = reinterpret_cast<unsigned char *>(plain.data());
    const bool ok =
        ctx &&
        EVP_DecryptInit_ex2(ctx.get(), EVP_aes_256_gcm(), bytes(m_key), bytes(sealed.sliced(1)),
                            nullptr) == 1 &&
        EVP_DecryptUpdate(ctx.get(), nullptr, &length, bytes(associatedData),
                          int(associatedData.size())) == 1 &&
        EVP_DecryptUpdate(ctx.get(), out, &length, bytes(sealed.sliced(1 + kNonceBytes)),
                          int(textLength)) == 1 &&
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, kTagBytes, tag.data()) == 1 &&
        EVP_DecryptFinal_ex(ctx.get(), out + length, &length) == 1;
    if (!ok)
        return std::nullopt;
    return plain;
}

} // namespace keyward::server
