// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/metricpoint.h"

#include <QList>
#include <QMutex>
#include <QWaitCondition>

#include <exception>
#include <optional>
#include <vector>

namespace keyward::server {

class Database;
class ServerContext;

/// Group commit for published metric points. With synchronous=FULL every
/// commit waits for an fsync, and writers are serialised anyway (BEGIN
/// IMMEDIATE / the advisory lock), so one transaction per request caps
/// publishing at the disk's fsync rate. Here the first waiting request
/// becomes the leader and commits everything queued meanwhile in one
/// transaction; every request returns only after the transaction holding
/// its points committed, so an acknowledged publish is as durable as
/// before.
class PublishBatcher
{
public:
    explicit PublishBatcher(Database &database);
    ~PublishBatcher();
    Q_DISABLE_COPY_MOVE(PublishBatcher)

    /// The batcher of \p server (created on first use).
    static PublishBatcher &of(ServerContext &server);

    /// Stores \p points for the organization (and team) and returns once
    /// they are committed; throws the ApiError of a failed write.
    void write(qint64 organizationId, std::optional<qint64> teamId,
               const QList<MetricPoint> &points);

    /// Requests that shared one transaction so far, for tests and tuning.
    quint64 batches() const;
    quint64 writes() const;

private:
    struct Pending
    {
        qint64 organizationId = 0;
        std::optional<qint64> teamId;
        const QList<MetricPoint> *points = nullptr;
        bool done = false;
        std::exception_ptr error;
    };
    void commit(const std::vector<Pending *> &batch);
    static void insert(Database &database, const std::vector<Pending *> &batch);

    Database &m_database;
    mutable QMutex m_mutex;
    QWaitCondition m_committed;
    std::vector<Pending *> m_queue;
    bool m_leaderActive = false;
    quint64 m_batches = 0;
    quint64 m_writes = 0;
};

} // namespace keyward::server
