// SPDX-License-Identifier: GPL-3.0-or-later
#include "navigationtree.h"

#include "api/apiclient.h"
#include "common/inlinestatus.h"
#include "itemmodels/organizationtreemodel.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace keyward {

NavigationTree::NavigationTree(ApiClient *api, QWidget *parent)
    : QWidget(parent)
    , m_api(api)
    , m_model(new OrganizationTreeModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_view(new QTreeView(this))
    , m_status(new InlineStatus(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_filter->setObjectName(u"navigationFilter"_s);
    m_filter->setAccessibleName(tr("Filter organizations and teams"));
    m_filter->setPlaceholderText(tr("Filter organizations and teams"));
    m_filter->setClearButtonEnabled(true);
    layout->addWidget(m_filter);
    m_status->setObjectNames(u"navigationStatus"_s);
    layout->addWidget(m_status);
    layout->addWidget(m_view, 1);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(OrganizationTreeModel::NameColumn);
    // A team that matches keeps its organization visible.
    m_proxy->setRecursiveFilteringEnabled(true);

    m_view->setObjectName(u"navigationTree"_s);
    m_view->setAccessibleName(tr("Organizations and teams"));
    m_view->setModel(m_proxy);
    m_view->setUniformRowHeights(true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(OrganizationTreeModel::NameColumn, Qt::AscendingOrder);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAllColumnsShowFocus(true);
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(OrganizationTreeModel::NameColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(OrganizationTreeModel::RoleColumn, QHeaderView::ResizeToContents);

    connect(m_filter, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_model, &OrganizationTreeModel::teamsRequested, this, &NavigationTree::loadTeams);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &NavigationTree::emitCurrent);
}

void NavigationTree::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

void NavigationTree::clear()
{
    m_model->clear();
    m_status->clear();
    m_pendingOrganization.clear();
    m_pendingTeam.clear();
    m_lastEmitted = {};
}

void NavigationTree::reload()
{
    const NodeContext current = currentNode();
    if (current.isValid() && m_pendingOrganization.isEmpty()) {
        m_pendingOrganization = current.organization;
        m_pendingTeam = current.team.value_or(QString());
    }
    m_status->showBusy(tr("Loading organizations…"));
    m_api->userOrganizations(this, [this](const ApiResult<QList<NamedRole>> &result) {
        if (!result) {
            m_status->showError(result.error().message, [this] { reload(); });
            Q_EMIT loadFailed(result.error());
            return;
        }
        m_status->clear();
        // The reset drops the selection; the pending node is selected again
        // below, and the page is told only if the node really changed.
        m_resetting = true;
        m_model->setOrganizations(result.value());
        if (result->isEmpty()) {
            m_status->showInfo(tr("You do not belong to any organization yet. Create one, or "
                                  "ask an administrator to add you."));
        }
        Q_EMIT loaded(static_cast<int>(result->size()));
        applyPendingSelection();
        if (!currentNode().isValid() && m_proxy->rowCount() > 0) {
            m_view->setCurrentIndex(m_proxy->index(0, 0));
        }
        m_resetting = false;
        emitCurrent();
    });
}

void NavigationTree::reloadTeams(const QString &organization)
{
    const QModelIndex source = m_model->organizationIndex(organization);
    if (!source.isValid()) {
        return;
    }
    loadTeams(organization);
}

void NavigationTree::loadTeams(const QString &organization)
{
    const QModelIndex source = m_model->organizationIndex(organization);
    if (!source.isValid()) {
        return;
    }
    const auto role = static_cast<Role>(source.data(OrganizationTreeModel::RoleRole).toInt());
    const auto deliver = [this, organization](const QList<NamedRole> &teams) {
        m_model->setTeams(organization, teams);
        applyPendingSelection();
    };
    const auto fail = [this, organization](const ApiError &error) {
        m_model->cancelTeamsRequest(organization);
        m_status->showError(
            tr("The teams of %1 could not be loaded: %2").arg(organization, error.message),
            [this, organization] { reloadTeams(organization); });
    };
    if (role == Role::Admin) {
        // /users/organizations/{org}/teams lists only the caller's own team
        // memberships; an organization admin administers every team. Names
        // only: the whole teams would make the server decrypt (and audit)
        // every token value of every team just to draw the tree.
        m_api->teamNames(organization, {}, this,
                         [deliver, fail](const ApiResult<Page<QString>> &result) {
                             if (!result) {
                                 fail(result.error());
                                 return;
                             }
                             QList<NamedRole> teams;
                             teams.reserve(result->items.size());
                             for (const QString &name : result->items) {
                                 teams.append({name, Role::Admin});
                             }
                             deliver(teams);
                         });
        return;
    }
    m_api->userTeams(organization, this,
                     [deliver, fail](const ApiResult<QList<NamedRole>> &result) {
                         if (!result) {
                             fail(result.error());
                             return;
                         }
                         deliver(result.value());
                     });
}

void NavigationTree::selectNode(const QString &organization, const QString &team)
{
    m_pendingOrganization = organization;
    m_pendingTeam = team;
    applyPendingSelection();
}

void NavigationTree::applyPendingSelection()
{
    if (m_pendingOrganization.isEmpty()) {
        return;
    }
    const QModelIndex organization = m_model->organizationIndex(m_pendingOrganization);
    if (!organization.isValid()) {
        return;
    }
    QModelIndex target = organization;
    if (!m_pendingTeam.isEmpty()) {
        const QModelIndex proxyOrganization = m_proxy->mapFromSource(organization);
        m_view->expand(proxyOrganization);
        if (m_model->canFetchMore(organization)) {
            m_model->fetchMore(organization);
        }
        target = {};
        for (int row = 0; row < m_model->rowCount(organization); ++row) {
            const QModelIndex team = m_model->index(row, 0, organization);
            if (team.data(OrganizationTreeModel::NameRole).toString() == m_pendingTeam) {
                target = team;
                break;
            }
        }
        if (!target.isValid()) {
            if (organization.data(OrganizationTreeModel::LoadingRole).toBool()) {
                return; // wait for the teams
            }
            target = organization; // the team is gone: show its organization
        }
    }
    m_pendingOrganization.clear();
    m_pendingTeam.clear();
    const QModelIndex proxyTarget = m_proxy->mapFromSource(target);
    m_view->setCurrentIndex(proxyTarget);
    m_view->scrollTo(proxyTarget);
}

NodeContext NavigationTree::contextOf(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid()) {
        return {};
    }
    NodeContext context;
    const auto kind = static_cast<OrganizationTreeModel::Kind>(
        sourceIndex.data(OrganizationTreeModel::KindRole).toInt());
    context.organization = sourceIndex.data(OrganizationTreeModel::OrganizationRole).toString();
    const QModelIndex organization = m_model->organizationIndex(context.organization);
    context.organizationRole =
        static_cast<Role>(organization.data(OrganizationTreeModel::RoleRole).toInt());
    context.role = static_cast<Role>(sourceIndex.data(OrganizationTreeModel::RoleRole).toInt());
    if (kind == OrganizationTreeModel::Kind::Team) {
        context.team = sourceIndex.data(OrganizationTreeModel::NameRole).toString();
        if (context.organizationRole == Role::Admin) {
            context.role = Role::Admin;
        }
    }
    return context;
}

NodeContext NavigationTree::currentNode() const
{
    return contextOf(m_proxy->mapToSource(m_view->currentIndex()));
}

void NavigationTree::emitCurrent()
{
    if (m_resetting) {
        return;
    }
    const NodeContext node = currentNode();
    if (node == m_lastEmitted) {
        return;
    }
    m_lastEmitted = node;
    Q_EMIT nodeSelected(node);
}

} // namespace keyward
