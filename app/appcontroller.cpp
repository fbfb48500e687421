// SPDX-License-Identifier: GPL-3.0-or-later
#include "appcontroller.h"

#include "api/apiclient.h"
#include "api/networksettingkeys.h"
#include "changerecorder.h"
#include "connection/idlemonitor.h"
#include "connection/lockdialog.h"
#include "connection/logindialog.h"
#include "connection/relogindialog.h"
#include "copying/clipboardguard.h"
#include "credentials/credentialstore.h"
#include "expirycoordinator.h"
#include "main/mainwindow.h"
#include "preferences/preferencesdialog.h"
#include "profiles/profilemanagerdialog.h"
#include "profiles/tlserrordialog.h"
#include "session/idlelocksetting.h"
#include "session/sessionmanager.h"
#include "settings/profilestore.h"

#include <QApplication>
#include <QStandardPaths>
#include <QTimer>

#include <algorithm>
#include <chrono>
#include <utility>

using namespace Qt::StringLiterals;

namespace keyward {

namespace {
/// How long a silent reconnect may take before the login dialog explains.
constexpr int reconnectNoticeMs = 400;
} // namespace

AppController::AppController(QSettings *settings, const QString &keychainService, QObject *parent)
    : QObject(parent)
    , m_api(std::make_unique<ApiClient>())
    , m_credentials(std::make_unique<CredentialStore>(keychainService))
    , m_profiles(std::make_unique<ProfileStore>(settings))
    , m_session(std::make_unique<SessionManager>(m_api.get(), m_credentials.get()))
    , m_window(std::make_unique<MainWindow>(m_api.get(), m_session.get()))
    , m_login(std::make_unique<LoginDialog>(m_session.get(), m_profiles.get()))
    , m_expiry(std::make_unique<ExpiryCoordinator>(settings, m_profiles.get(), m_credentials.get(),
                                                   m_api.get(), m_window.get()))
    , m_journal(std::make_unique<ChangeRecorder>(
          QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/journal"_s,
          m_api.get(), m_window.get()))
    , m_idle(std::make_unique<IdleMonitor>())
    , m_settings(settings)
{
    // A session that ends while the user works is renewed, not thrown away
    // with whatever they were typing.
    m_session->setReauthenticationEnabled(true);
    connect(m_session.get(), &SessionManager::passwordNeeded, this, &AppController::askForPassword);
    connect(m_idle.get(), &IdleMonitor::idle, this, &AppController::lock);

    connect(m_expiry.get(), &ExpiryCoordinator::quitRequested, this, &AppController::quitRequested);
    m_window->setProfileStore(m_profiles.get());
    applyNetworkSettings(m_api.get(), *settings);
    m_window->clipboardGuard()->applySettings(*settings);
    connect(m_login.get(), &LoginDialog::loggedIn, this, [this](const ConnectionProfile &profile) {
        enterWorkspace(profile, m_login->email());
    });
    connect(m_login.get(), &QDialog::rejected, this, [this] {
        if (!m_window->isVisible()) {
            Q_EMIT quitRequested();
        }
    });
    connect(m_login.get(), &LoginDialog::manageProfilesRequested, this,
            &AppController::openProfileManager);
    connect(m_login.get(), &LoginDialog::untrustedCertificate, this, &AppController::askToTrust);

    connect(m_session.get(), &SessionManager::loggedIn, this, [this](const User &user) {
        if (m_resuming) {
            m_resuming = false;
            enterWorkspace(m_activeProfile, user.email);
        }
    });
    connect(m_session.get(), &SessionManager::loginRequired, this, [this](const QString &reason) {
        m_resuming = false;
        dropSessionDialogs();
        m_window->hide();
        showLogin(reason);
    });
    connect(m_session.get(), &SessionManager::keychainProblem, m_window.get(),
            &MainWindow::showProblem);

    connect(m_window.get(), &MainWindow::loggedOut, this, [this] {
        dropSessionDialogs();
        m_expiry->sessionEnded();
        m_journal->sessionEnded();
        m_window->hide();
        showLogin();
    });
    connect(m_window.get(), &MainWindow::manageProfilesRequested, this,
            &AppController::openProfileManager);
    connect(m_window.get(), &MainWindow::switchProfileRequested, this,
            &AppController::switchProfile);
    connect(m_window.get(), &MainWindow::preferencesRequested, this, [this, settings] {
        auto *dialog = new PreferencesDialog(settings, m_window->clipboardGuard(), m_window.get());
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        // The idle lock's minutes may have changed.
        connect(dialog, &QDialog::accepted, this, &AppController::applyIdleLockSetting);
        connect(dialog, &QDialog::accepted, this,
                [this] { applyNetworkSettings(m_api.get(), *m_settings); });
        dialog->open();
    });
}

AppController::~AppController()
{
    // The lock dialog has no parent (it must outlive the hidden windows).
    delete m_lock.data();
}

bool AppController::start(const StartOptions &options, QString *error)
{
    m_profiles->load();
    if (!options.serverUrl.isEmpty()) {
        m_login->setServerUrl(options.serverUrl);
        if (!options.email.isEmpty()) {
            m_login->setEmail(options.email);
        }
        m_login->setPassword(options.password);
        showLogin();
        if (options.autoLogin) {
            // From the event loop, so the user sees the filled-in form, the
            // progress and any error, exactly as if they had pressed the button.
            QTimer::singleShot(0, m_login.get(), &LoginDialog::submit);
        }
        return true;
    }
    std::optional<ConnectionProfile> profile;
    if (!options.profileName.isEmpty()) {
        profile = m_profiles->findByName(options.profileName);
        if (!profile) {
            if (error) {
                *error = tr("There is no connection profile named “%1”.").arg(options.profileName);
            }
            return false;
        }
    } else {
        profile = m_profiles->lastUsedProfile();
    }
    if (!profile) {
        showLogin();
        return true;
    }
    m_login->selectProfile(profile->id);
    if (!options.email.isEmpty()) {
        m_login->setEmail(options.email);
    }
    if (!options.password.isEmpty() || options.autoLogin) {
        m_login->setPassword(options.password);
        showLogin();
        if (options.autoLogin) {
            QTimer::singleShot(0, m_login.get(), &LoginDialog::submit);
        }
        return true;
    }
    // Reconnect without asking when the keychain still holds a live session
    // (or a remembered password); the login dialog appears only if not.
    resume(*profile);
    return true;
}

void AppController::resume(const ConnectionProfile &profile)
{
    m_activeProfile = profile;
    m_resuming = true;
    m_session->resume(profile);
    // A server that is slow to answer must not leave the user looking at
    // nothing: after a moment the login dialog says what is going on (and
    // the main window replaces it if the session comes back).
    QTimer::singleShot(reconnectNoticeMs, this, [this, name = profile.name] {
        if (m_resuming && !m_window->isVisible()) {
            showLogin(tr("Reconnecting to %1…").arg(name));
        }
    });
}

void AppController::showLogin(const QString &message)
{
    if (!message.isEmpty()) {
        m_login->showMessage(message);
    }
    m_login->show();
    m_login->raise();
    m_login->activateWindow();
}

void AppController::enterWorkspace(const ConnectionProfile &profile, const QString &email)
{
    m_activeProfile = profile;
    m_login->hide();
    m_window->show();
    m_window->startSession(profile, email);
    m_expiry->sessionStarted(profile);
    m_journal->sessionStarted(profile, email);
    applyIdleLockSetting();
}

void AppController::openProfileManager()
{
    if (m_profileManager) {
        m_profileManager->raise();
        m_profileManager->activateWindow();
        return;
    }
    QWidget *parent = m_window->isVisible() ? static_cast<QWidget *>(m_window.get())
                                            : static_cast<QWidget *>(m_login.get());
    m_profileManager = new ProfileManagerDialog(m_profiles.get(), parent);
    m_profileManager->setAttribute(Qt::WA_DeleteOnClose);
    if (m_activeProfile.id.isNull()) {
        m_profileManager->selectProfile(m_login->currentProfile().id);
    } else {
        m_profileManager->selectProfile(m_activeProfile.id);
    }
    connect(m_profileManager, &ProfileManagerDialog::profileChosen, this, [this](const QUuid &id) {
        const auto profile = m_profiles->find(id);
        if (!profile) {
            return;
        }
        m_profileManager->close();
        m_window->hide();
        m_login->selectProfile(id);
        resume(*profile);
    });
    m_profileManager->open();
}

void AppController::switchProfile()
{
    // The session stays in the keychain: switching back resumes it.
    dropSessionDialogs();
    m_expiry->sessionEnded();
    m_journal->sessionEnded();
    m_window->hide();
    showLogin();
}

void AppController::askForPassword(const QString &email, const QUrl &server, const QString &problem)
{
    if (m_relogin && m_relogin->isDecided()) {
        m_relogin = nullptr; // closed, deleted later
    }
    if (!m_relogin) {
        m_relogin = new ReloginDialog(m_session.get(), email, server, m_window.get());
        m_relogin->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_relogin->showProblem(problem);
    // While locked the prompt waits hidden; unlocking renews the session anyway.
    if (!m_lock) {
        m_relogin->show();
        m_relogin->raise();
        m_relogin->activateWindow();
    }
}

ReloginDialog *AppController::reloginDialog() const
{
    return m_relogin.data();
}

LockDialog *AppController::lockDialog() const
{
    return m_lock.data();
}

bool AppController::isLocked() const
{
    return !m_lock.isNull();
}

void AppController::dropSessionDialogs()
{
    m_idle->stop();
    if (m_relogin) {
        m_relogin->dismiss();
    }
    if (m_lock) {
        LockDialog *lockDialog = m_lock;
        m_lock = nullptr;
        m_hiddenByLock.clear();
        lockDialog->close();
    }
}

void AppController::applyIdleLockSetting()
{
    const int minutes = std::max(0, settings::idleLockMinutes.read(*m_settings));
    m_idle->setTimeout(std::chrono::minutes(minutes));
    if (minutes > 0 && m_window->isVisible() && !m_lock) {
        m_idle->start();
    } else if (minutes == 0) {
        m_idle->stop();
    }
}

void AppController::lock()
{
    if (m_lock || !m_window->isVisible() || !m_session->isLoggedIn()) {
        return;
    }
    m_idle->stop();
    // Hiding, not covering: a hidden window shows no token value to anyone,
    // whatever the window manager or a screenshot tool does.
    m_hiddenByLock.clear();
    m_hiddenByLock.append(m_window.get());
    for (QWidget *window : QApplication::topLevelWidgets()) {
        if (window != m_window.get() && window->isVisible()) {
            m_hiddenByLock.append(window);
        }
    }
    for (const QPointer<QWidget> &window : std::as_const(m_hiddenByLock)) {
        window->hide();
    }
    const QString email = m_session->email();
    m_lock = new LockDialog(m_session.get(), email, m_activeProfile.name, false);
    m_lock->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_lock, &LockDialog::unlocked, this, &AppController::unlock);
    connect(m_lock, &LockDialog::logOutRequested, this, [this] {
        m_lock = nullptr;
        m_hiddenByLock.clear();
        m_session->logOut();
    });
    m_session->hasRememberedPassword(
        m_activeProfile, email, m_lock, [dialog = m_lock.data()](bool remembered) {
            if (auto *keychain =
                    dialog->findChild<QWidget *>(QStringLiteral("lockKeychainButton"))) {
                keychain->setVisible(remembered);
            }
        });
    m_lock->show();
    m_lock->raise();
    m_lock->activateWindow();
}

void AppController::unlock()
{
    const QList<QPointer<QWidget>> windows = std::exchange(m_hiddenByLock, {});
    m_lock = nullptr;
    for (const QPointer<QWidget> &window : windows) {
        if (window) {
            window->show();
        }
    }
    if (m_relogin && m_session->isReauthenticating()) {
        m_relogin->show();
    }
    applyIdleLockSetting();
}

void AppController::askToTrust(const CertificateDetails &certificate,
                               const ConnectionProfile &profile)
{
    auto *dialog = new TlsErrorDialog(certificate, profile.name, m_login.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &TlsErrorDialog::trustRequested, this,
            [this, profile](const QString &fingerprint) {
                ConnectionProfile trusted = profile;
                trusted.trustedCertificateSha256.append(fingerprint);
                if (trusted.id.isNull()) {
                    // First login to a new server: the profile is created now
                    // so that the trust has somewhere to live.
                    const auto added = m_profiles->add(trusted);
                    if (!added) {
                        m_login->showMessage(added.error().message);
                        return;
                    }
                    m_login->selectProfile(added->id);
                } else if (const auto problem = m_profiles->update(trusted)) {
                    m_login->showMessage(problem->message);
                    return;
                }
                m_login->retry();
            });
    dialog->open();
}

} // namespace keyward
