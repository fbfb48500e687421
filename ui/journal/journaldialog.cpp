// SPDX-License-Identifier: GPL-3.0-or-later
#include "journaldialog.h"

#include "common/inlinestatus.h"
#include "common/readonlytable.h"
#include "journalentrymodel.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace keyward {

JournalDialog::JournalDialog(const ChangeJournal *journal, const QString &profileId,
                             const QString &profileName, QWidget *parent)
    : QDialog(parent)
    , m_journal(journal)
    , m_profileId(profileId)
    , m_model(new JournalEntryModel(this))
    , m_table(new QTableView(this))
    , m_verdict(new QLabel(this))
    , m_status(new InlineStatus(this))
    , m_verify(new QPushButton(tr("&Verify Journal"), this))
    , m_reload(new QPushButton(tr("&Reload"), this))
{
    setObjectName(u"journalDialog"_s);
    setWindowTitle(tr("Change Journal — %1").arg(profileName));
    resize(900, 520);

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Every change made from Keyward on %1, kept on this computer. "
                                "Each entry carries a hash of the one before it, so an edited, "
                                "removed or reordered entry is detected. Tokens appear by "
                                "fingerprint, never by value.")
                                 .arg(profileName),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_table->setObjectName(u"journalTable"_s);

    // Tab leaves the table (arrow keys move within it), as everywhere else.

    m_table->setTabKeyNavigation(false);
    m_table->setAccessibleName(tr("Journal entries, newest first"));
    m_table->setModel(m_model);
    setUpReadOnlyTable(m_table);
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);

    m_verdict->setObjectName(u"journalVerdict"_s);
    m_verdict->setWordWrap(true);
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_verdict);
    m_status->setObjectName(u"journalStatus"_s);
    m_status->setObjectNames(u"journalStatus"_s);
    layout->addWidget(m_status);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_verify->setObjectName(u"journalVerifyButton"_s);
    m_verify->setAccessibleName(tr("Verify the journal's hash chain"));
    m_reload->setObjectName(u"journalReloadButton"_s);
    m_reload->setAccessibleName(tr("Reload the journal"));
    buttons->addButton(m_verify, QDialogButtonBox::ActionRole);
    buttons->addButton(m_reload, QDialogButtonBox::ActionRole);
    QPushButton *close = buttons->button(QDialogButtonBox::Close);
    close->setObjectName(u"journalCloseButton"_s);
    close->setAccessibleName(tr("Close"));
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_verify, &QPushButton::clicked, this, &JournalDialog::verify);
    connect(m_reload, &QPushButton::clicked, this, &JournalDialog::reload);
    connect(&m_entriesWatcher, &QFutureWatcher<QList<JournalEntry>>::finished, this, [this] {
        m_model->setEntries(m_entriesWatcher.result());
        m_table->resizeColumnsToContents();
        m_reload->setEnabled(true);
        verify();
    });
    connect(&m_verifyWatcher, &QFutureWatcher<JournalVerification>::finished, this,
            [this] { showVerification(m_verifyWatcher.result()); });

    reload();
}

JournalDialog::~JournalDialog()
{
    // The background reads use m_journal and this dialog's watchers.
    m_entriesWatcher.waitForFinished();
    m_verifyWatcher.waitForFinished();
}

void JournalDialog::reload()
{
    if (m_entriesWatcher.isRunning()) {
        return;
    }
    m_reload->setEnabled(false);
    m_status->showBusy(tr("Reading the journal…"));
    const ChangeJournal *journal = m_journal;
    const QString profileId = m_profileId;
    m_entriesWatcher.setFuture(
        QtConcurrent::run([journal, profileId] { return journal->entries(profileId); }));
}

void JournalDialog::verify()
{
    if (m_verifyWatcher.isRunning()) {
        return;
    }
    m_verify->setEnabled(false);
    m_status->showBusy(tr("Verifying the journal…"));
    const ChangeJournal *journal = m_journal;
    const QString profileId = m_profileId;
    m_verifyWatcher.setFuture(
        QtConcurrent::run([journal, profileId] { return journal->verify(profileId); }));
}

QString JournalDialog::verdict() const
{
    return m_verdict->text();
}

void JournalDialog::showVerification(const JournalVerification &result)
{
    m_verify->setEnabled(true);
    m_status->clear();
    if (result.ok()) {
        m_verdict->setText(
            tr("Verified: the journal is intact. %n entry(s), each linked to the one before.",
               nullptr, int(result.entryCount)));
        m_verdict->setStyleSheet(QString());
    } else {
        // The sentence says what is wrong and where; shown as an error, not
        // by colour alone.
        m_verdict->setText(
            tr("The journal is damaged at line %1: %2").arg(result.line).arg(result.message));
        InlineStatus::styleAsError(m_verdict);
    }
    Q_EMIT verified(result.ok());
}

} // namespace keyward
