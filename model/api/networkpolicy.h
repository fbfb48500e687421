// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

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

    /// Percent-encodes one path segment (an organization or team name).
    static QString pathSegment(const QString &segment);

private:
    QUrl m_serverUrl;
    std::chrono::milliseconds m_timeout = DefaultTransferTimeout;
    qint64 m_maxBodyBytes = DefaultMaxBodyBytes;
};

} // namespace keyward
