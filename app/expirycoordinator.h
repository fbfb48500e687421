// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "expiry/expiryrecord.h"
#include "settings/connectionprofile.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <memory>

class QSettings;
class QTimer;

namespace keyward {

class ApiClient;
class CredentialStore;
class ExpiryAggregator;
class ExpiryReviewWindow;
class MainWindow;
class ProfileStore;
class ReminderMonitor;
class ReminderTray;
class RotationPolicies;
struct Reminder;

/// Everything about "never be surprised by an expiry", wired together: it
/// collects the tokens of every profile with a stored session after login
/// and every hour while the app runs, shows the summary after login, sends
/// reminders to the tray (or the window when there is no tray), and runs
/// the expiry review window and the rotation wizard it opens.
class ExpiryCoordinator final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExpiryCoordinator)

public:
    /// How often the tokens are looked at again while the app runs.
    static constexpr int defaultCheckIntervalMs = 60 * 60 * 1000;

    /// None of the pointers is owned; all must outlive the coordinator.
    ExpiryCoordinator(QSettings *settings, ProfileStore *profiles, CredentialStore *credentials,
                      ApiClient *api, MainWindow *window, QObject *parent = nullptr);
    ~ExpiryCoordinator() override;

    /// After login to \p profile: collect, then summarise and remind.
    void sessionStarted(const ConnectionProfile &profile);
    /// After logout: stop collecting (reminders need a session to look).
    void sessionEnded();

    /// View → Expiry Review…: opens (or raises) the review and refreshes it.
    void openReview();

    void setCheckInterval(int milliseconds);

    /// Null until openReview(), and again after the user closed it.
    ExpiryReviewWindow *reviewWindow() const;
    ReminderMonitor *reminders() const { return m_reminders.get(); }
    ReminderTray *tray() const { return m_tray.get(); }
    RotationPolicies *rotationPolicies() const { return m_policies.get(); }
    const QList<ExpiryRecord> &records() const { return m_records; }

Q_SIGNALS:
    /// A collection finished and records() holds its tokens.
    void recordsUpdated();
    void quitRequested();

private:
    void collect();
    void onCollected(const QList<ExpiryRecord> &records);
    void announce(const QList<Reminder> &reminders);
    void rotate(const ExpiryRecord &record);
    /// Double-click in the review: the token in the main window.
    void open(const ExpiryRecord &record);
    void showMainWindow();

    QSettings *m_settings;
    ApiClient *m_api;
    MainWindow *m_window;
    std::unique_ptr<RotationPolicies> m_policies;
    std::unique_ptr<ReminderMonitor> m_reminders;
    std::unique_ptr<ExpiryAggregator> m_aggregator;
    std::unique_ptr<ReminderTray> m_tray;
    QTimer *m_periodic;
    QPointer<ExpiryReviewWindow> m_review;
    QList<ExpiryRecord> m_records;
    QUuid m_activeProfileId;
    bool m_collecting = false;
    bool m_summaryPending = false;
    /// False while the summary after login stands in for the reminders.
    bool m_remindInWindow = true;
};

} // namespace keyward
