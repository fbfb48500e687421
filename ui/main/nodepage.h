// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/nodecontext.h"

#include <QWidget>

class QLabel;
class QTabWidget;

namespace keyward {

class ApiClient;
class AuditPanel;
class ClipboardGuard;
class MembersPanel;
class OverviewPanel;
class Panel;
class TeamsPanel;
class TokensPanel;

/// The right side of the main window for one node of the tree: a heading
/// and tabs. An organization has Overview, Members, Teams, Tokens and Audit; a team
/// has Members and Tokens. Tabs the user's role cannot open are disabled
/// with a tooltip that says which role they need.
class NodePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NodePage)

public:
    enum class Kind
    {
        Organization,
        Team
    };

    NodePage(ApiClient *api, Kind kind, QWidget *parent = nullptr);

    void setContext(const NodeContext &context);
    const NodeContext &context() const { return m_context; }
    void setCurrentUserEmail(const QString &email);
    /// Token values are copied through \p guard. Not owned.
    void setClipboardGuard(ClipboardGuard *guard);

    /// F5: the visible panel loads again (hidden ones load when shown).
    void refresh();
    void focusFilter();
    /// Ctrl+N: switches to the Tokens tab and opens "New token" when allowed.
    void createToken();

    Panel *currentPanel() const;
    TokensPanel *tokensPanel() const { return m_tokens; }
    MembersPanel *membersPanel() const { return m_members; }
    TeamsPanel *teamsPanel() const { return m_teams; }
    /// Null on a team page.
    AuditPanel *auditPanel() const { return m_audit; }
    QTabWidget *tabs() const { return m_tabs; }

Q_SIGNALS:
    void teamsChanged(const QString &organization);
    void organizationDeleted(const QString &organization);
    void teamActivated(const QString &organization, const QString &team);
    void statusMessage(const QString &message);

private:
    void addPanel(Panel *panel, const QString &title, const QString &objectName);
    void updateTabs();
    /// Panels load lazily: only the visible one fetches, once per context.
    void loadCurrent();

    Kind m_kind;
    NodeContext m_context;
    QLabel *m_heading;
    QLabel *m_roleLabel;
    QTabWidget *m_tabs;
    OverviewPanel *m_overview = nullptr;
    MembersPanel *m_members = nullptr;
    TeamsPanel *m_teams = nullptr;
    TokensPanel *m_tokens = nullptr;
    AuditPanel *m_audit = nullptr;
    QList<Panel *> m_panels;
    QList<Panel *> m_loaded;
};

} // namespace keyward
