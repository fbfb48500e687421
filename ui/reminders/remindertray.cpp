// SPDX-License-Identifier: GPL-3.0-or-later
#include "remindertray.h"

#include <QAction>
#include <QIcon>
#include <QMenu>
#include <QSystemTrayIcon>

using namespace Qt::StringLiterals;

namespace keyward {

ReminderTray::ReminderTray(const QIcon &icon, QObject *parent)
    : QObject(parent)
    , m_menu(new QMenu)
    , m_tray(new QSystemTrayIcon(icon, this))
{
    m_menu->setObjectName(u"trayMenu"_s);
    QAction *showWindow = m_menu->addAction(tr("Show Keyward"));
    showWindow->setObjectName(u"trayShowAction"_s);
    QAction *review = m_menu->addAction(tr("Review Expiries…"));
    review->setObjectName(u"trayReviewAction"_s);
    m_menu->addSeparator();
    QAction *quit = m_menu->addAction(tr("Quit Keyward"));
    quit->setObjectName(u"trayQuitAction"_s);
    connect(showWindow, &QAction::triggered, this, &ReminderTray::showWindowRequested);
    connect(review, &QAction::triggered, this, &ReminderTray::reviewRequested);
    connect(quit, &QAction::triggered, this, &ReminderTray::quitRequested);

    m_tray->setToolTip(tr("Keyward"));
    m_tray->setContextMenu(m_menu);
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, &ReminderTray::reviewRequested);
    connect(m_tray, &QSystemTrayIcon::activated, this,
            [this](QSystemTrayIcon::ActivationReason reason) {
                if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick) {
                    Q_EMIT showWindowRequested();
                }
            });
}

ReminderTray::~ReminderTray()
{
    // QSystemTrayIcon does not own its context menu.
    delete m_menu;
}

bool ReminderTray::isAvailable()
{
    return QSystemTrayIcon::isSystemTrayAvailable();
}

void ReminderTray::show()
{
    if (isAvailable()) {
        m_tray->show();
    }
}

void ReminderTray::hide()
{
    m_tray->hide();
}

bool ReminderTray::notify(const QString &title, const QString &body, bool urgent)
{
    if (!isAvailable() || !m_tray->isVisible()) {
        return false;
    }
    m_tray->showMessage(title, body,
                        urgent ? QSystemTrayIcon::Warning : QSystemTrayIcon::Information);
    return true;
}

} // namespace keyward
