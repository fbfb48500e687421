// SPDX-License-Identifier: GPL-3.0-or-later
#include "secrets.h"

#include "http/apierror.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSaveFile>

#include <openssl/crypto.h>
#include <openssl/rand.h>

using namespace Qt::StringLiterals;

namespace keyward::server {

QByteArray randomBytes(int count)
{
    QByteArray bytes(count, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(bytes.data()), count) != 1)
        throw ApiError::internal(u"The server's random number generator failed."_s);
    return bytes;
}

QString randomTicket()
{
    return QString::fromLatin1(
        randomBytes(32).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString sha256Hex(QByteArrayView data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

bool constantTimeEquals(QByteArrayView a, QByteArrayView b)
{
    if (a.size() != b.size())
        return false;
    return CRYPTO_memcmp(a.data(), b.data(), size_t(a.size())) == 0;
}

void writePrivateFile(const QString &path, const QByteArray &data)
{
    QSaveFile file(path);
    // Set the permissions before any secret byte is written.
    if (!file.open(QIODevice::WriteOnly) ||
        !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
        file.write(data) != data.size() || !file.commit())
        throw ApiError::internal(
            u"Cannot write the private file %1: %2"_s.arg(path, file.errorString()));
}

} // namespace keyward::server
