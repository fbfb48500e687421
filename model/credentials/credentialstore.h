// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/expected.h"

#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>
#include <optional>

namespace QKeychain {
class Job;
}

namespace keyward {

/// What a secret is for, on which server, for which account.
struct CredentialKey
{
    QUrl server;
    QString account;
    /// "session" or "password".
    QString purpose;
};

/// Why the keychain could not do what was asked, as a sentence for the user.
struct CredentialError
{
    enum Kind
    {
        NoService,
        Locked,
        AccessDenied,
        NotFound,
        TooLarge,
        InvalidKey,
        Other
    };
    Kind kind = Other;
    QString message;
};

struct CredentialDone
{};

/// The only wrapper around QtKeychain: secrets (session tokens, remembered
/// passwords) go to the operating system's keychain and nowhere else; there
/// is no insecure fallback to a file.
class CredentialStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CredentialStore)

public:
    /// Windows credentials hold at most 2560 bytes; staying under 2 KiB keeps
    /// the same secret usable on every platform.
    static constexpr qsizetype MaxSecretBytes = 2048;

    template <typename T>
    using Callback = std::function<void(const Expected<T, CredentialError> &)>;

    /// \p appName is the keychain "service" and the first part of every key.
    explicit CredentialStore(const QString &appName = QStringLiteral("keyward"),
                             QObject *parent = nullptr);

    /// "keyward:https://host:443:alice@example.com:session": scheme, host and
    /// port always explicit, so two spellings of one server share their secrets.
    QString keyString(const CredentialKey &key) const;

    void writeSecret(const CredentialKey &key, const QString &secret, QObject *context,
                     Callback<CredentialDone> done);
    void readSecret(const CredentialKey &key, QObject *context, Callback<QString> done);
    void removeSecret(const CredentialKey &key, QObject *context, Callback<CredentialDone> done);

    /// How a failed keychain job reads to the user, from QtKeychain's error
    /// code (an int, so this header needs no QtKeychain include) and its
    /// detail text. Pure, so the mapping is tested without a keychain.
    static CredentialError classify(int keychainError, const QString &detail);

private:
    static CredentialError errorFromJob(const QKeychain::Job *job);
    /// Delivers an error that needs no keychain round trip, still asynchronously
    /// so that callers see one behaviour.
    template <typename T> void failLater(QObject *context, Callback<T> done, CredentialError error);
    std::optional<CredentialError> checkKey(const CredentialKey &key) const;

    QString m_appName;
};

} // namespace keyward
