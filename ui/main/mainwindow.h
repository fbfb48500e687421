// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "settings/connectionprofile.h"

#include <QDateTime>
#include <QMainWindow>
#include <QPointer>

#include <optional>

class QAction;
class QLabel;
class QStackedWidget;

namespace keyward {

class ApiClient;
class ClipboardGuard;
class EnvironmentBadge;
class ExpirySummaryBar;
class InspectorDialog;
class NavigationTree;
class NodePage;
class OfflineBanner;
class ProfileStore;
class SessionManager;
struct ApiError;
struct NodeContext;

/// The administrator's workspace: organizations and teams on the left, the
/// selected node's page on the right, the environment's colour along the top
/// and in the status bar so that production is never mistaken for staging.
/// Built in code rather than Designer: it is a frame of three custom parts,
/// and its actions need shortcuts and routing that a form cannot express.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    MainWindow(ApiClient *api, SessionManager *session, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Shows who is logged in where and loads the organizations.
    void startSession(const ConnectionProfile &profile, const QString &email);
    /// A non-fatal problem to show in the status bar (e.g. the keychain's).
    void showProblem(const QString &message);

    NavigationTree *navigation() const { return m_navigation; }
    NodePage *organizationPage() const { return m_organizationPage; }
    NodePage *teamPage() const { return m_teamPage; }
    /// The page showing now, or null when nothing is selected.
    NodePage *currentPage() const;

    void refresh();

    /// Shows the token \p tokenId of \p organization (and \p team): selects
    /// the node, opens its Tokens tab and selects the token once loaded.
    void showToken(const QString &organization, const QString &team, const QString &tokenId);

    /// The connection profiles, so the inspector can name the profile a
    /// foreign token was issued by. Not owned; must outlive the window.
    void setProfileStore(const ProfileStore *profiles) { m_profiles = profiles; }

    /// Copies of token values go through this guard (cleared after a delay).
    ClipboardGuard *clipboardGuard() const { return m_clipboard; }
    /// The non-modal expiry summary across the top (after login, and
    /// reminders when there is no system tray).
    ExpirySummaryBar *expirySummaryBar() const { return m_expirySummary; }
    /// Shown while the server cannot be reached (retries by itself).
    OfflineBanner *offlineBanner() const { return m_offlineBanner; }

Q_SIGNALS:
    /// The session ended (Log out, or the server refused it): show the login.
    void loggedOut();
    void manageProfilesRequested();
    void preferencesRequested();
    void switchProfileRequested();
    /// View → Expiry Review… or the summary's button.
    void expiryReviewRequested();
    /// Tools → Change Journal….
    void changeJournalRequested();

private:
    void createActions();
    void showNode(const NodeContext &node);
    void setConnectionState(const QString &text, const QString &toolTip = {});
    void onLoadFailed(const ApiError &error);
    /// ApiClient::connectivityChanged: the banner, the stale marks, a refresh on return.
    void onConnectivityChanged(bool reachable);
    void showOfflineState();
    void leaveOfflineState();
    void endSession();
    void newOrganization();
    void newTeam();
    void about();
    /// Tools → Inspect Token…: decode and verify any JWT, offline.
    void inspectToken();

    ApiClient *m_api;
    SessionManager *m_session;
    ConnectionProfile m_profile;
    QString m_email;

    QWidget *m_environmentStrip;
    NavigationTree *m_navigation;
    QStackedWidget *m_pages;
    QLabel *m_emptyPage;
    NodePage *m_organizationPage;
    NodePage *m_teamPage;
    QLabel *m_connectionLabel;
    QLabel *m_sessionLabel;
    EnvironmentBadge *m_environmentBadge;
    ClipboardGuard *m_clipboard;
    QLabel *m_clipboardLabel;
    ExpirySummaryBar *m_expirySummary;
    OfflineBanner *m_offlineBanner;
    /// "Stale" above the page while offline: what it shows may be out of date.
    QLabel *m_staleNote;
    /// When the organizations were last loaded: the age of what is on screen.
    QDateTime m_dataLoadedAt;
    const ProfileStore *m_profiles = nullptr;
    QPointer<InspectorDialog> m_inspector;

    /// showToken() waiting for its node to be selected.
    struct PendingToken
    {
        QString organization;
        QString team;
        QString id;
    };
    std::optional<PendingToken> m_pendingToken;

    QAction *m_newTeamAction = nullptr;
    QAction *m_newTokenAction = nullptr;
};

} // namespace keyward
