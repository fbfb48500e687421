// SPDX-License-Identifier: GPL-3.0-or-later
#include "expiryaggregator.h"

#include "api/apiclient.h"
#include "expirycollector.h"
#include "session/sessionmanager.h"
#include "settings/profilestore.h"

using namespace Qt::StringLiterals;

namespace keyward {

namespace {
/// Hands \p object to the event loop for deletion: it may be the sender of
/// the signal being handled right now.
template <typename T> void disposeLater(std::unique_ptr<T> &object)
{
    if (object)
        object.release()->deleteLater();
}
} // namespace

ExpiryAggregator::ExpiryAggregator(ProfileStore *profiles, CredentialStore *credentials,
                                   QObject *parent)
    : QObject(parent)
    , m_profiles(profiles)
    , m_credentials(credentials)
{}

ExpiryAggregator::~ExpiryAggregator()
{
    for (auto &run : m_runs) {
        run->context.reset();
        // Collector and session first: they refer to the client.
        run->collector.reset();
        run->session.reset();
        run->ownedApi.reset();
    }
}

void ExpiryAggregator::setActiveClient(const QUuid &profileId, ApiClient *api)
{
    m_activeId = api ? profileId : QUuid();
    m_activeApi = api;
}

void ExpiryAggregator::releaseRuns()
{
    for (auto &run : m_runs) {
        run->context.reset();
        if (run->collector)
            run->collector->cancel();
        if (run->ownedApi)
            run->ownedApi->cancelAll();
        // Deferred deletions run in the order posted: the client goes last.
        disposeLater(run->collector);
        disposeLater(run->session);
        disposeLater(run->ownedApi);
    }
    m_runs.clear();
}

void ExpiryAggregator::start()
{
    releaseRuns();
    m_records.clear();
    m_running = true;

    const QList<ConnectionProfile> profiles = m_profiles->profiles();
    for (const ConnectionProfile &profile : profiles) {
        auto run = std::make_unique<ProfileRun>();
        run->profile = profile;
        m_runs.push_back(std::move(run));
    }
    if (m_runs.empty()) {
        m_running = false;
        Q_EMIT finished({});
        return;
    }
    for (auto &run : m_runs)
        Q_EMIT profileStatusChanged(run->profile.id, run->profile.name, tr("Loading…"), false);

    // Index loop: a slot connected to a signal below may call start() again.
    const auto runs = m_runs.size();
    for (std::size_t i = 0; i < runs && i < m_runs.size() && m_running; ++i) {
        ProfileRun &run = *m_runs[i];
        if (run.profile.id == m_activeId && m_activeApi) {
            run.api = m_activeApi;
            collect(run);
            continue;
        }
        run.ownedApi = std::make_unique<ApiClient>();
        run.api = run.ownedApi.get();
        run.session = std::make_unique<SessionManager>(run.api, m_credentials);
        ProfileRun *runPointer = &run;
        connect(run.session.get(), &SessionManager::loggedIn, run.context.get(),
                [this, runPointer] { collect(*runPointer); });
        connect(run.session.get(), &SessionManager::loginRequired, run.context.get(),
                [this, runPointer] {
                    runPointer->api = nullptr;
                    settleProfile(*runPointer,
                                  tr("Not signed in: open this profile to include its tokens"),
                                  false);
                });
        connect(run.session.get(), &SessionManager::loginFailed, run.context.get(),
                [this, runPointer](const ApiError &error) {
                    runPointer->api = nullptr;
                    settleProfile(*runPointer, error.message, true);
                });
        run.session->resume(run.profile);
    }
}

void ExpiryAggregator::collect(ProfileRun &run)
{
    if (!m_running || run.settled)
        return;
    run.collector = std::make_unique<ExpiryCollector>(run.api, run.profile);
    ProfileRun *runPointer = &run;
    connect(run.collector.get(), &ExpiryCollector::progress, run.context.get(),
            [this, runPointer](int done, int total, const QString &what) {
                runPointer->done = done;
                runPointer->total = total;
                reportProgress(runPointer->profile.name + u": "_s + what);
            });
    connect(run.collector.get(), &ExpiryCollector::finished, run.context.get(),
            [this, runPointer](const QList<ExpiryRecord> &records, const QStringList &problems,
                               bool usedFallback) {
                onCollectorFinished(*runPointer, records, problems, usedFallback);
            });
    connect(run.collector.get(), &ExpiryCollector::failed, run.context.get(),
            [this, runPointer](const ApiError &error) {
                settleProfile(*runPointer, error.message, true);
            });
    run.collector->start();
}

void ExpiryAggregator::onCollectorFinished(ProfileRun &run, const QList<ExpiryRecord> &records,
                                           const QStringList &problems, bool usedFallback)
{
    m_records.append(records);
    QStringList sentences;
    const auto count = records.size();
    sentences << (count == 1 ? tr("1 token") : tr("%1 tokens").arg(count));
    if (usedFallback) {
        const int teams = run.collector->teamsRead();
        sentences << (teams == 1 ? tr("Plain CAVE server: read 1 team one by one")
                                 : tr("Plain CAVE server: read %1 teams one by one").arg(teams));
    }
    sentences << problems;
    settleProfile(run, sentences.join(u"; "_s), !problems.isEmpty());
}

void ExpiryAggregator::settleProfile(ProfileRun &run, const QString &text, bool isProblem)
{
    if (!m_running || run.settled)
        return;
    run.settled = true;
    run.done = run.total;
    Q_EMIT profileStatusChanged(run.profile.id, run.profile.name, text, isProblem);
    finishIfDone();
}

void ExpiryAggregator::reportProgress(const QString &what)
{
    int done = 0;
    int total = 0;
    for (const auto &run : m_runs) {
        done += run->done;
        total += run->total;
    }
    Q_EMIT progress(done, total, what);
}

void ExpiryAggregator::finishIfDone()
{
    for (const auto &run : m_runs) {
        if (!run->settled)
            return;
    }
    m_running = false;
    Q_EMIT finished(m_records);
}

void ExpiryAggregator::cancel()
{
    if (!m_running)
        return;
    m_running = false;
    for (auto &run : m_runs) {
        if (!run->settled && run->collector)
            run->collector->cancel();
    }
    Q_EMIT cancelled();
}

ApiClient *ExpiryAggregator::clientFor(const QUuid &profileId) const
{
    const ProfileRun *run = runFor(profileId);
    if (run)
        return run->api;
    return profileId == m_activeId ? m_activeApi.data() : nullptr;
}

const ExpiryAggregator::ProfileRun *ExpiryAggregator::runFor(const QUuid &id) const
{
    for (const auto &run : m_runs) {
        if (run->profile.id == id)
            return run.get();
    }
    return nullptr;
}

} // namespace keyward
