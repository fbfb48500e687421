// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/environment.h"

#include <QTest>

using namespace Qt::StringLiterals;
using keyward::Environment;

class TestEnvironment final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void spellingsRoundTrip()
    {
        for (Environment environment : {Environment::Production, Environment::Staging,
                                        Environment::Development, Environment::Custom}) {
            const QString text = keyward::environmentToString(environment);
            QVERIFY(!text.isEmpty());
            QCOMPARE(keyward::environmentFromString(text), environment);
        }
        QCOMPARE(keyward::environmentToString(Environment::Staging), u"staging"_s);
        QCOMPARE(keyward::environmentFromString(u"Production"_s), std::nullopt);
        QCOMPARE(keyward::environmentFromString(u"prod"_s), std::nullopt);
        QCOMPARE(keyward::environmentFromString(QString()), std::nullopt);
    }

    void displayNames()
    {
        QCOMPARE(keyward::environmentDisplayName(Environment::Production), u"Production"_s);
        QCOMPARE(keyward::environmentDisplayName(Environment::Staging), u"Staging"_s);
        QCOMPARE(keyward::environmentDisplayName(Environment::Development), u"Development"_s);
        QCOMPARE(keyward::environmentDisplayName(Environment::Custom), u"Custom"_s);
    }

    void defaultColours()
    {
        const auto channels = [](Environment environment) {
            const QString colour = keyward::defaultEnvironmentColour(environment);
            const auto channel = [&](int at) {
                return colour.mid(at, 2).toInt(nullptr, 16);
            };
            return std::array<int, 3>{channel(1), channel(3), channel(5)};
        };
        for (Environment environment : {Environment::Production, Environment::Staging,
                                        Environment::Development, Environment::Custom}) {
            QVERIFY(keyward::isValidColour(keyward::defaultEnvironmentColour(environment)));
        }
        // Production is red-ish: red dominates.
        const auto production = channels(Environment::Production);
        QVERIFY(production[0] > 2 * production[1] && production[0] > 2 * production[2]);
        // Staging is amber: strong red and green, little blue.
        const auto staging = channels(Environment::Staging);
        QVERIFY(staging[0] > 200 && staging[1] > 120 && staging[2] < 80);
        // Development is green.
        const auto development = channels(Environment::Development);
        QVERIFY(development[1] > development[0] && development[1] > development[2]);
        // All different.
        QVERIFY(keyward::defaultEnvironmentColour(Environment::Production) !=
                keyward::defaultEnvironmentColour(Environment::Staging));
        QVERIFY(keyward::defaultEnvironmentColour(Environment::Staging) !=
                keyward::defaultEnvironmentColour(Environment::Development));
    }

    void colourSyntax()
    {
        QVERIFY(keyward::isValidColour(u"#1e88E5"_s));
        QVERIFY(!keyward::isValidColour(u"1e88e5"_s));
        QVERIFY(!keyward::isValidColour(u"#1e88e"_s));
        QVERIFY(!keyward::isValidColour(u"#1e88e5f"_s));
        QVERIFY(!keyward::isValidColour(u"#1g88e5"_s));
        QVERIFY(!keyward::isValidColour(u"red"_s));
        QVERIFY(!keyward::isValidColour(QString()));
    }
};

QTEST_GUILESS_MAIN(TestEnvironment)
#include "tst_environment.moc"
