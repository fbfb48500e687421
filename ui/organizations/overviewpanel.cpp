// SPDX-License-Identifier: GPL-3.0-or-later
#include "overviewpanel.h"

#include "namedialog.h"

#include "api/apiclient.h"
#include "common/confirmdialog.h"
#include "common/fieldproblemlabel.h"
#include "common/inlinestatus.h"
#include "common/permissions.h"
#include "domain/names.h"
#include "itemmodels/roletext.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace keyward {

OverviewPanel::OverviewPanel(ApiClient *api, QWidget *parent)
    : Panel(parent)
    , m_api(api)
    , m_role(new QLabel(this))
    , m_viewerNote(new QLabel(this))
    , m_details(new QGroupBox(tr("Contact"), this))
    , m_emailEdit(new QLineEdit(m_details))
    , m_emailProblem(makeFieldProblemLabel(u"organizationEmailProblemLabel"_s, m_details))
    , m_urlEdit(new QLineEdit(m_details))
    , m_urlProblem(makeFieldProblemLabel(u"organizationNotificationUrlProblemLabel"_s, m_details))
    , m_save(new QPushButton(tr("&Save"), m_details))
    , m_revert(new QPushButton(tr("&Revert"), m_details))
    , m_status(new InlineStatus(this))
    , m_dangerZone(new QGroupBox(tr("Danger zone"), this))
    , m_deleteNote(new QLabel(m_dangerZone))
    , m_delete(new QPushButton(tr("Delete Organization…"), m_dangerZone))
{
    setObjectName(u"overviewPanel"_s);
    auto *layout = new QVBoxLayout(this);

    // The page above already names the organization; this tab says what
    // the user's role there allows.
    m_role->setObjectName(u"overviewRole"_s);
    m_role->setWordWrap(true);
    m_role->setTextFormat(Qt::PlainText);
    layout->addWidget(m_role);
    m_viewerNote->setObjectName(u"overviewViewerNote"_s);
    m_viewerNote->setWordWrap(true);
    m_viewerNote->setTextFormat(Qt::PlainText);
    m_viewerNote->hide();
    layout->addWidget(m_viewerNote);

    m_details->setObjectName(u"overviewDetails"_s);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_emailEdit->setObjectName(u"organizationEmailEdit"_s);
    m_emailEdit->setAccessibleName(tr("Contact email"));
    m_emailEdit->setPlaceholderText(tr("ops@example.com"));
    auto *emailColumn = new QVBoxLayout;
    emailColumn->setSpacing(2);
    emailColumn->addWidget(m_emailEdit);
    emailColumn->addWidget(m_emailProblem);
    auto *emailLabel = new QLabel(tr("Contact &email:"), m_details);
    emailLabel->setBuddy(m_emailEdit);
    form->addRow(emailLabel, emailColumn);

    m_urlEdit->setObjectName(u"organizationNotificationUrlEdit"_s);
    m_urlEdit->setAccessibleName(tr("Notification URL"));
    m_urlEdit->setPlaceholderText(tr("https://example.com/alerts"));
    auto *urlHint = new QLabel(tr("Where the server posts alert notifications for this "
                                  "organization; when that fails it mails the contact email."),
                               m_details);
    urlHint->setWordWrap(true);
    urlHint->setForegroundRole(QPalette::PlaceholderText);
    auto *urlColumn = new QVBoxLayout;
    urlColumn->setSpacing(2);
    urlColumn->addWidget(m_urlEdit);
    urlColumn->addWidget(m_urlProblem);
    urlColumn->addWidget(urlHint);
    auto *urlLabel = new QLabel(tr("Notification &URL:"), m_details);
    urlLabel->setBuddy(m_urlEdit);
    form->addRow(urlLabel, urlColumn);

    m_save->setObjectName(u"saveOrganizationButton"_s);
    m_save->setAccessibleName(tr("Save organization details"));
    m_revert->setObjectName(u"revertOrganizationButton"_s);
    m_revert->setAccessibleName(tr("Revert organization details"));
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);
    auto *detailsLayout = new QVBoxLayout(m_details);
    detailsLayout->addLayout(form);
    detailsLayout->addLayout(buttons);
    layout->addWidget(m_details);

    m_status->setObjectNames(u"overviewStatus"_s);
    layout->addWidget(m_status);
    layout->addSpacing(12);

    m_dangerZone->setObjectName(u"dangerZone"_s);
    auto *dangerLayout = new QHBoxLayout(m_dangerZone);
    m_deleteNote->setObjectName(u"deleteOrganizationNote"_s);
    m_deleteNote->setWordWrap(true);
    m_deleteNote->setTextFormat(Qt::PlainText);
    dangerLayout->addWidget(m_deleteNote, 1);
    m_delete->setObjectName(u"deleteOrganizationButton"_s);
    m_delete->setAccessibleName(tr("Delete organization"));
    dangerLayout->addWidget(m_delete, 0, Qt::AlignTop);
    layout->addWidget(m_dangerZone);
    layout->addStretch(1);

    setTabOrder(m_emailEdit, m_urlEdit);
    setTabOrder(m_urlEdit, m_revert);
    setTabOrder(m_revert, m_save);
    setTabOrder(m_save, m_delete);

    connect(m_emailEdit, &QLineEdit::textChanged, this, &OverviewPanel::updateState);
    connect(m_urlEdit, &QLineEdit::textChanged, this, &OverviewPanel::updateState);
    connect(m_emailEdit, &QLineEdit::returnPressed, this, &OverviewPanel::save);
    connect(m_urlEdit, &QLineEdit::returnPressed, this, &OverviewPanel::save);
    connect(m_save, &QPushButton::clicked, this, &OverviewPanel::save);
    connect(m_revert, &QPushButton::clicked, this, &OverviewPanel::revert);
    connect(m_delete, &QPushButton::clicked, this, &OverviewPanel::deleteOrganization);

    setEnabled(false);
}

OverviewPanel::~OverviewPanel() = default;

void OverviewPanel::setContext(const NodeContext &context)
{
    ++m_generation;
    m_context = context;
    m_loaded.reset();
    m_teamCount.reset();
    m_saving = false;
    m_status->clear();
    m_emailEdit->clear();
    m_urlEdit->clear();
    setEnabled(context.isValid());
    if (!context.isValid()) {
        return;
    }
    const Role role = context.organizationRole;
    m_role->setText(tr("Your role — %1").arg(RoleText::description(role)));

    const bool canView = Permissions::allows(context, Permission::ViewDetails);
    m_details->setVisible(canView);
    m_dangerZone->setVisible(canView);
    m_viewerNote->setVisible(!canView);
    if (!canView) {
        m_viewerNote->setText(
            role == Role::Team
                ? tr("You belong to some teams of %1, not to the organization itself. Select "
                     "one of your teams in the tree to see its members and tokens.")
                      .arg(context.organization)
                : tr("As a viewer of %1 you can read its metrics with your session, but not "
                     "its contact details, members, teams or tokens. An administrator of %1 "
                     "can give you the Member role if you need to see them.")
                      .arg(context.organization));
        return;
    }

    const bool canEdit = Permissions::allows(context, Permission::EditOrganization);
    const QString editReason = Permissions::reason(context, Permission::EditOrganization);
    for (QLineEdit *edit : {m_emailEdit, m_urlEdit}) {
        edit->setReadOnly(!canEdit);
        edit->setToolTip(canEdit ? QString() : editReason);
    }
    load();
}

void OverviewPanel::refresh()
{
    if (m_context.isValid() && Permissions::allows(m_context, Permission::ViewDetails)) {
        load();
    }
}

void OverviewPanel::load()
{
    const quint64 generation = m_generation;
    m_status->showBusy(tr("Loading %1…").arg(m_context.organization));
    updateState();
    m_api->organization(m_context.organization, this,
                        [this, generation](const ApiResult<Organization> &result) {
                            if (generation != m_generation) {
                                return;
                            }
                            if (!result) {
                                m_status->showError(result.error().message, [this] { load(); });
                                updateState();
                                return;
                            }
                            m_status->clear();
                            showOrganization(*result);
                        });
    loadTeamCount();
}

void OverviewPanel::loadTeamCount()
{
    if (!Permissions::allows(m_context, Permission::ViewTeams)) {
        return;
    }
    const quint64 generation = m_generation;
    // Only the count is needed: one name and X-Total-Count, not every team
    // with its tokens (an organization may have tens of thousands). A server
    // without paging or `fields` (plain CAVE) answers with all of them, and
    // then the list's length is the count.
    PageRequest page;
    page.limit = 1;
    m_api->teamNames(m_context.organization, page, this,
                     [this, generation](const ApiResult<Page<QString>> &result) {
                         if (generation != m_generation) {
                             return;
                         }
                         // A failed refresh keeps the count last seen (stale beats a
                         // "deleting removes it" that is not true); never seen at all,
                         // the server's 400 on delete explains instead.
                         if (result) {
                             m_teamCount = int(result->total.value_or(result->items.size()));
                         }
                         applyTeamCount();
                     });
}

void OverviewPanel::showOrganization(const Organization &organization)
{
    // Edits in progress survive a refresh only if nothing was changed yet;
    // otherwise a reload (F5) would silently throw away the user's typing.
    const bool hadEdits = m_loaded && (m_emailEdit->text() != m_loaded->email ||
                                       m_urlEdit->text() != m_loaded->notificationUrl);
    m_loaded = organization;
    if (!hadEdits) {
        m_emailEdit->setText(organization.email);
        m_urlEdit->setText(organization.notificationUrl);
    }
    updateState();
}

void OverviewPanel::updateState()
{
    const bool canEdit = Permissions::allows(m_context, Permission::EditOrganization);
    const QString email = m_emailEdit->text().trimmed();
    const QString url = m_urlEdit->text().trimmed();
    const QString emailProblem = isPlausibleEmail(email) ? QString()
                                 : email.isEmpty()
                                     ? tr("Enter the organization's contact email.")
                                     : tr("This does not look like an email address.");
    const QString urlProblem = NameDialog::notificationUrlProblem(url);
    const bool loaded = m_loaded.has_value();
    showFieldProblem(m_emailProblem, loaded && canEdit ? emailProblem : QString());
    showFieldProblem(m_urlProblem, loaded && canEdit ? urlProblem : QString());

    const bool changed = loaded && (email != m_loaded->email || url != m_loaded->notificationUrl);
    const bool valid = emailProblem.isEmpty() && urlProblem.isEmpty();
    m_emailEdit->setEnabled(loaded && !m_saving);
    m_urlEdit->setEnabled(loaded && !m_saving);

    if (!canEdit) {
        Permissions::apply(m_save, m_context, Permission::EditOrganization);
        Permissions::apply(m_revert, m_context, Permission::EditOrganization);
    } else {
        m_save->setEnabled(changed && valid && !m_saving);
        m_save->setToolTip(!changed ? tr("Nothing has changed.")
                           : !valid ? tr("Correct the highlighted fields first.")
                                    : tr("Send the changes to the server."));
        m_revert->setEnabled(changed && !m_saving);
        m_revert->setToolTip(tr("Show the values stored on the server again."));
    }
    applyTeamCount();
}

void OverviewPanel::applyTeamCount()
{
    Permissions::apply(m_delete, m_context, Permission::DeleteOrganization,
                       tr("Delete %1 and its tokens.").arg(m_context.organization));
    const bool canDelete = Permissions::allows(m_context, Permission::DeleteOrganization);
    if (canDelete && m_teamCount && *m_teamCount > 0) {
        m_delete->setEnabled(false);
        m_delete->setToolTip(teamsBlockDeletionText(*m_teamCount));
        m_deleteNote->setText(teamsBlockDeletionText(*m_teamCount));
        return;
    }
    m_deleteNote->setText(tr("Deleting %1 removes it with its members and tokens for good. "
                             "Applications publishing with its tokens stop working.")
                              .arg(m_context.organization));
}

QString OverviewPanel::teamsBlockDeletionText(int count) const
{
    // Singular phrases are separate sources so the English text is right
    // without a translator; translators still get %n plural forms.
    const QString teams =
        count == 1 ? tr("%1 still has 1 team.").arg(m_context.organization)
                   : tr("%1 still has %n teams.", nullptr, count).arg(m_context.organization);
    return teams + u' ' +
           tr("An organization with teams cannot be deleted: delete its teams first (Teams "
              "tab), then the organization.");
}

void OverviewPanel::revert()
{
    if (!m_loaded) {
        return;
    }
    m_emailEdit->setText(m_loaded->email);
    m_urlEdit->setText(m_loaded->notificationUrl);
    m_status->clear();
}

void OverviewPanel::save()
{
    if (!m_save->isEnabled() || !m_loaded) {
        return;
    }
    UpdateOrganizationRequest request;
    const QString email = m_emailEdit->text().trimmed();
    const QString url = m_urlEdit->text().trimmed();
    if (email != m_loaded->email) {
        request.email = email;
    }
    if (url != m_loaded->notificationUrl) {
        request.notificationUrl = url;
    }
    m_saving = true;
    m_status->showBusy(tr("Saving…"));
    updateState();
    const quint64 generation = m_generation;
    m_api->updateOrganization(
        m_context.organization, request, this,
        [this, generation](const ApiResult<Organization> &result) {
            if (generation != m_generation) {
                return;
            }
            m_saving = false;
            if (!result) {
                m_status->showError(result.error().message, [this] { save(); });
                updateState();
                return;
            }
            m_loaded = *result;
            m_emailEdit->setText(result->email);
            m_urlEdit->setText(result->notificationUrl);
            m_status->showInfo(tr("Saved."));
            updateState();
            Q_EMIT statusMessage(tr("Organization %1 saved.").arg(result->name));
        });
}

void OverviewPanel::deleteOrganization()
{
    if (!Permissions::allows(m_context, Permission::DeleteOrganization)) {
        return;
    }
    const QString organization = m_context.organization;
    ConfirmDialog::ask(
        this,
        ConfirmDialog::guarded(
            m_context, organization,
            {tr("Delete Organization"),
             tr("%1 will be deleted with its members and tokens. Applications publishing with "
                "its tokens stop working. This cannot be undone.")
                 .arg(organization),
             tr("Delete Organization"),
             {}}),
        [this, organization](ConfirmDialog *dialog) {
            dialog->setBusy(true, tr("Deleting %1…").arg(organization));
            m_api->deleteOrganization(
                organization, dialog,
                [this, dialog, organization](const ApiResult<NoContent> &result) {
                    if (!result) {
                        if (result.error().kind == ApiError::BadRequest) {
                            // Teams were created since the count was loaded.
                            dialog->showError(
                                tr("%1 still has teams. An organization with teams cannot be "
                                   "deleted: delete its teams first (Teams tab), then the "
                                   "organization.")
                                    .arg(organization));
                            loadTeamCount();
                        } else {
                            dialog->showError(result.error().message);
                        }
                        return;
                    }
                    dialog->accept();
                    Q_EMIT statusMessage(tr("Organization %1 deleted.").arg(organization));
                    Q_EMIT organizationDeleted(organization);
                });
        });
}

} // namespace keyward
