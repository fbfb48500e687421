// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/panel.h"
#include "domain/organization.h"

#include <optional>

class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace keyward {

class ApiClient;
class InlineStatus;

/// The "Overview" tab of an organization: who the user is there, the
/// organization's contact email and notification URL (editable by
/// administrators) and, at the bottom, the danger zone to delete it.
///
/// objectNames: "overviewHeading", "overviewRole", "overviewViewerNote",
/// "organizationEmailEdit", "organizationEmailProblemLabel",
/// "organizationNotificationUrlEdit", "organizationNotificationUrlProblemLabel",
/// "saveOrganizationButton", "revertOrganizationButton", InlineStatus
/// "overviewStatus", "dangerZone", "deleteOrganizationButton",
/// "deleteOrganizationNote".
class OverviewPanel final : public Panel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OverviewPanel)

public:
    explicit OverviewPanel(ApiClient *api, QWidget *parent = nullptr);
    ~OverviewPanel() override;

    void setContext(const NodeContext &context) override;
    void refresh() override;

    /// How many teams the organization has, once known (they block deletion).
    std::optional<int> teamCount() const { return m_teamCount; }

private:
    void load();
    void loadTeamCount();
    void showOrganization(const Organization &organization);
    void updateState();
    void save();
    void revert();
    void deleteOrganization();
    void applyTeamCount();
    QString teamsBlockDeletionText(int count) const;

    ApiClient *m_api;
    NodeContext m_context;
    std::optional<Organization> m_loaded;
    std::optional<int> m_teamCount;
    /// Answers for an earlier node are dropped: bumped on every setContext().
    quint64 m_generation = 0;
    bool m_saving = false;

    QLabel *m_role;
    QLabel *m_viewerNote;
    QGroupBox *m_details;
    QLineEdit *m_emailEdit;
    QLabel *m_emailProblem;
    QLineEdit *m_urlEdit;
    QLabel *m_urlProblem;
    QPushButton *m_save;
    QPushButton *m_revert;
    InlineStatus *m_status;
    QGroupBox *m_dangerZone;
    QLabel *m_deleteNote;
    QPushButton *m_delete;
};

} // namespace keyward
