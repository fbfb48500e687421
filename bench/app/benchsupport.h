// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Helpers shared by the app benchmarks: timing, result lines, waiting for a
// paint, resident memory, and a logged-in ApiClient. Header-only: each tool
// is one translation unit plus this.

#include "api/apiclient.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QFile>
#include <QList>
#include <QPointer>
#include <QString>
#include <QTextStream>
#include <QWidget>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <optional>

namespace keyward::bench {

inline double medianOf(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype middle = values.size() / 2;
    return values.size() % 2 ? values.at(middle) : (values.at(middle - 1) + values.at(middle)) / 2;
}

inline double worstOf(const QList<double> &values)
{
    return values.isEmpty() ? 0 : *std::max_element(values.cbegin(), values.cend());
}

inline double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

inline QString number(double value, int decimals = 1)
{
    return QString::number(value, 'f', decimals);
}

/// One result line of the bench contract (see bench/README.md).
inline void report(const QString &metric, const QString &value, const QString &unit,
                   const QString &target, const QString &peer, const QString &verdict)
{
    const QString line = QStringLiteral("@bench App|%1|%2|%3|%4|%5|%6\n")
                             .arg(metric, value, unit, target, peer, verdict);
    std::fputs(line.toUtf8().constData(), stdout);
    std::fflush(stdout);
}

inline QString verdict(bool met)
{
    return met ? QStringLiteral("met") : QStringLiteral("missed");
}

/// Details for humans, on stderr so they never mix with result lines.
inline void note(const QString &text)
{
    std::fputs((text + QLatin1Char('\n')).toUtf8().constData(), stderr);
}

/// VmRSS of this process in KiB.
inline qint64 residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

/// Counts the paint events a widget receives. A paint event has been handled
/// completely (the widget and its children drawn into the window's backing
/// store) once the processEvents() call that delivered it returns.
class PaintCounter final : public QObject
{
public:
    explicit PaintCounter(QWidget *widget)
        : QObject(widget)
    {
        widget->installEventFilter(this);
    }
    int count() const { return m_count; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++m_count;
        return QObject::eventFilter(watched, event);
    }

private:
    int m_count = 0;
};

/// Runs the event loop until \p condition holds; false after \p timeoutMs.
inline bool spinUntil(const std::function<bool()> &condition, int timeoutMs = 120000)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    return true;
}

/// Waits for the next paint of \p counter's widget after \p before paints.
inline bool waitForPaint(const PaintCounter &counter, int before, int timeoutMs = 60000)
{
    return spinUntil([&counter, before] { return counter.count() > before; }, timeoutMs);
}

/// A client logged in to \p serverUrl; null (and a note) on failure.
inline std::unique_ptr<ApiClient> loggedIn(const QString &serverUrl, const QString &email,
                                           const QString &password)
{
    auto api = std::make_unique<ApiClient>();
    api->setServerUrl(QUrl(serverUrl));
    std::optional<bool> ok;
    api->login(email, password, api.get(), [&ok](const ApiResult<Session> &result) {
        if (!result)
            note(QStringLiteral("login failed: ") + result.error().message);
        ok = bool(result);
    });
    if (!spinUntil([&ok] { return ok.has_value(); }, 60000) || !*ok)
        return nullptr;
    return api;
}

} // namespace keyward::bench
