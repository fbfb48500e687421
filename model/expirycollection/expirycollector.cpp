// SPDX-License-Identifier: GPL-3.0-or-later
#include "expirycollector.h"

#include <utility>

namespace keyward {

ExpiryCollector::ExpiryCollector(ApiClient *api, ConnectionProfile profile, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_profile(std::move(profile))
{}

ExpiryCollector::~ExpiryCollector()
{
    delete m_context;
}

void ExpiryCollector::start()
{
    stop();
    m_context = new QObject(this);
    m_running = true;
    m_usedFallback = false;
    m_totalKnown = false;
    m_teamsRead = 0;
    m_done = 0;
    m_total = 0;
    m_records.clear();
    m_recordIndex.clear();
    m_strings.clear();
    m_problems.clear();
    requestUserTokensPage(0);
    pump();
}

void ExpiryCollector::cancel()
{
    if (!m_running)
        return;
    stop();
    Q_EMIT cancelled();
}

void ExpiryCollector::stop()
{
    // Deleting the context drops every outstanding callback (ApiClient checks
    // it), so nothing of this run reaches the next one.
    delete m_context;
    m_queue.clear();
    m_inFlight = 0;
    m_running = false;
}

void ExpiryCollector::enqueue(const QString &what, std::function<void(QObject *context)> send)
{
    m_queue.push_back(Request{what, std::move(send)});
    ++m_total;
}

void ExpiryCollector::pump()
{
    while (m_running && m_inFlight < MaxRequestsInFlight && !m_queue.empty()) {
        Request request = std::move(m_queue.front());
        m_queue.pop_front();
        ++m_inFlight;
        request.send(m_context);
    }
}

bool ExpiryCollector::answered(const QString &what)
{
    const QPointer<QObject> context = m_context;
    --m_inFlight;
    ++m_done;
    // Reported before the answer is handled, so a slot sees the walk between
    // two steps (and may cancel it).
    Q_EMIT progress(m_done, m_total, what);
    return context && m_running;
}

void ExpiryCollector::settle()
{
    if (!m_running)
        return;
    pump();
    if (m_inFlight > 0 || !m_queue.empty())
        return;
    QList<ExpiryRecord> records = std::move(m_records);
    const QStringList problems = std::move(m_problems);
    stop();
    m_records.clear();
    m_recordIndex.clear();
    m_strings.clear();
    m_problems.clear();
    Q_EMIT finished(records, problems, m_usedFallback);
}

// --- GET /users/tokens ------------------------------------------------------

void ExpiryCollector::requestUserTokensPage(qint64 offset)
{
    const QString what =
        offset == 0 ? tr("Token list") : tr("Token list from entry %1").arg(offset + 1);
    enqueue(what, [this, offset, what](QObject *context) {
        UserTokensQuery query;
        query.page.limit = m_pageSize;
        query.page.offset = offset;
        m_api->userTokens(query, context,
                          [this, offset, what](const ApiResult<Page<Token>> &result) {
                              if (answered(what))
                                  onUserTokensPage(offset, result);
                              settle();
                          });
    });
}

void ExpiryCollector::onUserTokensPage(qint64 offset, const ApiResult<Page<Token>> &result)
{
    const bool first = offset == 0;
    if (!result) {
        if (first && result.error().kind == ApiError::NotFound) {
            startFallback();
            return;
        }
        if (first) {
            const ApiError error = result.error();
            stop();
            Q_EMIT failed(error);
            return;
        }
        addProblem(tr("Could not read the token list from entry %1 on.").arg(offset + 1),
                   result.error());
        return;
    }
    const Page<Token> &page = result.value();
    if (first && page.total) {
        m_records.reserve(m_records.size() + qsizetype(*page.total));
        m_recordIndex.reserve(m_records.capacity());
    }
    for (const Token &token : page.items)
        addTokens({token}, token.org, token.team);
    if (first && page.total) {
        // All remaining pages at once: they go out MaxRequestsInFlight at a time.
        m_totalKnown = true;
        for (qint64 next = m_pageSize; next < *page.total; next += m_pageSize)
            requestUserTokensPage(next);
    } else if (!m_totalKnown && page.items.size() >= m_pageSize) {
        // No X-Total-Count: follow pages until a short one.
        requestUserTokensPage(offset + m_pageSize);
    }
}

// --- The walk over organizations and teams (plain CAVE server) ----------

void ExpiryCollector::startFallback()
{
    m_usedFallback = true;
    const QString what = tr("Organizations");
    enqueue(what, [this, what](QObject *context) {
        m_api->userOrganizations(context, [this, what](const ApiResult<QList<NamedRole>> &result) {
            if (!answered(what))
                return;
            if (!result) {
                // The walk's first call: without the organizations there is nothing to show.
                const ApiError error = result.error();
                stop();
                Q_EMIT failed(error);
                return;
            }
            for (const NamedRole &organization : result.value())
                walkOrganization(organization);
            settle();
        });
    });
}

void ExpiryCollector::walkOrganization(const NamedRole &organization)
{
    const QString org = organization.name;
    if (organization.role == Role::Admin) {
        // An organization admin administers every team of it.
        readTokens(org, QString());
        const QString what = tr("Teams of %1").arg(org);
        enqueue(what, [this, org, what](QObject *context) {
            m_api->teams(org, PageRequest{}, context,
                         [this, org, what](const ApiResult<Page<Team>> &result) {
                             if (!answered(what))
                                 return;
                             if (result) {
                                 for (const Team &team : result.value().items)
                                     readTokens(org, team.name);
                             } else {
                                 addProblem(tr("Could not list the teams of “%1”.").arg(org),
                                            result.error());
                             }
                             settle();
                         });
        });
        return;
    }
    const QString what = tr("Your teams in %1").arg(org);
    enqueue(what, [this, org, what](QObject *context) {
        m_api->userTeams(
            org, context, [this, org, what](const ApiResult<QList<NamedRole>> &result) {
                if (!answered(what))
                    return;
                if (result) {
                    for (const NamedRole &team : result.value()) {
                        if (team.role == Role::Admin)
                            readTokens(org, team.name);
                    }
                } else {
                    addProblem(tr("Could not list your teams in “%1”.").arg(org), result.error());
                }
                settle();
            });
    });
}

void ExpiryCollector::readTokens(const QString &organization, const QString &team)
{
    const bool isTeam = !team.isEmpty();
    const QString what = isTeam ? tr("Tokens of %1/%2").arg(organization, team)
                                : tr("Tokens of %1").arg(organization);
    enqueue(what, [this, organization, team, isTeam, what](QObject *context) {
        const Owner owner =
            isTeam ? Owner::ofTeam(organization, team) : Owner::ofOrganization(organization);
        m_api->tokens(
            owner, context,
            [this, organization, team, isTeam, what](const ApiResult<QList<Token>> &result) {
                if (!answered(what))
                    return;
                if (isTeam)
                    ++m_teamsRead;
                if (result) {
                    addTokens(result.value(), organization, team);
                } else if (isTeam) {
                    addProblem(
                        tr("Could not read the tokens of team “%1/%2”.").arg(organization, team),
                        result.error());
                } else {
                    addProblem(
                        tr("Could not read the tokens of organization “%1”.").arg(organization),
                        result.error());
                }
                settle();
            });
    });
}

void ExpiryCollector::addTokens(const QList<Token> &tokens, const QString &organization,
                                const QString &team)
{
    if (m_colour.isEmpty())
        m_colour = m_profile.effectiveColour();
    for (Token token : tokens) {
        token.org = organization;
        token.team = team;
        ExpiryRecord record =
            makeExpiryRecord(m_profile.id, m_profile.name, m_profile.environment, m_colour,
                             m_profile.serverUrl, std::move(token), &m_strings);
        const ExpiryTokenId key(record.token);
        // Offset paging can show a token twice when the list changes meanwhile.
        if (const auto found = m_recordIndex.constFind(key); found != m_recordIndex.cend()) {
            m_records[*found] = std::move(record);
        } else {
            m_recordIndex.insert(key, m_records.size());
            m_records.append(std::move(record));
        }
    }
}

void ExpiryCollector::addProblem(const QString &sentence, const ApiError &error)
{
    m_problems.append(error.message.isEmpty() ? sentence : sentence + u' ' + error.message);
}

} // namespace keyward
