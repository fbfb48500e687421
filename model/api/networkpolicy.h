// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "replyinterpreter.h"
#include "tlstrust.h"

#include <QNetworkRequest>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include <chrono>

namespace keyward {

/// Every rule about how the app talks to a server, in one place: which server
/// (origin), how long a transfer may stall, how large an answer may be, who we
/// say we are, and where credentials go. Callers never build a
/// QNetworkRequest themselves.
class NetworkPolicy
{
public:
    static constexpr std::chrono::milliseconds DefaultTransferTimeout{30000};
    static constexpr qint64 DefaultMaxBodyBytes = 16 * 1024 * 1024;

    /// Accepts http and https URLs with a host; anything else is refused so
    /// that no request can go to a surprising place.
    bool setServerUrl(const QUrl &url);
    QUrl serverUrl() const { return m_serverUrl; }
    static bool isAcceptableServerUrl(const QUrl &url);

    /// How long a call may wait for the server: for the status line and
    /// headers as a whole, then for each further piece of the body (a body
    /// that keeps arriving is never cut off; headers trickled for longer than
    /// this are, as from a server that does not answer).
    void setTransferTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    std::chrono::milliseconds transferTimeout() const { return m_timeout; }

    void setMaxBodyBytes(qint64 bytes) { m_maxBodyBytes = bytes; }
    qint64 maxBodyBytes() const { return m_maxBodyBytes; }

    static QString userAgent();

    /// Builds the request for \p path (already percent-encoded, starting with
    /// '/') below the server URL. This is the only place that attaches the
    /// session token; it does so only when \p sessionToken is not empty.
    QNetworkRequest makeRequest(const QString &path, const QString &sessionToken,
                                const QUrlQuery &query = {}) const;

    /// True when \p url has the server's scheme, host and port; redirects
    /// anywhere else are never followed, so credentials stay with the server.
    bool isSameOrigin(const QUrl &url) const;

    /// The SHA-256 fingerprints (any hex notation) of the certificates the
    /// current profile trusts although nobody vouches for them. Switching
    /// profiles must set the new profile's list, even an empty one, and
    /// clear the QNetworkAccessManager's connection cache: an open connection
    /// accepted under the old trust would otherwise carry the next request
    /// (whose answer watch() then refuses, but only after it was sent).
    void setTrustedCertificates(const QStringList &fingerprints)
    {
        m_tlsTrust.setTrustedCertificates(fingerprints);
    }
    QStringList trustedCertificates() const { return m_tlsTrust.trustedCertificates(); }
    const TlsTrust &tlsTrust() const { return m_tlsTrust; }

    /// Applies the TLS trust to \p reply; call it right after the request is
    /// sent, before returning to the event loop.
    void watch(QNetworkReply *reply) const { m_tlsTrust.watch(reply); }

    /// ReplyInterpreter::interpret() with this policy's size limit; a TLS
    /// error whose certificate watch() refused carries the certificate's
    /// details and says how to trust it.
    ApiResult<QJsonDocument> interpret(QNetworkReply *reply, const QString &endpoint,
                                       AbortReason reason) const;

    /// Percent-encodes one path segment (an organization or team name).
    static QString pathSegment(const QString &segment);

private:
    QUrl m_serverUrl;
    std::chrono::milliseconds m_timeout = DefaultTransferTimeout;
    qint64 m_maxBodyBytes = DefaultMaxBodyBytes;
    TlsTrust m_tlsTrust;
};

} // namespace keyward
