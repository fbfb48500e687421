// SPDX-License-Identifier: GPL-3.0-or-later
// Never surprised by an expiry, end to end: the whole app (AppController)
// against a demo keyward-server with a real keychain. After login the
// summary says what expires; the review lists every administered token and
// filters it; a token that comes into its reminder window while the app runs
// is announced (in the window: offscreen has no system tray); Rotate opens
// the wizard on the right server; logging out closes the review.
#include "apiawait.h"
#include "serverprocess.h"
#include "widgetlookup.h"

#include "appcontroller.h"
#include "expiry/expirypage.h"
#include "expirycoordinator.h"
#include "expiryreview/expiryreviewwindow.h"
#include "main/mainwindow.h"
#include "main/nodepage.h"
#include "reminders/expirysummarybar.h"
#include "reminders/reminderplanner.h"
#include "reminders/remindertray.h"
#include "rotation/rotationwizard.h"
#include "session/sessionmanager.h"
#include "tokens/tokenspanel.h"

#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace keyward;
using keyward::test::await;
using keyward::test::visibleTopLevel;

namespace {

constexpr int Timeout = 30000;
const QString DemoEmail = u"demo@keyward.example"_s;
const QString DemoPassword = u"keyward-demo"_s;

} // namespace

class TestExpiryFlow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.start({u"--demo"_s}), qPrintable(m_server.lastError()));
        m_direct = test::loggedInClient(m_server, DemoEmail, DemoPassword, false);
        QVERIFY(m_direct);
    }

    void summaryReviewRemindersAndRotation()
    {
        QSettings settings(m_settingsDir.filePath(u"keyward.conf"_s), QSettings::IniFormat);
        AppController controller(&settings, u"keyward-expiryflow"_s);
        AppController::StartOptions options;
        options.serverUrl = m_server.baseUrl();
        options.email = DemoEmail;
        options.password = DemoPassword;
        options.autoLogin = true;
        QVERIFY(controller.start(options));
        MainWindow *window = controller.mainWindow();
        QTRY_VERIFY_WITH_TIMEOUT(window->isVisible(), Timeout);
        ExpiryCoordinator *expiry = controller.expiry();

        // What the server says the demo account administers.
        const auto tokens = await<Page<Token>>(
            [&](ApiCallback<Page<Token>> done) { m_direct->userTokens({}, m_direct.get(), done); });
        QVERIFY2(tokens, qPrintable(test::describe(tokens)));
        QList<ExpiryRecord> serverRecords;
        for (const Token &token : tokens->items) {
            serverRecords.append(ExpiryRecord{{}, {}, Environment::Development, {}, {}, token});
        }
        const ExpirySummary expected =
            ReminderPlanner::summarize(serverRecords, QDateTime::currentDateTimeUtc(),
                                       [](const ExpiryRecord &) { return std::nullopt; });
        QVERIFY2(expected.expired > 0 && expected.within7Days > 0,
                 "the demo data has tokens in every band");

        // 1. After login: the non-modal summary, with the server's counts.
        ExpirySummaryBar *bar = window->expirySummaryBar();
        QTRY_VERIFY_WITH_TIMEOUT(bar->isVisible(), Timeout);
        QCOMPARE(bar->text(), expected.text());
        QCOMPARE(expiry->records().size(), tokens->items.size());
        QVERIFY(!bar->hasFocus());

        // 2. The review lists every token; search and filters narrow it.
        QTest::mouseClick(bar->findChild<QPushButton *>(u"expirySummaryReviewButton"_s),
                          Qt::LeftButton);
        ExpiryReviewWindow *review = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            (review = visibleTopLevel<ExpiryReviewWindow>(u"expiryReviewWindow"_s)), Timeout);
        auto *table = review->findChild<QAbstractItemView *>(u"expiryTable"_s);
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), tokens->items.size(), Timeout);
        QTest::keyClicks(review->findChild<QLineEdit *>(u"expirySearchEdit"_s), u"legacy"_s);
        QTRY_COMPARE(table->model()->rowCount(), 1);
        review->findChild<QLineEdit *>(u"expirySearchEdit"_s)->clear();
        auto *filter = review->findChild<QComboBox *>(u"expiryFilterCombo"_s);
        for (int i = 0; i < filter->count(); ++i) {
            if (filter->itemText(i).contains(u"Expired"_s)) {
                filter->setCurrentIndex(i);
            }
        }
        QTRY_COMPARE(table->model()->rowCount(), expected.expired);
        filter->setCurrentIndex(0);

        // 3. A token that comes into its reminder range while the app runs
        //    is announced; offscreen there is no tray, so the
        //    window's bar says it.
        QVERIFY(!ReminderTray::isAvailable());
        CreateTokenRequest request;
        request.description = u"fresh exporter"_s;
        request.expires = QDateTime::currentDateTimeUtc().addDays(2);
        const auto created = await<Token>([&](ApiCallback<Token> done) {
            m_direct->createToken(Owner::ofTeam(u"globex"_s, u"ops"_s), request, m_direct.get(),
                                  done);
        });
        QVERIFY2(created, qPrintable(test::describe(created)));
        QSignalSpy updated(expiry, &ExpiryCoordinator::recordsUpdated);
        expiry->setCheckInterval(200);
        QTRY_VERIFY_WITH_TIMEOUT(updated.size() >= 1, Timeout);
        expiry->setCheckInterval(ExpiryCoordinator::defaultCheckIntervalMs);
        QTRY_VERIFY_WITH_TIMEOUT(bar->text().contains(u"fresh exporter"_s), Timeout);
        QVERIFY2(!bar->text().contains(u"legacy importer"_s),
                 "reminders already covered by the summary are not repeated");

        // 4. Rotate… on the new token opens the wizard for it, on this server.
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), tokens->items.size() + 1, Timeout);
        auto *page = review->page();
        QString createdKey;
        for (const ExpiryRecord &record : expiry->records()) {
            if (record.token.id == created->id) {
                createdKey = record.key();
            }
        }
        QVERIFY(page->selectKey(createdKey));
        QTest::mouseClick(review->findChild<QPushButton *>(u"expiryRotateButton"_s),
                          Qt::LeftButton);
        RotationWizard *wizard = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((wizard = visibleTopLevel<RotationWizard>(u"rotationWizard"_s)),
                                 Timeout);
        QCOMPARE(wizard->api(), controller.api());
        wizard->reject();

        // Enter on the row opens the token in the main window: its team,
        // the Tokens tab, the token selected.
        table->setFocus();
        QTest::keyClick(table, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(window->currentPage() == window->teamPage() &&
                                     window->teamPage()->context().team == u"ops"_s &&
                                     window->teamPage()->context().organization == u"globex"_s,
                                 Timeout);
        NodePage *teamPage = window->teamPage();
        QCOMPARE(teamPage->tabs()->currentWidget(),
                 static_cast<QWidget *>(teamPage->tokensPanel()));
        auto *tokensView = teamPage->findChild<QAbstractItemView *>(u"tokensView"_s);
        QTRY_VERIFY_WITH_TIMEOUT(tokensView->currentIndex().isValid(), Timeout);
        const QModelIndex current = tokensView->currentIndex();
        QString selectedText;
        for (int column = 0; column < tokensView->model()->columnCount(); ++column) {
            selectedText += current.siblingAtColumn(column).data().toString() + u' ';
        }
        QVERIFY2(selectedText.contains(u"fresh exporter"_s), qPrintable(selectedText));

        // 5. Logging out closes the review and stops collecting.
        controller.session()->logOut();
        QTRY_VERIFY_WITH_TIMEOUT(!visibleTopLevel<ExpiryReviewWindow>(u"expiryReviewWindow"_s),
                                 Timeout);
        QVERIFY(!bar->isVisible());
    }

private:
    test::ServerProcess m_server;
    std::unique_ptr<ApiClient> m_direct;
    QTemporaryDir m_settingsDir;
};

QTEST_MAIN(TestExpiryFlow)
#include "tst_expiryflow.moc"
