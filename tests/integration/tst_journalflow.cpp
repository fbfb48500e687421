// SPDX-License-Identifier: GPL-3.0-or-later
// The local change journal, end to end: changes made through the app's
// client and a token copied from the tokens panel land in the profile's
// journal, in order, with fingerprints and never a token value; Tools →
// Change Journal… shows them and finds the chain intact.
#include "apiawait.h"
#include "serverprocess.h"
#include "widgetlookup.h"

#include "appcontroller.h"
#include "changerecorder.h"
#include "itemmodels/tokenlistmodel.h"
#include "journal/journaldialog.h"
#include "main/mainwindow.h"
#include "main/nodepage.h"
#include "tokens/tokenspanel.h"

#include <QAbstractItemView>
#include <QAction>
#include <QFile>
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
const QString Email = u"ada@journal.example"_s;
const QString Password = u"a long enough password"_s;
} // namespace

class TestJournalFlow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // The journal lives in the data directory: a throwaway one here.
        qputenv("XDG_DATA_HOME", m_dataDir.path().toUtf8());
        QVERIFY2(m_server.start(), qPrintable(m_server.lastError()));
        QVERIFY(m_server.addUser(Email, Password));
    }

    void changesAndCopiesAreJournaled()
    {
        QSettings settings(m_settingsDir.filePath(u"keyward.conf"_s), QSettings::IniFormat);
        AppController controller(&settings, u"keyward-journalflow"_s);
        AppController::StartOptions options;
        options.serverUrl = m_server.baseUrl();
        options.email = Email;
        options.password = Password;
        options.autoLogin = true;
        QVERIFY(controller.start(options));
        MainWindow *window = controller.mainWindow();
        QTRY_VERIFY_WITH_TIMEOUT(window->isVisible(), Timeout);
        ApiClient *api = controller.api();

        // Changes made through the app's client (as the panels do).
        CreateOrganizationRequest organization{u"journaled"_s, u"ops@journaled.example"_s,
                                               u"https://journaled.example/hook"_s};
        const auto created = await<Organization>([&](ApiCallback<Organization> done) {
            api->createOrganization(organization, this, done);
        });
        QVERIFY2(created, qPrintable(test::describe(created)));
        QVERIFY(await<Team>([&](ApiCallback<Team> done) {
            api->createTeam(u"journaled"_s, u"ops"_s, this, done);
        }));
        CreateTokenRequest request;
        request.description = u"exporter"_s;
        const auto token = await<Token>([&](ApiCallback<Token> done) {
            api->createToken(Owner::ofTeam(u"journaled"_s, u"ops"_s), request, this, done);
        });
        QVERIFY2(token && token->value, qPrintable(test::describe(token)));
        const auto rotated = await<Token>([&](ApiCallback<Token> done) {
            api->rotateToken(Owner::ofTeam(u"journaled"_s, u"ops"_s), token->id, 0, this, done);
        });
        QVERIFY(rotated);

        // A copy from the tokens panel (F5 first: the organization was made
        // behind the tree's back).
        window->refresh();
        window->showToken(u"journaled"_s, u"ops"_s, rotated->id);
        NodePage *page = window->teamPage();
        auto *view = page->findChild<QAbstractItemView *>(u"tokensView"_s);
        QTRY_VERIFY_WITH_TIMEOUT(view->currentIndex().isValid(), Timeout);
        page->tokensPanel()->copySelectedValue();

        const QString profileId = controller.activeProfile().id.toString(QUuid::WithoutBraces);
        const ChangeJournal &journal = controller.journal()->journal();
        QTRY_COMPARE_WITH_TIMEOUT(journal.entries(profileId).size(), 5, Timeout);
        const QList<JournalEntry> entries = journal.entries(profileId);
        QStringList actions;
        for (const JournalEntry &entry : entries) {
            actions << journalActionName(entry.action);
            QCOMPARE(entry.actor, Email);
        }
        // The team's default token and organization creation come in one answer each.
        QCOMPARE(actions, (QStringList{u"organization.create"_s, u"team.create"_s,
                                       u"token.create"_s, u"token.rotate"_s, u"token.copy"_s}));
        QCOMPARE(entries.at(2).target, u"journaled/teams/ops/tokens/%1"_s.arg(token->id));
        QCOMPARE(entries.at(2).fingerprint, TokenListModel::fingerprint(*token->value));
        QCOMPARE(entries.at(4).fingerprint, TokenListModel::fingerprint(*rotated->value));
        QVERIFY(journal.verify(profileId).ok());

        QFile file(journal.filePath(profileId));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY2(!bytes.contains(token->value->toUtf8()), "no token value in the journal");
        QVERIFY2(!bytes.contains(rotated->value->toUtf8()), "no token value in the journal");

        // Tools → Change Journal… shows it, intact.
        window->findChild<QAction *>(u"actionChangeJournal"_s)->trigger();
        JournalDialog *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = visibleTopLevel<JournalDialog>(u"journalDialog"_s)),
                                 Timeout);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->verdict().contains(u"intact"_s), Timeout);
        dialog->close();
    }

private:
    test::ServerProcess m_server;
    QTemporaryDir m_settingsDir;
    QTemporaryDir m_dataDir;
};

QTEST_MAIN(TestJournalFlow)
#include "tst_journalflow.moc"
