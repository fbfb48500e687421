// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "api/apiclient.h"
#include "common/permissions.h"
#include "copying/clipboardguard.h"
#include "inspector/inspectordialog.h"
#include "navigationtree.h"
#include "nodepage.h"
#include "offlinebanner.h"
#include "organizations/namedialog.h"
#include "pendingcallsindicator.h"
#include "profiles/environmentbadge.h"
#include "reminders/expirysummarybar.h"
#include "session/sessionmanager.h"
#include "settings/environment.h"
#include "settings/profilestore.h"
#include "tokens/tokenspanel.h"

#include <QAction>
#include <QApplication>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace keyward {

namespace {
/// How long a confirmation stays in the status bar.
constexpr int statusMessageMs = 6000;
} // namespace

MainWindow::MainWindow(ApiClient *api, SessionManager *session, QWidget *parent)
    : QMainWindow(parent)
    , m_api(api)
    , m_session(session)
    , m_environmentStrip(new QWidget(this))
    , m_navigation(new NavigationTree(api, this))
    , m_pages(new QStackedWidget(this))
    , m_emptyPage(new QLabel(this))
    , m_organizationPage(new NodePage(api, NodePage::Kind::Organization, this))
    , m_teamPage(new NodePage(api, NodePage::Kind::Team, this))
    , m_connectionLabel(new QLabel(this))
    , m_sessionLabel(new QLabel(this))
    , m_environmentBadge(new EnvironmentBadge(this))
    , m_clipboard(new ClipboardGuard(this))
    , m_clipboardLabel(new QLabel(this))
    , m_expirySummary(new ExpirySummaryBar(this))
    , m_offlineBanner(new OfflineBanner(api, this))
    , m_staleNote(new QLabel(this))
{
    setObjectName(u"mainWindow"_s);
    resize(1100, 700);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    // The environment's colour and name across the top of the window, always
    // in view: the colour alone would not tell everybody where they are.
    m_environmentStrip->setObjectName(u"environmentStrip"_s);
    m_environmentStrip->setFixedHeight(22);
    m_environmentStrip->setAutoFillBackground(true);
    auto *bannerLayout = new QHBoxLayout(m_environmentStrip);
    bannerLayout->setContentsMargins(8, 0, 8, 0);
    auto *bannerLabel = new QLabel(m_environmentStrip);
    bannerLabel->setObjectName(u"environmentBannerLabel"_s);
    bannerLabel->setTextFormat(Qt::PlainText);
    QFont bannerFont = bannerLabel->font();
    bannerFont.setBold(true);
    bannerLabel->setFont(bannerFont);
    bannerLayout->addWidget(bannerLabel, 1, Qt::AlignVCenter);
    layout->addWidget(m_environmentStrip);
    layout->addWidget(m_offlineBanner);
    layout->addWidget(m_expirySummary);
    connect(m_expirySummary, &ExpirySummaryBar::reviewRequested, this,
            &MainWindow::expiryReviewRequested);

    auto *splitter = new QSplitter(Qt::Horizontal, central);
    splitter->setObjectName(u"mainSplitter"_s);
    splitter->setChildrenCollapsible(false);
    m_navigation->setMinimumWidth(220);
    splitter->addWidget(m_navigation);
    m_emptyPage->setObjectName(u"emptyPage"_s);
    m_emptyPage->setAlignment(Qt::AlignCenter);
    m_emptyPage->setWordWrap(true);
    m_emptyPage->setText(tr("Select an organization or a team on the left."));
    m_pages->addWidget(m_emptyPage);
    m_pages->addWidget(m_organizationPage);
    m_pages->addWidget(m_teamPage);
    auto *pageColumn = new QWidget(splitter);
    auto *pageLayout = new QVBoxLayout(pageColumn);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->setSpacing(0);
    m_staleNote->setObjectName(u"staleNote"_s);
    m_staleNote->setTextFormat(Qt::PlainText);
    m_staleNote->setWordWrap(true);
    m_staleNote->setContentsMargins(8, 2, 8, 2);
    m_staleNote->setForegroundRole(QPalette::PlaceholderText);
    m_staleNote->hide();
    pageLayout->addWidget(m_staleNote);
    pageLayout->addWidget(m_pages, 1);
    splitter->addWidget(pageColumn);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({280, 820});
    layout->addWidget(splitter, 1);
    setCentralWidget(central);

    m_connectionLabel->setObjectName(u"connectionLabel"_s);
    m_sessionLabel->setObjectName(u"sessionLabel"_s);
    m_environmentBadge->setObjectName(u"environmentBadge"_s);
    statusBar()->setObjectName(u"statusBar"_s);
    m_clipboardLabel->setObjectName(u"clipboardCountdownLabel"_s);
    m_clipboardLabel->hide();
    statusBar()->addPermanentWidget(m_clipboardLabel);
    // Left of the permanent labels, where the eye goes when nothing happens.
    auto *pendingCalls = new PendingCallsIndicator(api, this);
    statusBar()->addPermanentWidget(pendingCalls);
    connect(pendingCalls, &PendingCallsIndicator::cancelled, this, [this](qsizetype count) {
        statusBar()->showMessage(tr("Stopped waiting for %n request(s). Press F5 to load again.",
                                    nullptr, static_cast<int>(count)),
                                 statusMessageMs);
    });
    statusBar()->addPermanentWidget(m_connectionLabel);
    statusBar()->addPermanentWidget(m_sessionLabel);
    statusBar()->addPermanentWidget(m_environmentBadge);

    createActions();

    m_organizationPage->setClipboardGuard(m_clipboard);
    m_teamPage->setClipboardGuard(m_clipboard);
    connect(m_clipboard, &ClipboardGuard::countdownChanged, this, [this](int secondsLeft) {
        m_clipboardLabel->setVisible(secondsLeft > 0);
        m_clipboardLabel->setText(tr("Clipboard clears in %1 s").arg(secondsLeft));
    });
    connect(m_clipboard, &ClipboardGuard::cleared, this, [this] {
        statusBar()->showMessage(tr("The token was removed from the clipboard."), statusMessageMs);
    });

    connect(m_navigation, &NavigationTree::nodeSelected, this, &MainWindow::showNode);
    connect(m_navigation, &NavigationTree::loaded, this, [this](int) {
        m_dataLoadedAt = QDateTime::currentDateTime();
        setConnectionState(tr("Connected"), tr("The server answered the last request."));
    });
    connect(m_navigation, &NavigationTree::loadFailed, this, &MainWindow::onLoadFailed);
    for (NodePage *page : {m_organizationPage, m_teamPage}) {
        connect(page, &NodePage::statusMessage, this, [this](const QString &message) {
            statusBar()->showMessage(message, statusMessageMs);
        });
        connect(page, &NodePage::teamsChanged, m_navigation, &NavigationTree::reloadTeams);
        connect(page, &NodePage::organizationDeleted, this, [this](const QString &organization) {
            statusBar()->showMessage(tr("Organization %1 deleted.").arg(organization),
                                     statusMessageMs);
            m_navigation->reload();
        });
        connect(page, &NodePage::teamActivated, m_navigation, &NavigationTree::selectNode);
    }
    connect(m_api, &ApiClient::connectivityChanged, this, &MainWindow::onConnectivityChanged);
    connect(m_offlineBanner, &OfflineBanner::reconnected, this, &MainWindow::leaveOfflineState);
    connect(m_session, &SessionManager::loggedOut, this, &MainWindow::endSession);
    connect(m_session, &SessionManager::loginRequired, this, [this](const QString &) {
        if (!m_email.isEmpty()) {
            endSession();
        }
    });
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&Keyward"));
    QAction *switchProfile = fileMenu->addAction(tr("&Switch Profile…"));
    switchProfile->setObjectName(u"actionSwitchProfile"_s);
    switchProfile->setShortcut(QKeySequence(u"Ctrl+Shift+O"_s));
    connect(switchProfile, &QAction::triggered, this, &MainWindow::switchProfileRequested);
    QAction *manageProfiles = fileMenu->addAction(tr("&Manage Profiles…"));
    manageProfiles->setObjectName(u"actionManageProfiles"_s);
    connect(manageProfiles, &QAction::triggered, this, &MainWindow::manageProfilesRequested);
    QAction *preferences = fileMenu->addAction(tr("&Preferences…"));
    preferences->setObjectName(u"actionPreferences"_s);
    preferences->setShortcut(QKeySequence::Preferences);
    preferences->setMenuRole(QAction::PreferencesRole);
    connect(preferences, &QAction::triggered, this, &MainWindow::preferencesRequested);
    fileMenu->addSeparator();
    QAction *logOut = fileMenu->addAction(tr("&Log Out"));
    logOut->setObjectName(u"actionLogOut"_s);
    connect(logOut, &QAction::triggered, m_session, &SessionManager::logOut);
    QAction *quit = fileMenu->addAction(tr("&Quit"));
    quit->setObjectName(u"actionQuit"_s);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu *editMenu = menuBar()->addMenu(tr("&Edit"));
    QAction *find = editMenu->addAction(tr("&Filter"));
    find->setObjectName(u"actionFilter"_s);
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, this, [this] {
        // Ctrl+F filters what has the focus: the tree, or the page's list.
        if (m_navigation->isAncestorOf(QApplication::focusWidget()) || !currentPage()) {
            m_navigation->focusFilter();
        } else {
            currentPage()->focusFilter();
        }
    });

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    QAction *refreshAction = viewMenu->addAction(tr("&Refresh"));
    refreshAction->setObjectName(u"actionRefresh"_s);
    refreshAction->setShortcut(QKeySequence::Refresh);
    connect(refreshAction, &QAction::triggered, this, &MainWindow::refresh);
    QAction *expiryReview = viewMenu->addAction(tr("&Expiry Review…"));
    expiryReview->setObjectName(u"actionExpiryReview"_s);
    expiryReview->setShortcut(QKeySequence(u"Ctrl+E"_s));
    expiryReview->setToolTip(
        tr("Every token you administer, in every profile, by how soon it expires"));
    connect(expiryReview, &QAction::triggered, this, &MainWindow::expiryReviewRequested);

    QMenu *organizationMenu = menuBar()->addMenu(tr("&Organization"));
    QAction *newOrganization = organizationMenu->addAction(tr("New &Organization…"));
    newOrganization->setObjectName(u"actionNewOrganization"_s);
    newOrganization->setShortcut(QKeySequence(u"Ctrl+Shift+N"_s));
    connect(newOrganization, &QAction::triggered, this, &MainWindow::newOrganization);
    m_newTeamAction = organizationMenu->addAction(tr("New &Team…"));
    m_newTeamAction->setObjectName(u"actionNewTeam"_s);
    connect(m_newTeamAction, &QAction::triggered, this, &MainWindow::newTeam);
    m_newTokenAction = organizationMenu->addAction(tr("New To&ken…"));
    m_newTokenAction->setObjectName(u"actionNewToken"_s);
    m_newTokenAction->setShortcut(QKeySequence::New);
    connect(m_newTokenAction, &QAction::triggered, this, [this] {
        if (NodePage *page = currentPage()) {
            page->createToken();
        }
    });
    m_newTeamAction->setEnabled(false);
    m_newTokenAction->setEnabled(false);

    QMenu *toolsMenu = menuBar()->addMenu(tr("&Tools"));
    QAction *inspect = toolsMenu->addAction(tr("&Inspect Token…"));
    inspect->setObjectName(u"actionInspectToken"_s);
    inspect->setShortcut(QKeySequence(u"Ctrl+I"_s));
    connect(inspect, &QAction::triggered, this, &MainWindow::inspectToken);
    QAction *journal = toolsMenu->addAction(tr("Change &Journal…"));
    journal->setObjectName(u"actionChangeJournal"_s);
    journal->setToolTip(tr("What you changed from Keyward on this profile, tamper-evident"));
    connect(journal, &QAction::triggered, this, &MainWindow::changeJournalRequested);

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *aboutAction = helpMenu->addAction(tr("&About Keyward"));
    aboutAction->setObjectName(u"actionAbout"_s);
    connect(aboutAction, &QAction::triggered, this, &MainWindow::about);
}

void MainWindow::startSession(const ConnectionProfile &profile, const QString &email)
{
    m_profile = profile;
    m_email = email;
    const QString environment = environmentDisplayName(profile.environment);
    const QUrl server = profile.serverUrl;
    m_sessionLabel->setText(tr("%1 on %2").arg(email, server.toDisplayString(QUrl::RemovePath)));
    setWindowTitle(tr("%1 — %2 — Keyward").arg(profile.name, environment));
    const QColor bannerColour(profile.effectiveColour());
    QPalette strip = m_environmentStrip->palette();
    strip.setColor(QPalette::Window, bannerColour);
    // Black or white, whichever reads better on the profile's colour
    // (relative luminance, as WCAG weighs the channels).
    const double luminance = 0.2126 * bannerColour.redF() + 0.7152 * bannerColour.greenF() +
                             0.0722 * bannerColour.blueF();
    strip.setColor(QPalette::WindowText, luminance > 0.5 ? QColor(Qt::black) : QColor(Qt::white));
    m_environmentStrip->setPalette(strip);
    m_environmentStrip->setToolTip(tr("Environment: %1").arg(environment));
    m_environmentStrip->setAccessibleName(tr("Environment: %1").arg(environment));
    if (auto *bannerLabel = m_environmentStrip->findChild<QLabel *>(u"environmentBannerLabel"_s)) {
        const QString bannerText = profile.environment == Environment::Production
                                       ? tr("PRODUCTION — changes here affect live systems")
                                       : tr("%1 — %2").arg(environment, profile.name);
        bannerLabel->setText(bannerText);
        bannerLabel->setPalette(strip);
        bannerLabel->setAccessibleName(tr("Environment banner: %1").arg(bannerText));
    }
    m_offlineBanner->setServerName(server.toDisplayString(QUrl::RemovePath));
    m_offlineBanner->showOnline();
    m_staleNote->hide();
    m_dataLoadedAt = {};
    m_environmentBadge->setProfile(profile);
    m_organizationPage->setCurrentUserEmail(email);
    m_teamPage->setCurrentUserEmail(email);
    setConnectionState(tr("Connecting…"));
    m_navigation->clear();
    m_pages->setCurrentWidget(m_emptyPage);
    m_navigation->reload();
}

void MainWindow::endSession()
{
    m_email.clear();
    m_navigation->clear();
    m_pages->setCurrentWidget(m_emptyPage);
    m_sessionLabel->clear();
    m_expirySummary->hide();
    m_offlineBanner->showOnline();
    m_staleNote->hide();
    setConnectionState(tr("Logged out"));
    Q_EMIT loggedOut();
}

void MainWindow::showProblem(const QString &message)
{
    if (!message.isEmpty()) {
        statusBar()->showMessage(message);
    }
}

NodePage *MainWindow::currentPage() const
{
    return qobject_cast<NodePage *>(m_pages->currentWidget());
}

void MainWindow::showNode(const NodeContext &node)
{
    if (!node.isValid()) {
        m_pages->setCurrentWidget(m_emptyPage);
        m_newTeamAction->setEnabled(false);
        m_newTokenAction->setEnabled(false);
        return;
    }
    NodePage *page = node.isTeam() ? m_teamPage : m_organizationPage;
    NodeContext guarded = node;
    // The panels' confirmations follow the profile's environment.
    guarded.environment = m_profile.environment;
    page->setContext(guarded);
    m_pages->setCurrentWidget(page);
    if (m_pendingToken && m_pendingToken->organization == node.organization &&
        m_pendingToken->team == node.team.value_or(QString())) {
        page->tabs()->setCurrentWidget(page->tokensPanel());
        page->tokensPanel()->showToken(std::exchange(m_pendingToken, std::nullopt)->id);
    }
    Permissions::apply(m_newTeamAction, node, Permission::CreateTeam);
    Permissions::apply(m_newTokenAction, node, Permission::ManageTokens);
}

void MainWindow::showToken(const QString &organization, const QString &team, const QString &tokenId)
{
    m_pendingToken = PendingToken{organization, team, tokenId};
    const NodeContext current = m_navigation->currentNode();
    if (current.isValid() && current.organization == organization &&
        current.team.value_or(QString()) == team) {
        showNode(current); // already there: the tree will not signal again
    } else {
        m_navigation->selectNode(organization, team);
    }
    show();
    raise();
    activateWindow();
}

void MainWindow::refresh()
{
    m_navigation->reload();
    if (NodePage *page = currentPage()) {
        page->refresh();
    }
}

void MainWindow::setConnectionState(const QString &text, const QString &toolTip)
{
    m_connectionLabel->setText(text);
    m_connectionLabel->setToolTip(toolTip);
}

void MainWindow::onLoadFailed(const ApiError &error)
{
    switch (error.kind) {
    case ApiError::Network:
    case ApiError::Timeout:
        // Normally connectivityChanged(false) came first; the client stays
        // unreachable across a new session, though, and then says nothing new.
        if (!m_offlineBanner->isOffline()) {
            m_offlineBanner->showOffline(error, m_dataLoadedAt);
        }
        showOfflineState();
        break;
    case ApiError::Tls:
        setConnectionState(tr("Not connected"), error.message);
        break;
    default:
        setConnectionState(tr("Connected"), tr("The server answered the last request."));
        break;
    }
}

void MainWindow::onConnectivityChanged(bool reachable)
{
    // Before the session starts (the login) there is no window to mark.
    if (m_email.isEmpty()) {
        return;
    }
    if (!reachable) {
        m_offlineBanner->showOffline(m_api->lastConnectivityError(), m_dataLoadedAt);
        showOfflineState();
    } else if (m_offlineBanner->isOffline()) {
        m_offlineBanner->showOnline();
        leaveOfflineState();
    }
}

void MainWindow::showOfflineState()
{
    const QString since = m_dataLoadedAt.isValid()
                              ? QLocale().toString(m_dataLoadedAt.time(), u"HH:mm"_s)
                              : QString();
    const QString reason = m_api->lastConnectivityError().message;
    setConnectionState(since.isEmpty() ? tr("Offline") : tr("Offline — data from %1").arg(since),
                       reason);
    m_staleNote->setText(
        since.isEmpty()
            ? tr("Stale: the server cannot be reached; nothing here could be loaded.")
            : tr("Stale: shown as loaded at %1. Changes since then are not shown until the "
                 "server answers again.")
                  .arg(since));
    m_staleNote->setAccessibleName(m_staleNote->text());
    m_staleNote->show();
}

void MainWindow::leaveOfflineState()
{
    m_staleNote->hide();
    setConnectionState(tr("Connected"), tr("The server answered the last request."));
    refresh();
}

void MainWindow::newOrganization()
{
    auto *dialog = NameDialog::newOrganization(m_api, this);
    connect(dialog, &NameDialog::organizationCreated, this,
            [this](const Organization &organization) {
                statusBar()->showMessage(
                    tr("Organization %1 created with its first token.").arg(organization.name),
                    statusMessageMs);
                m_navigation->selectNode(organization.name);
                m_navigation->reload();
            });
    dialog->open();
}

void MainWindow::newTeam()
{
    const NodeContext node = m_navigation->currentNode();
    if (!node.isValid()) {
        return;
    }
    auto *dialog = NameDialog::newTeam(m_api, node.organization, this);
    connect(dialog, &NameDialog::teamCreated, this,
            [this](const QString &organization, const Team &team) {
                statusBar()->showMessage(tr("Team %1 created with its first token.").arg(team.name),
                                         statusMessageMs);
                m_navigation->reloadTeams(organization);
                m_navigation->selectNode(organization, team.name);
            });
    dialog->open();
}

void MainWindow::inspectToken()
{
    // One inspector at a time; it works offline, so it needs no session.
    if (m_inspector) {
        m_inspector->raise();
        m_inspector->activateWindow();
        return;
    }
    const bool connected = !m_email.isEmpty();
    m_inspector = new InspectorDialog(connected ? m_api : nullptr,
                                      connected ? m_profile.serverUrl.toString() : QString(), this);
    if (m_profiles) {
        m_inspector->setProfiles(m_profiles->profiles());
    }
    m_inspector->setAttribute(Qt::WA_DeleteOnClose);
    m_inspector->show();
}

void MainWindow::about()
{
    auto *box = new QMessageBox(QMessageBox::NoIcon, tr("About Keyward"),
                                tr("<h3>Keyward %1</h3><p>Administer organizations, teams, "
                                   "members and publishing tokens.</p>")
                                    .arg(QApplication::applicationVersion()),
                                QMessageBox::Close, this);
    box->setObjectName(u"aboutDialog"_s);
    box->setIconPixmap(QApplication::windowIcon().pixmap(64));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace keyward
