// SPDX-License-Identifier: GPL-3.0-or-later
// Status is never conveyed by colour alone: each coloured state also has
// words (and, where it is a warning, an icon); the environment banner keeps
// readable text on every environment's default colour, in every scheme.
#include "a11yfixture.h"

#include "common/appearance.h"
#include "common/inlinestatus.h"
#include "main/mainwindow.h"
#include "main/offlinebanner.h"
#include "reminders/expirysummarybar.h"

#include <QApplication>
#include <QLabel>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace keyward;

namespace {

bool hasPixmap(const QLabel *label)
{
    return label != nullptr && label->isVisibleTo(label->window()) && !label->pixmap().isNull();
}

} // namespace

class TestStatusNotColourAlone final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void inlineStatusSaysItInWordsAndIcon()
    {
        InlineStatus status;
        status.setObjectNames(u"probe"_s);
        status.show();
        status.showError(u"The server did not answer."_s, [] {});
        QCOMPARE(status.findChild<QLabel *>(u"probeMessage"_s)->text(),
                 u"The server did not answer."_s);
        QVERIFY(hasPixmap(status.findChild<QLabel *>(u"probeIcon"_s)));
        const QImage error = status.findChild<QLabel *>(u"probeIcon"_s)->pixmap().toImage();
        status.showInfo(u"Saved."_s);
        QVERIFY(hasPixmap(status.findChild<QLabel *>(u"probeIcon"_s)));
        // Error and information differ in shape, not only in colour.
        QVERIFY(status.findChild<QLabel *>(u"probeIcon"_s)->pixmap().toImage() != error);
    }

    void offlineBannerSaysItInWords()
    {
        ::test::A11yFixture fixture;
        OfflineBanner banner(&fixture.api);
        banner.setServerName(u"keyward.example.com"_s);
        banner.show();
        ApiError error;
        error.kind = ApiError::Network;
        error.message = u"Connection refused."_s;
        banner.showOffline(error, QDateTime::currentDateTimeUtc());
        QVERIFY(hasPixmap(banner.findChild<QLabel *>(u"offlineBannerIcon"_s)));
        QVERIFY(!banner.findChild<QLabel *>(u"offlineBannerMessage"_s)->text().isEmpty());
    }

    void reminderBarUrgencyIsAnIconAndWords()
    {
        ExpirySummaryBar bar;
        bar.showReminders(u"1 token expires soon"_s, u"ci in 2 days"_s, true);
        const QString text = bar.text();
        QVERIFY(text.contains(u"expires soon"_s));
        const auto icons = bar.findChildren<QLabel *>();
        bool icon = false;
        for (const QLabel *label : icons) {
            icon = icon || !label->pixmap().isNull();
        }
        QVERIFY(icon);
    }

    void environmentBannerIsWordsWithReadableContrast_data()
    {
        QTest::addColumn<QString>("scheme");
        QTest::addColumn<int>("environment");
        for (const auto *scheme : {"light", "dark", "high-contrast"}) {
            for (const Environment environment : {Environment::Production, Environment::Staging,
                                                  Environment::Development, Environment::Custom}) {
                QTest::addRow("%s/%s", scheme, qPrintable(environmentToString(environment)))
                    << QString::fromLatin1(scheme) << int(environment);
            }
        }
    }

    void environmentBannerIsWordsWithReadableContrast()
    {
        QFETCH(QString, scheme);
        QFETCH(int, environment);
        applyAppearance(*qApp, scheme);
        ::test::A11yFixture fixture;
        MainWindow window(&fixture.api, fixture.session.get());
        ConnectionProfile profile;
        profile.name = u"Acme"_s;
        profile.serverUrl = QUrl(u"http://127.0.0.1:9"_s);
        profile.environment = Environment(environment);
        window.show();
        window.startSession(profile, u"ops@example.com"_s);
        auto *banner = window.findChild<QLabel *>(u"environmentBannerLabel"_s);
        QVERIFY(banner);
        const QString name = environmentDisplayName(profile.environment);
        QVERIFY2(banner->text().contains(name, Qt::CaseInsensitive), qPrintable(banner->text()));
        QVERIFY(window.windowTitle().contains(name));
        const double ratio =
            appearance::contrastRatio(banner->palette().color(QPalette::WindowText),
                                      banner->palette().color(QPalette::Window));
        QVERIFY2(ratio >= 4.5, qPrintable(u"%1:1"_s.arg(ratio)));
        applyAppearance(*qApp, u"system"_s);
    }
};

QTEST_MAIN(TestStatusNotColourAlone)
#include "tst_statusnotcolouralone.moc"
