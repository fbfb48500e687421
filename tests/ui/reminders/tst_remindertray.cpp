// SPDX-License-Identifier: GPL-3.0-or-later
// The tray: its menu routes to the app, and without a system tray (as here,
// offscreen) notify() reports that it could not show anything, so the
// caller falls back to the window.
#include "reminders/remindertray.h"

#include <QAction>
#include <QIcon>
#include <QMenu>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace keyward;

class TestReminderTray final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void menuActionsRoute()
    {
        ReminderTray tray{QIcon()};
        QSignalSpy show(&tray, &ReminderTray::showWindowRequested);
        QSignalSpy review(&tray, &ReminderTray::reviewRequested);
        QSignalSpy quit(&tray, &ReminderTray::quitRequested);
        tray.menu()->findChild<QAction *>(u"trayShowAction"_s)->trigger();
        tray.menu()->findChild<QAction *>(u"trayReviewAction"_s)->trigger();
        tray.menu()->findChild<QAction *>(u"trayQuitAction"_s)->trigger();
        QCOMPARE(show.size(), 1);
        QCOMPARE(review.size(), 1);
        QCOMPARE(quit.size(), 1);
    }

    void noTrayMeansNotifyFails()
    {
        if (ReminderTray::isAvailable()) {
            QSKIP("this desktop has a system tray; the fallback cannot be observed");
        }
        ReminderTray tray{QIcon()};
        tray.show();
        QVERIFY(!tray.notify(u"A token expires soon"_s, u"exporter: expires in 2 days"_s, false));
    }
};

QTEST_MAIN(TestReminderTray)
#include "tst_remindertray.moc"
