// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace keyward::server {

/// Argon2id password hashes in PHC string form ("$argon2id$v=19$m=…").
/// Hashing is deliberately slow: call it on a worker thread, never on the
/// event loop.
class PasswordHasher
{
public:
    struct Cost
    {
        quint32 timeCost = 2;
        quint32 memoryKiB = 19 * 1024; // OWASP's minimum for Argon2id
        quint32 parallelism = 1;
    };

    PasswordHasher() = default;
    explicit PasswordHasher(Cost cost)
        : m_cost(cost)
    {}

    QString hash(const QString &password) const;
    /// Constant-time verification against a PHC string; false for malformed strings.
    bool verify(const QString &password, const QString &phc) const;

    /// Shortest and longest password accepted (the long limit bounds hashing work).
    static constexpr int kMinimumLength = 8;
    static constexpr int kMaximumLength = 1024;
    /// A sentence when \p password is unacceptable, else empty.
    static QString problem(const QString &password);

private:
    Cost m_cost;
};

} // namespace keyward::server
