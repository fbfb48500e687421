// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httpclient.h"
#include "serverprocess.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace keyward::test {

/// What every token/metrics/audit test needs: one running server, users with
/// sessions, organizations and teams, and direct SQL on the server's database
/// for states the API cannot produce on demand (a token past its expiry).
class TokenWorld
{
public:
    TokenWorld();
    ~TokenWorld();
    Q_DISABLE_COPY_MOVE(TokenWorld)

    bool start(const QStringList &extraArguments = {});
    ServerProcess &server() { return m_server; }

    /// A unique name with \p stem in it (for organizations, teams, emails).
    QString unique(const QString &stem);
    /// A new confirmed user; returns the session token, the email in \p email.
    QString newUser(const QString &stem, QString *email = nullptr);
    /// A client presenting \p credential (session or publishing token).
    std::unique_ptr<HttpClient> client(const QString &credential,
                                       HttpClient::Scheme scheme = HttpClient::Scheme::Bearer);

    /// POST /organizations as \p adminSession; the organization starts with
    /// its `default` token. Returns false (with a message) on failure.
    bool createOrganization(const QString &adminSession, const QString &name);
    bool createTeam(const QString &adminSession, const QString &org, const QString &team);
    /// Adds \p email with \p role to the organization (or team when non-empty).
    bool addMember(const QString &adminSession, const QString &org, const QString &team,
                   const QString &email, const QString &role);
    /// POST …/tokens; returns the token object (empty on failure).
    QJsonObject createToken(const QString &adminSession, const QString &tokensPath,
                            const QJsonObject &body);

    /// The server's database, opened from the test (WAL lets both write).
    QSqlDatabase sql();
    /// Runs one statement on the server's database; false on error.
    bool execSql(const QString &statement, const QVariantList &values = {});

    QString lastError() const { return m_lastError; }

private:
    ServerProcess m_server;
    QString m_connectionName;
    QString m_lastError;
    int m_counter = 0;
};

} // namespace keyward::test
