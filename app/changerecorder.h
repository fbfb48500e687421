// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "journal/changejournal.h"
#include "settings/connectionprofile.h"

#include <QObject>
#include <QPointer>

namespace keyward {

class ApiClient;
class JournalDialog;
class MainWindow;
struct CommittedChange;
struct CopiedToken;

/// Writes the local change journal: every change the server confirmed
/// through the app's client (ApiClient::changeCommitted) and every token
/// copied through the clipboard guard, for the profile and account logged
/// in; and opens Tools → Change Journal…. A journal that cannot be written
/// is said in the status bar, never silently skipped.
class ChangeRecorder final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangeRecorder)

public:
    /// Neither \p api nor \p window is owned; both must outlive the recorder.
    ChangeRecorder(const QString &directory, ApiClient *api, MainWindow *window,
                   QObject *parent = nullptr);
    ~ChangeRecorder() override;

    void sessionStarted(const ConnectionProfile &profile, const QString &email);
    void sessionEnded();

    const ChangeJournal &journal() const { return m_journal; }
    /// Tools → Change Journal… for the profile logged in.
    void openJournal();

private:
    void record(JournalAction action, const QString &target, const QString &fingerprint,
                const QString &detail);
    void onCommitted(const CommittedChange &change);
    void onTokenCopied(const CopiedToken &token);

    ChangeJournal m_journal;
    MainWindow *m_window;
    ConnectionProfile m_profile;
    QString m_email;
    QPointer<JournalDialog> m_dialog;
};

} // namespace keyward
