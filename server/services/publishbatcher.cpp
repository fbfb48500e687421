// SPDX-License-Identifier: GPL-3.0-or-later
#include "publishbatcher.h"

#include "servercontext.h"
#include "storage/database.h"
#include "storage/sql.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <map>
#include <memory>

using namespace Qt::StringLiterals;

namespace keyward::server {

namespace {

QString compactTags(const QMap<QString, QString> &tags)
{
    QJsonObject object;
    for (auto it = tags.begin(); it != tags.end(); ++it)
        object.insert(it.key(), it.value());
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

PublishBatcher::PublishBatcher(Database &database)
    : m_database(database)
{}

PublishBatcher::~PublishBatcher() = default;

PublishBatcher &PublishBatcher::of(ServerContext &server)
{
    return server.publishBatcher();
}

void PublishBatcher::write(qint64 organizationId, std::optional<qint64> teamId,
                           const QList<MetricPoint> &points)
{
    Pending pending{organizationId, teamId, &points, false, nullptr};
    QMutexLocker lock(&m_mutex);
    m_queue.push_back(&pending);
    while (!pending.done) {
        if (m_leaderActive) {
            m_committed.wait(&m_mutex);
            continue;
        }
        // Lead: take everything queued (our own request included) and
        // commit it while later requests queue up for the next batch.
        m_leaderActive = true;
        std::vector<Pending *> batch;
        batch.swap(m_queue);
        lock.unlock();
        commit(batch);
        lock.relock();
        for (Pending *write : batch)
            write->done = true;
        ++m_batches;
        m_writes += batch.size();
        m_leaderActive = false;
        m_committed.wakeAll();
    }
    lock.unlock();
    if (pending.error)
        std::rethrow_exception(pending.error);
}

void PublishBatcher::commit(const std::vector<Pending *> &batch)
{
    try {
        insert(m_database, batch);
        return;
    } catch (...) {
        if (batch.size() == 1) {
            batch.front()->error = std::current_exception();
            return;
        }
    }
    // One bad write must not fail its neighbours: again, each alone.
    for (Pending *write : batch) {
        try {
            insert(m_database, {write});
        } catch (...) {
            write->error = std::current_exception();
        }
    }
}

void PublishBatcher::insert(Database &database, const std::vector<Pending *> &batch)
{
    Transaction tx(database);
    // Times are stored in epoch milliseconds like every other time column.
    SqlQuery insert(tx.db(), u"INSERT INTO metric_points (organization_id, team_id, metric, "
                             "tags, ts, value) VALUES (:org, :team, :metric, :tags, :ts, "
                             ":value)"_s);
    for (const Pending *write : batch) {
        for (const MetricPoint &point : *write->points) {
            insert.bind(u":org"_s, write->organizationId)
                .bind(u":team"_s, nullableInteger(write->teamId))
                .bind(u":metric"_s, point.metric)
                .bind(u":tags"_s, compactTags(point.tags))
                .bind(u":ts"_s, point.timestamp * 1000)
                .bind(u":value"_s, point.value)
                .exec();
        }
    }
    tx.commit();
}

quint64 PublishBatcher::batches() const
{
    QMutexLocker lock(&m_mutex);
    return m_batches;
}

quint64 PublishBatcher::writes() const
{
    QMutexLocker lock(&m_mutex);
    return m_writes;
}

} // namespace keyward::server
