// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apiclient.h"
#include "common/nodecontext.h"
#include "domain/role.h"

#include <QDialog>

class QComboBox;
class QCompleter;
class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

namespace keyward {

class InlineStatus;
class UserSuggestionModel;

/// Adds a member to an organization or team by email. Typing searches the
/// known users (/users/search) and offers them in a completer; any plausible
/// email may be added, because the server invites addresses that have no
/// account yet (202), which the dialog says before and the panel after.
///
/// A failed request (409: already a member) keeps the dialog open with the
/// input intact and the error inside. On success memberAdded() is emitted
/// and the dialog accepted.
///
/// objectNames: memberEmailEdit, memberEmailHint, memberRoleCombo,
/// addMemberConfirmButton, addMemberCancelButton, addMemberStatus.
class AddMemberDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AddMemberDialog)

public:
    AddMemberDialog(ApiClient *api, const NodeContext &context, QWidget *parent = nullptr);
    ~AddMemberDialog() override;

    QString email() const;
    Role role() const;

    /// How long typing must pause before searching (250 ms).
    void setSearchDelay(int milliseconds);
    UserSuggestionModel *suggestions() const { return m_suggestions; }
    QCompleter *completer() const { return m_completer; }

    /// Sends the request, as if the user pressed Add (ignored while the email
    /// is not plausible or a request runs).
    void submit();

Q_SIGNALS:
    /// The server accepted the addition; \c addition.email is always set.
    void memberAdded(const keyward::MemberAddition &addition);

private:
    void search();
    void updateState();
    void setBusy(bool busy);

    ApiClient *m_api;
    NodeContext m_context;
    QLineEdit *m_email;
    QLabel *m_hint;
    QComboBox *m_role;
    QPushButton *m_add;
    QPushButton *m_cancel;
    InlineStatus *m_status;
    UserSuggestionModel *m_suggestions;
    QCompleter *m_completer;
    QTimer *m_searchTimer;
    /// Counts searches so an answer that arrives after a newer search started
    /// is dropped instead of replacing fresher suggestions.
    quint64 m_searchSerial = 0;
    bool m_busy = false;
};

} // namespace keyward
