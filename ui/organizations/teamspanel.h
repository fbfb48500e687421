// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/panel.h"

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace keyward {

class ApiClient;
class InlineStatus;
class TeamListModel;

/// The "Teams" tab of an organization: its teams with their token counts,
/// a filter, "New team…" and "Delete team…" (organization administrators).
/// Double-clicking a team asks the main window to open it (teamActivated).
///
/// objectNames: "teamsView", "teamsFilter", "teamsCount", "newTeamButton",
/// "deleteTeamButton", InlineStatus "teamsStatus".
class TeamsPanel final : public Panel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TeamsPanel)

public:
    explicit TeamsPanel(ApiClient *api, QWidget *parent = nullptr);
    ~TeamsPanel() override;

    void setContext(const NodeContext &context) override;
    void refresh() override;
    void focusFilter() override;

    /// Opens the "New team" dialog (also the main window's action).
    void createTeam();
    /// Asks to delete the selected team.
    void deleteSelectedTeam();

    TeamListModel *model() const { return m_model; }

Q_SIGNALS:
    /// The user double-clicked \p team: select it in the navigation tree.
    void teamActivated(const QString &organization, const QString &team);

private:
    void load(const QString &keepSelected);
    void updateActions();
    void updateCount();
    QString selectedTeam() const;
    void selectTeam(const QString &name);

    ApiClient *m_api;
    NodeContext m_context;
    quint64 m_generation = 0;
    bool m_loading = false;
    TeamListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QLabel *m_count;
    QPushButton *m_new;
    QPushButton *m_delete;
    InlineStatus *m_status;
    QTableView *m_view;
};

} // namespace keyward
