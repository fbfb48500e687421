// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <chrono>

class QLabel;
class QTimer;
class QToolButton;

namespace keyward {

class ApiClient;

/// A status-bar item that appears once a call has waited for the server for
/// a while: what it waits for, for how long, and a Cancel button that aborts
/// every call in flight (their callers get ApiError::Cancelled and say so).
/// Short calls never show it, so it does not flicker on every refresh.
///
/// objectNames: pendingCallsIndicator, pendingCallsText, pendingCallsCancel.
class PendingCallsIndicator final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PendingCallsIndicator)

public:
    static constexpr std::chrono::milliseconds DefaultShowAfter{1500};

    explicit PendingCallsIndicator(ApiClient *api, QWidget *parent = nullptr);

    /// How long a call must have waited before the indicator shows (tests
    /// shorten it).
    void setShowAfter(std::chrono::milliseconds wait) { m_showAfter = wait; }

Q_SIGNALS:
    /// Cancel was pressed while \p count calls were in flight.
    void cancelled(qsizetype count);

private:
    void update();

    ApiClient *m_api;
    QLabel *m_text;
    QToolButton *m_cancel;
    QTimer *m_tick;
    std::chrono::milliseconds m_showAfter = DefaultShowAfter;
};

} // namespace keyward
