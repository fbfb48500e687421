// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the organization, team and member tests: logged-in clients for
// fresh users and short-hands for the setup steps every test repeats.

#include "httpclient.h"
#include "serverprocess.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QTest>

#include <memory>

namespace keyward::test::orgs {

inline const QString kPassword = QStringLiteral("correct horse battery");

/// A user created with `keyward-server user add` and logged in; null (with
/// a QTest failure message) when either step fails.
inline std::unique_ptr<HttpClient> loggedIn(ServerProcess &server, const QString &email,
                                            HttpClient::Scheme scheme = HttpClient::Scheme::Bearer)
{
    if (!server.addUser(email, kPassword, QStringLiteral("First"), QStringLiteral("Last"))) {
        qWarning("could not add user %s", qPrintable(email));
        return nullptr;
    }
    auto client = std::make_unique<HttpClient>(server.baseUrl());
    const QString session = client->login(email, kPassword);
    if (session.isEmpty()) {
        qWarning("could not log in as %s", qPrintable(email));
        return nullptr;
    }
    client->setCredential(session, scheme);
    return client;
}

inline QJsonObject organizationBody(const QString &name)
{
    return QJsonObject{
        {QStringLiteral("name"), name},
        {QStringLiteral("email"), QStringLiteral("ops@") + name + QStringLiteral(".example")},
        {QStringLiteral("notification_url"),
         QStringLiteral("https://") + name + QStringLiteral(".example/notify")}};
}

inline QJsonObject memberBody(const QString &email, const QString &role)
{
    return QJsonObject{{QStringLiteral("email"), email}, {QStringLiteral("role"), role}};
}

inline QStringList tokenIds(const QJsonArray &tokens)
{
    QStringList ids;
    for (const QJsonValue &token : tokens)
        ids.append(token.toObject().value(QStringLiteral("id")).toString());
    return ids;
}

inline bool everyTokenHasValue(const QJsonArray &tokens)
{
    for (const QJsonValue &token : tokens)
        if (token.toObject().value(QStringLiteral("value")).toString().isEmpty())
            return false;
    return !tokens.isEmpty();
}

inline bool noTokenHasValue(const QJsonArray &tokens)
{
    for (const QJsonValue &token : tokens)
        if (token.toObject().contains(QStringLiteral("value")))
            return false;
    return !tokens.isEmpty();
}

/// Every jti GET /revocations lists.
inline QSet<QString> revokedIds(HttpClient &client)
{
    QSet<QString> ids;
    const HttpClient::Reply reply = client.get(QStringLiteral("/revocations"));
    for (const QJsonValue &entry : reply.array())
        ids.insert(entry.toObject().value(QStringLiteral("jti")).toString());
    return ids;
}

} // namespace keyward::test::orgs
