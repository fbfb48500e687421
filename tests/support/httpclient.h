// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QNetworkAccessManager>
#include <QString>

#include <optional>
#include <utility>

namespace keyward::test {

/// A blocking HTTP client for server tests: one call, one answer, with the
/// status, headers and body kept for assertions. Spins a local event loop,
/// which is fine in tests and nowhere else.
class HttpClient
{
public:
    struct Reply
    {
        int status = 0; ///< 0: no HTTP answer (connection failed, timeout)
        QByteArray body;
        QList<std::pair<QByteArray, QByteArray>> headers;
        QString networkError;

        QByteArray header(QByteArrayView name) const;
        QJsonValue json() const;
        QJsonObject object() const { return json().toObject(); }
        QJsonArray array() const { return json().toArray(); }
        /// problem+json "detail" (for messages in failed assertions).
        QString detail() const { return object().value(QStringLiteral("detail")).toString(); }
    };

    /// How the credential is presented.
    enum class Scheme
    {
        Bearer,
        Basic
    };

    explicit HttpClient(QString baseUrl);

    void setCredential(const QString &credential, Scheme scheme = Scheme::Bearer);
    void clearCredential() { m_credential.clear(); }

    Reply request(const QByteArray &method, const QString &pathAndQuery,
                  const std::optional<QJsonValue> &body = std::nullopt,
                  const QList<std::pair<QByteArray, QByteArray>> &extraHeaders = {});
    /// A raw body (for malformed-JSON tests).
    Reply requestRaw(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body,
                     const QByteArray &contentType = "application/json");

    Reply get(const QString &path) { return request("GET", path); }
    Reply post(const QString &path, const QJsonValue &body) { return request("POST", path, body); }
    Reply patch(const QString &path, const QJsonValue &body)
    {
        return request("PATCH", path, body);
    }
    Reply del(const QString &path) { return request("DELETE", path); }

    /// POST /users/login; returns the session token or empty.
    QString login(const QString &email, const QString &password);

private:
    QString m_baseUrl;
    QString m_credential;
    Scheme m_scheme = Scheme::Bearer;
    QNetworkAccessManager m_network;
};

} // namespace keyward::test
