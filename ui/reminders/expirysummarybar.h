// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reminders/reminderplanner.h"

#include <QFrame>

class QLabel;
class QPushButton;
class QToolButton;

namespace keyward {

/// The non-modal line across the top of the main window after login: "2
/// tokens have expired and 3 expire within 7 days." with a button that
/// opens the expiry review. It never takes the focus or blocks work, and
/// stays until dismissed or replaced. Also shows reminders when the desktop
/// has no system tray to show them.
///
/// objectNames: expirySummaryBar, expirySummaryText, expirySummaryReviewButton,
/// expirySummaryDismissButton.
class ExpirySummaryBar final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExpirySummaryBar)

public:
    explicit ExpirySummaryBar(QWidget *parent = nullptr);

    /// Shows the summary, or hides the bar when there is nothing to say.
    void showSummary(const ExpirySummary &summary);
    /// Shows reminders that could not go to the system tray.
    void showReminders(const QString &title, const QString &body, bool urgent);

    QString text() const;

Q_SIGNALS:
    void reviewRequested();

private:
    void showText(const QString &text, bool urgent);

    QLabel *m_icon;
    QLabel *m_text;
    QPushButton *m_review;
    QToolButton *m_dismiss;
};

} // namespace keyward
