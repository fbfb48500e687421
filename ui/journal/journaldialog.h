// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "journal/changejournal.h"

#include <QDialog>
#include <QFutureWatcher>

class QLabel;
class QPushButton;
class QTableView;

namespace keyward {

class InlineStatus;
class JournalEntryModel;

/// Tools → Change Journal…: what was changed from this app on one profile,
/// newest first, and "Verify Journal", which checks the hash chain and says
/// in a sentence whether any entry was edited, removed or reordered. Reading
/// and verifying run off the GUI thread: a journal grows for years.
///
/// objectNames: journalDialog, journalTable, journalVerifyButton,
/// journalReloadButton, journalVerdict, journalStatus, journalCloseButton.
class JournalDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JournalDialog)

public:
    /// \p journal is not owned and must outlive the dialog.
    JournalDialog(const ChangeJournal *journal, const QString &profileId,
                  const QString &profileName, QWidget *parent = nullptr);
    ~JournalDialog() override;

    /// Reads the entries again (and verifies them).
    void reload();
    void verify();

    /// The last verdict shown (empty before the first verification ends).
    QString verdict() const;

Q_SIGNALS:
    /// A verification finished; \p intact is false when the chain is broken.
    void verified(bool intact);

private:
    void showVerification(const JournalVerification &result);

    const ChangeJournal *m_journal;
    QString m_profileId;
    JournalEntryModel *m_model;
    QTableView *m_table;
    QLabel *m_verdict;
    InlineStatus *m_status;
    QPushButton *m_verify;
    QPushButton *m_reload;
    QFutureWatcher<QList<JournalEntry>> m_entriesWatcher;
    QFutureWatcher<JournalVerification> m_verifyWatcher;
};

} // namespace keyward
