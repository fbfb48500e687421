// SPDX-License-Identifier: GPL-3.0-or-later
// IdleMonitor with an injected clock: idle only after the timeout without
// input, any input anywhere in the app restarts the count, off at zero.
#include "connection/idlemonitor.h"

#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

using namespace std::chrono_literals;
using keyward::IdleMonitor;

class TestIdleMonitor final : public QObject
{
    Q_OBJECT

private:
    qint64 m_now = 0;

    void useFakeClock(IdleMonitor &monitor)
    {
        m_now = 1000;
        monitor.setClock([this] { return m_now; });
    }

private Q_SLOTS:
    void idleAfterTheTimeoutWithoutInput()
    {
        IdleMonitor monitor;
        useFakeClock(monitor);
        QSignalSpy idle(&monitor, &IdleMonitor::idle);
        monitor.setTimeout(60s);
        monitor.start();
        QVERIFY(monitor.isRunning());

        m_now += 59'999;
        monitor.check();
        QCOMPARE(idle.count(), 0);
        m_now += 1;
        monitor.check();
        QCOMPARE(idle.count(), 1);
        // Once: the app is locked until start() again.
        QVERIFY(!monitor.isRunning());
        m_now += 120'000;
        monitor.check();
        QCOMPARE(idle.count(), 1);
    }

    void inputRestartsTheCount()
    {
        IdleMonitor monitor;
        useFakeClock(monitor);
        QSignalSpy idle(&monitor, &IdleMonitor::idle);
        monitor.setTimeout(60s);
        monitor.start();

        QLineEdit edit;
        edit.show();
        QVERIFY(QTest::qWaitForWindowExposed(&edit));
        m_now += 50'000;
        QTest::keyClick(&edit, Qt::Key_A);
        m_now += 50'000;
        monitor.check();
        QCOMPARE(idle.count(), 0);
        QTest::mouseClick(&edit, Qt::LeftButton);
        m_now += 59'000;
        monitor.check();
        QCOMPARE(idle.count(), 0);
        m_now += 1'000;
        monitor.check();
        QCOMPARE(idle.count(), 1);
    }

    void theTimerFiresWithARealClock()
    {
        IdleMonitor monitor;
        QSignalSpy idle(&monitor, &IdleMonitor::idle);
        monitor.setTimeout(50ms);
        monitor.start();
        QVERIFY(idle.wait(5000));
        QCOMPARE(idle.count(), 1);
    }

    void zeroIsOff()
    {
        IdleMonitor monitor;
        useFakeClock(monitor);
        QSignalSpy idle(&monitor, &IdleMonitor::idle);
        monitor.setTimeout(0ms);
        monitor.start();
        QVERIFY(!monitor.isRunning());
        m_now += 10'000'000;
        monitor.check();
        QCOMPARE(idle.count(), 0);
    }
};

QTEST_MAIN(TestIdleMonitor)
#include "tst_idlemonitor.moc"
