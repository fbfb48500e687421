// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QAction;
class QIcon;
class QMenu;
class QSystemTrayIcon;

namespace keyward {

/// Keyward's icon in the system tray while the app runs, and the expiry
/// reminders it shows as desktop notifications. On a desktop without a
/// tray (or offscreen) it stays hidden and notify() says so, and the caller
/// shows the reminder in the window instead.
class ReminderTray final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReminderTray)

public:
    explicit ReminderTray(const QIcon &icon, QObject *parent = nullptr);
    ~ReminderTray() override;

    /// Whether the desktop has a tray to show the icon in.
    static bool isAvailable();

    /// Shows the icon (when there is a tray).
    void show();
    void hide();
    /// Shows a desktop notification; false when there is no tray to show it from.
    bool notify(const QString &title, const QString &body, bool urgent);

    QMenu *menu() const { return m_menu; }

Q_SIGNALS:
    void showWindowRequested();
    /// The user clicked a notification or chose "Review Expiries…".
    void reviewRequested();
    void quitRequested();

private:
    QMenu *m_menu;
    QSystemTrayIcon *m_tray;
};

} // namespace keyward
