// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apierror.h"
#include "expiry/expiryrecord.h"
#include "settings/connectionprofile.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUuid>

#include <memory>
#include <vector>

namespace keyward {

class ApiClient;
class CredentialStore;
class ExpiryCollector;
class ProfileStore;
class SessionManager;

/// The expiry review's data from every connection profile with a stored
/// session: the active profile through the main window's client, every other
/// one through a private client that resumes the session kept in the
/// keychain. Profiles without a session are reported as not signed in, which
/// is not an error. All profiles are collected at the same time.
class ExpiryAggregator final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExpiryAggregator)

public:
    /// Neither \p profiles nor \p credentials is owned; both must outlive this object.
    ExpiryAggregator(ProfileStore *profiles, CredentialStore *credentials,
                     QObject *parent = nullptr);
    ~ExpiryAggregator() override;

    /// The main window's logged-in client for \p profileId (not owned); a null
    /// \p api means no profile is active.
    void setActiveClient(const QUuid &profileId, ApiClient *api);

    /// Starts collecting from every profile; a running collection is cancelled
    /// first, and the private clients of the previous run are released.
    void start();
    /// Stops every profile's collection; emits cancelled() when one was running.
    void cancel();
    bool isRunning() const { return m_running; }

    /// The client a profile's tokens were read with (to act on them, e.g.
    /// rotate); null for a profile that is not signed in or unknown.
    ApiClient *clientFor(const QUuid &profileId) const;

Q_SIGNALS:
    void profileStatusChanged(const QUuid &id, const QString &profileName, const QString &text,
                              bool isProblem);
    /// Summed over all profiles.
    void progress(int done, int total, const QString &what);
    void finished(const QList<keyward::ExpiryRecord> &all);
    void cancelled();

private:
    struct ProfileRun
    {
        /// Context of every connection for this run: deleting it cuts them all.
        std::unique_ptr<QObject> context = std::make_unique<QObject>();
        ConnectionProfile profile;
        ApiClient *api = nullptr; ///< the active client or ownedApi
        std::unique_ptr<ApiClient> ownedApi;
        std::unique_ptr<SessionManager> session;
        std::unique_ptr<ExpiryCollector> collector;
        int done = 0;
        int total = 0;
        bool settled = false;
    };

    const ProfileRun *runFor(const QUuid &id) const;
    void collect(ProfileRun &run);
    void settleProfile(ProfileRun &run, const QString &text, bool isProblem);
    void onCollectorFinished(ProfileRun &run, const QList<ExpiryRecord> &records,
                             const QStringList &problems, bool usedFallback);
    void reportProgress(const QString &what);
    void finishIfDone();
    void releaseRuns();

    ProfileStore *m_profiles;
    CredentialStore *m_credentials;
    QUuid m_activeId;
    QPointer<ApiClient> m_activeApi;
    std::vector<std::unique_ptr<ProfileRun>> m_runs;
    QList<ExpiryRecord> m_records;
    bool m_running = false;
};

} // namespace keyward
