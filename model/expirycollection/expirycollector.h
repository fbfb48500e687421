// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apiclient.h"
#include "api/apierror.h"
#include "expiry/expiryrecord.h"
#include "settings/connectionprofile.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <deque>
#include <functional>

namespace keyward {

/// Gathers every token the logged-in user administers on one server, for the
/// expiry review: GET /users/tokens page by page, or, on a plain CAVE server
/// (where that endpoint answers 404), a walk over organizations and teams.
///
/// A failed fetch inside the walk (say 403 on one team) becomes a sentence in
/// finished()'s problems and the walk goes on; only a failure of the very
/// first call (network, 401, ...) ends the collection with failed(). Token
/// values are never kept.
class ExpiryCollector final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExpiryCollector)

public:
    static constexpr int DefaultPageSize = 1000;
    static constexpr int MaxRequestsInFlight = 4;

    /// \p api (logged in) is not owned and must outlive this object;
    /// \p profile names, colours and locates the records.
    ExpiryCollector(ApiClient *api, ConnectionProfile profile, QObject *parent = nullptr);
    ~ExpiryCollector() override;

    /// The page size of GET /users/tokens (tests use small pages).
    void setPageSize(int size) { m_pageSize = qMax(1, size); }
    int pageSize() const { return m_pageSize; }

    const ConnectionProfile &profile() const { return m_profile; }
    bool isRunning() const { return m_running; }
    /// Whether the last run walked organizations and teams (plain CAVE server).
    bool usedFallback() const { return m_usedFallback; }
    /// How many teams the fallback walk read tokens of.
    int teamsRead() const { return m_teamsRead; }

    /// Starts a collection; a running one is cancelled first (without cancelled()).
    void start();
    /// Sends no more requests and drops the answers of those in flight; emits
    /// cancelled() when a collection was running.
    void cancel();

Q_SIGNALS:
    /// \p total grows while the walk discovers organizations and teams.
    void progress(int done, int total, const QString &what);
    void finished(const QList<keyward::ExpiryRecord> &records, const QStringList &problems,
                  bool usedFallback);
    void failed(const keyward::ApiError &error);
    void cancelled();

private:
    /// One queued request: \p send issues it with the run's context object
    /// and must call requestDone() from its callback.
    struct Request
    {
        QString what;
        std::function<void(QObject *context)> send;
    };

    void enqueue(const QString &what, std::function<void(QObject *context)> send);
    void pump();
    /// Counts an answer as done and reports progress, before the answer is
    /// handled. False when a progress slot cancelled the run.
    bool answered(const QString &what);
    /// After an answer was handled: sends queued requests, or finishes the run.
    void settle();
    void stop();

    void requestUserTokensPage(qint64 offset);
    void onUserTokensPage(qint64 offset, const ApiResult<Page<Token>> &result);
    void startFallback();
    void walkOrganization(const NamedRole &organization);
    void readTokens(const QString &organization, const QString &team);
    void addTokens(const QList<Token> &tokens, const QString &organization, const QString &team);
    void addProblem(const QString &sentence, const ApiError &error);

    ApiClient *m_api;
    ConnectionProfile m_profile;
    int m_pageSize = DefaultPageSize;

    /// Parent of every callback's context: deleting it drops the answers of
    /// requests still in flight.
    QPointer<QObject> m_context;
    std::deque<Request> m_queue;
    int m_inFlight = 0;
    int m_done = 0;
    int m_total = 0;
    bool m_running = false;
    bool m_usedFallback = false;
    bool m_totalKnown = false; ///< the server sent X-Total-Count with the first page
    int m_teamsRead = 0;
    QList<ExpiryRecord> m_records;
    QHash<ExpiryTokenId, qsizetype> m_recordIndex; ///< token identity -> index in m_records
    QStringList m_problems;
    QString m_colour;           ///< m_profile.effectiveColour(), shared by every record
    ExpiryStringPool m_strings; ///< organizations and descriptions shared across records
};

} // namespace keyward
