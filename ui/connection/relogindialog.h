// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QUrl>

class QCheckBox;
class QLineEdit;
class QPushButton;

namespace keyward {

class InlineStatus;
class SessionManager;

/// Asks for the password when the session ended while the user worked
/// (SessionManager::passwordNeeded). Not modal: the windows behind keep
/// their unsaved input, and the calls they made wait until this is answered.
/// Log In renews the session; Log Out (or closing) gives up, and the calls
/// that waited fail with "Your session has ended."
class ReloginDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReloginDialog)

public:
    ReloginDialog(SessionManager *session, const QString &email, const QUrl &server,
                  QWidget *parent = nullptr);
    ~ReloginDialog() override;

    /// Why the remembered password did not work (empty: nothing to say).
    void showProblem(const QString &problem);
    /// Closes without deciding anything (the session ended some other way).
    void dismiss();
    /// Answered or dismissed: a new session end needs a new prompt.
    bool isDecided() const { return m_decided; }

    void reject() override;

private:
    void submit();
    void setBusy(bool busy);

    SessionManager *m_session;
    QLineEdit *m_password;
    QCheckBox *m_remember;
    QPushButton *m_login;
    QPushButton *m_logout;
    InlineStatus *m_status;
    /// Set once the dialog's outcome is decided, so closing does not log out.
    bool m_decided = false;
};

} // namespace keyward
