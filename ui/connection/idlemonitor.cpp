// SPDX-License-Identifier: GPL-3.0-or-later
#include "idlemonitor.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEvent>

#include <algorithm>
#include <memory>

namespace keyward {

IdleMonitor::IdleMonitor(QObject *parent)
    : QObject(parent)
{
    auto elapsed = std::make_shared<QElapsedTimer>();
    elapsed->start();
    m_clock = [elapsed] {
        return elapsed->elapsed();
    };
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &IdleMonitor::check);
}

IdleMonitor::~IdleMonitor()
{
    stop();
}

void IdleMonitor::setTimeout(std::chrono::milliseconds timeout)
{
    m_timeout = timeout;
    if (m_running) {
        start();
    }
}

void IdleMonitor::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

void IdleMonitor::start()
{
    stop();
    if (m_timeout.count() <= 0) {
        return;
    }
    m_running = true;
    m_lastInput = m_clock();
    QCoreApplication::instance()->installEventFilter(this);
    arm(m_timeout.count());
}

void IdleMonitor::stop()
{
    m_running = false;
    m_timer.stop();
    if (QCoreApplication::instance()) {
        QCoreApplication::instance()->removeEventFilter(this);
    }
}

void IdleMonitor::check()
{
    if (!m_running) {
        return;
    }
    const qint64 idleFor = m_clock() - m_lastInput;
    if (idleFor >= m_timeout.count()) {
        stop();
        Q_EMIT idle();
        return;
    }
    // Input only moves a timestamp; the timer is re-armed here, for the rest.
    arm(m_timeout.count() - idleFor);
}

void IdleMonitor::arm(qint64 remainingMs)
{
    m_timer.start(static_cast<int>(std::clamp<qint64>(remainingMs, 1, 24 * 3600 * 1000)));
}

bool IdleMonitor::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TabletPress:
        m_lastInput = m_clock();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace keyward
