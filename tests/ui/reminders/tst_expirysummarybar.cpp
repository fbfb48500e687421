// SPDX-License-Identifier: GPL-3.0-or-later
// The summary after login: says the counts in words, opens the review on
// request, never blocks, and goes away when dismissed or when all is well.
#include "reminders/expirysummarybar.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace keyward;

class TestExpirySummaryBar final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsTheCountsInWords()
    {
        QWidget window;
        auto *bar = new ExpirySummaryBar(&window);
        window.show();
        QVERIFY(!bar->isVisible()); // nothing to say yet

        bar->showSummary(ExpirySummary{2, 3, 0, 0});
        QVERIFY(bar->isVisible());
        const QString text = bar->findChild<QLabel *>(u"expirySummaryText"_s)->text();
        QVERIFY2(text.contains(u"expired"_s) && text.contains(u"7 days"_s), qPrintable(text));
        QCOMPARE(bar->accessibleDescription(), text);
        QVERIFY(!bar->hasFocus()); // non-modal: it never takes the focus

        bar->showSummary(ExpirySummary{});
        QVERIFY(!bar->isVisible());
    }

    void reviewButtonAndDismiss()
    {
        QWidget window;
        auto *bar = new ExpirySummaryBar(&window);
        window.show();
        bar->showSummary(ExpirySummary{0, 0, 4, 0});
        QSignalSpy review(bar, &ExpirySummaryBar::reviewRequested);
        QTest::mouseClick(bar->findChild<QPushButton *>(u"expirySummaryReviewButton"_s),
                          Qt::LeftButton);
        QCOMPARE(review.size(), 1);
        QVERIFY(bar->isVisible()); // the review opens beside it, the line stays

        QTest::mouseClick(bar->findChild<QToolButton *>(u"expirySummaryDismissButton"_s),
                          Qt::LeftButton);
        QVERIFY(!bar->isVisible());
        QCOMPARE(review.size(), 1);
    }

    void remindersWithoutATray()
    {
        QWidget window;
        auto *bar = new ExpirySummaryBar(&window);
        window.show();
        bar->showReminders(u"2 tokens expire soon"_s,
                           u"a: expires in 2 days\nb: expires in 3 days"_s, false);
        QVERIFY(bar->isVisible());
        QCOMPARE(bar->text(),
                 u"2 tokens expire soon: a: expires in 2 days; b: expires in 3 days"_s);
    }
};

QTEST_MAIN(TestExpirySummaryBar)
#include "tst_expirysummarybar.moc"
