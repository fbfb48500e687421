// SPDX-License-Identifier: GPL-3.0-or-later
#include "changerecorder.h"

#include "api/apiclient.h"
#include "copying/clipboardguard.h"
#include "journal/journaldialog.h"
#include "main/mainwindow.h"

using namespace Qt::StringLiterals;

namespace keyward {

ChangeRecorder::ChangeRecorder(const QString &directory, ApiClient *api, MainWindow *window,
                               QObject *parent)
    : QObject(parent)
    , m_journal(directory)
    , m_window(window)
{
    connect(api, &ApiClient::changeCommitted, this, &ChangeRecorder::onCommitted);
    connect(window->clipboardGuard(), &ClipboardGuard::tokenCopied, this,
            &ChangeRecorder::onTokenCopied);
    connect(window, &MainWindow::changeJournalRequested, this, &ChangeRecorder::openJournal);
}

ChangeRecorder::~ChangeRecorder()
{
    delete m_dialog;
}

void ChangeRecorder::sessionStarted(const ConnectionProfile &profile, const QString &email)
{
    m_profile = profile;
    m_email = email;
}

void ChangeRecorder::sessionEnded()
{
    m_email.clear();
    if (m_dialog) {
        m_dialog->close();
    }
}

void ChangeRecorder::openJournal()
{
    if (m_profile.id.isNull()) {
        return;
    }
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return;
    }
    m_dialog = new JournalDialog(&m_journal, m_profile.id.toString(QUuid::WithoutBraces),
                                 m_profile.name, m_window);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog->show();
}

void ChangeRecorder::onCommitted(const CommittedChange &change)
{
    record(change.action, change.target, change.fingerprint, change.detail);
}

void ChangeRecorder::onTokenCopied(const CopiedToken &token)
{
    const QString owner =
        token.team.isEmpty() ? token.organization : token.organization + u"/teams/"_s + token.team;
    record(JournalAction::TokenCopy, owner + u"/tokens/"_s + token.tokenId, token.fingerprint,
           token.how);
}

void ChangeRecorder::record(JournalAction action, const QString &target, const QString &fingerprint,
                            const QString &detail)
{
    if (m_profile.id.isNull()) {
        return; // not logged in: nothing changes on a server
    }
    JournalEntry entry;
    entry.profileId = m_profile.id.toString(QUuid::WithoutBraces);
    entry.serverUrl = m_profile.serverUrl.toString();
    entry.actor = m_email;
    entry.action = action;
    entry.target = target;
    entry.fingerprint = fingerprint;
    entry.detail = detail;
    if (const auto written = m_journal.append(entry); !written) {
        m_window->showProblem(
            tr("The change journal could not be written: %1").arg(written.error()));
    }
}

} // namespace keyward
