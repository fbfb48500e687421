// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "expiry/expiryrecord.h"

#include <QMap>
#include <QUuid>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QSplitter;
class QTableView;
class QTimer;
class QVBoxLayout;

namespace keyward {

class ExpiryFilterProxy;
class ExpiryListModel;
class InlineStatus;
class RotationPolicies;

/// The expiry review: every token of every signed-in profile with where it
/// stands, filtered, searched and sorted by urgency, with exports, a
/// rotation entry point and the rotation policies. The page only shows
/// what it is given; collecting the tokens is someone else's job, reported
/// here through setRecords(), showProgress() and setProfileStatus().
class ExpiryPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExpiryPage)

public:
    /// \p policies is not owned and must outlive the page.
    explicit ExpiryPage(RotationPolicies *policies, QWidget *parent = nullptr);
    ~ExpiryPage() override;

    /// Replaces every row; the selection is kept when its token is still there.
    void setRecords(QList<ExpiryRecord> records);
    ExpiryListModel *model() const { return m_model; }
    ExpiryFilterProxy *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }
    /// An empty area below the table for the timeline plot.
    QWidget *timelineArea() const { return m_timelineArea; }

    /// Selects and scrolls to a token; clears the filter and search when they
    /// hide it. False when no such token is loaded.
    bool selectKey(const QString &key);
    QString selectedKey() const;
    std::optional<ExpiryRecord> selectedRecord() const;
    /// Focuses the search field (Ctrl+F).
    void focusFilter();

    /// A collection in progress: "Walking acme (3 of 12)" with Cancel.
    void showProgress(int done, int total, const QString &what);
    void hideProgress();
    /// A note about one profile, e.g. "not signed in — open the profile to
    /// include it". An empty \p text removes the profile's note.
    void setProfileStatus(const QUuid &profileId, const QString &profileName, const QString &text,
                          bool isProblem);

    /// The source rows the view shows, in view order: what the exports write.
    QList<int> visibleSourceRows() const;
    /// Writes the visible rows as CSV to \p path.
    bool exportCsv(const QString &path, QString *error);
    /// Writes the visible rows' expiries as iCalendar events to \p path, each
    /// with a reminder \p reminderDays before (none when 0).
    bool exportCalendar(const QString &path, int reminderDays, QString *error);

Q_SIGNALS:
    void refreshRequested();
    void cancelRequested();
    void rotateRequested(const ExpiryRecord &record);
    void openRequested(const ExpiryRecord &record);
    void selectedKeyChanged(const QString &key);

private:
    void buildUi();
    void updateCount();
    void updateSelectionActions();
    void onFilterChanged();
    void chooseCsvFile();
    void chooseCalendarFile();
    void openPolicies();
    void openPolicyDialog(const QUuid &profileId);
    void reportExport(bool ok, const QString &path, int count, const QString &error);

    RotationPolicies *m_policies;
    ExpiryListModel *m_model;
    ExpiryFilterProxy *m_proxy;

    QComboBox *m_filterCombo = nullptr;
    QSpinBox *m_unusedDays = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_count = nullptr;
    QPushButton *m_refreshButton = nullptr;
    QPushButton *m_exportCsvButton = nullptr;
    QSpinBox *m_reminderDays = nullptr;
    QPushButton *m_exportCalendarButton = nullptr;
    QPushButton *m_rotateButton = nullptr;
    QPushButton *m_policiesButton = nullptr;
    QWidget *m_progress = nullptr;
    QLabel *m_progressLabel = nullptr;
    QProgressBar *m_progressBar = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QWidget *m_profileStatusArea = nullptr;
    QVBoxLayout *m_profileStatusLayout = nullptr;
    QMap<QUuid, QLabel *> m_profileStatus;
    InlineStatus *m_status = nullptr;
    QTableView *m_view = nullptr;
    QSplitter *m_splitter = nullptr;
    QWidget *m_timelineArea = nullptr;
    QTimer *m_clockTimer = nullptr;
    QMap<QUuid, QString> m_profileNames; ///< every profile seen, for the policy dialog
    QString m_lastSelectedKey;
};

} // namespace keyward
