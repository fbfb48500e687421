// SPDX-License-Identifier: GPL-3.0-or-later
// The change journal's window: entries newest first, and Verify Journal
// telling an intact chain from an edited one, in words.
#include "journal/changejournal.h"
#include "journal/journaldialog.h"
#include "journal/journalentrymodel.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace keyward;

namespace {

const QString ProfileId = u"5d6b2f2e-7d1c-4b55-9d1c-0a3f4e5b6c7d"_s;

JournalEntry entry(JournalAction action, const QString &target, const QString &detail)
{
    JournalEntry e;
    e.profileId = ProfileId;
    e.serverUrl = u"https://keys.example"_s;
    e.actor = u"ada@acme.example"_s;
    e.action = action;
    e.target = target;
    e.detail = detail;
    return e;
}

} // namespace

class TestJournalDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_journal = std::make_unique<ChangeJournal>(m_dir->filePath(u"journal"_s));
        QVERIFY(m_journal->append(entry(JournalAction::TeamCreate, u"acme/teams/ops"_s, {})));
        QVERIFY(m_journal->append(entry(JournalAction::MemberRole, u"acme/users/bob@acme.example"_s,
                                        u"member → admin"_s)));
        QVERIFY(m_journal->append(entry(JournalAction::TokenRevoke, u"acme/tokens/12"_s, {})));
    }

    void listsNewestFirstAndVerifies()
    {
        JournalDialog dialog(m_journal.get(), ProfileId, u"Production"_s);
        QSignalSpy verified(&dialog, &JournalDialog::verified);
        auto *table = dialog.findChild<QTableView *>(u"journalTable"_s);
        QAbstractItemModelTester tester(table->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_COMPARE(table->model()->rowCount(), 3);
        QCOMPARE(table->model()->index(0, JournalEntryModel::ActionColumn).data().toString(),
                 u"token.revoke"_s);
        QCOMPARE(table->model()->index(2, JournalEntryModel::ActionColumn).data().toString(),
                 u"team.create"_s);
        QTRY_COMPARE(verified.size(), 1);
        QCOMPARE(verified.first().first().toBool(), true);
        QVERIFY2(dialog.verdict().contains(u"intact"_s), qPrintable(dialog.verdict()));
    }

    void anEditedEntryIsReportedWithItsLine()
    {
        // Someone turns the role change into something else by hand.
        QFile file(m_journal->filePath(ProfileId));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray bytes = file.readAll();
        file.close();
        QVERIFY(bytes.contains("member → admin"));
        bytes.replace("member → admin", "member → viewer");
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(bytes);
        file.close();

        JournalDialog dialog(m_journal.get(), ProfileId, u"Production"_s);
        QSignalSpy verified(&dialog, &JournalDialog::verified);
        QTRY_COMPARE(verified.size(), 1);
        QCOMPARE(verified.first().first().toBool(), false);
        QVERIFY2(dialog.verdict().contains(u"line 2"_s), qPrintable(dialog.verdict()));

        // Verify again by the button: the same verdict, no crash, no change.
        QTest::mouseClick(dialog.findChild<QPushButton *>(u"journalVerifyButton"_s),
                          Qt::LeftButton);
        QTRY_COMPARE(verified.size(), 2);
        QCOMPARE(verified.last().first().toBool(), false);
    }

    void anEmptyJournalIsIntact()
    {
        JournalDialog dialog(m_journal.get(), u"no-such-profile"_s, u"Staging"_s);
        QSignalSpy verified(&dialog, &JournalDialog::verified);
        QTRY_COMPARE(verified.size(), 1);
        QCOMPARE(verified.first().first().toBool(), true);
        QCOMPARE(dialog.findChild<QTableView *>(u"journalTable"_s)->model()->rowCount(), 0);
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ChangeJournal> m_journal;
};

QTEST_MAIN(TestJournalDialog)
#include "tst_journaldialog.moc"
