// SPDX-License-Identifier: GPL-3.0-or-later
// The Members tab against a real keyward-server, driven by objectName:
// listing, adding (search, invitation, 409), inline role changes, removal
// with confirmation, role-aware disabling, and paging. Every change is
// checked on the server through a second client.
#include "apiawait.h"
#include "serverprocess.h"
#include "widgetlookup.h"

#include "common/confirmdialog.h"
#include "common/inlinestatus.h"
#include "itemmodels/memberlistmodel.h"
#include "members/addmemberdialog.h"
#include "members/memberspanel.h"
#include "members/usersuggestionmodel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QCompleter>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace keyward;

namespace {

const QString Password = u"correct horse battery staple"_s;
const QString Acme = u"acme"_s;

} // namespace

class TestMembersPanel final : public QObject
{
    Q_OBJECT

private:
    test::ServerProcess m_server;
    std::unique_ptr<ApiClient> m_admin;
    /// A second session of the admin: the server's state, not the panel's.
    std::unique_ptr<ApiClient> m_check;
    const QString m_adminEmail = u"admin@example.com"_s;
    const QString m_carolEmail = u"carol@example.com"_s;
    const QString m_victorEmail = u"victor@example.com"_s;
    const QString m_bobEmail = u"bob.builder@example.com"_s;
    const QString m_doraEmail = u"dora@example.com"_s;
    const QString m_erinEmail = u"erin@example.com"_s;
    const QString m_frankEmail = u"frank@example.com"_s;

    /// Development unless told: most tests are about the flow, not the guard
    /// rail, and a plain confirmation keeps them short.
    static NodeContext contextFor(const QString &org, Role role,
                                  Environment environment = Environment::Development)
    {
        NodeContext context{org, {}, role, role};
        context.environment = environment;
        return context;
    }

    /// \p email as a new member of acme with \p role.
    bool addAcmeMember(const QString &email, Role role)
    {
        if (!m_server.addUser(email, Password, u"Guard"_s, u"Rail"_s)) {
            return false;
        }
        const auto added = test::await<MemberAddition>([&](ApiCallback<MemberAddition> done) {
            m_check->addOrganizationMember(Acme, {email, role}, this, std::move(done));
        });
        return added && added->status == MemberAddition::Status::Added;
    }

    /// Opens the role editor on \p email's row and picks \p role.
    static bool pickRole(MembersPanel *panel, const QString &email, Role role)
    {
        QTableView *table = view(panel);
        const QModelIndex index = indexOf(panel, email, MemberListModel::RoleColumn);
        table->setCurrentIndex(index);
        table->edit(index);
        auto *combo = table->viewport()->findChild<QComboBox *>(u"memberRoleEditor"_s);
        if (!combo) {
            return false;
        }
        // As picking from the open list does (the popup needs no focus dance).
        const int chosen = combo->findData(static_cast<int>(role));
        combo->setCurrentIndex(chosen);
        Q_EMIT combo->activated(chosen);
        return true;
    }

    std::unique_ptr<MembersPanel> makePanel(ApiClient *api, const NodeContext &context,
                                            const QString &currentUser)
    {
        auto panel = std::make_unique<MembersPanel>(api);
        panel->resize(760, 380);
        panel->setCurrentUserEmail(currentUser);
        panel->show();
        // Shortcuts and the completer popup need an active window.
        if (!QTest::qWaitForWindowActive(panel.get())) {
            qWarning("the panel's window did not become active");
        }
        panel->setContext(context);
        return panel;
    }

    /// Waits until the panel's first load has arrived.
    static bool loaded(MembersPanel *panel)
    {
        auto *status = panel->findChild<InlineStatus *>(u"membersStatus"_s);
        return QTest::qWaitFor(
            [&] { return !status->isBusy() && panel->memberModel()->rowCount() > 0; }, 10000);
    }

    static QTableView *view(MembersPanel *panel)
    {
        return panel->findChild<QTableView *>(u"membersView"_s);
    }

    /// The view's index of \p email's row in \p column.
    static QModelIndex indexOf(MembersPanel *panel, const QString &email, int column)
    {
        QAbstractItemModel *model = view(panel)->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row, column);
            if (index.data(MemberListModel::EmailRole).toString() == email) {
                return index;
            }
        }
        return {};
    }

    static void selectMember(MembersPanel *panel, const QString &email)
    {
        const QModelIndex index = indexOf(panel, email, MemberListModel::NameColumn);
        view(panel)->setCurrentIndex(index);
        view(panel)->selectRow(index.row());
    }

    std::optional<Membership> serverMember(const QString &email, const NodeContext &context)
    {
        const auto members = test::await<Page<Membership>>([&](ApiCallback<Page<Membership>> done) {
            if (context.isTeam()) {
                m_check->teamMembers(context.organization, *context.team, {}, this,
                                     std::move(done));
            } else {
                m_check->organizationMembers(context.organization, {}, this, std::move(done));
            }
        });
        if (members) {
            for (const Membership &member : members->items) {
                if (member.user.email == email) {
                    return member;
                }
            }
        }
        return std::nullopt;
    }

    std::optional<Membership> serverMember(const QString &email)
    {
        return serverMember(email, contextFor(Acme, Role::Admin));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.lastError()));
        QVERIFY(m_server.addUser(m_carolEmail, Password, u"Carol"_s, u"Member"_s));
        QVERIFY(m_server.addUser(m_victorEmail, Password, u"Victor"_s, u"Viewer"_s));
        QVERIFY(m_server.addUser(m_bobEmail, Password, u"Bob"_s, u"Builder"_s));
        QVERIFY(m_server.addUser(m_doraEmail, Password, u"Dora"_s, u"Doe"_s));
        QVERIFY(m_server.addUser(m_erinEmail, Password, u"Erin"_s, u"Example"_s));
        QVERIFY(m_server.addUser(m_frankEmail, Password, u"Frank"_s, u"Former"_s));
        QString error;
        m_admin = test::loggedInClient(m_server, m_adminEmail, Password, true, &error);
        QVERIFY2(m_admin, qPrintable(error));
        m_check = test::loggedInClient(m_server, m_adminEmail, Password, false, &error);
        QVERIFY2(m_check, qPrintable(error));
        AWAIT(Organization, created,
              m_admin->createOrganization(
                  {Acme, u"ops@example.com"_s, u"https://example.com/notify"_s}, this, done));
        const QList<std::pair<QString, Role>> members{{m_carolEmail, Role::Member},
                                                      {m_victorEmail, Role::Viewer},
                                                      {m_doraEmail, Role::Member},
                                                      {m_erinEmail, Role::Member},
                                                      {m_frankEmail, Role::Member}};
        for (const auto &[email, role] : members) {
            AWAIT(MemberAddition, added,
                  m_admin->addOrganizationMember(Acme, {email, role}, this, done));
            QCOMPARE(added->status, MemberAddition::Status::Added);
        }
    }

    void adminSeesMembers()
    {
        auto panel = makePanel(m_admin.get(), contextFor(Acme, Role::Admin), m_adminEmail);
        QAbstractItemModelTester tester(view(panel.get())->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(loaded(panel.get()));
        QCOMPARE(panel->memberModel()->rowCount(), 6);
        QCOMPARE(panel->findChild<QLabel *>(u"membersCountLabel"_s)->text(), u"6 members"_s);
        QVERIFY(panel->findChild<QPushButton *>(u"addMemberButton"_s)->isEnabled());
        QVERIFY(!panel->findChild<QLabel *>(u"membersExplanation"_s)->isVisible());
        const QModelIndex carol = indexOf(panel.get(), m_carolEmail, MemberListModel::RoleColumn);
        QCOMPARE(carol.data().toString(), u"Member"_s);
        QCOMPARE(indexOf(panel.get(), m_carolEmail, MemberListModel::NameColumn).data().toString(),
                 u"Carol Member"_s);
        QVERIFY(carol.flags().testFlag(Qt::ItemIsEditable));

        // Sorting by role puts administrators first.
        view(panel.get())->sortByColumn(MemberListModel::RoleColumn, Qt::AscendingOrder);
        QCOMPARE(
            view(panel.get())->model()->index(0, 0).data(MemberListModel::EmailRole).toString(),
            m_adminEmail);
        view(panel.get())->sortByColumn(MemberListModel::NameColumn, Qt::AscendingOrder);

        panel->grab().save(u"/tmp/members.png"_s);

        // The filter matches names and emails, ignoring case.
        panel->focusFilter();
        auto *filter = panel->findChild<QLineEdit *>(u"membersFilter"_s);
        QVERIFY(filter->hasFocus());
        QTest::keyClicks(filter, u"CAROL"_s);
        QCOMPARE(view(panel.get())->model()->rowCount(), 1);
        filter->setText(u"example.com"_s);
        QCOMPARE(view(panel.get())->model()->rowCount(), 6);
        filter->setText(u"Example"_s); // Erin Example by name, everybody by email
        QCOMPARE(view(panel.get())->model()->rowCount(), 6);
        filter->setText(u"doe"_s);
        QCOMPARE(view(panel.get())->model()->rowCount(), 1);
        filter->clear();

        // Ctrl+C copies the selected members' emails, one per line.
        selectMember(panel.get(), m_carolEmail);
        view(panel.get())
            ->selectionModel()
            ->select(indexOf(panel.get(), m_doraEmail, 0),
                     QItemSelectionModel::Select | QItemSelectionModel::Rows);
        view(panel.get())->setFocus();
        panel->activateWindow();
        QApplication::clipboard()->clear();
        QTest::keyClick(view(panel.get()), Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(QApplication::clipboard()->text(), u"%1\n%2"_s.arg(m_carolEmail, m_doraEmail));

        // F5 keeps the selection.
        panel->refresh();
        QTRY_VERIFY(!panel->findChild<InlineStatus *>(u"membersStatus"_s)->isBusy());
        QCOMPARE(panel->selectedEmails(), (QStringList{m_carolEmail, m_doraEmail}));
    }

    void addExistingUserBySearch()
    {
        auto panel = makePanel(m_admin.get(), contextFor(Acme, Role::Admin), m_adminEmail);
        QVERIFY(loaded(panel.get()));
        QSignalSpy messages(panel.get(), &Panel::statusMessage);
        QTest::mouseClick(panel->findChild<QPushButton *>(u"addMemberButton"_s), Qt::LeftButton);
        QPointer<AddMemberDialog> dialog = panel->findChild<AddMemberDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        auto *email = dialog->findChild<QLineEdit *>(u"memberEmailEdit"_s);
        email->setFocus();
        QTest::keyClicks(email, u"build"_s);
        QTRY_COMPARE(dialog->suggestions()->rowCount(), 1);
        QCOMPARE(dialog->suggestions()->index(0, 0).data().toString(),
                 u"Bob Builder <%1>"_s.arg(m_bobEmail));
        QAbstractItemView *popup = dialog->completer()->popup();
        QTRY_VERIFY(popup->isVisible());
        dialog->grab().save(u"/tmp/members-dialog.png"_s);
        popup->grab().save(u"/tmp/members-popup.png"_s);
        popup->setCurrentIndex(dialog->completer()->completionModel()->index(0, 0));
        QTest::keyClick(popup, Qt::Key_Return);
        QCOMPARE(email->text(), m_bobEmail);
        auto *role = dialog->findChild<QComboBox *>(u"memberRoleCombo"_s);
        role->setCurrentIndex(role->findData(static_cast<int>(Role::Viewer)));
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"addMemberConfirmButton"_s),
                          Qt::LeftButton);
        QTRY_VERIFY(!dialog);
        QTRY_VERIFY(panel->memberModel()->rowOf(m_bobEmail) >= 0);
        QCOMPARE(panel->selectedEmails(), QStringList{m_bobEmail});
        QCOMPARE(messages.count(), 1);
        const auto onServer = serverMember(m_bobEmail);
        QVERIFY(onServer);
        QCOMPARE(onServer->role, Role::Viewer);

        // Clean up for the other tests.
        AWAIT(NoContent, removed, m_check->removeOrganizationMember(Acme, m_bobEmail, this, done));
    }

    void addUnknownEmailShowsInvitation()
    {
        auto panel = makePanel(m_admin.get(), contextFor(Acme, Role::Admin), m_adminEmail);
        QVERIFY(loaded(panel.get()));
        const int rows = panel->memberModel()->rowCount();
        AddMemberDialog *dialog = panel->addMember();
        QVERIFY(dialog);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"memberEmailEdit"_s),
                         u"newcomer@example.com"_s);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"addMemberConfirmButton"_s),
                          Qt::LeftButton);
        auto *status = panel->findChild<InlineStatus *>(u"membersStatus"_s);
        QTRY_VERIFY(status->text().contains(u"Invitation sent to newcomer@example.com"_s));
        QVERIFY(status->isVisible());
        QVERIFY(!status->hasError());
        QCOMPARE(panel->memberModel()->rowCount(), rows);
        QVERIFY(!serverMember(u"newcomer@example.com"_s));
        panel->grab().save(u"/tmp/members-invited.png"_s);
    }

    void duplicateKeepsDialogOpen()
    {
        auto panel = makePanel(m_admin.get(), contextFor(Acme, Role::Admin), m_adminEmail);
        QVERIFY(loaded(panel.get()));
        QPointer<AddMemberDialog> dialog = panel->addMember();
        auto *email = dialog->findChild<QLineEdit *>(u"memberEmailEdit"_s);
        QTest::keyClicks(email, m_carolEmail);
        auto *role = dialog->findChild<QComboBox *>(u"memberRoleCombo"_s);
        role->setCurrentIndex(role->findData(static_cast<int>(Role::Admin)));
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"addMemberConfirmButton"_s),
                          Qt::LeftButton);
        auto *status = dialog->findChild<InlineStatus *>(u"addMemberStatus"_s);
        QTRY_VERIFY(status->hasError());
        QVERIFY2(status->text().contains(u"already a member"_s), qPrintable(status->text()));
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QCOMPARE(email->text(), m_carolEmail);
        QCOMPARE(dialog->role(), Role::Admin);
        QCOMPARE(serverMember(m_carolEmail)->role, Role::Member);
        dialog->grab().save(u"/tmp/members-dialog-409.png"_s);
    }

    void changeRoleInline()
    {
        auto panel = makePanel(m_admin.get(), contextFor(Acme, Role::Admin), m_adminEmail);
        QVERIFY(loaded(panel.get()));
        QSignalSpy messages(panel.get(), &Panel::statusMessage);
        QTableView *table = view(panel.get());
        const QModelIndex erin = indexOf(panel.get(), m_erinEmail, MemberListModel::RoleColumn);
        table->setCurrentIndex(erin);
        table->edit(erin);
        auto *combo = table->viewport()->findChild<QComboBox *>(u"memberRoleEditor"_s);
        QVERIFY(combo);
        QCOMPARE(combo->currentData().toInt(), static_cast<int>(Role::Member));
        combo->setCurrentIndex(combo->findData(static_cast<int>(Role::Admin)));
        QPointer<QComboBox> editor = combo;
        QTest::keyClick(combo, Qt::Key_Return);
        QTRY_VERIFY(!editor);
        // Promoting takes nothing away: no confirmation.
        QVERIFY(!test::visibleTopLevel<ConfirmDialog>());
        // Usually still in flight: the row shows the requested role, marked pending.
        panel->grab().save(u"/tmp/members-pending.png"_s);
        QTRY_COMPARE(
            indexOf(panel.get(), m_erinEmail, MemberListModel::RoleColumn).data().toString(),
            u"Administrator"_s);
        QTRY_COMPARE(messages.count(), 1);
        QVERIFY(messages.first().first().toString().contains(u"Administrator"_s));
        QCOMPARE(serverMember(m_erinEmail)->role, Role::Admin);
    }

    void failedRoleChangeReverts()
    {
        auto panel = makePanel(m_admin.get(), contextFor(Acme, Role::Admin), m_adminEmail);
        QVERIFY(loaded(panel.get()));
        // Someone else removes Frank meanwhile: the server answers 404.
        AWAIT(NoContent, gone, m_check->removeOrganizationMember(Acme, m_frankEmail, this, done));
        QTableView *table = view(panel.get());
        const QModelIndex frank = indexOf(panel.get(), m_frankEmail, MemberListModel::RoleColumn);
        table->edit(frank);
        auto *combo = table->viewport()->findChild<QComboBox *>(u"memberRoleEditor"_s);
        QVERIFY(combo);
        combo->setCurrentIndex(combo->findData(static_cast<int>(Role::Viewer)));
        QTest::keyClick(combo, Qt::Key_Return);
        auto *status = panel->findChild<InlineStatus *>(u"membersStatus"_s);
        QTRY_VERIFY(status->hasError());
        QVERIFY2(status->text().contains(u"Frank Former"_s), qPrintable(status->text()));
        QVERIFY(panel->findChild<QPushButton *>(u"membersStatusRetry"_s)->isVisible());
        QCOMPARE(indexOf(panel.get(), m_frankEmail, MemberListModel::RoleColumn).data().toString(),
                 u"Member"_s);
        QVERIFY(!serverMember(m_frankEmail));

        // Removing the member who is already gone: the dialog stays with the error.
        selectMember(panel.get(), m_frankEmail);
        QTest::mouseClick(panel->findChild<QPushButton *>(u"removeMemberButton"_s), Qt::LeftButton);
        QPointer<ConfirmDialog> dialog = test::visibleTopLevel<ConfirmDialog>();
        QVERIFY(dialog);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"confirmButton"_s), Qt::LeftButton);
        auto *dialogStatus = dialog->findChild<InlineStatus *>(u"confirmStatus"_s);
        QVERIFY(dialogStatus);
        QTRY_VERIFY(dialogStatus->hasError());
        QVERIFY2(dialogStatus->text().contains(m_frankEmail), qPrintable(dialogStatus->text()));
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->findChild<QPushButton *>(u"confirmButton"_s)->isEnabled());
        dialog->reject();
        QTRY_VERIFY(!dialog);
    }

    void removeWithConfirmation()
    {
        auto panel = makePanel(m_admin.get(), contextFor(Acme, Role::Admin), m_adminEmail);
        QVERIFY(loaded(panel.get()));
        auto *remove = panel->findChild<QPushButton *>(u"removeMemberButton"_s);
        QVERIFY(!remove->isEnabled()); // nothing selected
        selectMember(panel.get(), m_doraEmail);
        QVERIFY(remove->isEnabled());

        // Delete on the view asks too; cancelling keeps the member.
        view(panel.get())->setFocus();
        QTest::keyClick(view(panel.get()), Qt::Key_Delete);
        QPointer<ConfirmDialog> dialog = test::visibleTopLevel<ConfirmDialog>();
        QVERIFY(dialog);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"confirmCancelButton"_s),
                          Qt::LeftButton);
        QTRY_VERIFY(!dialog);
        QVERIFY(serverMember(m_doraEmail));

        QTest::mouseClick(remove, Qt::LeftButton);
        dialog = test::visibleTopLevel<ConfirmDialog>();
        QVERIFY(dialog);
        const QString text = dialog->findChild<QLabel *>(u"confirmText"_s)->text();
        QVERIFY2(text.contains(u"Dora Doe (dora@example.com)"_s) && text.contains(Acme),
                 qPrintable(text));
        QVERIFY(!dialog->findChild<QLineEdit *>(u"confirmNameEdit"_s));
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"confirmButton"_s), Qt::LeftButton);
        QTRY_VERIFY(!dialog);
        QCOMPARE(panel->memberModel()->rowOf(m_doraEmail), -1);
        QVERIFY(!serverMember(m_doraEmail));
    }

    void removeInProductionRequiresTypedEmail()
    {
        const QString gina = u"gina@example.com"_s;
        QVERIFY(addAcmeMember(gina, Role::Member));
        auto panel = makePanel(
            m_admin.get(), contextFor(Acme, Role::Admin, Environment::Production), m_adminEmail);
        QVERIFY(loaded(panel.get()));
        QTRY_VERIFY(panel->memberModel()->rowOf(gina) >= 0);
        selectMember(panel.get(), gina);
        QTest::mouseClick(panel->findChild<QPushButton *>(u"removeMemberButton"_s), Qt::LeftButton);
        QPointer<ConfirmDialog> dialog = test::visibleTopLevel<ConfirmDialog>();
        QVERIFY(dialog);
        auto *name = dialog->findChild<QLineEdit *>(u"confirmNameEdit"_s);
        QVERIFY(name);
        auto *confirm = dialog->findChild<QPushButton *>(u"confirmButton"_s);
        QVERIFY(!confirm->isEnabled());
        QTest::keyClicks(name, u"Guard Rail"_s); // the name is not enough: the email
        QVERIFY(!confirm->isEnabled());
        QTest::mouseClick(confirm, Qt::LeftButton);
        QVERIFY(serverMember(gina));
        name->clear();
        QTest::keyClicks(name, gina);
        QVERIFY(confirm->isEnabled());
        QTest::mouseClick(confirm, Qt::LeftButton);
        QTRY_VERIFY(!dialog);
        QCOMPARE(panel->memberModel()->rowOf(gina), -1);
        QVERIFY(!serverMember(gina));
    }

    void removeSeveralInProductionTypesCount()
    {
        const QString kim = u"kim@example.com"_s;
        const QString lou = u"lou@example.com"_s;
        QVERIFY(addAcmeMember(kim, Role::Viewer));
        QVERIFY(addAcmeMember(lou, Role::Viewer));
        auto panel = makePanel(
            m_admin.get(), contextFor(Acme, Role::Admin, Environment::Production), m_adminEmail);
        QVERIFY(loaded(panel.get()));
        QTRY_VERIFY(panel->memberModel()->rowOf(lou) >= 0);
        selectMember(panel.get(), kim);
        view(panel.get())
            ->selectionModel()
            ->select(indexOf(panel.get(), lou, 0),
                     QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QCOMPARE(panel->selectedEmails().size(), 2);
        panel->removeSelected();
        QPointer<ConfirmDialog> dialog = test::visibleTopLevel<ConfirmDialog>();
        QVERIFY(dialog);
        auto *confirm = dialog->findChild<QPushButton *>(u"confirmButton"_s);
        QVERIFY(!confirm->isEnabled());
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"confirmNameEdit"_s), u"2 members"_s);
        QVERIFY(confirm->isEnabled());
        QTest::mouseClick(confirm, Qt::LeftButton);
        QTRY_VERIFY(!dialog);
        QVERIFY(!serverMember(kim));
        QVERIFY(!serverMember(lou));
    }

    void demoteAdminConfirms()
    {
        const QString hank = u"hank@example.com"_s;
        QVERIFY(addAcmeMember(hank, Role::Admin));
        auto panel = makePanel(m_admin.get(), contextFor(Acme, Role::Admin), m_adminEmail);
        QVERIFY(loaded(panel.get()));
        QTRY_VERIFY(panel->memberModel()->rowOf(hank) >= 0);

        // Cancelling keeps the administrator, on the server and in the row.
        QVERIFY(pickRole(panel.get(), hank, Role::Member));
        QPointer<ConfirmDialog> dialog = test::visibleTopLevel<ConfirmDialog>();
        QVERIFY(dialog);
        QVERIFY(!dialog->findChild<QLineEdit *>(u"confirmNameEdit"_s)); // development
        const QString text = dialog->findChild<QLabel *>(u"confirmText"_s)->text();
        QVERIFY2(text.contains(hank) && text.contains(u"Member"_s), qPrintable(text));
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"confirmCancelButton"_s),
                          Qt::LeftButton);
        QTRY_VERIFY(!dialog);
        QCOMPARE(serverMember(hank)->role, Role::Admin);
        QCOMPARE(indexOf(panel.get(), hank, MemberListModel::RoleColumn).data().toString(),
                 u"Administrator"_s);

        QVERIFY(pickRole(panel.get(), hank, Role::Member));
        dialog = test::visibleTopLevel<ConfirmDialog>();
        QVERIFY(dialog);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"confirmButton"_s), Qt::LeftButton);
        QTRY_VERIFY(!dialog);
        QTRY_COMPARE(indexOf(panel.get(), hank, MemberListModel::RoleColumn).data().toString(),
                     u"Member"_s);
        QCOMPARE(serverMember(hank)->role, Role::Member);

        // Member to viewer is no demotion of an administrator: no question.
        QVERIFY(pickRole(panel.get(), hank, Role::Viewer));
        QVERIFY(!test::visibleTopLevel<ConfirmDialog>());
        QTRY_COMPARE(indexOf(panel.get(), hank, MemberListModel::RoleColumn).data().toString(),
                     u"Viewer"_s);
        QCOMPARE(serverMember(hank)->role, Role::Viewer);
    }

    void demoteAdminInProductionRequiresTypedEmail()
    {
        const QString ivy = u"ivy@example.com"_s;
        const QString jack = u"jack@example.com"_s;
        QVERIFY(addAcmeMember(ivy, Role::Admin));
        QVERIFY(addAcmeMember(jack, Role::Member));
        auto panel = makePanel(
            m_admin.get(), contextFor(Acme, Role::Admin, Environment::Production), m_adminEmail);
        QVERIFY(loaded(panel.get()));
        QTRY_VERIFY(panel->memberModel()->rowOf(jack) >= 0);

        // Promoting asks nothing, even in production.
        QVERIFY(pickRole(panel.get(), jack, Role::Admin));
        QVERIFY(!test::visibleTopLevel<ConfirmDialog>());
        QTRY_COMPARE(indexOf(panel.get(), jack, MemberListModel::RoleColumn).data().toString(),
                     u"Administrator"_s);
        QCOMPARE(serverMember(jack)->role, Role::Admin);

        QVERIFY(pickRole(panel.get(), ivy, Role::Viewer));
        QPointer<ConfirmDialog> dialog = test::visibleTopLevel<ConfirmDialog>();
        QVERIFY(dialog);
        auto *name = dialog->findChild<QLineEdit *>(u"confirmNameEdit"_s);
        QVERIFY(name);
        auto *confirm = dialog->findChild<QPushButton *>(u"confirmButton"_s);
        QVERIFY(!confirm->isEnabled());
        QTest::keyClicks(name, u"ivy@example"_s);
        QVERIFY(!confirm->isEnabled());
        QCOMPARE(serverMember(ivy)->role, Role::Admin);
        QTest::keyClicks(name, u".com"_s);
        QVERIFY(confirm->isEnabled());
        QTest::mouseClick(confirm, Qt::LeftButton);
        QTRY_VERIFY(!dialog);
        QTRY_COMPARE(indexOf(panel.get(), ivy, MemberListModel::RoleColumn).data().toString(),
                     u"Viewer"_s);
        QCOMPARE(serverMember(ivy)->role, Role::Viewer);
    }

    void ownRowNotEditable()
    {
        auto panel = makePanel(m_admin.get(), contextFor(Acme, Role::Admin), m_adminEmail);
        QVERIFY(loaded(panel.get()));
        const QModelIndex own = indexOf(panel.get(), m_adminEmail, MemberListModel::RoleColumn);
        QVERIFY(own.isValid());
        QVERIFY(!own.flags().testFlag(Qt::ItemIsEditable));
        const QString reason =
            u"You cannot change or remove yourself; another administrator can."_s;
        QCOMPARE(own.data(Qt::ToolTipRole).toString(), reason);
        QTest::ignoreMessage(QtWarningMsg, "edit: editing failed");
        view(panel.get())->edit(own);
        QVERIFY(!view(panel.get())->viewport()->findChild<QComboBox *>(u"memberRoleEditor"_s));
        selectMember(panel.get(), m_adminEmail);
        auto *remove = panel->findChild<QPushButton *>(u"removeMemberButton"_s);
        QVERIFY(!remove->isEnabled());
        QCOMPARE(remove->toolTip(), reason);
        panel->removeSelected();
        QVERIFY(!test::visibleTopLevel<ConfirmDialog>());
    }

    void memberCannotManage()
    {
        QString error;
        auto carol = test::loggedInClient(m_server, m_carolEmail, Password, false, &error);
        QVERIFY2(carol, qPrintable(error));
        auto panel = makePanel(carol.get(), contextFor(Acme, Role::Member), m_carolEmail);
        QVERIFY(loaded(panel.get()));
        QVERIFY(panel->memberModel()->rowCount() >= 4);
        auto *add = panel->findChild<QPushButton *>(u"addMemberButton"_s);
        auto *remove = panel->findChild<QPushButton *>(u"removeMemberButton"_s);
        QVERIFY(!add->isEnabled());
        QVERIFY2(add->toolTip().contains(u"Administrator"_s), qPrintable(add->toolTip()));
        selectMember(panel.get(), m_erinEmail);
        QVERIFY(!remove->isEnabled());
        QVERIFY2(remove->toolTip().contains(u"Administrator"_s), qPrintable(remove->toolTip()));
        QVERIFY(!indexOf(panel.get(), m_erinEmail, MemberListModel::RoleColumn)
                     .flags()
                     .testFlag(Qt::ItemIsEditable));
        QVERIFY(!panel->addMember());
    }

    void viewerSeesExplanation()
    {
        QString error;
        auto victor = test::loggedInClient(m_server, m_victorEmail, Password, false, &error);
        QVERIFY2(victor, qPrintable(error));
        auto panel = makePanel(victor.get(), contextFor(Acme, Role::Viewer), m_victorEmail);
        auto *explanation = panel->findChild<QLabel *>(u"membersExplanation"_s);
        QVERIFY(explanation->isVisible());
        QVERIFY2(explanation->text().contains(u"members and administrators"_s) &&
                     explanation->text().contains(u"Viewer"_s),
                 qPrintable(explanation->text()));
        auto *status = panel->findChild<InlineStatus *>(u"membersStatus"_s);
        QVERIFY(!status->hasError());
        QVERIFY(!status->isBusy());
        QVERIFY(!view(panel.get())->isVisible());
        panel->layout()->activate(); // the hidden toolbar's space, before the grab
        panel->grab().save(u"/tmp/members-viewer.png"_s);
        QVERIFY(!panel->findChild<QPushButton *>(u"addMemberButton"_s)->isEnabled());
        panel->refresh();
        QVERIFY(!status->isBusy());
        QCOMPARE(panel->memberModel()->rowCount(), 0);
    }

    void teamPageReusesPanel()
    {
        AWAIT(Team, team, m_admin->createTeam(Acme, u"runners"_s, this, done));
        NodeContext context{Acme, u"runners"_s, Role::Admin, Role::Admin};
        auto panel = makePanel(m_admin.get(), context, m_adminEmail);
        auto *status = panel->findChild<InlineStatus *>(u"membersStatus"_s);
        QTRY_VERIFY(!status->isBusy());
        QVERIFY(!status->hasError());
        AddMemberDialog *dialog = panel->addMember();
        QVERIFY(dialog);
        QVERIFY(dialog->windowTitle().contains(u"acme / runners"_s));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"memberEmailEdit"_s), m_carolEmail);
        dialog->submit();
        QTRY_VERIFY(panel->memberModel()->rowOf(m_carolEmail) >= 0);
        const auto onServer = serverMember(m_carolEmail, context);
        QVERIFY(onServer);
        QCOMPARE(onServer->role, Role::Member);
    }

    void pagesInOnScroll()
    {
        const QString org = u"paged"_s;
        AWAIT(Organization, created,
              m_admin->createOrganization(
                  {org, u"ops@example.com"_s, u"https://example.com/notify"_s}, this, done));
        constexpr int extra = 11;
        for (int i = 0; i < extra; ++i) {
            const QString email = u"paged%1@example.com"_s.arg(i, 2, 10, QLatin1Char('0'));
            QVERIFY(m_server.addUser(email, Password, u"Paged"_s, QString::number(i)));
            AWAIT(MemberAddition, added,
                  m_admin->addOrganizationMember(org, {email, Role::Member}, this, done));
        }
        auto panel = std::make_unique<MembersPanel>(m_admin.get());
        panel->resize(760, 300);
        panel->setCurrentUserEmail(m_adminEmail);
        panel->setPageSize(5);
        panel->show();
        QSignalSpy requested(panel->memberModel(), &MemberListModel::moreRequested);
        panel->setContext(contextFor(org, Role::Admin));
        QVERIFY(loaded(panel.get()));
        QCOMPARE(panel->memberModel()->totalCount(), extra + 1);
        auto *count = panel->findChild<QLabel *>(u"membersCountLabel"_s);
        if (const int rows = panel->memberModel()->rowCount(); rows < extra + 1) {
            QCOMPARE(count->text(), u"%1 of 12 loaded"_s.arg(rows));
        }
        QTRY_VERIFY(panel->memberModel()->rowCount() >= 5);
        const auto scrolled = [&] {
            view(panel.get())->scrollToBottom();
            return panel->memberModel()->rowCount();
        };
        QTRY_COMPARE_WITH_TIMEOUT(scrolled(), extra + 1, 20000);
        QVERIFY(requested.count() >= 2);
        QCOMPARE(count->text(), u"12 members"_s);
        const auto all = test::await<Page<Membership>>([&](ApiCallback<Page<Membership>> done) {
            m_check->organizationMembers(org, {}, this, std::move(done));
        });
        QVERIFY(all);
        QCOMPARE(all->items.size(), extra + 1);
        for (const Membership &member : all->items) {
            QVERIFY2(panel->memberModel()->rowOf(member.user.email) >= 0,
                     qPrintable(member.user.email));
        }
    }
};

QTEST_MAIN(TestMembersPanel)
#include "tst_memberspanel.moc"
