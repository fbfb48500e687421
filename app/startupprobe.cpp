// SPDX-License-Identifier: GPL-3.0-or-later
#include "startupprobe.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QSet>
#include <QTimer>
#include <QWidget>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace keyward {

namespace {
class StartupProbe final : public QObject
{
public:
    explicit StartupProbe(QObject *parent)
        : QObject(parent)
    {
        m_clock.start();
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::Paint || !watched->isWidgetType() || m_done)
            return false;
        QWidget *window = static_cast<QWidget *>(watched)->window();
        if (m_painted.contains(window))
            return false;
        m_painted.insert(window);
        const QString name = window->objectName().isEmpty()
                                 ? QString::fromLatin1(window->metaObject()->className())
                                 : window->objectName();
        const qint64 ms = m_clock.elapsed();
        std::printf("keyward-startup-probe: painting %s %lld\n", qPrintable(name),
                    static_cast<long long>(ms));
        std::fflush(stdout);
        if (name == u"mainWindow"_s) {
            m_done = true;
            // Queued: runs once this paint (the whole window's) has finished.
            // KEYWARD_STARTUP_PROBE_LINGER_MS keeps the app running a moment
            // longer (the bench's priming run: the session it just stored in
            // the keychain must reach the Secret Service before the exit).
            const int linger = qEnvironmentVariableIntValue("KEYWARD_STARTUP_PROBE_LINGER_MS");
            QTimer::singleShot(0, this, [this, linger] {
                std::printf("keyward-startup-probe: main window painted %lld\n",
                            static_cast<long long>(m_clock.elapsed()));
                std::fflush(stdout);
                QTimer::singleShot(std::max(linger, 0), QCoreApplication::instance(),
                                   [] { QCoreApplication::exit(0); });
            });
        }
        return false;
    }

private:
    QElapsedTimer m_clock;
    QSet<QWidget *> m_painted;
    bool m_done = false;
};
} // namespace

void installStartupProbe()
{
    if (qEnvironmentVariable("KEYWARD_STARTUP_PROBE") != u"1"_s)
        return;
    QCoreApplication *app = QCoreApplication::instance();
    app->installEventFilter(new StartupProbe(app));
}

Q_COREAPP_STARTUP_FUNCTION(installStartupProbe)

} // namespace keyward
