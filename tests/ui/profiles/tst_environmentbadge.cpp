// SPDX-License-Identifier: GPL-3.0-or-later
// EnvironmentBadge: text, accessible name, readable contrast.
#include "profiles/environmentbadge.h"

#include <QTest>

using namespace Qt::StringLiterals;
using keyward::ConnectionProfile;
using keyward::Environment;
using keyward::EnvironmentBadge;

class TestEnvironmentBadge final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void contrast_data()
    {
        QTest::addColumn<QString>("background");
        QTest::addColumn<QColor>("text");
        QTest::newRow("production red") << u"#c62828"_s << QColor(Qt::white);
        QTest::newRow("development green") << u"#2e7d32"_s << QColor(Qt::white);
        QTest::newRow("navy") << u"#0d1b3e"_s << QColor(Qt::white);
        QTest::newRow("black") << u"#000000"_s << QColor(Qt::white);
        QTest::newRow("staging amber") << u"#f9a825"_s << QColor(Qt::black);
        QTest::newRow("pale yellow") << u"#fff59d"_s << QColor(Qt::black);
        QTest::newRow("white") << u"#ffffff"_s << QColor(Qt::black);
        QTest::newRow("light cyan") << u"#80deea"_s << QColor(Qt::black);
    }

    void contrast()
    {
        QFETCH(QString, background);
        QFETCH(QColor, text);
        QCOMPARE(EnvironmentBadge::textColourFor(QColor(background)), text);
    }

    void showsProfile()
    {
        EnvironmentBadge badge;
        QVERIFY(badge.isHidden());
        ConnectionProfile profile;
        profile.name = u"Prod"_s;
        profile.serverUrl = QUrl(u"https://prod.example.com"_s);
        profile.environment = Environment::Production;
        badge.setProfile(profile);
        QCOMPARE(badge.text(), u"PRODUCTION"_s);
        QCOMPARE(badge.accessibleName(), u"Environment: Production"_s);
        QCOMPARE(badge.backgroundColour(),
                 QColor(keyward::defaultEnvironmentColour(Environment::Production)));
        QCOMPARE(badge.textColour(), QColor(Qt::white));
        QVERIFY(!badge.isHidden());

        // A custom colour wins, and the text follows its brightness.
        profile.environment = Environment::Staging;
        profile.colour = u"#ffffcc"_s;
        badge.setProfile(profile);
        QCOMPARE(badge.text(), u"STAGING"_s);
        QCOMPARE(badge.accessibleName(), u"Environment: Staging"_s);
        QCOMPARE(badge.backgroundColour(), QColor(u"#ffffcc"_s));
        QCOMPARE(badge.textColour(), QColor(Qt::black));

        // What it paints: the colour around the edge-free middle and the text colour.
        badge.resize(badge.sizeHint());
        const QImage image = badge.grab().toImage();
        QCOMPARE(image.pixelColor(2, image.height() / 2), QColor(u"#ffffcc"_s));
        bool hasText = false;
        for (int x = 0; x < image.width() && !hasText; ++x) {
            for (int y = 0; y < image.height() && !hasText; ++y) {
                hasText = image.pixelColor(x, y) == QColor(Qt::black);
            }
        }
        QVERIFY(hasText);

        badge.clear();
        QVERIFY(badge.isHidden());
        QVERIFY(badge.text().isEmpty());
    }
};

QTEST_MAIN(TestEnvironmentBadge)
#include "tst_environmentbadge.moc"
