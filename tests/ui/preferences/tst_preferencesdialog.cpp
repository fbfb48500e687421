// SPDX-License-Identifier: GPL-3.0-or-later
// Preferences: the clipboard delay is read from and written to the settings
// file on OK only, and applied to the running clipboard guard at once; the
// reminder thresholds per environment likewise; the request timeout reaches
// the ApiClient's policy through applyNetworkSettings().
#include "api/apiclient.h"
#include "api/networksettingkeys.h"
#include "copying/clipboardguard.h"
#include "copying/copyingsettingkeys.h"
#include "preferences/preferencesdialog.h"
#include "reminders/reminderthresholds.h"
#include "session/idlelocksetting.h"
#include "settings/settingkeys.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace keyward;

class TestPreferencesDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void okSavesAndApplies()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(u"keyward.conf"_s), QSettings::IniFormat);
        ClipboardGuard guard;
        PreferencesDialog dialog(&settings, &guard);
        auto *spin = dialog.findChild<QSpinBox *>(u"clipboardClearSpin"_s);
        QCOMPARE(spin->value(), ClipboardGuard::DefaultClearDelaySeconds);
        QCOMPARE(spin->specialValueText(), u"Never"_s); // what 0 reads as
        spin->setValue(45);
        QTest::mouseClick(dialog.findChild<QPushButton *>(u"preferencesOkButton"_s),
                          Qt::LeftButton);
        QCOMPARE(settings::clipboardClearSeconds.read(settings), 45);
        QCOMPARE(guard.clearDelaySeconds(), 45);
        QSettings reread(dir.filePath(u"keyward.conf"_s), QSettings::IniFormat);
        QCOMPARE(settings::clipboardClearSeconds.read(reread), 45);
    }

    void cancelChangesNothing()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(u"keyward.conf"_s), QSettings::IniFormat);
        settings::clipboardClearSeconds.write(settings, 30);
        ClipboardGuard guard;
        guard.applySettings(settings);
        PreferencesDialog dialog(&settings, &guard);
        auto *spin = dialog.findChild<QSpinBox *>(u"clipboardClearSpin"_s);
        QCOMPARE(spin->value(), 30);
        spin->setValue(0);
        QTest::mouseClick(dialog.findChild<QPushButton *>(u"preferencesCancelButton"_s),
                          Qt::LeftButton);
        QCOMPARE(settings::clipboardClearSeconds.read(settings), 30);
        QCOMPARE(guard.clearDelaySeconds(), 30);
    }

    void reminderThresholdsPerEnvironment()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(u"keyward.conf"_s), QSettings::IniFormat);
        ClipboardGuard guard;
        PreferencesDialog dialog(&settings, &guard);
        auto *production = dialog.findChild<QSpinBox *>(u"reminderDaysSpin_production"_s);
        auto *development = dialog.findChild<QSpinBox *>(u"reminderDaysSpin_development"_s);
        QVERIFY(production && development);
        QCOMPARE(production->value(), 30); // the defaults
        QCOMPARE(development->value(), 7);
        QCOMPARE(development->specialValueText(), u"Never"_s);

        production->setValue(45);
        development->setValue(0);
        QTest::mouseClick(dialog.findChild<QPushButton *>(u"preferencesOkButton"_s),
                          Qt::LeftButton);
        QSettings reread(dir.filePath(u"keyward.conf"_s), QSettings::IniFormat);
        const ReminderThresholds stored = ReminderThresholds::read(reread);
        QCOMPARE(stored.daysFor(Environment::Production), 45);
        QCOMPARE(stored.daysFor(Environment::Development), 0);
        QCOMPARE(stored.daysFor(Environment::Staging), 14); // untouched

        // Cancel in a second dialog keeps what was stored.
        PreferencesDialog second(&settings, &guard);
        second.findChild<QSpinBox *>(u"reminderDaysSpin_production"_s)->setValue(5);
        QTest::mouseClick(second.findChild<QPushButton *>(u"preferencesCancelButton"_s),
                          Qt::LeftButton);
        QCOMPARE(ReminderThresholds::read(settings).daysFor(Environment::Production), 45);
    }

    void idleLockIsOffByDefaultAndSaved()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(u"keyward.conf"_s), QSettings::IniFormat);
        ClipboardGuard guard;
        PreferencesDialog dialog(&settings, &guard);
        auto *spin = dialog.findChild<QSpinBox *>(u"idleLockMinutesSpin"_s);
        QVERIFY(spin);
        QCOMPARE(spin->value(), 0);
        QCOMPARE(spin->specialValueText(), u"Never"_s);
        spin->setValue(15);
        QTest::mouseClick(dialog.findChild<QPushButton *>(u"preferencesOkButton"_s),
                          Qt::LeftButton);
        QSettings reread(dir.filePath(u"keyward.conf"_s), QSettings::IniFormat);
        QCOMPARE(settings::idleLockMinutes.read(reread), 15);
    }

    void requestTimeoutIsSavedAndApplied()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(u"keyward.conf"_s), QSettings::IniFormat);
        ClipboardGuard guard;
        ApiClient api;
        {
            PreferencesDialog dialog(&settings, &guard);
            auto *spin = dialog.findChild<QSpinBox *>(u"requestTimeoutSpin"_s);
            QVERIFY(spin);
            QVERIFY(!spin->accessibleName().isEmpty());
            QCOMPARE(spin->value(), 30); // NetworkPolicy's default
            spin->setValue(7);
            QTest::mouseClick(dialog.findChild<QPushButton *>(u"preferencesCancelButton"_s),
                              Qt::LeftButton);
            QCOMPARE(settings::transferTimeoutSeconds.read(settings), 30);
        }
        {
            PreferencesDialog dialog(&settings, &guard);
            auto *spin = dialog.findChild<QSpinBox *>(u"requestTimeoutSpin"_s);
            spin->setValue(7);
            QTest::mouseClick(dialog.findChild<QPushButton *>(u"preferencesOkButton"_s),
                              Qt::LeftButton);
        }
        QSettings reread(dir.filePath(u"keyward.conf"_s), QSettings::IniFormat);
        QCOMPARE(settings::transferTimeoutSeconds.read(reread), 7);
        applyNetworkSettings(&api, reread);
        QCOMPARE(api.policy().transferTimeout(), std::chrono::milliseconds(7000));
        // Read back into a new dialog.
        PreferencesDialog again(&settings, &guard);
        QCOMPARE(again.findChild<QSpinBox *>(u"requestTimeoutSpin"_s)->value(), 7);

        // A hand-edited file cannot make requests wait forever or fail at once.
        settings::transferTimeoutSeconds.write(settings, 0);
        applyNetworkSettings(&api, settings);
        QCOMPARE(api.policy().transferTimeout(),
                 std::chrono::milliseconds(settings::minTransferTimeoutSeconds * 1000));
    }

    void appearanceAndLanguageRoundTrip()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(u"keyward.conf"_s), QSettings::IniFormat);
        ClipboardGuard guard;
        {
            PreferencesDialog dialog(&settings, &guard);
            auto *colours = dialog.findChild<QComboBox *>(u"paletteCombo"_s);
            auto *language = dialog.findChild<QComboBox *>(u"languageCombo"_s);
            QVERIFY(colours && language);
            QCOMPARE(colours->currentData().toString(), u"system"_s); // the default
            QCOMPARE(colours->count(), 4);
            QCOMPARE(language->currentData().toString(), QString()); // follows the system
            QVERIFY(language->findText(u"Deutsch"_s) >= 0);
            QVERIFY(language->findText(u"Fran\u00e7ais"_s) >= 0);
            QVERIFY(language->findText(u"English"_s) >= 0);
            QVERIFY(dialog.findChild<QLabel *>(u"languageRestartNote"_s)
                        ->text()
                        .contains(u"restart"_s));

            colours->setCurrentIndex(colours->findData(u"dark"_s));
            language->setCurrentIndex(language->findData(u"fr"_s));
            QTest::mouseClick(dialog.findChild<QPushButton *>(u"preferencesCancelButton"_s),
                              Qt::LeftButton);
            QCOMPARE(settings::ui::palette.read(settings), QString());
            QCOMPARE(settings::ui::language.read(settings), QString());
        }
        const QColor windowBefore = QApplication::palette().color(QPalette::Window);
        {
            PreferencesDialog dialog(&settings, &guard);
            auto *colours = dialog.findChild<QComboBox *>(u"paletteCombo"_s);
            colours->setCurrentIndex(colours->findData(u"dark"_s));
            auto *language = dialog.findChild<QComboBox *>(u"languageCombo"_s);
            language->setCurrentIndex(language->findData(u"de"_s));
            QTest::mouseClick(dialog.findChild<QPushButton *>(u"preferencesOkButton"_s),
                              Qt::LeftButton);
        }
        QSettings reread(dir.filePath(u"keyward.conf"_s), QSettings::IniFormat);
        QCOMPARE(settings::ui::palette.read(reread), u"dark"_s);
        QCOMPARE(settings::ui::language.read(reread), u"de"_s);
        // Applied at once: the application's window colour is now dark.
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 80);
        QCOMPARE(QApplication::style()->name().toLower(), u"fusion"_s);

        // Read back, and back to the system look.
        PreferencesDialog again(&settings, &guard);
        auto *colours = again.findChild<QComboBox *>(u"paletteCombo"_s);
        QCOMPARE(colours->currentData().toString(), u"dark"_s);
        QCOMPARE(again.findChild<QComboBox *>(u"languageCombo"_s)->currentData().toString(),
                 u"de"_s);
        colours->setCurrentIndex(colours->findData(u"system"_s));
        QTest::mouseClick(again.findChild<QPushButton *>(u"preferencesOkButton"_s), Qt::LeftButton);
        QCOMPARE(settings::ui::palette.read(settings), u"system"_s);
        QCOMPARE(QApplication::palette().color(QPalette::Window), windowBefore);
    }

    void handEditedLanguageIsKept()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(u"keyward.conf"_s), QSettings::IniFormat);
        settings::ui::language.write(settings, u"pt_BR"_s);
        ClipboardGuard guard;
        PreferencesDialog dialog(&settings, &guard);
        QCOMPARE(dialog.findChild<QComboBox *>(u"languageCombo"_s)->currentData().toString(),
                 u"pt_BR"_s);
        QTest::mouseClick(dialog.findChild<QPushButton *>(u"preferencesOkButton"_s),
                          Qt::LeftButton);
        QCOMPARE(settings::ui::language.read(settings), u"pt_BR"_s);
    }
};

QTEST_MAIN(TestPreferencesDialog)
#include "tst_preferencesdialog.moc"
