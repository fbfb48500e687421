// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "settings/connectionprofile.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>

class QSettings;

namespace keyward {

class ApiClient;
class CredentialStore;
class ChangeRecorder;
class ExpiryCoordinator;
class IdleMonitor;
class LockDialog;
class LoginDialog;
class ReloginDialog;
class MainWindow;
class ProfileManagerDialog;
class ProfileStore;
class SessionManager;
struct CertificateDetails;

/// The composition root: creates the model objects and the windows and
/// wires them together; the only class that knows every part. main() parses
/// the command line and hands the result to start(); the integration tests
/// build one with their own settings file and drive it like a user.
class AppController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppController)

public:
    struct StartOptions
    {
        /// Open this profile (by name) instead of the last used one.
        QString profileName;
        /// Log in to this server (a profile with this URL, or a new one).
        QString serverUrl;
        QString email;
        QString password;
        /// Submit the login form at once (with serverUrl/email/password).
        bool autoLogin = false;
    };

    /// \p settings is not owned and must outlive the controller.
    /// \p keychainService names the keychain entries (tests use their own).
    explicit AppController(QSettings *settings,
                           const QString &keychainService = QStringLiteral("keyward"),
                           QObject *parent = nullptr);
    ~AppController() override;

    /// Shows the main window at once when the last (or given) profile's
    /// session can be resumed from the keychain, the login dialog otherwise.
    /// False (with \p error) when the options name a profile that does not exist.
    bool start(const StartOptions &options, QString *error = nullptr);

    ApiClient *api() const { return m_api.get(); }
    ProfileStore *profiles() const { return m_profiles.get(); }
    SessionManager *session() const { return m_session.get(); }
    LoginDialog *loginDialog() const { return m_login.get(); }
    MainWindow *mainWindow() const { return m_window.get(); }
    ConnectionProfile activeProfile() const { return m_activeProfile; }
    ExpiryCoordinator *expiry() const { return m_expiry.get(); }
    ChangeRecorder *journal() const { return m_journal.get(); }
    IdleMonitor *idleMonitor() const { return m_idle.get(); }
    /// The re-login prompt while the session waits for a password, else null.
    ReloginDialog *reloginDialog() const;
    /// The lock dialog while the app is locked, else null.
    LockDialog *lockDialog() const;
    bool isLocked() const;

    /// Re-reads settings::idleLockMinutes (Preferences calls this after a change).
    void applyIdleLockSetting();
    /// Hides every window behind the lock dialog (what idleness triggers).
    void lock();

Q_SIGNALS:
    /// The user closed the login dialog without a session, or chose Quit in
    /// the tray: the app should end.
    void quitRequested();

private:
    void showLogin(const QString &message = {});
    /// Reconnects to \p profile with what the keychain holds.
    void resume(const ConnectionProfile &profile);
    void enterWorkspace(const ConnectionProfile &profile, const QString &email);
    void openProfileManager();
    void askToTrust(const CertificateDetails &certificate, const ConnectionProfile &profile);
    void switchProfile();
    void askForPassword(const QString &email, const QUrl &server, const QString &problem);
    /// Closes the re-login prompt and the lock: the session ended another way.
    void dropSessionDialogs();
    void unlock();

    std::unique_ptr<ApiClient> m_api;
    std::unique_ptr<CredentialStore> m_credentials;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<SessionManager> m_session;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<LoginDialog> m_login;
    std::unique_ptr<ExpiryCoordinator> m_expiry;
    std::unique_ptr<ChangeRecorder> m_journal;
    std::unique_ptr<IdleMonitor> m_idle;
    QPointer<ProfileManagerDialog> m_profileManager;
    QPointer<ReloginDialog> m_relogin;
    QPointer<LockDialog> m_lock;
    /// The windows the lock hid, shown again on unlock.
    QList<QPointer<QWidget>> m_hiddenByLock;
    QSettings *m_settings;
    ConnectionProfile m_activeProfile;
    /// A profile being resumed without the login dialog.
    bool m_resuming = false;
};

} // namespace keyward
