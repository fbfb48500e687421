// SPDX-License-Identifier: GPL-3.0-or-later
#include "nodepage.h"

#include "audit/auditpanel.h"
#include "common/permissions.h"
#include "itemmodels/roletext.h"
#include "members/memberspanel.h"
#include "organizations/overviewpanel.h"
#include "organizations/teamspanel.h"
#include "tokens/tokenspanel.h"

#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace keyward {

NodePage::NodePage(ApiClient *api, Kind kind, QWidget *parent)
    : QWidget(parent)
    , m_kind(kind)
    , m_heading(new QLabel(this))
    , m_roleLabel(new QLabel(this))
    , m_tabs(new QTabWidget(this))
{
    const bool organization = kind == Kind::Organization;
    setObjectName(organization ? u"organizationPage"_s : u"teamPage"_s);
    auto *layout = new QVBoxLayout(this);
    auto *headingRow = new QHBoxLayout;
    m_heading->setObjectName(organization ? u"organizationHeading"_s : u"teamHeading"_s);
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_roleLabel->setObjectName(organization ? u"organizationRoleLabel"_s : u"teamRoleLabel"_s);
    headingRow->addWidget(m_heading);
    headingRow->addSpacing(12);
    headingRow->addWidget(m_roleLabel, 1, Qt::AlignBottom);
    layout->addLayout(headingRow);
    m_tabs->setObjectName(organization ? u"organizationTabs"_s : u"teamTabs"_s);
    m_tabs->setAccessibleName(organization ? tr("Organization sections") : tr("Team sections"));
    m_tabs->setDocumentMode(true);
    layout->addWidget(m_tabs, 1);

    if (organization) {
        m_overview = new OverviewPanel(api, this);
        addPanel(m_overview, tr("&Overview"), u"overviewPanel"_s);
    }
    m_members = new MembersPanel(api, this);
    addPanel(m_members, tr("&Members"), u"membersPanel"_s);
    if (organization) {
        m_teams = new TeamsPanel(api, this);
        addPanel(m_teams, tr("T&eams"), u"teamsPanel"_s);
        connect(m_teams, &TeamsPanel::teamActivated, this, &NodePage::teamActivated);
    }
    m_tokens = new TokensPanel(api, this);
    addPanel(m_tokens, tr("&Tokens"), u"tokensPanel"_s);
    if (organization) {
        m_audit = new AuditPanel(api, this);
        addPanel(m_audit, tr("A&udit"), u"auditPanel"_s);
    }

    connect(m_tabs, &QTabWidget::currentChanged, this, &NodePage::loadCurrent);
}

void NodePage::addPanel(Panel *panel, const QString &title, const QString &objectName)
{
    panel->setObjectName(objectName);
    m_tabs->addTab(panel, title);
    m_panels.append(panel);
    connect(panel, &Panel::teamsChanged, this, [this](const QString &organization) {
        // The overview counts teams (they block deleting the organization).
        if (m_overview) {
            m_loaded.removeAll(m_overview);
        }
        Q_EMIT teamsChanged(organization);
    });
    connect(panel, &Panel::organizationDeleted, this, &NodePage::organizationDeleted);
    connect(panel, &Panel::statusMessage, this, &NodePage::statusMessage);
}

void NodePage::setCurrentUserEmail(const QString &email)
{
    m_members->setCurrentUserEmail(email);
}

void NodePage::setClipboardGuard(ClipboardGuard *guard)
{
    m_tokens->setClipboardGuard(guard);
}

void NodePage::setContext(const NodeContext &context)
{
    m_context = context;
    m_loaded.clear();
    m_heading->setText(context.isTeam() ? *context.team : context.organization);
    const QString role = RoleText::displayName(context.role);
    m_roleLabel->setText(context.isTeam()
                             ? tr("Team of %1 · your role: %2").arg(context.organization, role)
                             : tr("Organization · your role: %1").arg(role));
    m_roleLabel->setToolTip(RoleText::description(context.role));
    updateTabs();
    loadCurrent();
}

void NodePage::updateTabs()
{
    const auto gate = [this](Panel *panel, Permission permission) {
        if (!panel) {
            return;
        }
        const int index = m_tabs->indexOf(panel);
        const bool allowed = Permissions::allows(m_context, permission);
        m_tabs->setTabEnabled(index, allowed);
        m_tabs->setTabToolTip(index,
                              allowed ? QString() : Permissions::reason(m_context, permission));
    };
    gate(m_members, Permission::ViewMembers);
    gate(m_teams, Permission::ViewTeams);
    gate(m_tokens, Permission::ViewTokens);
    // The audit trail is for organization admins (api.md); Permissions has no
    // value of its own for it, and managing members needs the same role.
    gate(m_audit, Permission::ViewAudit);
    // QTabWidget moves off a disabled current tab by itself only sometimes.
    if (!m_tabs->isTabEnabled(m_tabs->currentIndex())) {
        for (int index = 0; index < m_tabs->count(); ++index) {
            if (m_tabs->isTabEnabled(index)) {
                m_tabs->setCurrentIndex(index);
                break;
            }
        }
    }
}

Panel *NodePage::currentPanel() const
{
    return qobject_cast<Panel *>(m_tabs->currentWidget());
}

void NodePage::loadCurrent()
{
    Panel *panel = currentPanel();
    if (!panel || !m_context.isValid() || m_loaded.contains(panel)) {
        return;
    }
    m_loaded.append(panel);
    panel->setContext(m_context);
}

void NodePage::refresh()
{
    Panel *panel = currentPanel();
    // Hidden panels reload when they are shown next.
    m_loaded.clear();
    if (panel && m_context.isValid()) {
        m_loaded.append(panel);
        panel->refresh();
    }
}

void NodePage::focusFilter()
{
    if (Panel *panel = currentPanel()) {
        panel->focusFilter();
    }
}

void NodePage::createToken()
{
    const int index = m_tabs->indexOf(m_tokens);
    if (!m_tabs->isTabEnabled(index)) {
        Q_EMIT statusMessage(Permissions::reason(m_context, Permission::ManageTokens));
        return;
    }
    m_tabs->setCurrentIndex(index);
    m_tokens->createToken();
}

} // namespace keyward
