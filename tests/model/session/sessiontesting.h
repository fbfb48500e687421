// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Shared by the SessionManager tests: a profile for a spawned server and
// blocking helpers around the asynchronous CredentialStore.

#include "credentials/credentialstore.h"
#include "serverprocess.h"
#include "session/sessionmanager.h"
#include "settings/connectionprofile.h"

#include <QTest>

#include <optional>

namespace keyward::test {

using SecretResult = Expected<QString, CredentialError>;
using RemoveResult = Expected<CredentialDone, CredentialError>;

inline ConnectionProfile profileFor(const ServerProcess &server, const QString &email)
{
    ConnectionProfile profile;
    profile.id = QUuid::createUuid();
    profile.name = QStringLiteral("Test server");
    profile.serverUrl = QUrl(server.baseUrl());
    profile.environment = Environment::Development;
    profile.accountEmail = email;
    return profile;
}

inline SecretResult readSecret(CredentialStore &store, const CredentialKey &key)
{
    std::optional<SecretResult> result;
    QObject context;
    store.readSecret(key, &context, [&result](const SecretResult &r) { result.emplace(r); });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, 20000)) {
        return CredentialError{CredentialError::Other, QStringLiteral("timed out")};
    }
    return *result;
}

inline RemoveResult writeSecret(CredentialStore &store, const CredentialKey &key,
                                const QString &secret)
{
    std::optional<RemoveResult> result;
    QObject context;
    store.writeSecret(key, secret, &context,
                      [&result](const RemoveResult &r) { result.emplace(r); });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, 20000)) {
        return CredentialError{CredentialError::Other, QStringLiteral("timed out")};
    }
    return *result;
}

/// Why reading failed; nullopt when a secret was there.
inline std::optional<CredentialError::Kind> errorKind(const SecretResult &result)
{
    if (result) {
        return std::nullopt;
    }
    return result.error().kind;
}

/// The stored secret, or a marker naming the error, so that QCOMPARE shows it.
inline QString describe(const SecretResult &result)
{
    return result ? result.value() : QStringLiteral("<error: ") + result.error().message + u'>';
}

} // namespace keyward::test
