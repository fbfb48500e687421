// SPDX-License-Identifier: GPL-3.0-or-later
#include "credentialstore.h"

#include <qt6keychain/keychain.h>

#include <QLoggingCategory>
#include <QPointer>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace keyward {

Q_LOGGING_CATEGORY(lcCredentials, "keyward.credentials", QtInfoMsg)

namespace {

/// Starts \p job and calls \p finish with it when it is done, unless
/// \p context is gone by then. The job deletes itself.
template <typename Finish> void run(QKeychain::Job *job, QObject *context, Finish finish)
{
    job->setAutoDelete(true);
    // A keychain that cannot be reached must fail, never quietly fall back to
    // a plain-text settings file.
    job->setInsecureFallback(false);
    QObject::connect(job, &QKeychain::Job::finished, context,
                     [finish = std::move(finish)](QKeychain::Job *finished) { finish(finished); });
    job->start();
}

} // namespace

CredentialStore::CredentialStore(const QString &appName, QObject *parent)
    : QObject(parent)
    , m_appName(appName)
{}

QString CredentialStore::keyString(const CredentialKey &key) const
{
    const QUrl &url = key.server;
    const int port = url.port(url.scheme() == u"https"_s ? 443 : 80);
    QString server = url.scheme() + u"://"_s + url.host().toLower() + u':' + QString::number(port);
    QString path = url.path();
    while (path.endsWith(u'/')) {
        path.chop(1);
    }
    server += path;
    return m_appName + u':' + server + u':' + key.account + u':' + key.purpose;
}

std::optional<CredentialError> CredentialStore::checkKey(const CredentialKey &key) const
{
    if (!key.server.isValid() || key.server.host().isEmpty() || key.account.isEmpty() ||
        key.purpose.isEmpty()) {
        return CredentialError{CredentialError::InvalidKey,
                               tr("Keyward needs a server address and an account to store or "
                                  "look up a secret in the keychain.")};
    }
    return std::nullopt;
}

CredentialError CredentialStore::errorFromJob(const QKeychain::Job *job)
{
    return classify(job->error(), job->errorString());
}

CredentialError CredentialStore::classify(int keychainError, const QString &detail)
{
    const CredentialError locked{
        CredentialError::Locked,
        tr("The keychain is locked. Unlock it (for example in your desktop's "
           "password manager) and try again.")};
    // libsecret reports a locked collection under several codes
    // (AccessDeniedByUser for SECRET_ERROR_IS_LOCKED, AccessDenied for "Cannot
    // create an item in a locked collection", OtherError elsewhere): its words
    // are the reliable sign.
    if (detail.contains("locked"_L1, Qt::CaseInsensitive))
        return locked;
    switch (QKeychain::Error(keychainError)) {
    case QKeychain::EntryNotFound:
        return {CredentialError::NotFound, tr("The keychain holds no such secret.")};
    case QKeychain::AccessDeniedByUser:
        return locked;
    case QKeychain::AccessDenied:
        return {CredentialError::AccessDenied,
                tr("Keyward was denied access to the keychain. Allow Keyward to use it in "
                   "your desktop's password manager and try again.")};
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        break;
    case QKeychain::NoError:
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        // Without a Secret Service on the session bus, libsecret fails with a
        // D-Bus error instead of a backend error; it means the same to the user.
        if (detail.contains("org.freedesktop.secrets"_L1) || detail.contains("ServiceUnknown"_L1) ||
            detail.contains("was not provided"_L1) || detail.contains("NoReply"_L1) ||
            detail.contains("Cannot autolaunch"_L1) || detail.contains("Could not connect"_L1)) {
            break;
        }
        return {CredentialError::Other, tr("The keychain reported a problem: %1").arg(detail)};
    }
    return {CredentialError::NoService,
            tr("No keychain service is available, so Keyward cannot store or read secrets. "
               "Start your desktop's keychain (for example GNOME Keyring or KWallet) and "
               "try again.")};
}

template <typename T>
void CredentialStore::failLater(QObject *context, Callback<T> done, CredentialError error)
{
    QTimer::singleShot(0, context,
                       [done = std::move(done), error = std::move(error)] { done(error); });
}

void CredentialStore::writeSecret(const CredentialKey &key, const QString &secret, QObject *context,
                                  Callback<CredentialDone> done)
{
    if (auto problem = checkKey(key)) {
        failLater(context, std::move(done), *problem);
        return;
    }
    if (secret.toUtf8().size() > MaxSecretBytes) {
        failLater(context, std::move(done),
                  CredentialError{CredentialError::TooLarge,
                                  tr("This secret is longer than %1 bytes, more than every "
                                     "supported keychain can hold, so it was not stored.")
                                      .arg(MaxSecretBytes)});
        return;
    }
    auto *job = new QKeychain::WritePasswordJob(m_appName);
    job->setKey(keyString(key));
    job->setTextData(secret);
    qCDebug(lcCredentials) << "writing" << keyString(key);
    run(job, context, [done = std::move(done)](QKeychain::Job *finished) {
        if (finished->error() != QKeychain::NoError) {
            qCWarning(lcCredentials)
                << "write failed:" << finished->error() << finished->errorString();
            done(errorFromJob(finished));
            return;
        }
        done(CredentialDone{});
    });
}

void CredentialStore::readSecret(const CredentialKey &key, QObject *context, Callback<QString> done)
{
    if (auto problem = checkKey(key)) {
        failLater(context, std::move(done), *problem);
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(m_appName);
    job->setKey(keyString(key));
    run(job, context, [done = std::move(done)](QKeychain::Job *finished) {
        if (finished->error() != QKeychain::NoError) {
            done(errorFromJob(finished));
            return;
        }
        done(static_cast<QKeychain::ReadPasswordJob *>(finished)->textData());
    });
}

void CredentialStore::removeSecret(const CredentialKey &key, QObject *context,
                                   Callback<CredentialDone> done)
{
    if (auto problem = checkKey(key)) {
        failLater(context, std::move(done), *problem);
        return;
    }
    auto *job = new QKeychain::DeletePasswordJob(m_appName);
    job->setKey(keyString(key));
    run(job, context, [done = std::move(done)](QKeychain::Job *finished) {
        if (finished->error() != QKeychain::NoError) {
            done(errorFromJob(finished));
            return;
        }
        done(CredentialDone{});
    });
}

} // namespace keyward
