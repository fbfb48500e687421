// SPDX-License-Identifier: GPL-3.0-or-later
#include "passwordhasher.h"

#include "http/apierror.h"
#include "secrets.h"

#include <argon2.h>

using namespace Qt::StringLiterals;

namespace keyward::server {

namespace {
constexpr quint32 kSaltBytes = 16;
constexpr quint32 kHashBytes = 32;
} // namespace

QString PasswordHasher::hash(const QString &password) const
{
    const QByteArray secret = password.toUtf8();
    const QByteArray salt = randomBytes(kSaltBytes);
    const size_t encodedLength = argon2_encodedlen(
        m_cost.timeCost, m_cost.memoryKiB, m_cost.parallelism, kSaltBytes, kHashBytes, Argon2_id);
    QByteArray encoded(qsizetype(encodedLength), '\0');
    const int rc =
        argon2id_hash_encoded(m_cost.timeCost, m_cost.memoryKiB, m_cost.parallelism,
                              secret.constData(), size_t(secret.size()), salt.constData(),
                              size_t(salt.size()), kHashBytes, encoded.data(), encodedLength);
    if (rc != ARGON2_OK)
        throw ApiError::internal(u"Password hashing failed."_s);
    return QString::fromLatin1(encoded.constData()); // stops at the terminating NUL
}

bool PasswordHasher::verify(const QString &password, const QString &phc) const
{
    if (!phc.startsWith(u"$argon2id$"_s))
        return false;
    const QByteArray encoded = phc.toLatin1();
    const QByteArray secret = password.toUtf8();
    return argon2id_verify(encoded.constData(), secret.constData(), size_t(secret.size())) ==
           ARGON2_OK;
}

QString PasswordHasher::problem(const QString &password)
{
    if (password.size() < kMinimumLength)
        return u"The password must have at least %1 characters."_s.arg(kMinimumLength);
    if (password.size() > kMaximumLength)
        return u"The password must have at most %1 characters."_s.arg(kMaximumLength);
    return {};
}

} // namespace keyward::server
