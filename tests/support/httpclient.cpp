// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpclient.h"

#include <QBuffer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace keyward::test {

QByteArray HttpClient::Reply::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QJsonValue HttpClient::Reply::json() const
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (document.isObject())
        return document.object();
    if (document.isArray())
        return document.array();
    return {};
}

HttpClient::HttpClient(QString baseUrl)
    : m_baseUrl(std::move(baseUrl))
{
    m_network.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

void HttpClient::setCredential(const QString &credential, Scheme scheme)
{
    m_credential = credential;
    m_scheme = scheme;
}

HttpClient::Reply HttpClient::request(const QByteArray &method, const QString &pathAndQuery,
                                      const std::optional<QJsonValue> &body,
                                      const QList<std::pair<QByteArray, QByteArray>> &extraHeaders)
{
    QByteArray payload;
    if (body)
        payload = body->isArray() ? QJsonDocument(body->toArray()).toJson(QJsonDocument::Compact)
                                  : QJsonDocument(body->toObject()).toJson(QJsonDocument::Compact);
    QNetworkRequest request(QUrl(m_baseUrl + pathAndQuery));
    request.setTransferTimeout(30000);
    if (body)
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
    if (!m_credential.isEmpty()) {
        if (m_scheme == Scheme::Bearer)
            request.setRawHeader("Authorization"_ba, "Bearer "_ba + m_credential.toUtf8());
        else
            request.setRawHeader("Authorization"_ba,
                                 "Basic "_ba + (m_credential.toUtf8() + ':').toBase64());
    }
    for (const auto &[name, value] : extraHeaders)
        request.setRawHeader(name, value);
    QBuffer *buffer = new QBuffer;
    buffer->setData(payload);
    buffer->open(QIODevice::ReadOnly);
    QNetworkReply *reply = m_network.sendCustomRequest(request, method, buffer);
    buffer->setParent(reply);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    Reply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.headers = reply->rawHeaderPairs();
    if (reply->error() != QNetworkReply::NoError && result.status == 0)
        result.networkError = reply->errorString();
    reply->deleteLater();
    return result;
}

HttpClient::Reply HttpClient::requestRaw(const QByteArray &method, const QString &pathAndQuery,
                                         const QByteArray &body, const QByteArray &contentType)
{
    QNetworkRequest request(QUrl(m_baseUrl + pathAndQuery));
    request.setTransferTimeout(30000);
    request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    if (!m_credential.isEmpty())
        request.setRawHeader("Authorization"_ba, "Bearer "_ba + m_credential.toUtf8());
    QNetworkReply *reply = m_network.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    Reply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.headers = reply->rawHeaderPairs();
    reply->deleteLater();
    return result;
}

QString HttpClient::login(const QString &email, const QString &password)
{
    const QString saved = m_credential;
    m_credential.clear();
    const Reply reply =
        post(u"/users/login"_s, QJsonObject{{u"email"_s, email}, {u"password"_s, password}});
    m_credential = saved;
    return reply.status == 200 ? reply.object().value(u"token"_s).toString() : QString();
}

} // namespace keyward::test
