// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QTimer>

#include <chrono>
#include <functional>

namespace keyward {

/// Notices when nobody has touched the app for a while: one event filter on
/// the application (keyboard, mouse, wheel, touch anywhere) and one timer,
/// whatever the number of widgets. The clock is injectable so tests need not
/// wait minutes.
class IdleMonitor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IdleMonitor)

public:
    /// Milliseconds on a monotonic clock.
    using Clock = std::function<qint64()>;

    explicit IdleMonitor(QObject *parent = nullptr);
    ~IdleMonitor() override;

    /// Zero or less turns the monitor off.
    void setTimeout(std::chrono::milliseconds timeout);
    std::chrono::milliseconds timeout() const { return m_timeout; }
    void setClock(Clock clock);

    /// Starts counting from now (when a timeout is set); idle() fires once.
    void start();
    void stop();
    bool isRunning() const { return m_running; }

    /// Emits idle() if the timeout has passed since the last input; the
    /// timer calls it, tests with an injected clock may too.
    void check();

Q_SIGNALS:
    void idle();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void arm(qint64 remainingMs);

    Clock m_clock;
    std::chrono::milliseconds m_timeout{0};
    QTimer m_timer;
    qint64 m_lastInput = 0;
    bool m_running = false;
};

} // namespace keyward
