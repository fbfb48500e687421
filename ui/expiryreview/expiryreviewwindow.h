// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "expiry/expiryrecord.h"

#include <QList>
#include <QWidget>

class QComboBox;

namespace keyward {

class ExpiryPage;
class RotationPolicies;
class TimelineView;

/// The expiry review as its own window: it spans every connection profile,
/// so it does not belong to the main window's one-server tree. The table
/// (ExpiryPage) and the timeline show the same tokens and the same
/// selection: a click on either selects in both.
///
/// objectNames: expiryReviewWindow, timelineRangeCombo, expiryTimeline.
class ExpiryReviewWindow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExpiryReviewWindow)

public:
    /// \p policies is not owned and must outlive the window.
    explicit ExpiryReviewWindow(RotationPolicies *policies, QWidget *parent = nullptr);
    ~ExpiryReviewWindow() override;

    void setRecords(const QList<ExpiryRecord> &records);

    ExpiryPage *page() const { return m_page; }
    TimelineView *timeline() const { return m_timeline; }

private:
    /// Rebuilds the timeline from the table's model, which has already
    /// assessed every token (with its rotation policy).
    void updateTimeline();

    ExpiryPage *m_page;
    TimelineView *m_timeline;
    QComboBox *m_range;
};

} // namespace keyward
