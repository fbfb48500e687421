// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/panel.h"
#include "domain/membership.h"

#include <QStringList>

#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace keyward {

class AddMemberDialog;
class ConfirmDialog;
class ApiClient;
class InlineStatus;
class MemberFilterProxy;
class MemberListModel;
class RoleDelegate;
struct MemberAddition;

/// The Members tab of an organization or team page: who belongs here and
/// with which role. Administrators add members (AddMemberDialog), change
/// roles inline (RoleDelegate) and remove members after a confirmation;
/// members see the list; viewers are told why they cannot. Rows arrive page
/// by page as the view scrolls, so 100,000 members stay cheap.
///
/// objectNames: membersFilter, addMemberButton, removeMemberButton,
/// membersCountLabel, membersExplanation, membersStatus, membersView.
class MembersPanel final : public Panel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MembersPanel)

public:
    explicit MembersPanel(ApiClient *api, QWidget *parent = nullptr);
    ~MembersPanel() override;

    void setContext(const NodeContext &context) override;
    void refresh() override;
    void focusFilter() override;

    /// The logged-in user: their own row can be neither changed nor removed
    /// (the server answers 400 on yourself).
    void setCurrentUserEmail(const QString &email);
    /// Members per request (200). Tests page with fewer.
    void setPageSize(int size);

    const NodeContext &context() const { return m_context; }
    MemberListModel *memberModel() const { return m_model; }

    /// Opens the add-member dialog (the "Add member…" button); null when the
    /// role does not allow it.
    AddMemberDialog *addMember();
    /// Asks to remove the selected members (the "Remove" button, Delete).
    void removeSelected();
    /// Puts the selected members' emails on the clipboard, one per line (Ctrl+C).
    void copySelectedEmails() const;
    /// Emails of the selected rows, in view order.
    QStringList selectedEmails() const;

private:
    void load();
    void fetchPage(int offset);
    void applyPermissions();
    void updateActions();
    void updateCount();
    void selectEmails(const QStringList &emails, const QString &current);
    /// Asks first when it demotes an administrator, then sendRoleChange().
    void changeRole(const QString &email, Role role);
    /// \p dialog (may be null) is the confirmation that shows failure and
    /// closes on success.
    void sendRoleChange(const QString &email, Role role, ConfirmDialog *dialog);
    void memberAdded(const MemberAddition &addition);
    void removeNext(ConfirmDialog *dialog, std::shared_ptr<QStringList> remaining, int total);

    ApiClient *m_api;
    NodeContext m_context;
    QString m_currentUserEmail;
    int m_pageSize = 200;
    /// Bumped on every context change and reload so that answers for the
    /// previous node or an older load are dropped.
    quint64 m_generation = 0;
    /// Selection to restore once a reload arrives.
    QStringList m_restoreSelection;
    QString m_restoreCurrent;
    /// An info line to show after the next load instead of clearing the status.
    QString m_infoAfterLoad;

    MemberListModel *m_model;
    MemberFilterProxy *m_proxy;
    RoleDelegate *m_roleDelegate;
    QWidget *m_toolbar;
    QWidget *m_explanationRow;
    QLineEdit *m_filter;
    QPushButton *m_add;
    QPushButton *m_remove;
    QLabel *m_count;
    QLabel *m_explanation;
    InlineStatus *m_status;
    QTableView *m_view;
};

} // namespace keyward
