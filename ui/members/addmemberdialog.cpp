// SPDX-License-Identifier: GPL-3.0-or-later
#include "addmemberdialog.h"

#include "usersuggestionmodel.h"

#include "api/apiclient.h"
#include "common/inlinestatus.h"
#include "domain/names.h"
#include "itemmodels/roletext.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace keyward {

namespace {

/// Searching a single character would match most of the user table.
constexpr int kMinimumSearchLength = 2;
constexpr int kSuggestionCount = 10;

} // namespace

AddMemberDialog::AddMemberDialog(ApiClient *api, const NodeContext &context, QWidget *parent)
    : QDialog(parent)
    , m_api(api)
    , m_context(context)
    , m_email(new QLineEdit(this))
    , m_hint(new QLabel(this))
    , m_role(new QComboBox(this))
    , m_status(new InlineStatus(this))
    , m_suggestions(new UserSuggestionModel(this))
    , m_completer(new QCompleter(m_suggestions, this))
    , m_searchTimer(new QTimer(this))
{
    setObjectName(u"addMemberDialog"_s);
    setWindowTitle(context.isTeam() ? tr("Add Member to Team %1").arg(context.displayName())
                                    : tr("Add Member to %1").arg(context.organization));
    setAccessibleName(windowTitle());

    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;

    m_email->setObjectName(u"memberEmailEdit"_s);
    m_email->setAccessibleName(tr("Email address"));
    m_email->setPlaceholderText(tr("name@example.com, or type a name to search"));
    m_email->setMinimumWidth(340);
    // The server does the matching; the completer only shows its answer.
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setMaxVisibleItems(kSuggestionCount);
    m_email->setCompleter(m_completer);
    form->addRow(tr("&Email:"), m_email);

    m_hint->setObjectName(u"memberEmailHint"_s);
    m_hint->setWordWrap(true);
    m_hint->setTextFormat(Qt::PlainText);
    form->addRow(QString(), m_hint);

    m_role->setObjectName(u"memberRoleCombo"_s);
    m_role->setAccessibleName(tr("Role"));
    for (const Role role : {Role::Admin, Role::Member, Role::Viewer}) {
        m_role->addItem(RoleText::displayName(role), static_cast<int>(role));
        m_role->setItemData(m_role->count() - 1, RoleText::description(role), Qt::ToolTipRole);
    }
    m_role->setCurrentIndex(m_role->findData(static_cast<int>(Role::Member)));
    m_role->setToolTip(RoleText::description(Role::Member));
    connect(m_role, &QComboBox::currentIndexChanged, this,
            [this] { m_role->setToolTip(RoleText::description(role())); });
    form->addRow(tr("&Role:"), m_role);
    layout->addLayout(form);

    // The 202 answer covers two outcomes; saying so up front avoids the
    // "I added them but they are not in the list" surprise.
    auto *note = new QLabel(tr("If nobody has an account with this email yet, Keyward sends an "
                               "invitation; they join when they register."),
                            this);
    note->setObjectName(u"memberInviteNote"_s);
    note->setWordWrap(true);
    note->setTextFormat(Qt::PlainText);
    layout->addWidget(note);

    m_status->setObjectNames(u"addMemberStatus"_s);
    layout->addWidget(m_status);

    auto *buttons = new QDialogButtonBox(this);
    m_add = buttons->addButton(tr("Add"), QDialogButtonBox::AcceptRole);
    m_add->setObjectName(u"addMemberConfirmButton"_s);
    m_add->setAccessibleName(tr("Add member"));
    m_add->setDefault(true);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(u"addMemberCancelButton"_s);
    m_cancel->setAccessibleName(tr("Cancel"));
    connect(m_add, &QPushButton::clicked, this, &AddMemberDialog::submit);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    layout->addWidget(buttons);

    setTabOrder(m_email, m_role);
    setTabOrder(m_role, m_add);
    setTabOrder(m_add, m_cancel);

    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(250);
    connect(m_searchTimer, &QTimer::timeout, this, &AddMemberDialog::search);
    // Only what the user types searches: a completion written into the field
    // (textChanged, not textEdited) must not search again.
    connect(m_email, &QLineEdit::textEdited, this, [this] {
        ++m_searchSerial;
        m_searchTimer->start();
    });
    connect(m_email, &QLineEdit::textChanged, this, &AddMemberDialog::updateState);
    // Enter in the field presses Add, the default button; the Enter that
    // picks a suggestion from the completer stays with the completer.
    updateState();
}

AddMemberDialog::~AddMemberDialog() = default;

QString AddMemberDialog::email() const
{
    return m_email->text().trimmed();
}

Role AddMemberDialog::role() const
{
    return static_cast<Role>(m_role->currentData().toInt());
}

void AddMemberDialog::setSearchDelay(int milliseconds)
{
    m_searchTimer->setInterval(milliseconds);
}

void AddMemberDialog::search()
{
    const QString query = email();
    const quint64 serial = ++m_searchSerial;
    if (query.size() < kMinimumSearchLength) {
        m_suggestions->clear();
        return;
    }
    m_api->searchUsers(query, PageRequest{kSuggestionCount, 0}, this,
                       [this, serial](const ApiResult<Page<User>> &result) {
                           if (serial != m_searchSerial) {
                               return;
                           }
                           if (!result) {
                               // Searching is a convenience; adding by a typed email still works.
                               m_suggestions->clear();
                               m_hint->setText(
                                   tr("Searching users failed: %1").arg(result.error().message));
                               return;
                           }
                           m_suggestions->setUsers(result.value().items);
                           if (!result.value().items.isEmpty() && m_email->hasFocus()) {
                               m_completer->complete();
                           }
                       });
}

void AddMemberDialog::updateState()
{
    const QString text = email();
    const bool plausible = isPlausibleEmail(text);
    if (text.isEmpty()) {
        m_hint->setText(tr("Type an email address, or part of a name to find a user."));
    } else if (!plausible && !text.contains(u'@')) {
        m_hint->setText(tr("Pick a suggestion, or type a complete email address."));
    } else if (!plausible) {
        m_hint->setText(tr("Enter a complete email address, like jane@example.com."));
    } else {
        m_hint->clear();
    }
    m_hint->setVisible(!m_hint->text().isEmpty());
    m_add->setEnabled(plausible && !m_busy);
    m_add->setToolTip(plausible ? tr("Add %1 to %2").arg(text, m_context.displayName())
                                : m_hint->text());
}

void AddMemberDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_email->setReadOnly(busy);
    m_role->setEnabled(!busy);
    updateState();
}

void AddMemberDialog::submit()
{
    const QString address = email();
    if (m_busy || !isPlausibleEmail(address)) {
        return;
    }
    m_completer->popup()->hide();
    setBusy(true);
    m_status->showBusy(tr("Adding %1…").arg(address));
    const AddMemberRequest request{address, role()};
    auto done = [this, address](const ApiResult<MemberAddition> &result) {
        setBusy(false);
        if (!result) {
            // The server's sentence for 409 is generic; name who and where.
            const QString message =
                result.error().kind == ApiError::Conflict
                    ? tr("%1 is already a member of %2.").arg(address, m_context.displayName())
                    : result.error().message;
            m_status->showError(message);
            m_email->setFocus();
            return;
        }
        m_status->clear();
        MemberAddition addition = result.value();
        if (addition.email.isEmpty()) {
            addition.email = address;
        }
        Q_EMIT memberAdded(addition);
        accept();
    };
    if (m_context.isTeam()) {
        m_api->addTeamMember(m_context.organization, *m_context.team, request, this,
                             std::move(done));
    } else {
        m_api->addOrganizationMember(m_context.organization, request, this, std::move(done));
    }
}

} // namespace keyward
