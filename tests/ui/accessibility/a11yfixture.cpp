// SPDX-License-Identifier: GPL-3.0-or-later
#include "a11yfixture.h"

#include "audit/auditpanel.h"
#include "claims/claimsdiffview.h"
#include "claims/claimsview.h"
#include "common/confirmdialog.h"
#include "common/inlinestatus.h"
#include "connection/lockdialog.h"
#include "connection/logindialog.h"
#include "connection/relogindialog.h"
#include "copying/copyasdialog.h"
#include "copying/copytemplateeditor.h"
#include "expiry/expirypage.h"
#include "expiry/rotationpolicydialog.h"
#include "expiryreview/expiryreviewwindow.h"
#include "inspector/inspectordialog.h"
#include "journal/journaldialog.h"
#include "main/mainwindow.h"
#include "main/navigationtree.h"
#include "main/nodepage.h"
#include "main/offlinebanner.h"
#include "members/addmemberdialog.h"
#include "members/memberspanel.h"
#include "organizations/namedialog.h"
#include "organizations/overviewpanel.h"
#include "organizations/teamspanel.h"
#include "preferences/preferencesdialog.h"
#include "profiles/environmentbadge.h"
#include "profiles/profilemanagerdialog.h"
#include "profiles/tlserrordialog.h"
#include "reminders/expirysummarybar.h"
#include "rotation/rotationwizard.h"
#include "timeline/timelineview.h"
#include "tokens/createtokendialog.h"
#include "tokens/newtokendialog.h"
#include "tokens/tokendetailspane.h"
#include "tokens/tokenspanel.h"
#include "usagescan/usagescandialog.h"

#include <QDateTime>

using namespace Qt::StringLiterals;
using namespace keyward;

namespace test {

namespace {

/// Port 9 (discard) on loopback: nothing listens, every request fails fast.
const QUrl UnusedServer(u"http://127.0.0.1:9"_s);

template <typename T> std::unique_ptr<QWidget> own(T *widget)
{
    return std::unique_ptr<QWidget>(widget);
}

ConnectionProfile sampleProfile()
{
    ConnectionProfile profile;
    profile.id = QUuid::createUuid();
    profile.name = u"Staging"_s;
    profile.serverUrl = UnusedServer;
    profile.environment = Environment::Staging;
    profile.accountEmail = u"ops@example.com"_s;
    return profile;
}

} // namespace

A11yFixture::A11yFixture()
    : settings(std::make_unique<QSettings>(dir.filePath(u"keyward.conf"_s), QSettings::IniFormat))
{
    api.setServerUrl(UnusedServer);
    session = std::make_unique<SessionManager>(&api, &credentials);
    profiles = std::make_unique<ProfileStore>(settings.get());
    profiles->add(sampleProfile());
    policies = std::make_unique<RotationPolicies>(settings.get());
    journal = std::make_unique<ChangeJournal>(dir.filePath(u"journal"_s));
}

Token A11yFixture::sampleToken()
{
    Token token;
    token.id = u"42"_s;
    token.description = u"ci-publisher"_s;
    token.value = u"kw_0123456789abcdef0123456789abcdef"_s;
    token.created = QDateTime::currentDateTimeUtc().addDays(-10);
    token.expires = QDateTime::currentDateTimeUtc().addDays(20);
    token.scopes = {u"publish"_s};
    token.format = u"jwt"_s;
    return token;
}

NodeContext A11yFixture::adminContext(bool team)
{
    NodeContext context;
    context.organization = u"acme"_s;
    if (team) {
        context.team = u"runners"_s;
    }
    context.role = Role::Admin;
    context.organizationRole = Role::Admin;
    context.environment = Environment::Staging;
    return context;
}

QList<Subject> allSubjects()
{
    const CopyContext copyContext{QUrl(u"https://keyward.example.com"_s), u"acme"_s, u"runners"_s};
    return {
        {u"LoginDialog"_s,
         [](A11yFixture &f) {
             return own(new LoginDialog(f.session.get(), f.profiles.get()));
         }},
        {u"LockDialog"_s,
         [](A11yFixture &f) {
             return own(new LockDialog(f.session.get(), u"ops@example.com"_s, u"Staging"_s, true));
         }},
        {u"ReloginDialog"_s,
         [](A11yFixture &f) {
             return own(new ReloginDialog(f.session.get(), u"ops@example.com"_s, UnusedServer));
         }},
        {u"ProfileManagerDialog"_s,
         [](A11yFixture &f) {
             return own(new ProfileManagerDialog(f.profiles.get()));
         }},
        {u"TlsErrorDialog"_s,
         [](A11yFixture &) {
             CertificateDetails details;
             details.subjectCommonName = u"keyward.example.com"_s;
             details.issuerCommonName = u"keyward.example.com"_s;
             details.sha256Fingerprint = u"AB:CD"_s;
             details.selfSigned = true;
             details.canBeTrusted = true;
             return own(new TlsErrorDialog(details, u"Staging"_s));
         }},
        {u"PreferencesDialog"_s,
         [](A11yFixture &f) {
             return own(new PreferencesDialog(f.settings.get(), &f.clipboard));
         }},
        {u"ConfirmDialog"_s,
         [](A11yFixture &) {
             return own(new ConfirmDialog(ConfirmDialog::Options{
                 u"Delete team"_s, u"Team runners will be deleted."_s, u"Delete team"_s,
                 u"runners"_s, u"Find Usages First\u2026"_s, [](QWidget *) {
                 }}));
         }},
        {u"InlineStatus"_s,
         [](A11yFixture &) {
             auto *status = new InlineStatus;
             status->showError(u"The server did not answer."_s, [] {});
             return own(status);
         }},
        {u"CopyAsDialog"_s,
         [copyContext](A11yFixture &f) {
             return own(new CopyAsDialog(A11yFixture::sampleToken(), copyContext, &f.clipboard));
         }},
        {u"CopyTemplateEditor"_s,
         [](A11yFixture &) {
             return own(new CopyTemplateEditor(QList<CopyTemplate>{}));
         }},
        {u"UsageScanDialog"_s,
         [](A11yFixture &) {
             return own(new UsageScanDialog(u"ci-publisher"_s, u"kw_secret"_s));
         }},
        {u"InspectorDialog"_s,
         [](A11yFixture &f) {
             return own(new InspectorDialog(&f.api, u"keyward"_s));
         }},
        {u"ClaimsView"_s,
         [](A11yFixture &) {
             return own(new ClaimsView);
         }},
        {u"ClaimsDiffView"_s,
         [](A11yFixture &) {
             return own(new ClaimsDiffView);
         }},
        {u"JournalDialog"_s,
         [](A11yFixture &f) {
             return own(new JournalDialog(f.journal.get(), u"profile"_s, u"Staging"_s));
         }},
        {u"ExpiryPage"_s,
         [](A11yFixture &f) {
             return own(new ExpiryPage(f.policies.get()));
         }},
        {u"RotationPolicyDialog"_s,
         [](A11yFixture &f) {
             return own(new RotationPolicyDialog(f.policies.get(), QUuid::createUuid(),
                                                 u"Staging"_s, {u"acme"_s}));
         }},
        {u"ExpiryReviewWindow"_s,
         [](A11yFixture &f) {
             return own(new ExpiryReviewWindow(f.policies.get()));
         }},
        {u"ExpirySummaryBar"_s,
         [](A11yFixture &) {
             auto *bar = new ExpirySummaryBar;
             bar->showReminders(u"2 tokens expire soon"_s, u"ci-publisher in 3 days"_s, true);
             return own(bar);
         }},
        {u"TimelineView"_s,
         [](A11yFixture &) {
             return own(new TimelineView);
         }},
        {u"AuditPanel"_s,
         [](A11yFixture &f) {
             auto *panel = new AuditPanel(&f.api);
             panel->setContext(A11yFixture::adminContext());
             return own(panel);
         }},
        {u"MembersPanel"_s,
         [](A11yFixture &f) {
             auto *panel = new MembersPanel(&f.api);
             panel->setContext(A11yFixture::adminContext());
             return own(panel);
         }},
        {u"AddMemberDialog"_s,
         [](A11yFixture &f) {
             return own(new AddMemberDialog(&f.api, A11yFixture::adminContext(true)));
         }},
        {u"OverviewPanel"_s,
         [](A11yFixture &f) {
             auto *panel = new OverviewPanel(&f.api);
             panel->setContext(A11yFixture::adminContext());
             return own(panel);
         }},
        {u"TeamsPanel"_s,
         [](A11yFixture &f) {
             auto *panel = new TeamsPanel(&f.api);
             panel->setContext(A11yFixture::adminContext());
             return own(panel);
         }},
        {u"NameDialog"_s,
         [](A11yFixture &f) {
             return own(new NameDialog(&f.api, NameDialog::Mode::Team, u"acme"_s));
         }},
        {u"TokensPanel"_s,
         [](A11yFixture &f) {
             auto *panel = new TokensPanel(&f.api);
             panel->setContext(A11yFixture::adminContext(true));
             return own(panel);
         }},
        {u"TokenDetailsPane"_s,
         [](A11yFixture &f) {
             auto *pane = new TokenDetailsPane(&f.api);
             pane->setToken(A11yFixture::sampleToken(), A11yFixture::adminContext(true));
             return own(pane);
         }},
        {u"CreateTokenDialog"_s,
         [](A11yFixture &f) {
             return own(new CreateTokenDialog(&f.api, A11yFixture::adminContext(true)));
         }},
        {u"NewTokenDialog"_s,
         [](A11yFixture &f) {
             return own(new NewTokenDialog(A11yFixture::sampleToken(), f.clipboard));
         }},
        {u"RotationWizard"_s,
         [copyContext](A11yFixture &f) {
             return own(new RotationWizard(&f.api, Owner::ofTeam(u"acme"_s, u"runners"_s),
                                           A11yFixture::sampleToken(), f.clipboard, copyContext));
         }},
        {u"EnvironmentBadge"_s,
         [](A11yFixture &) {
             auto *badge = new EnvironmentBadge;
             badge->setProfile(sampleProfile());
             return own(badge);
         }},
        {u"OfflineBanner"_s,
         [](A11yFixture &f) {
             auto *banner = new OfflineBanner(&f.api);
             banner->setServerName(u"127.0.0.1"_s);
             ApiError error;
             error.kind = ApiError::Network;
             error.message = u"Could not connect."_s;
             banner->showOffline(error, QDateTime::currentDateTimeUtc());
             return own(banner);
         }},
        {u"NavigationTree"_s,
         [](A11yFixture &f) {
             return own(new NavigationTree(&f.api));
         }},
        {u"NodePage (organization)"_s,
         [](A11yFixture &f) {
             auto *page = new NodePage(&f.api, NodePage::Kind::Organization);
             page->setClipboardGuard(&f.clipboard);
             page->setContext(A11yFixture::adminContext());
             return own(page);
         }},
        {u"NodePage (team)"_s,
         [](A11yFixture &f) {
             auto *page = new NodePage(&f.api, NodePage::Kind::Team);
             page->setClipboardGuard(&f.clipboard);
             page->setContext(A11yFixture::adminContext(true));
             return own(page);
         }},
        {u"MainWindow"_s,
         [](A11yFixture &f) {
             auto *window = new MainWindow(&f.api, f.session.get());
             window->setProfileStore(f.profiles.get());
             window->startSession(sampleProfile(), u"ops@example.com"_s);
             return own(window);
         }},
    };
}

} // namespace test
