// SPDX-License-Identifier: GPL-3.0-or-later
// AddMemberDialog against a real keyward-server: search-as-you-type, the
// email check, the three outcomes of adding (added, invited, 409).
#include "apiawait.h"
#include "serverprocess.h"

#include "common/inlinestatus.h"
#include "itemmodels/roletext.h"
#include "members/addmemberdialog.h"
#include "members/usersuggestionmodel.h"

#include <QAbstractItemModelTester>
#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace keyward;

Q_DECLARE_METATYPE(keyward::MemberAddition)

namespace {

const QString Password = u"correct horse battery staple"_s;
const QString OrgName = u"dialog-org"_s;

} // namespace

class TestAddMemberDialog final : public QObject
{
    Q_OBJECT

private:
    test::ServerProcess m_server;
    std::unique_ptr<ApiClient> m_admin;
    const QString m_adminEmail = u"admin@example.com"_s;
    const QString m_aliceEmail = u"alice.anders@example.com"_s;
    const QString m_bobEmail = u"bob.builder@example.com"_s;

    NodeContext context() const { return {OrgName, {}, Role::Admin, Role::Admin}; }

    std::unique_ptr<AddMemberDialog> makeDialog()
    {
        auto dialog = std::make_unique<AddMemberDialog>(m_admin.get(), context());
        dialog->show();
        dialog->activateWindow();
        return dialog;
    }

    static QLineEdit *emailEdit(QWidget *dialog)
    {
        return dialog->findChild<QLineEdit *>(u"memberEmailEdit"_s);
    }

    std::optional<Role> serverRole(const QString &email)
    {
        const auto members = test::await<Page<Membership>>([&](ApiCallback<Page<Membership>> done) {
            m_admin->organizationMembers(OrgName, {}, this, std::move(done));
        });
        if (members) {
            for (const Membership &member : members->items) {
                if (member.user.email == email) {
                    return member.role;
                }
            }
        }
        return std::nullopt;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<MemberAddition>();
        QVERIFY2(m_server.start(), qPrintable(m_server.lastError()));
        QVERIFY(m_server.addUser(m_aliceEmail, Password, u"Alice"_s, u"Anders"_s));
        QVERIFY(m_server.addUser(m_bobEmail, Password, u"Bob"_s, u"Builder"_s));
        QString error;
        m_admin = test::loggedInClient(m_server, m_adminEmail, Password, true, &error);
        QVERIFY2(m_admin, qPrintable(error));
        AWAIT(Organization, created,
              m_admin->createOrganization(
                  {OrgName, u"ops@example.com"_s, u"https://example.com/notify"_s}, this, done));
    }

    void formDefaults()
    {
        auto dialog = makeDialog();
        auto *role = dialog->findChild<QComboBox *>(u"memberRoleCombo"_s);
        QVERIFY(role);
        QCOMPARE(dialog->role(), Role::Member);
        QCOMPARE(role->count(), 3);
        for (int i = 0; i < role->count(); ++i) {
            const auto itemRole = static_cast<Role>(role->itemData(i).toInt());
            QCOMPARE(role->itemData(i, Qt::ToolTipRole).toString(),
                     RoleText::description(itemRole));
        }
        auto *note = dialog->findChild<QLabel *>(u"memberInviteNote"_s);
        QVERIFY(note);
        QVERIFY(note->text().contains(u"invitation"_s));
        for (QWidget *widget : dialog->findChildren<QWidget *>()) {
            // InlineStatus names its own children (common/, not this area).
            if (widget->focusPolicy() != Qt::NoFocus && !widget->objectName().isEmpty() &&
                !widget->objectName().startsWith(u"qt_"_s) &&
                !widget->objectName().startsWith(u"addMemberStatus"_s)) {
                QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
            }
        }
    }

    void addEnabledOnlyForPlausibleEmail()
    {
        auto dialog = makeDialog();
        auto *add = dialog->findChild<QPushButton *>(u"addMemberConfirmButton"_s);
        auto *hint = dialog->findChild<QLabel *>(u"memberEmailHint"_s);
        QVERIFY(add && hint);
        QVERIFY(!add->isEnabled());
        QTest::keyClicks(emailEdit(dialog.get()), u"jane"_s);
        QVERIFY(!add->isEnabled());
        QVERIFY(hint->isVisible());
        QVERIFY(hint->text().contains(u"complete email"_s));
        QTest::keyClicks(emailEdit(dialog.get()), u"@"_s);
        QVERIFY(!add->isEnabled());
        QVERIFY(hint->text().contains(u"like jane@example.com"_s));
        QTest::keyClicks(emailEdit(dialog.get()), u"example.com"_s);
        QVERIFY(add->isEnabled());
        QVERIFY(!hint->isVisible());
        // Pressing Add for something implausible sends nothing.
        emailEdit(dialog.get())->setText(u"not an email"_s);
        QVERIFY(!add->isEnabled());
        QSignalSpy added(dialog.get(), &AddMemberDialog::memberAdded);
        dialog->submit();
        QVERIFY(dialog->isVisible());
        QCOMPARE(added.count(), 0);
    }

    void searchSuggestsUsers()
    {
        auto dialog = makeDialog();
        QAbstractItemModelTester tester(dialog->suggestions(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QLineEdit *edit = emailEdit(dialog.get());
        edit->setFocus();
        QTest::keyClicks(edit, u"ander"_s);
        QTRY_COMPARE(dialog->suggestions()->rowCount(), 1);
        const QModelIndex first = dialog->suggestions()->index(0, 0);
        QCOMPARE(first.data(Qt::DisplayRole).toString(), u"Alice Anders <%1>"_s.arg(m_aliceEmail));
        QCOMPARE(first.data(Qt::EditRole).toString(), m_aliceEmail);

        // Typing on replaces the suggestions with the newest search's answer.
        edit->selectAll();
        QTest::keyClicks(edit, u"builder"_s);
        QTRY_VERIFY(dialog->suggestions()->rowCount() == 1 &&
                    dialog->suggestions()->users().first().email == m_bobEmail);

        // Picking the suggestion from the popup writes the email.
        QAbstractItemView *popup = dialog->completer()->popup();
        QTRY_VERIFY(popup->isVisible());
        popup->setCurrentIndex(dialog->completer()->completionModel()->index(0, 0));
        QTest::keyClick(popup, Qt::Key_Return);
        QCOMPARE(edit->text(), m_bobEmail);
        // The Enter that picked the suggestion did not add yet.
        QVERIFY(dialog->isVisible());
        QVERIFY(!dialog->findChild<InlineStatus *>(u"addMemberStatus"_s)->isBusy());
        QVERIFY(dialog->findChild<QPushButton *>(u"addMemberConfirmButton"_s)->isEnabled());
        QVERIFY(!serverRole(m_bobEmail));

        // One character is too little to search.
        edit->clear();
        QTest::keyClicks(edit, u"a"_s);
        QTRY_COMPARE(dialog->suggestions()->rowCount(), 0);

        // Enter in the field presses Add (the default button).
        edit->setText(m_bobEmail);
        QSignalSpy added(dialog.get(), &AddMemberDialog::memberAdded);
        QTest::keyClick(edit, Qt::Key_Return);
        QTRY_COMPARE(added.count(), 1);
        QCOMPARE(serverRole(m_bobEmail), std::optional<Role>(Role::Member));
    }

    void staleSearchAnswersAreIgnored()
    {
        auto dialog = makeDialog();
        dialog->setSearchDelay(0);
        auto *network = m_admin->findChild<QNetworkAccessManager *>();
        QVERIFY(network);
        QSignalSpy finished(network, &QNetworkAccessManager::finished);
        QLineEdit *edit = emailEdit(dialog.get());
        edit->setFocus();
        QTest::keyClicks(edit, u"anders"_s);
        // Runs the zero-delay search timer: the "anders" search is now in flight.
        QCoreApplication::processEvents();
        edit->selectAll();
        QTest::keyClicks(edit, u"builder"_s);
        QTRY_COMPARE(finished.count(), 2);
        // Both answers arrived, whatever their order: only the newest counts.
        QCOMPARE(dialog->suggestions()->rowCount(), 1);
        QCOMPARE(dialog->suggestions()->users().first().email, m_bobEmail);
    }

    void addExistingUser()
    {
        auto dialog = makeDialog();
        QSignalSpy added(dialog.get(), &AddMemberDialog::memberAdded);
        QTest::keyClicks(emailEdit(dialog.get()), m_aliceEmail);
        auto *role = dialog->findChild<QComboBox *>(u"memberRoleCombo"_s);
        role->setCurrentIndex(role->findData(static_cast<int>(Role::Viewer)));
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"addMemberConfirmButton"_s),
                          Qt::LeftButton);
        QTRY_COMPARE(added.count(), 1);
        const auto addition = added.first().first().value<MemberAddition>();
        QCOMPARE(addition.status, MemberAddition::Status::Added);
        QCOMPARE(addition.email, m_aliceEmail);
        QCOMPARE(dialog->result(), int(QDialog::Accepted));
        QVERIFY(!dialog->isVisible());
        QCOMPARE(serverRole(m_aliceEmail), std::optional<Role>(Role::Viewer));
    }

    void addUnknownEmailInvites()
    {
        auto dialog = makeDialog();
        QSignalSpy added(dialog.get(), &AddMemberDialog::memberAdded);
        QTest::keyClicks(emailEdit(dialog.get()), u"nobody.yet@example.com"_s);
        dialog->submit();
        QTRY_COMPARE(added.count(), 1);
        const auto addition = added.first().first().value<MemberAddition>();
        QCOMPARE(addition.status, MemberAddition::Status::Invited);
        QCOMPARE(addition.email, u"nobody.yet@example.com"_s);
        QCOMPARE(serverRole(u"nobody.yet@example.com"_s), std::nullopt);
    }

    void duplicateKeepsDialogOpen()
    {
        auto dialog = makeDialog();
        QSignalSpy added(dialog.get(), &AddMemberDialog::memberAdded);
        QTest::keyClicks(emailEdit(dialog.get()), m_adminEmail);
        auto *role = dialog->findChild<QComboBox *>(u"memberRoleCombo"_s);
        role->setCurrentIndex(role->findData(static_cast<int>(Role::Admin)));
        auto *add = dialog->findChild<QPushButton *>(u"addMemberConfirmButton"_s);
        QTest::mouseClick(add, Qt::LeftButton);
        auto *status = dialog->findChild<InlineStatus *>(u"addMemberStatus"_s);
        QVERIFY(status);
        QTRY_VERIFY(status->hasError());
        QVERIFY2(status->text().contains(u"already a member"_s), qPrintable(status->text()));
        QVERIFY(dialog->isVisible());
        QCOMPARE(added.count(), 0);
        QCOMPARE(emailEdit(dialog.get())->text(), m_adminEmail);
        QCOMPARE(dialog->role(), Role::Admin);
        // Retry is pressing Add again: it is enabled once the request ended.
        QVERIFY(add->isEnabled());
    }
};

QTEST_MAIN(TestAddMemberDialog)
#include "tst_addmemberdialog.moc"
