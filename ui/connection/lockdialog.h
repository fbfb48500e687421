// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLineEdit;
class QPushButton;

namespace keyward {

class InlineStatus;
class SessionManager;

/// Shown alone while the app is locked after a time without input (every
/// other window is hidden, so no token value stays readable). Unlocking logs
/// in again (SessionManager::confirmIdentity) with the typed password or the
/// one remembered in the keychain; nothing is compared locally.
class LockDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LockDialog)

public:
    LockDialog(SessionManager *session, const QString &email, const QString &serverName,
               bool passwordRemembered, QWidget *parent = nullptr);
    ~LockDialog() override;

    /// Closing it by the window manager or Escape does not unlock.
    void reject() override;

Q_SIGNALS:
    void unlocked();
    void logOutRequested();

private:
    void unlock(bool withKeychain);
    void setBusy(bool busy);

    SessionManager *m_session;
    QLineEdit *m_password;
    QPushButton *m_unlock;
    QPushButton *m_keychain;
    QPushButton *m_logout;
    InlineStatus *m_status;
};

} // namespace keyward
