// SPDX-License-Identifier: GPL-3.0-or-later
#include "memberspanel.h"

#include "addmemberdialog.h"
#include "memberfilterproxy.h"
#include "roledelegate.h"

#include "api/apiclient.h"
#include "common/confirmdialog.h"
#include "common/inlinestatus.h"
#include "common/permissions.h"
#include "itemmodels/memberlistmodel.h"
#include "itemmodels/roletext.h"

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QShortcut>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace keyward {

MembersPanel::MembersPanel(ApiClient *api, QWidget *parent)
    : Panel(parent)
    , m_api(api)
    , m_model(new MemberListModel(this))
    , m_proxy(new MemberFilterProxy(this))
    , m_roleDelegate(new RoleDelegate(this))
    , m_toolbar(new QWidget(this))
    , m_explanationRow(new QWidget(this))
    , m_filter(new QLineEdit(m_toolbar))
    , m_add(new QPushButton(tr("Add Member…"), m_toolbar))
    , m_remove(new QPushButton(tr("Remove"), m_toolbar))
    , m_count(new QLabel(m_toolbar))
    , m_explanation(new QLabel(m_explanationRow))
    , m_status(new InlineStatus(this))
    , m_view(new QTableView(this))
{
    setObjectName(u"membersPanel"_s);
    m_proxy->setSourceModel(m_model);

    auto *layout = new QVBoxLayout(this);
    auto *toolbar = new QHBoxLayout(m_toolbar);
    toolbar->setContentsMargins(0, 0, 0, 0);
    m_filter->setObjectName(u"membersFilter"_s);
    m_filter->setAccessibleName(tr("Filter members"));
    m_filter->setPlaceholderText(tr("Filter by name or email"));
    m_filter->setClearButtonEnabled(true);
    toolbar->addWidget(m_filter, 1);
    m_count->setObjectName(u"membersCountLabel"_s);
    m_count->setAccessibleName(tr("Member count"));
    toolbar->addWidget(m_count);
    toolbar->addSpacing(12);
    m_add->setObjectName(u"addMemberButton"_s);
    m_add->setAccessibleName(tr("Add member"));
    toolbar->addWidget(m_add);
    m_remove->setObjectName(u"removeMemberButton"_s);
    m_remove->setAccessibleName(tr("Remove selected members"));
    toolbar->addWidget(m_remove);
    layout->addWidget(m_toolbar);

    m_explanation->setObjectName(u"membersExplanation"_s);
    m_explanation->setWordWrap(true);
    m_explanation->setTextFormat(Qt::PlainText);
    auto *explanationLayout = new QHBoxLayout(m_explanationRow);
    explanationLayout->setContentsMargins(0, 0, 0, 0);
    auto *icon = new QLabel(m_explanationRow);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    icon->setPixmap(style()
                        ->standardIcon(QStyle::SP_MessageBoxInformation, nullptr, this)
                        .pixmap(iconSize, iconSize));
    explanationLayout->addWidget(icon, 0, Qt::AlignTop);
    explanationLayout->addWidget(m_explanation, 1);
    m_explanationRow->hide();
    layout->addWidget(m_explanationRow);

    m_status->setObjectNames(u"membersStatus"_s);
    layout->addWidget(m_status);

    m_view->setObjectName(u"membersView"_s);
    m_view->setAccessibleName(tr("Members"));
    m_view->setModel(m_proxy);
    m_view->setItemDelegateForColumn(MemberListModel::RoleColumn, m_roleDelegate);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::AnyKeyPressed);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->setTabKeyNavigation(false);
    m_view->verticalHeader()->hide();
    // Fixed heights: the view never measures rows, which keeps 100,000 cheap.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    QHeaderView *header = m_view->horizontalHeader();
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    header->resizeSection(MemberListModel::NameColumn, 220);
    header->resizeSection(MemberListModel::EmailColumn, 280);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(MemberListModel::NameColumn, Qt::AscendingOrder);
    layout->addWidget(m_view, 1);
    // Keeps the explanation at the top when the view is hidden.
    layout->addStretch(0);

    setTabOrder(m_filter, m_add);
    setTabOrder(m_add, m_remove);
    setTabOrder(m_remove, m_view);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterText(text);
        updateCount();
    });
    connect(m_add, &QPushButton::clicked, this, [this] { addMember(); });
    connect(m_remove, &QPushButton::clicked, this, &MembersPanel::removeSelected);
    connect(m_model, &MemberListModel::moreRequested, this, &MembersPanel::fetchPage);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &MembersPanel::updateCount);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &MembersPanel::updateCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MembersPanel::updateCount);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MembersPanel::updateActions);
    connect(m_roleDelegate, &RoleDelegate::roleChosen, this, &MembersPanel::changeRole);

    auto *remove = new QShortcut(QKeySequence::Delete, m_view);
    remove->setContext(Qt::WidgetWithChildrenShortcut);
    connect(remove, &QShortcut::activated, this, [this] {
        if (m_remove->isEnabled()) {
            removeSelected();
        }
    });
    auto *copy = new QShortcut(QKeySequence::Copy, m_view);
    copy->setContext(Qt::WidgetWithChildrenShortcut);
    connect(copy, &QShortcut::activated, this, &MembersPanel::copySelectedEmails);

    applyPermissions();
    updateCount();
}

MembersPanel::~MembersPanel() = default;

void MembersPanel::setContext(const NodeContext &context)
{
    m_context = context;
    ++m_generation;
    m_restoreSelection.clear();
    m_restoreCurrent.clear();
    m_infoAfterLoad.clear();
    m_model->clear();
    m_status->clear();
    applyPermissions();
    if (m_context.isValid() && Permissions::allows(m_context, Permission::ViewMembers)) {
        load();
    }
}

void MembersPanel::refresh()
{
    if (!m_context.isValid() || !Permissions::allows(m_context, Permission::ViewMembers)) {
        return;
    }
    m_restoreSelection = selectedEmails();
    const QModelIndex current = m_view->currentIndex();
    m_restoreCurrent =
        current.isValid() ? current.data(MemberListModel::EmailRole).toString() : QString();
    load();
}

void MembersPanel::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

void MembersPanel::setCurrentUserEmail(const QString &email)
{
    m_currentUserEmail = email;
    m_proxy->setCurrentUserEmail(email);
    updateActions();
}

void MembersPanel::setPageSize(int size)
{
    m_pageSize = qMax(1, size);
}

void MembersPanel::load()
{
    const quint64 generation = ++m_generation;
    m_status->showBusy(tr("Loading members…"));
    const auto done = [this, generation](const ApiResult<Page<Membership>> &result) {
        if (generation != m_generation) {
            return;
        }
        if (!result) {
            m_status->showError(result.error().message, [this] { load(); });
            return;
        }
        const Page<Membership> &page = result.value();
        m_model->setMembers(page.items, page.total ? static_cast<int>(*page.total) : -1);
        selectEmails(m_restoreSelection, m_restoreCurrent);
        m_restoreSelection.clear();
        m_restoreCurrent.clear();
        if (m_infoAfterLoad.isEmpty()) {
            m_status->clear();
        } else {
            m_status->showInfo(m_infoAfterLoad);
            m_infoAfterLoad.clear();
        }
    };
    const PageRequest page{m_pageSize, 0};
    if (m_context.isTeam()) {
        m_api->teamMembers(m_context.organization, *m_context.team, page, this, done);
    } else {
        m_api->organizationMembers(m_context.organization, page, this, done);
    }
}

void MembersPanel::fetchPage(int offset)
{
    const quint64 generation = m_generation;
    m_status->showBusy(tr("Loading more members…"));
    const auto done = [this, generation](const ApiResult<Page<Membership>> &result) {
        if (generation != m_generation) {
            return;
        }
        if (!result) {
            m_model->cancelFetch();
            m_status->showError(result.error().message, [this] {
                if (m_model->canFetchMore({})) {
                    m_model->fetchMore({});
                }
            });
            return;
        }
        m_status->clear();
        const Page<Membership> &page = result.value();
        m_model->appendMembers(page.items, page.total ? static_cast<int>(*page.total) : -1);
    };
    const PageRequest page{m_pageSize, offset};
    if (m_context.isTeam()) {
        m_api->teamMembers(m_context.organization, *m_context.team, page, this, done);
    } else {
        m_api->organizationMembers(m_context.organization, page, this, done);
    }
}

void MembersPanel::applyPermissions()
{
    const bool canView =
        m_context.isValid() && Permissions::allows(m_context, Permission::ViewMembers);
    const bool canManage =
        m_context.isValid() && Permissions::allows(m_context, Permission::ManageMembers);
    if (m_context.isValid() && !canView) {
        // Not an error: the role simply does not include the member list.
        m_explanation->setText(
            tr("The member list of %1 is shown to members and administrators only (your role "
               "there: %2).")
                .arg(m_context.displayName(), RoleText::displayName(m_context.role)));
        m_explanationRow->show();
        m_toolbar->hide();
    } else {
        m_explanationRow->hide();
        m_toolbar->show();
    }
    m_view->setVisible(canView || !m_context.isValid());
    m_filter->setEnabled(canView);
    if (m_context.isValid()) {
        Permissions::apply(m_add, m_context, Permission::ManageMembers,
                           tr("Add a member to %1 by email").arg(m_context.displayName()));
    } else {
        m_add->setEnabled(false);
    }
    m_proxy->setRolesEditable(canManage);
    updateActions();
}

void MembersPanel::updateActions()
{
    const QStringList selected = selectedEmails();
    if (!m_context.isValid()) {
        m_remove->setEnabled(false);
        m_remove->setToolTip({});
        return;
    }
    if (!Permissions::allows(m_context, Permission::ManageMembers)) {
        Permissions::apply(m_remove, m_context, Permission::ManageMembers);
        return;
    }
    const bool includesSelf =
        !m_currentUserEmail.isEmpty() &&
        std::any_of(selected.cbegin(), selected.cend(), [this](const QString &email) {
            return email.compare(m_currentUserEmail, Qt::CaseInsensitive) == 0;
        });
    if (selected.isEmpty()) {
        m_remove->setEnabled(false);
        m_remove->setToolTip(tr("Select the members to remove."));
    } else if (includesSelf) {
        m_remove->setEnabled(false);
        m_remove->setToolTip(MemberFilterProxy::ownRowReason());
    } else {
        m_remove->setEnabled(true);
        m_remove->setToolTip(
            tr("Remove the selected members from %1 (Delete)").arg(m_context.displayName()));
    }
}

void MembersPanel::updateCount()
{
    const QLocale locale;
    const int loaded = m_model->rowCount();
    const int total = qMax(loaded, m_model->totalCount());
    QString text;
    if (!m_context.isValid() || !Permissions::allows(m_context, Permission::ViewMembers)) {
        text.clear();
    } else if (loaded < total) {
        text = tr("%1 of %2 loaded").arg(locale.toString(loaded), locale.toString(total));
    } else if (total == 1) {
        text = tr("1 member");
    } else {
        text = tr("%1 members").arg(locale.toString(total));
    }
    if (!m_proxy->filterText().isEmpty() && !text.isEmpty()) {
        text = tr("%1 shown, %2").arg(locale.toString(m_proxy->rowCount()), text);
    }
    m_count->setText(text);
}

QStringList MembersPanel::selectedEmails() const
{
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QStringList emails;
    emails.reserve(rows.size());
    for (const QModelIndex &row : std::as_const(rows)) {
        emails.append(row.data(MemberListModel::EmailRole).toString());
    }
    return emails;
}

void MembersPanel::selectEmails(const QStringList &emails, const QString &current)
{
    QItemSelection selection;
    for (const QString &email : emails) {
        const int sourceRow = m_model->rowOf(email);
        if (sourceRow < 0) {
            continue;
        }
        const QModelIndex index = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
        if (index.isValid()) {
            selection.select(index, index.siblingAtColumn(MemberListModel::ColumnCount - 1));
        }
    }
    QItemSelectionModel *selectionModel = m_view->selectionModel();
    selectionModel->select(selection, QItemSelectionModel::ClearAndSelect);
    const int currentRow = current.isEmpty() ? -1 : m_model->rowOf(current);
    if (currentRow >= 0) {
        const QModelIndex index = m_proxy->mapFromSource(m_model->index(currentRow, 0));
        selectionModel->setCurrentIndex(index, QItemSelectionModel::NoUpdate);
        m_view->scrollTo(index);
    }
}

void MembersPanel::copySelectedEmails() const
{
    const QStringList emails = selectedEmails();
    if (!emails.isEmpty()) {
        QApplication::clipboard()->setText(emails.join(u'\n'));
    }
}

AddMemberDialog *MembersPanel::addMember()
{
    if (!m_context.isValid() || !Permissions::allows(m_context, Permission::ManageMembers)) {
        return nullptr;
    }
    auto *dialog = new AddMemberDialog(m_api, m_context, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const quint64 generation = m_generation;
    connect(dialog, &AddMemberDialog::memberAdded, this,
            [this, generation](const MemberAddition &addition) {
                // The page moved on to another node meanwhile: nothing to show.
                if (generation == m_generation) {
                    memberAdded(addition);
                }
            });
    dialog->open();
    return dialog;
}

void MembersPanel::memberAdded(const MemberAddition &addition)
{
    switch (addition.status) {
    case MemberAddition::Status::Added: {
        const bool complete = m_model->rowCount() >= m_model->totalCount();
        if (addition.membership && complete) {
            m_model->appendMembers({*addition.membership}, m_model->totalCount() + 1);
            selectEmails({addition.email}, addition.email);
            m_status->clear();
        } else {
            // Rows are missing below: appending would shift the server's
            // offsets under the pages still to come.
            m_restoreSelection = {addition.email};
            m_restoreCurrent = addition.email;
            load();
        }
        const QString who = addition.membership
                                ? MemberListModel::displayName(addition.membership->user)
                                : addition.email;
        Q_EMIT statusMessage(
            tr("%1 was added to %2 as %3.")
                .arg(who, m_context.displayName(), RoleText::displayName(addition.role)));
        break;
    }
    case MemberAddition::Status::Invited:
        m_status->showInfo(tr("Invitation sent to %1. They will appear here once they register.")
                               .arg(addition.email));
        Q_EMIT statusMessage(tr("Invitation sent to %1.").arg(addition.email));
        break;
    case MemberAddition::Status::Accepted:
        m_infoAfterLoad = tr("The server accepted %1; reload to see whether they were added or "
                             "invited.")
                              .arg(addition.email);
        refresh();
        break;
    }
}

void MembersPanel::changeRole(const QString &email, Role role)
{
    const int row = m_model->rowOf(email);
    if (row < 0 || m_roleDelegate->isPending(email)) {
        return;
    }
    const Membership old = m_model->members().at(row);
    if (old.role == role) {
        return;
    }
    if (old.role != Role::Admin || role == Role::Admin) {
        sendRoleChange(email, role, nullptr);
        return;
    }
    // Demoting an administrator takes away who can manage this node: never a
    // stray click in the combo box, always a confirmation.
    const QString who = MemberListModel::displayName(old.user);
    const QString target = old.user.email;
    const ConfirmDialog::Options options = ConfirmDialog::guarded(
        m_context, target,
        {tr("Demote Administrator"),
         tr("%1 will be %2 instead of Administrator in %3 and can no longer manage its members "
            "and tokens.")
             .arg(who == target ? who : tr("%1 (%2)").arg(who, target), RoleText::displayName(role),
                  m_context.displayName()),
         tr("Demote to %1").arg(RoleText::displayName(role)),
         {}});
    const NodeContext context = m_context;
    ConfirmDialog::ask(this, options, [this, context, email, role](ConfirmDialog *dialog) {
        if (context != m_context) {
            dialog->reject();
            return;
        }
        dialog->setBusy(true, tr("Changing the role…"));
        sendRoleChange(email, role, dialog);
    });
}

void MembersPanel::sendRoleChange(const QString &email, Role role, ConfirmDialog *dialog)
{
    const int row = m_model->rowOf(email);
    if (row < 0 || m_roleDelegate->isPending(email)) {
        if (dialog) {
            dialog->reject();
        }
        return;
    }
    const Membership old = m_model->members().at(row);
    m_roleDelegate->setPending(email, role);
    m_view->viewport()->update();
    const QString who = MemberListModel::displayName(old.user);
    m_status->showBusy(tr("Changing the role of %1…").arg(who));
    // Compared by node, not by load: a reload meanwhile still gets the answer.
    const NodeContext context = m_context;
    // The user may close the dialog while the request runs.
    auto done = [this, context, old, role, who,
                 confirm = QPointer<ConfirmDialog>(dialog)](const ApiResult<Membership> &result) {
        m_roleDelegate->clearPending(old.user.email);
        m_view->viewport()->update();
        if (context != m_context) {
            if (confirm) {
                confirm->reject();
            }
            return;
        }
        if (!result) {
            // The row never showed the new role as settled; repaint it as it was.
            m_model->updateMember(old);
            const QString message =
                tr("Could not change the role of %1: %2").arg(who, result.error().message);
            if (confirm) {
                // Confirming again in the dialog is the retry.
                m_status->clear();
                confirm->showError(message);
                return;
            }
            const QString email = old.user.email;
            m_status->showError(message, [this, email, role] { changeRole(email, role); });
            return;
        }
        if (confirm) {
            confirm->accept();
        }
        m_model->updateMember(result.value());
        m_status->clear();
        Q_EMIT statusMessage(
            tr("%1 is now %2 in %3.")
                .arg(who, RoleText::displayName(result.value().role), m_context.displayName()));
    };
    if (m_context.isTeam()) {
        m_api->changeTeamMemberRole(m_context.organization, *m_context.team, email, role, this,
                                    std::move(done));
    } else {
        m_api->changeOrganizationMemberRole(m_context.organization, email, role, this,
                                            std::move(done));
    }
}

void MembersPanel::removeSelected()
{
    const QStringList emails = selectedEmails();
    if (emails.isEmpty() || !m_remove->isEnabled()) {
        return;
    }
    QString text;
    if (emails.size() == 1) {
        const int row = m_model->rowOf(emails.first());
        const QString name = row >= 0
                                 ? MemberListModel::displayName(m_model->members().at(row).user)
                                 : emails.first();
        text = (name == emails.first() ? tr("Remove %1 from %2?").arg(name, m_context.displayName())
                                       : tr("Remove %1 (%2) from %3?")
                                             .arg(name, emails.first(), m_context.displayName()));
    } else {
        text = tr("Remove %1 members from %2?")
                   .arg(QLocale().toString(emails.size()), m_context.displayName());
    }
    text += u' ';
    text += m_context.isTeam()
                ? tr("They lose access to the team's tokens and metrics at once; adding them "
                     "again is possible.")
                : tr("They lose access to %1, its members and tokens at once; adding them again "
                     "is possible.")
                      .arg(m_context.organization);
    // One member: their email is the name to type. Several: typing every
    // email would be absurd, so the count ("3 members") is, which still makes
    // the user state how many people lose access.
    const QString target = emails.size() == 1
                               ? emails.first()
                               : tr("%n members", nullptr, static_cast<int>(emails.size()));
    const ConfirmDialog::Options options =
        ConfirmDialog::guarded(m_context, target,
                               {emails.size() == 1 ? tr("Remove Member") : tr("Remove Members"),
                                text,
                                emails.size() == 1 ? tr("Remove member") : tr("Remove members"),
                                {}});
    // Shared with each retry: members already removed are not asked for again.
    auto remaining = std::make_shared<QStringList>(emails);
    const int total = static_cast<int>(emails.size());
    ConfirmDialog::ask(this, options, [this, remaining, total](ConfirmDialog *dialog) {
        dialog->setBusy(true, tr("Removing…"));
        removeNext(dialog, remaining, total);
    });
}

void MembersPanel::removeNext(ConfirmDialog *dialog, std::shared_ptr<QStringList> remaining,
                              int total)
{
    if (remaining->isEmpty()) {
        dialog->accept();
        Q_EMIT statusMessage(total == 1
                                 ? tr("Member removed from %1.").arg(m_context.displayName())
                                 : tr("%1 members removed from %2.")
                                       .arg(QLocale().toString(total), m_context.displayName()));
        return;
    }
    const QString email = remaining->first();
    auto done = [this, dialog, remaining, total, email](const ApiResult<NoContent> &result) {
        if (!result) {
            dialog->setBusy(false);
            dialog->showError(tr("Could not remove %1: %2").arg(email, result.error().message));
            return;
        }
        remaining->removeFirst();
        m_model->removeMember(email);
        removeNext(dialog, remaining, total);
    };
    // The dialog is the context: closing it drops answers for a gone dialog.
    if (m_context.isTeam()) {
        m_api->removeTeamMember(m_context.organization, *m_context.team, email, dialog,
                                std::move(done));
    } else {
        m_api->removeOrganizationMember(m_context.organization, email, dialog, std::move(done));
    }
}

} // namespace keyward
