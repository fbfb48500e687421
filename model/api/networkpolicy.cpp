// SPDX-License-Identifier: GPL-3.0-or-later
#include "networkpolicy.h"

#include <QNetworkReply>

using namespace Qt::StringLiterals;

namespace keyward {

namespace {

int effectivePort(const QUrl &url)
{
    return url.port(url.scheme() == u"https"_s ? 443 : 80);
}

} // namespace

bool NetworkPolicy::isAcceptableServerUrl(const QUrl &url)
{
    return url.isValid() && (url.scheme() == u"http"_s || url.scheme() == u"https"_s) &&
           !url.host().isEmpty() && url.userInfo().isEmpty() && !url.hasQuery() &&
           !url.hasFragment();
}

bool NetworkPolicy::setServerUrl(const QUrl &url)
{
    if (!isAcceptableServerUrl(url)) {
        return false;
    }
    m_serverUrl = url;
    return true;
}

QString NetworkPolicy::userAgent()
{
    return u"Keyward/"_s + QStringLiteral(KEYWARD_VERSION);
}

QNetworkRequest NetworkPolicy::makeRequest(const QString &path, const QString &sessionToken,
                                           const QUrlQuery &query) const
{
    QUrl url = m_serverUrl;
    QString basePath = url.path(QUrl::FullyEncoded);
    while (basePath.endsWith(u'/')) {
        basePath.chop(1);
    }
    url.setPath(basePath + path, QUrl::TolerantMode);
    if (!query.isEmpty()) {
        url.setQuery(query);
    }

    QNetworkRequest request(url);
    request.setTransferTimeout(static_cast<int>(m_timeout.count()));
    // Each redirect is checked by the client (see isSameOrigin) before it is
    // followed; Qt would otherwise re-send our Authorization header anywhere.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::UserVerifiedRedirectPolicy);
    request.setMaximumRedirectsAllowed(5);
    request.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    request.setRawHeader("Accept"_ba, "application/json, application/problem+json"_ba);
    // Session tokens are secrets: no cookie jar, no HTTP cache.
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    if (!sessionToken.isEmpty()) {
        request.setRawHeader("Authorization"_ba, "Bearer "_ba + sessionToken.toUtf8());
    }
    return request;
}

bool NetworkPolicy::isSameOrigin(const QUrl &url) const
{
    const QUrl target = url.isRelative() ? m_serverUrl.resolved(url) : url;
    return target.scheme() == m_serverUrl.scheme() &&
           target.host().compare(m_serverUrl.host(), Qt::CaseInsensitive) == 0 &&
           effectivePort(target) == effectivePort(m_serverUrl);
}

ApiResult<QJsonDocument> NetworkPolicy::interpret(QNetworkReply *reply, const QString &endpoint,
                                                  AbortReason reason) const
{
    std::optional<CertificateDetails> certificate;
    // The client's own reasons win: a cancelled call is not a TLS problem.
    if (reason == AbortReason::None) {
        certificate = TlsTrust::refusedCertificate(reply);
    }
    if (!certificate) {
        return ReplyInterpreter::interpret(reply, endpoint, reason, m_maxBodyBytes);
    }
    const QString server = reply->url().adjusted(QUrl::RemovePath | QUrl::RemoveQuery).toString();
    const QString reasons = certificate->errors.join(u"; "_s);
    QString message =
        certificate->canBeTrusted
            ? TlsTrust::tr("The certificate of %1 is not trusted (%2), so Keyward did not "
                           "connect. If you know that the server uses this certificate "
                           "(fingerprint %3), you can trust it for this profile.")
                  .arg(server, reasons, certificate->sha256Fingerprint)
            : TlsTrust::tr("The certificate of %1 is not valid (%2), so Keyward did not "
                           "connect. Ask the server's administrator to fix the certificate.")
                  .arg(server, reasons);
    return ApiError{ApiError::Tls, 0, std::move(message), endpoint, std::move(certificate)};
}

QString NetworkPolicy::pathSegment(const QString &segment)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(segment));
}

} // namespace keyward
