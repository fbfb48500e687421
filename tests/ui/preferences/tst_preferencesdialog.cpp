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
};

QTEST_MAIN(TestPreferencesDialog)
#include "tst_preferencesdialog.moc"
