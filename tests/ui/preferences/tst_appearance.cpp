// SPDX-License-Identifier: GPL-3.0-or-later
// applyAppearance(): each scheme sets the palette roles it promises, with
// the contrast it promises (WCAG AA for dark, 7:1 for high contrast), and
// "system" restores the start-up look.
#include "common/appearance.h"
#include "common/inlinestatus.h"

#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace keyward;

namespace {

struct Pair
{
    QPalette::ColorRole foreground;
    QPalette::ColorRole background;
    const char *name;
};

const Pair textPairs[] = {
    {QPalette::WindowText, QPalette::Window, "WindowText/Window"},
    {QPalette::Text, QPalette::Base, "Text/Base"},
    {QPalette::Text, QPalette::AlternateBase, "Text/AlternateBase"},
    {QPalette::ButtonText, QPalette::Button, "ButtonText/Button"},
    {QPalette::HighlightedText, QPalette::Highlight, "HighlightedText/Highlight"},
    {QPalette::ToolTipText, QPalette::ToolTipBase, "ToolTipText/ToolTipBase"},
    {QPalette::PlaceholderText, QPalette::Base, "PlaceholderText/Base"},
    {QPalette::PlaceholderText, QPalette::Window, "PlaceholderText/Window"},
    {QPalette::Link, QPalette::Base, "Link/Base"},
};

} // namespace

class TestAppearance final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void contrast_data()
    {
        QTest::addColumn<QString>("scheme");
        QTest::addColumn<double>("minimum");
        QTest::newRow("dark") << u"dark"_s << 4.5;
        QTest::newRow("high-contrast") << u"high-contrast"_s << 7.0;
    }

    void contrast()
    {
        QFETCH(QString, scheme);
        QFETCH(double, minimum);
        const QPalette palette = appearance::palette(scheme);
        for (const auto group : {QPalette::Active, QPalette::Inactive}) {
            for (const Pair &pair : textPairs) {
                const double ratio = appearance::contrastRatio(
                    palette.color(group, pair.foreground), palette.color(group, pair.background));
                QVERIFY2(ratio >= minimum,
                         qPrintable(u"%1: %2:1"_s.arg(QString::fromLatin1(pair.name)).arg(ratio)));
            }
        }
        // Disabled text stays legible (AA) and still differs from enabled text.
        const double disabled =
            appearance::contrastRatio(palette.color(QPalette::Disabled, QPalette::ButtonText),
                                      palette.color(QPalette::Disabled, QPalette::Button));
        QVERIFY2(disabled >= 4.5, qPrintable(QString::number(disabled)));
        QVERIFY(palette.color(QPalette::Disabled, QPalette::Text) !=
                palette.color(QPalette::Active, QPalette::Text));
        // A selected row of items that are not enabled is still readable.
        const double disabledSelection =
            appearance::contrastRatio(palette.color(QPalette::Disabled, QPalette::HighlightedText),
                                      palette.color(QPalette::Disabled, QPalette::Highlight));
        QVERIFY2(disabledSelection >= 4.5, qPrintable(QString::number(disabledSelection)));
    }

    void contrastRatioMatchesWcag()
    {
        QCOMPARE(qRound(appearance::contrastRatio(Qt::black, Qt::white)), 21);
        QCOMPARE(appearance::contrastRatio(Qt::white, Qt::white), 1.0);
        // #767676 on white is the classic 4.54:1.
        QVERIFY(qAbs(appearance::contrastRatio(QColor(0x76, 0x76, 0x76), Qt::white) - 4.54) < 0.01);
    }

    void applySetsPaletteAndStyle()
    {
        const QString startStyle = QApplication::style()->name();
        const QColor startWindow = QApplication::palette().color(QPalette::Window);
        QPushButton button(u"Probe"_s);
        button.show();

        applyAppearance(*qApp, u"dark"_s);
        QCOMPARE(QApplication::style()->name().toLower(), u"fusion"_s);
        const QPalette dark = appearance::palette(u"dark"_s);
        for (const auto role :
             {QPalette::Window, QPalette::WindowText, QPalette::Base, QPalette::Text,
              QPalette::Button, QPalette::ButtonText, QPalette::Highlight,
              QPalette::HighlightedText, QPalette::PlaceholderText, QPalette::Link}) {
            QCOMPARE(QApplication::palette().color(role), dark.color(role));
        }
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 80);
        // Existing widgets follow at once.
        QTRY_COMPARE(button.palette().color(QPalette::ButtonText),
                     dark.color(QPalette::ButtonText));

        applyAppearance(*qApp, u"high-contrast"_s);
        QCOMPARE(QApplication::palette().color(QPalette::Window), QColor(Qt::black));
        QCOMPARE(QApplication::palette().color(QPalette::WindowText), QColor(Qt::white));
        QCOMPARE(QApplication::palette().color(QPalette::Highlight), QColor(Qt::yellow));
        QCOMPARE(QApplication::palette().color(QPalette::HighlightedText), QColor(Qt::black));
        QCOMPARE(QApplication::style()->objectName(), u"keywardHighContrastStyle"_s);
        // Focus is drawn: the focus ring uses the highlight, which stands
        // out from the window.
        QVERIFY(appearance::contrastRatio(QApplication::palette().color(QPalette::Highlight),
                                          QApplication::palette().color(QPalette::Window)) >= 7.0);

        applyAppearance(*qApp, u"light"_s);
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() > 180);
        QVERIFY(appearance::contrastRatio(QApplication::palette().color(QPalette::Text),
                                          QApplication::palette().color(QPalette::Base)) >= 4.5);

        applyAppearance(*qApp, u"system"_s);
        QCOMPARE(QApplication::style()->name(), startStyle);
        QCOMPARE(QApplication::palette().color(QPalette::Window), startWindow);
    }

    void messagesOnScreenFollowASchemeSwitch()
    {
        // An error shown before the switch must not keep the light scheme's
        // dark red on the dark window (nor anything else of the old palette).
        InlineStatus status;
        status.show();
        applyAppearance(*qApp, u"light"_s);
        status.showError(u"The server refused the connection."_s);
        auto *message = status.findChild<QLabel *>(u"statusMessage"_s);
        QVERIFY(message);
        const QColor onLight = message->palette().color(QPalette::WindowText);
        QCOMPARE(onLight, InlineStatus::errorColour(QApplication::palette()));

        applyAppearance(*qApp, u"dark"_s);
        QTRY_COMPARE(message->palette().color(QPalette::WindowText),
                     InlineStatus::errorColour(QApplication::palette()));
        QVERIFY(message->palette().color(QPalette::WindowText) != onLight);
        QCOMPARE(message->palette().color(QPalette::Window),
                 QApplication::palette().color(QPalette::Window));
        QVERIFY(appearance::contrastRatio(message->palette().color(QPalette::WindowText),
                                          QApplication::palette().color(QPalette::Window)) >= 4.5);

        status.showInfo(u"Loaded."_s);
        QCOMPARE(message->palette().color(QPalette::WindowText),
                 QApplication::palette().color(QPalette::WindowText));
        applyAppearance(*qApp, u"system"_s);
    }

    void systemFirstChangesNothing()
    {
        // Runs after the others only in name: "system" with no earlier
        // switch is what every start without a preference does.
        const QString style = QApplication::style()->name();
        applyAppearance(*qApp, u"system"_s);
        applyAppearance(*qApp, u"no-such-scheme"_s);
        QCOMPARE(QApplication::style()->name(), style);
    }
};

QTEST_MAIN(TestAppearance)
#include "tst_appearance.moc"
