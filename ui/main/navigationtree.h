// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/nodecontext.h"

#include <QWidget>

class QLineEdit;
class QModelIndex;
class QSortFilterProxyModel;
class QTreeView;

namespace keyward {

class ApiClient;
class InlineStatus;
class OrganizationTreeModel;
struct ApiError;

/// The left side of the main window: the user's organizations and, below
/// each, the teams they can see, with their role on each. Teams load when an
/// organization is opened (fetchMore), so 30,000 teams cost nothing until
/// someone looks. Organization admins see every team (as their admin);
/// everybody else sees the teams they belong to.
class NavigationTree final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NavigationTree)

public:
    explicit NavigationTree(ApiClient *api, QWidget *parent = nullptr);

    /// Loads the organizations again; keeps the selected node when it still exists.
    void reload();
    /// Loads the teams of \p organization again (after a team was created or deleted).
    void reloadTeams(const QString &organization);
    /// Selects (and shows) a node; the team once its organization's teams arrived.
    void selectNode(const QString &organization, const QString &team = {});
    void clear();

    /// The selected node; invalid when nothing is selected.
    NodeContext currentNode() const;
    QTreeView *view() const { return m_view; }
    OrganizationTreeModel *model() const { return m_model; }
    void focusFilter();

Q_SIGNALS:
    void nodeSelected(const keyward::NodeContext &node);
    /// The organization list arrived (\p count organizations).
    void loaded(int count);
    void loadFailed(const keyward::ApiError &error);

private:
    void loadTeams(const QString &organization);
    NodeContext contextOf(const QModelIndex &sourceIndex) const;
    void emitCurrent();
    void applyPendingSelection();

    ApiClient *m_api;
    OrganizationTreeModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QTreeView *m_view;
    InlineStatus *m_status;
    /// Node to select once it is listed (after a reload or a team load).
    QString m_pendingOrganization;
    QString m_pendingTeam;
    NodeContext m_lastEmitted;
    bool m_resetting = false;
};

} // namespace keyward
