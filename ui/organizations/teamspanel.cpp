// SPDX-License-Identifier: GPL-3.0-or-later
#include "teamspanel.h"

#include "namedialog.h"
#include "teamlistmodel.h"

#include "api/apiclient.h"
#include "common/confirmdialog.h"
#include "common/inlinestatus.h"
#include "common/permissions.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace keyward {

TeamsPanel::TeamsPanel(ApiClient *api, QWidget *parent)
    : Panel(parent)
    , m_api(api)
    , m_model(new TeamListModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_count(new QLabel(this))
    , m_new(new QPushButton(tr("&New Team…"), this))
    , m_delete(new QPushButton(tr("&Delete Team…"), this))
    , m_status(new InlineStatus(this))
    , m_view(new QTableView(this))
{
    setObjectName(u"teamsPanel"_s);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(TeamListModel::NameColumn);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortRole(TeamListModel::RawDataRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);

    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    m_filter->setObjectName(u"teamsFilter"_s);
    m_filter->setAccessibleName(tr("Filter teams"));
    m_filter->setPlaceholderText(tr("Filter teams"));
    m_filter->setClearButtonEnabled(true);
    bar->addWidget(m_filter, 1);
    m_count->setObjectName(u"teamsCount"_s);
    bar->addWidget(m_count);
    bar->addSpacing(12);
    m_new->setObjectName(u"newTeamButton"_s);
    m_new->setAccessibleName(tr("New team"));
    bar->addWidget(m_new);
    m_delete->setObjectName(u"deleteTeamButton"_s);
    m_delete->setAccessibleName(tr("Delete team"));
    bar->addWidget(m_delete);
    layout->addLayout(bar);

    m_status->setObjectNames(u"teamsStatus"_s);
    layout->addWidget(m_status);

    m_view->setObjectName(u"teamsView"_s);

    // Tab leaves the table (arrow keys move within it), as everywhere else.

    m_view->setTabKeyNavigation(false);
    m_view->setAccessibleName(tr("Teams"));
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(TeamListModel::NameColumn, Qt::AscendingOrder);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setSectionResizeMode(TeamListModel::NameColumn,
                                                     QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(TeamListModel::TokensColumn,
                                                     QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setHighlightSections(false);
    layout->addWidget(m_view, 1);

    setTabOrder(m_filter, m_new);
    setTabOrder(m_new, m_delete);
    setTabOrder(m_delete, m_view);

    auto *deleteShortcut =
        new QShortcut(QKeySequence::Delete, m_view, this, &TeamsPanel::deleteSelectedTeam,
                      Qt::WidgetWithChildrenShortcut);
    Q_UNUSED(deleteShortcut)

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text);
        updateCount();
    });
    connect(m_new, &QPushButton::clicked, this, &TeamsPanel::createTeam);
    connect(m_delete, &QPushButton::clicked, this, &TeamsPanel::deleteSelectedTeam);
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.isValid()) {
            Q_EMIT teamActivated(m_context.organization,
                                 index.data(TeamListModel::NameRole).toString());
        }
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &TeamsPanel::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &TeamsPanel::updateCount);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &TeamsPanel::updateCount);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &TeamsPanel::updateCount);

    updateActions();
    updateCount();
}

TeamsPanel::~TeamsPanel() = default;

void TeamsPanel::setContext(const NodeContext &context)
{
    ++m_generation;
    m_context = context;
    m_loading = false;
    m_model->clear();
    m_filter->clear();
    m_status->clear();
    if (context.isValid()) {
        load({});
    }
    updateActions();
}

void TeamsPanel::refresh()
{
    if (m_context.isValid()) {
        load(selectedTeam());
    }
}

void TeamsPanel::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

void TeamsPanel::load(const QString &keepSelected)
{
    if (!Permissions::allows(m_context, Permission::ViewTeams)) {
        // Not an error: the role simply does not include the list.
        m_status->showInfo(tr("Only members and administrators of %1 can see its teams. %2")
                               .arg(m_context.organization,
                                    Permissions::reason(m_context, Permission::ViewTeams)));
        return;
    }
    const quint64 generation = m_generation;
    m_loading = true;
    m_status->showBusy(tr("Loading teams…"));
    updateActions();
    // Teams per organization are few compared with members: one request for
    // the whole list (no limit), then one model reset.
    m_api->teams(m_context.organization, {}, this,
                 [this, generation, keepSelected](const ApiResult<Page<Team>> &result) {
                     if (generation != m_generation) {
                         return;
                     }
                     m_loading = false;
                     if (!result) {
                         m_status->showError(result.error().message,
                                             [this, keepSelected] { load(keepSelected); });
                         updateActions();
                         return;
                     }
                     m_status->clear();
                     m_model->setTeams(result->items);
                     if (!keepSelected.isEmpty()) {
                         selectTeam(keepSelected);
                     }
                     updateActions();
                 });
}

void TeamsPanel::updateActions()
{
    Permissions::apply(m_new, m_context, Permission::CreateTeam,
                       tr("Create a team in %1 (Ctrl+N).").arg(m_context.organization));
    if (!m_context.isValid() || m_loading) {
        m_new->setEnabled(false);
    }
    // Deleting is judged at organization level here: the teams tab is the
    // organization's page, where only its administrators may delete teams.
    NodeContext organizationContext = m_context;
    organizationContext.team.reset();
    organizationContext.role = m_context.organizationRole;
    const QString team = selectedTeam();
    Permissions::apply(m_delete, organizationContext, Permission::DeleteTeam,
                       team.isEmpty() ? tr("Select a team to delete.")
                                      : tr("Delete team %1 (Delete).").arg(team));
    if (team.isEmpty() || m_loading) {
        m_delete->setEnabled(false);
    }
}

void TeamsPanel::updateCount()
{
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    if (shown == total) {
        m_count->setText(total == 1 ? tr("1 team") : tr("%n teams", nullptr, total));
    } else {
        m_count->setText(total == 1 ? tr("%1 of 1 team").arg(shown)
                                    : tr("%1 of %n teams", nullptr, total).arg(shown));
    }
}

QString TeamsPanel::selectedTeam() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(TeamListModel::NameRole).toString();
}

void TeamsPanel::selectTeam(const QString &name)
{
    const int row = m_model->rowOf(name);
    if (row < 0) {
        return;
    }
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (index.isValid()) {
        m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                             QItemSelectionModel::Rows);
        m_view->scrollTo(index);
    }
}

void TeamsPanel::createTeam()
{
    if (!m_new->isEnabled()) {
        return;
    }
    auto *dialog = NameDialog::newTeam(m_api, m_context.organization, this);
    connect(dialog, &NameDialog::statusMessage, this, &Panel::statusMessage);
    const quint64 generation = m_generation;
    connect(dialog, &NameDialog::teamCreated, this,
            [this, generation](const QString &organization, const Team &team) {
                if (generation == m_generation) {
                    m_model->addTeam(team);
                    selectTeam(team.name);
                }
                Q_EMIT teamsChanged(organization);
            });
}

void TeamsPanel::deleteSelectedTeam()
{
    const QString team = selectedTeam();
    if (team.isEmpty() || !m_delete->isEnabled()) {
        return;
    }
    const QString organization = m_context.organization;
    const int row = m_model->rowOf(team);
    const int tokens = row >= 0 ? int(m_model->teams().at(row).tokens.size()) : 0;
    const QString what =
        tokens == 1 ? tr("Team %1 and its token will be deleted.").arg(team)
                    : tr("Team %1 and its %n tokens will be deleted.", nullptr, tokens).arg(team);
    ConfirmDialog::ask(
        this,
        ConfirmDialog::guarded(m_context, team,
                               {tr("Delete Team"),
                                what + u' ' +
                                    tr("Applications publishing with them stop working. This "
                                       "cannot be undone."),
                                tr("Delete Team"),
                                {}}),
        [this, organization, team](ConfirmDialog *dialog) {
            dialog->setBusy(true, tr("Deleting team %1…").arg(team));
            m_api->deleteTeam(organization, team, dialog,
                              [this, dialog, organization, team](const ApiResult<NoContent> &r) {
                                  if (!r) {
                                      dialog->showError(r.error().message);
                                      return;
                                  }
                                  dialog->accept();
                                  if (organization == m_context.organization) {
                                      m_model->removeTeam(team);
                                  }
                                  Q_EMIT statusMessage(tr("Team %1 deleted.").arg(team));
                                  Q_EMIT teamsChanged(organization);
                              });
        });
}

} // namespace keyward
