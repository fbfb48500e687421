// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeline/timelineaxis.h"
#include "timeline/timelinemarker.h"
#include "timeline/timelineview.h"

#include <QApplication>
#include <QFontMetrics>
#include <QHelpEvent>
#include <QImage>
#include <QLocale>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QToolTip>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace keyward;

namespace {

const QDateTime fixedNow(QDate(2026, 6, 15), QTime(12, 0), Qt::UTC);

ExpiryState stateFor(int days)
{
    if (days < 0)
        return ExpiryState::Expired;
    if (days <= 7)
        return ExpiryState::ExpiresWithin7Days;
    if (days <= 30)
        return ExpiryState::ExpiresWithin30Days;
    return ExpiryState::ExpiresLater;
}

TimelineItem item(const QString &key, const QString &group, double days)
{
    const QDateTime when = fixedNow.addMSecs(qint64(days * 24 * 3600 * 1000));
    return {
        key, group, u"token "_s + key, when, stateFor(int(std::floor(days))), u"tip for "_s + key};
}

int colourDistance(QRgb a, const QColor &b)
{
    return std::abs(qRed(a) - b.red()) + std::abs(qGreen(a) - b.green()) +
           std::abs(qBlue(a) - b.blue());
}

} // namespace

class TestTimelineView final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TimelineView> makeView(QList<TimelineItem> items)
    {
        auto view = std::make_unique<TimelineView>();
        view->setClock([] { return fixedNow; });
        view->resize(600, 220);
        view->setItems(std::move(items));
        view->show();
        return view;
    }

private Q_SLOTS:
    void lanesAndTimeOrder()
    {
        auto view = makeView({item(u"b2"_s, u"Beta"_s, 40), item(u"a1"_s, u"Alpha"_s, 2),
                              item(u"a3"_s, u"Alpha"_s, 80), item(u"a2"_s, u"Alpha"_s, 20),
                              item(u"b1"_s, u"Beta"_s, -3)});
        QCOMPARE(view->laneNames(), (QStringList{u"Alpha"_s, u"Beta"_s}));
        const QPoint a1 = view->markerPosition(u"a1"_s);
        const QPoint a2 = view->markerPosition(u"a2"_s);
        const QPoint a3 = view->markerPosition(u"a3"_s);
        const QPoint b1 = view->markerPosition(u"b1"_s);
        const QPoint b2 = view->markerPosition(u"b2"_s);
        for (const QPoint &p : {a1, a2, a3, b1, b2})
            QVERIFY(!p.isNull() && view->rect().contains(p));
        QVERIFY(a1.x() < a2.x());
        QVERIFY(a2.x() < a3.x());
        QVERIFY(b1.x() < b2.x());
        QCOMPARE(a1.y(), a3.y());
        QCOMPARE(b1.y(), b2.y());
        QVERIFY(a1.y() < b1.y());
        // Linear in time: 20 - 2 days is 18/60 of 80 - 20... compare ratios.
        const double ratio = double(a2.x() - a1.x()) / double(a3.x() - a2.x());
        QVERIFY2(std::abs(ratio - 18.0 / 60.0) < 0.05, qPrintable(QString::number(ratio)));
        QVERIFY(b1.x() < view->todayLineX());
        QVERIFY(a1.x() > view->todayLineX());
        QVERIFY(view->markerPosition(u"missing"_s).isNull());
    }

    void todayLineFollowsInjectedClock()
    {
        auto view = makeView({item(u"now"_s, u"G"_s, 0), item(u"later"_s, u"G"_s, 60)});
        QCOMPARE(view->markerPosition(u"now"_s).x(), view->todayLineX());
        // Thirty days later the first token lies before the range (which
        // starts a week before today) and the second one is 30 days ahead.
        view->setClock([] { return fixedNow.addDays(30); });
        QVERIFY(view->markerPosition(u"now"_s).isNull());
        QVERIFY(view->markerPosition(u"later"_s).x() > view->todayLineX());
        QCOMPARE(view->earlierCount(u"G"_s), 1);
        // With "All" the axis is fixed by the items, so today moves.
        view->setRange(TimelineView::Range::All);
        QVERIFY(view->todayLineX() > view->markerPosition(u"now"_s).x());
        QVERIFY(view->todayLineX() < view->markerPosition(u"later"_s).x());
    }

    void rangeSwitchShowsEarlierAndLaterCounts()
    {
        auto view = makeView({item(u"old"_s, u"G"_s, -100), item(u"soon"_s, u"G"_s, 10),
                              item(u"mid"_s, u"G"_s, 200), item(u"far"_s, u"G"_s, 900),
                              item(u"recent"_s, u"G"_s, -2)});
        QCOMPARE(view->range(), TimelineView::Range::Next90Days);
        QVERIFY(!view->markerPosition(u"soon"_s).isNull());
        QVERIFY(!view->markerPosition(u"recent"_s).isNull());
        QVERIFY(view->markerPosition(u"mid"_s).isNull());
        QVERIFY(view->markerPosition(u"far"_s).isNull());
        QVERIFY(view->markerPosition(u"old"_s).isNull());
        QCOMPARE(view->earlierCount(u"G"_s), 1);
        QCOMPARE(view->laterCount(u"G"_s), 2);
        QVERIFY2(view->accessibleDescription().contains(u"1 token expires in the next 90 days"_s),
                 qPrintable(view->accessibleDescription()));
        QVERIFY(view->accessibleDescription().contains(u"2 later than the range"_s));
        QVERIFY(view->accessibleDescription().contains(u"1 earlier than the range"_s));

        view->setRange(TimelineView::Range::NextYear);
        QVERIFY(!view->markerPosition(u"mid"_s).isNull());
        QVERIFY(view->markerPosition(u"far"_s).isNull());
        QCOMPARE(view->laterCount(u"G"_s), 1);
        QVERIFY(view->accessibleDescription().contains(u"2 tokens expire in the next year"_s));

        view->setRange(TimelineView::Range::All);
        for (const QString &key : {u"old"_s, u"soon"_s, u"mid"_s, u"far"_s, u"recent"_s})
            QVERIFY2(!view->markerPosition(key).isNull(), qPrintable(key));
        QCOMPARE(view->earlierCount(u"G"_s), 0);
        QCOMPARE(view->laterCount(u"G"_s), 0);
        QVERIFY(view->markerPosition(u"old"_s).x() < view->markerPosition(u"far"_s).x());
    }

    void clickSelectsAndKeyboardMoves()
    {
        auto view = makeView({item(u"a1"_s, u"Alpha"_s, 5), item(u"a2"_s, u"Alpha"_s, 30),
                              item(u"a3"_s, u"Alpha"_s, 60), item(u"b1"_s, u"Beta"_s, 28)});
        QVERIFY(QTest::qWaitForWindowExposed(view.get()));
        QSignalSpy spy(view.get(), &TimelineView::itemActivated);
        QTest::mouseClick(view.get(), Qt::LeftButton, {}, view->markerPosition(u"a2"_s));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.takeFirst().at(0).toString(), u"a2"_s);
        QCOMPARE(view->selectedKey(), u"a2"_s);
        QVERIFY(view->hasFocus());

        QTest::keyClick(view.get(), Qt::Key_Right);
        QCOMPARE(view->selectedKey(), u"a3"_s);
        QCOMPARE(spy.takeFirst().at(0).toString(), u"a3"_s);
        QTest::keyClick(view.get(), Qt::Key_Right); // last in lane: stays
        QCOMPARE(view->selectedKey(), u"a3"_s);
        QCOMPARE(spy.count(), 0);
        QTest::keyClick(view.get(), Qt::Key_Left);
        QTest::keyClick(view.get(), Qt::Key_Left);
        QCOMPARE(view->selectedKey(), u"a1"_s);
        QTest::keyClick(view.get(), Qt::Key_Down);
        QCOMPARE(view->selectedKey(), u"b1"_s);
        QTest::keyClick(view.get(), Qt::Key_Up); // nearest in time to day 28: a2
        QCOMPARE(view->selectedKey(), u"a2"_s);
        QCOMPARE(spy.count(), 4);

        // Clicking empty plot space keeps the selection.
        const QPoint a1 = view->markerPosition(u"a1"_s);
        const QPoint a2 = view->markerPosition(u"a2"_s);
        QTest::mouseClick(view.get(), Qt::LeftButton, {}, QPoint((a1.x() + a2.x()) / 2, a1.y()));
        QCOMPARE(view->selectedKey(), u"a2"_s);
        QCOMPARE(spy.count(), 4);

        view->setSelectedKey(u"b1"_s); // programmatic: no signal
        QCOMPARE(view->selectedKey(), u"b1"_s);
        QCOMPARE(spy.count(), 4);
        QVERIFY(!view->accessibleName().isEmpty());
        QCOMPARE(view->focusPolicy(), Qt::StrongFocus);
    }

    void toolTipNamesItemOrCount()
    {
        QList<TimelineItem> items{item(u"solo"_s, u"G"_s, 50)};
        for (int i = 0; i < 7; ++i)
            items.append(item(u"dense%1"_s.arg(i), u"G"_s, 10));
        auto view = makeView(items);
        QVERIFY(QTest::qWaitForWindowExposed(view.get()));
        const QPoint solo = view->markerPosition(u"solo"_s);
        QHelpEvent soloHelp(QEvent::ToolTip, solo, view->mapToGlobal(solo));
        QApplication::sendEvent(view.get(), &soloHelp);
        QTRY_COMPARE(QToolTip::text(), u"tip for solo"_s);
        const QPoint dense = view->markerPosition(u"dense0"_s);
        QHelpEvent denseHelp(QEvent::ToolTip, dense, view->mapToGlobal(dense));
        QApplication::sendEvent(view.get(), &denseHelp);
        QTRY_VERIFY2(QToolTip::text().startsWith(u"7 tokens"_s), qPrintable(QToolTip::text()));
        QVERIFY(QToolTip::text().contains(u"token dense0"_s));
        QVERIFY(QToolTip::text().contains(u"and 2 more"_s));
        QCOMPARE(view->collapsedCounts(u"G"_s), QList<int>{7});
    }

    void hundredThousandItemsCollapse()
    {
        QList<TimelineItem> items;
        items.reserve(100000);
        QRandomGenerator random(42);
        for (int i = 0; i < 99500; ++i) {
            const double days = random.bounded(500.0) - 50.0;
            items.append(item(u"k%1"_s.arg(i), u"Lane %1"_s.arg(i % 8), days));
        }
        for (int i = 0; i < 500; ++i)
            items.append(item(u"d%1"_s.arg(i), u"Dense"_s, 3.0));
        auto view = makeView(std::move(items));
        QImage image(view->size(), QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        view->render(&image);
        QCOMPARE(view->collapsedCounts(u"Dense"_s), QList<int>{500});
        const QList<int> counts = view->collapsedCounts(u"Lane 0"_s);
        QVERIFY(!counts.isEmpty());
        QVERIFY(*std::max_element(counts.cbegin(), counts.cend()) > 10);
        int shown = 0;
        for (int c : counts)
            shown += c;
        const int outside = view->earlierCount(u"Lane 0"_s) + view->laterCount(u"Lane 0"_s);
        QVERIFY(shown + outside <= 99500 / 8 + 1);
        QVERIFY(view->laterCount(u"Lane 0"_s) > 0);
        QVERIFY(view->earlierCount(u"Lane 0"_s) > 0);
        QVERIFY(!view->markerPosition(u"d0"_s).isNull());
    }

    void axisLabelsUseThePaletteTextColour()
    {
        const QColor khaki(240, 230, 140);
        auto countAxisPixels = [](TimelineView &view, const QColor &colour) {
            QImage image(view.size(), QImage::Format_RGB32);
            view.render(&image);
            const int today = view.todayLineX();
            const int axisBottom = view.markerPosition(u"x"_s).y() - 20;
            int count = 0;
            for (int y = 0; y < axisBottom; ++y) {
                for (int x = 0; x < image.width(); ++x) {
                    if (std::abs(x - today) > 40 && colourDistance(image.pixel(x, y), colour) < 40)
                        ++count;
                }
            }
            return count;
        };
        auto view = makeView({item(u"x"_s, u"G"_s, 20)});
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x20, 0x21, 0x24));
        dark.setColor(QPalette::Base, QColor(0x2b, 0x2b, 0x2b));
        dark.setColor(QPalette::AlternateBase, QColor(0x33, 0x33, 0x33));
        dark.setColor(QPalette::WindowText, khaki);
        dark.setColor(QPalette::Text, khaki);
        dark.setColor(QPalette::Mid, QColor(0x55, 0x55, 0x55));
        view->setPalette(dark);
        QCOMPARE(view->axisTextColour(), khaki);
        QVERIFY2(countAxisPixels(*view, khaki) > 10,
                 qPrintable(QString::number(countAxisPixels(*view, khaki))));

        QPalette light;
        light.setColor(QPalette::Window, Qt::white);
        light.setColor(QPalette::Base, Qt::white);
        light.setColor(QPalette::WindowText, Qt::black);
        light.setColor(QPalette::Text, Qt::black);
        view->setPalette(light);
        QCOMPARE(countAxisPixels(*view, khaki), 0);
        QVERIFY(countAxisPixels(*view, Qt::black) > 10);
    }

    void scrollsToSelectedLane()
    {
        QList<TimelineItem> items;
        for (int lane = 0; lane < 30; ++lane)
            items.append(item(u"t%1"_s.arg(lane), u"Lane %1"_s.arg(lane, 2, 10, QChar(u'0')), 15));
        auto view = makeView(items);
        auto *bar = view->findChild<QScrollBar *>(u"timelineScrollBar"_s);
        QVERIFY(bar);
        QVERIFY(bar->isVisible());
        QVERIFY(!view->markerPosition(u"t0"_s).isNull());
        QVERIFY(view->markerPosition(u"t29"_s).isNull());
        view->setSelectedKey(u"t29"_s);
        QVERIFY(!view->markerPosition(u"t29"_s).isNull());
        QVERIFY(view->markerPosition(u"t0"_s).isNull());
        QCOMPARE(bar->value(), bar->maximum());
    }

    void statesDifferByShapeAndFill()
    {
        using Shape = TimelineMarkerStyle::Shape;
        const auto shape = [](ExpiryState s) {
            return TimelineMarkerStyle::forState(s, false).shape;
        };
        const QList<Shape> shapes{
            shape(ExpiryState::Expired), shape(ExpiryState::ExpiresWithin7Days),
            shape(ExpiryState::ExpiresWithin30Days), shape(ExpiryState::ExpiresLater)};
        for (int i = 0; i < shapes.size(); ++i)
            for (int j = i + 1; j < shapes.size(); ++j)
                QVERIFY(shapes.at(i) != shapes.at(j));
        QCOMPARE(shape(ExpiryState::RotationOverdue), shape(ExpiryState::Expired));
        QVERIFY(TimelineMarkerStyle::forState(ExpiryState::RotationDueWithin7Days, false).hollow);
        QVERIFY(!TimelineMarkerStyle::forState(ExpiryState::ExpiresWithin7Days, false).hollow);
        QCOMPARE(timelineLegend(false, Qt::black).size(), 5);
    }

    void ticksFitAndIncrease()
    {
        const QFontMetrics metrics(QApplication::font());
        const qint64 day = 24LL * 3600 * 1000;
        const qint64 start = fixedNow.toMSecsSinceEpoch();
        for (const qint64 span : {97 * day, 395 * day, 3000 * day}) {
            const QList<TimelineTick> ticks =
                timelineTicks(start, start + span, 450, metrics, QLocale(QLocale::English));
            QVERIFY2(ticks.size() >= 3, qPrintable(QString::number(ticks.size())));
            QVERIFY(ticks.size() <= 20);
            for (int i = 1; i < ticks.size(); ++i) {
                QVERIFY(ticks.at(i).msecs > ticks.at(i - 1).msecs);
                QVERIFY(!ticks.at(i).label.isEmpty());
            }
        }
        QCOMPARE(timelineDayFormat(QLocale(QLocale::German, QLocale::Germany)), u"dd.MM"_s);
        QVERIFY(
            !timelineDayFormat(QLocale(QLocale::English, QLocale::UnitedStates)).contains(u'y'));
    }

    void renderDemo()
    {
        // Writes a PNG for a human to look at when TIMELINE_PNG names a file.
        const QString target = qEnvironmentVariable("TIMELINE_PNG");
        if (target.isEmpty())
            QSKIP("set TIMELINE_PNG=/path.png to write a picture");
        QList<TimelineItem> items;
        const QStringList groups{u"Production · acme / payments"_s, u"Production · acme / search"_s,
                                 u"Staging · acme"_s, u"Development · beta / web"_s,
                                 u"Development · beta / mobile-backend-services"_s};
        const QList<double> days{-5, -1, 2, 6, 12, 25, 29, 45, 70, 85, 120, 300};
        int n = 0;
        for (int g = 0; g < groups.size(); ++g) {
            for (int i = g; i < days.size(); i += 2) {
                TimelineItem it = item(u"demo%1"_s.arg(n++), groups.at(g), days.at(i) + g);
                if (g == 2 && i % 4 == 0)
                    it.state = ExpiryState::RotationDueWithin30Days;
                items.append(it);
            }
        }
        for (int i = 0; i < 40; ++i)
            items.append(item(u"bulk%1"_s.arg(i), groups.at(0), 50.2));
        items.append(item(u"old1"_s, groups.at(1), -40));
        items.append(item(u"old2"_s, groups.at(1), -400));
        if (qEnvironmentVariableIsSet("TIMELINE_BULK")) {
            QRandomGenerator random(7);
            for (int i = 0; i < 100000; ++i)
                items.append(item(u"many%1"_s.arg(i), groups.at(i % groups.size()),
                                  random.bounded(500.0) - 50.0));
        }
        auto view = makeView(items);
        if (qEnvironmentVariableIsSet("TIMELINE_DARK")) {
            QPalette dark;
            dark.setColor(QPalette::Window, QColor(0x20, 0x21, 0x24));
            dark.setColor(QPalette::Base, QColor(0x2b, 0x2b, 0x2b));
            dark.setColor(QPalette::AlternateBase, QColor(0x33, 0x33, 0x33));
            dark.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
            dark.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
            dark.setColor(QPalette::Mid, QColor(0x60, 0x60, 0x60));
            view->setPalette(dark);
        }
        if (qEnvironmentVariableIsSet("TIMELINE_YEAR"))
            view->setRange(TimelineView::Range::NextYear);
        view->resize(640, 260);
        view->setSelectedKey(u"demo3"_s);
        QImage image(view->size(), QImage::Format_RGB32);
        view->render(&image);
        QVERIFY(image.save(target));
    }
};

QTEST_MAIN(TestTimelineView)
#include "tst_timelineview.moc"
