// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apierror.h"

#include <QDateTime>
#include <QFrame>

#include <chrono>

class QLabel;
class QPushButton;
class QTimer;

namespace keyward {

class ApiClient;

/// The strip under the environment banner while the server cannot be
/// reached: says whether it refused (or could not be found) or timed out,
/// how old the data on screen is, and when the next attempt comes. Retries
/// GET /health by itself with a growing delay (5 s, 10 s, 20 s, … at most
/// 60 s) and at once on Retry Now; the caller learns of success through
/// ApiClient::connectivityChanged(true) or reconnected().
///
/// objectNames: offlineBanner, offlineBannerMessage, offlineBannerRetry.
class OfflineBanner final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OfflineBanner)

public:
    static constexpr std::chrono::milliseconds DefaultFirstDelay{5000};
    static constexpr std::chrono::milliseconds DefaultMaxDelay{60000};

    explicit OfflineBanner(ApiClient *api, QWidget *parent = nullptr);

    /// The server as the user knows it ("https://keys.example.com").
    void setServerName(const QString &name) { m_serverName = name; }
    /// Tests shorten the wait; the delay doubles from \p first up to \p max.
    void setRetryDelays(std::chrono::milliseconds first, std::chrono::milliseconds max);

    /// Shows the banner (or updates its reason) and starts the retries.
    /// \p dataFrom is when the data on screen was loaded (invalid if never).
    void showOffline(const ApiError &error, const QDateTime &dataFrom);
    /// Hides the banner and stops retrying.
    void showOnline();
    bool isOffline() const { return m_offline; }
    /// The delay before the next automatic attempt.
    std::chrono::milliseconds currentDelay() const { return m_delay; }

    /// Asks GET /health now (Retry Now, or the timer).
    void retryNow();

Q_SIGNALS:
    /// /health answered while the banner was showing.
    void reconnected();

private:
    void scheduleRetry();
    void updateText();

    ApiClient *m_api;
    QLabel *m_icon;
    QLabel *m_message;
    QPushButton *m_retry;
    QTimer *m_retryTimer;
    QTimer *m_countdown;
    QString m_serverName;
    ApiError m_error;
    QDateTime m_dataFrom;
    std::chrono::milliseconds m_firstDelay = DefaultFirstDelay;
    std::chrono::milliseconds m_maxDelay = DefaultMaxDelay;
    std::chrono::milliseconds m_delay = DefaultFirstDelay;
    bool m_offline = false;
    bool m_checking = false;
};

} // namespace keyward
