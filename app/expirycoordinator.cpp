// SPDX-License-Identifier: GPL-3.0-or-later
#include "expirycoordinator.h"

#include "api/apiclient.h"
#include "copying/copycontext.h"
#include "expiry/expirypage.h"
#include "expiry/rotationpolicies.h"
#include "expirycollection/expiryaggregator.h"
#include "expiryreview/expiryreviewwindow.h"
#include "main/mainwindow.h"
#include "reminders/expirysummarybar.h"
#include "reminders/remindermonitor.h"
#include "reminders/remindertray.h"
#include "rotation/rotationwizard.h"

#include <QApplication>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace keyward {

ExpiryCoordinator::ExpiryCoordinator(QSettings *settings, ProfileStore *profiles,
                                     CredentialStore *credentials, ApiClient *api,
                                     MainWindow *window, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_api(api)
    , m_window(window)
    , m_policies(std::make_unique<RotationPolicies>(settings))
    , m_reminders(std::make_unique<ReminderMonitor>(settings))
    , m_aggregator(std::make_unique<ExpiryAggregator>(profiles, credentials))
    , m_tray(std::make_unique<ReminderTray>(QApplication::windowIcon()))
    , m_periodic(new QTimer(this))
{
    m_reminders->setRotationDays([this](const ExpiryRecord &record) {
        return m_policies->daysFor(record.profileId, record.token.org);
    });
    connect(m_reminders.get(), &ReminderMonitor::remindersDue, this, &ExpiryCoordinator::announce);

    connect(m_aggregator.get(), &ExpiryAggregator::finished, this, &ExpiryCoordinator::onCollected);
    connect(m_aggregator.get(), &ExpiryAggregator::progress, this,
            [this](int done, int total, const QString &what) {
                if (m_review) {
                    m_review->page()->showProgress(done, total, what);
                }
            });
    connect(m_aggregator.get(), &ExpiryAggregator::profileStatusChanged, this,
            [this](const QUuid &id, const QString &name, const QString &text, bool isProblem) {
                if (m_review) {
                    m_review->page()->setProfileStatus(id, name, text, isProblem);
                }
            });

    m_periodic->setInterval(defaultCheckIntervalMs);
    connect(m_periodic, &QTimer::timeout, this, &ExpiryCoordinator::collect);

    connect(m_window, &MainWindow::expiryReviewRequested, this, &ExpiryCoordinator::openReview);
    connect(m_tray.get(), &ReminderTray::reviewRequested, this, &ExpiryCoordinator::openReview);
    connect(m_tray.get(), &ReminderTray::showWindowRequested, this,
            &ExpiryCoordinator::showMainWindow);
    connect(m_tray.get(), &ReminderTray::quitRequested, this, &ExpiryCoordinator::quitRequested);
}

ExpiryCoordinator::~ExpiryCoordinator()
{
    delete m_review;
}

void ExpiryCoordinator::sessionStarted(const ConnectionProfile &profile)
{
    m_activeProfileId = profile.id;
    m_aggregator->setActiveClient(profile.id, m_api);
    m_summaryPending = true;
    m_tray->show();
    m_periodic->start();
    collect();
}

void ExpiryCoordinator::sessionEnded()
{
    m_periodic->stop();
    m_aggregator->cancel();
    m_collecting = false;
    m_summaryPending = false;
    if (m_review) {
        m_review->close();
    }
}

ExpiryReviewWindow *ExpiryCoordinator::reviewWindow() const
{
    return m_review;
}

void ExpiryCoordinator::setCheckInterval(int milliseconds)
{
    m_periodic->setInterval(milliseconds);
}

void ExpiryCoordinator::collect()
{
    if (m_collecting) {
        return;
    }
    m_collecting = true;
    m_aggregator->start();
}

void ExpiryCoordinator::onCollected(const QList<ExpiryRecord> &records)
{
    m_collecting = false;
    m_records = records;
    if (m_review) {
        m_review->page()->hideProgress();
        m_review->setRecords(records);
    }
    // Right after login the summary already says what the reminders would;
    // they are still marked as shown, and still go to the tray.
    m_remindInWindow = !m_summaryPending;
    if (m_summaryPending) {
        m_summaryPending = false;
        m_window->expirySummaryBar()->showSummary(m_reminders->summarize(records));
    }
    m_reminders->update(records);
    m_remindInWindow = true;
    Q_EMIT recordsUpdated();
}

void ExpiryCoordinator::announce(const QList<Reminder> &reminders)
{
    const QString title = ReminderPlanner::notificationTitle(reminders);
    const QString body =
        ReminderPlanner::notificationBody(reminders, QDateTime::currentDateTimeUtc());
    const bool urgent = std::any_of(reminders.cbegin(), reminders.cend(),
                                    [](const Reminder &r) { return r.hasPassed(); });
    if (!m_tray->notify(title, body, urgent) && m_remindInWindow) {
        // No tray on this desktop: the window says it instead, without a popup.
        m_window->expirySummaryBar()->showReminders(title, body, urgent);
    }
}

void ExpiryCoordinator::openReview()
{
    if (!m_review) {
        m_review = new ExpiryReviewWindow(m_policies.get());
        m_review->setAttribute(Qt::WA_DeleteOnClose);
        ExpiryPage *page = m_review->page();
        connect(page, &ExpiryPage::refreshRequested, this, &ExpiryCoordinator::collect);
        connect(page, &ExpiryPage::cancelRequested, this, [this] {
            m_aggregator->cancel();
            m_collecting = false;
            if (m_review) {
                m_review->page()->hideProgress();
            }
        });
        connect(page, &ExpiryPage::rotateRequested, this, &ExpiryCoordinator::rotate);
        connect(page, &ExpiryPage::openRequested, this, &ExpiryCoordinator::open);
        m_review->setRecords(m_records);
    }
    m_review->show();
    m_review->raise();
    m_review->activateWindow();
    collect();
}

void ExpiryCoordinator::rotate(const ExpiryRecord &record)
{
    ApiClient *client = m_aggregator->clientFor(record.profileId);
    if (!client || !m_review) {
        return;
    }
    const Owner owner = record.token.team.isEmpty()
                            ? Owner::ofOrganization(record.token.org)
                            : Owner::ofTeam(record.token.org, record.token.team);
    const CopyContext context{record.serverUrl, record.token.org, record.token.team};
    auto *wizard = new RotationWizard(client, owner, record.token, *m_window->clipboardGuard(),
                                      context, m_review);
    wizard->setEnvironment(record.environment);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &RotationWizard::rotated, this, &ExpiryCoordinator::collect);
    wizard->open();
}

void ExpiryCoordinator::open(const ExpiryRecord &record)
{
    if (record.profileId != m_activeProfileId) {
        // The main window shows one server; the token's is another profile.
        if (m_review) {
            m_review->page()->setProfileStatus(
                record.profileId, record.profileName,
                tr("To open %1, switch to this profile (Keyward → Switch Profile…).")
                    .arg(record.token.description),
                false);
        }
        return;
    }
    m_window->showToken(record.token.org, record.token.team, record.token.id);
}

void ExpiryCoordinator::showMainWindow()
{
    m_window->show();
    m_window->raise();
    m_window->activateWindow();
}

} // namespace keyward
