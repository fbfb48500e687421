// SPDX-License-Identifier: GPL-3.0-or-later
// Preferences: the clipboard delay is read from and written to the settings
// file on OK only, and applied to the running clipboard guard at once; the
// reminder thresholds per environment likewise.
#include "copying/clipboardguard.h"
#include "copying/copyingsettingkeys.h"
#include "preferences/preferencesdialog.h"
#include "reminders/reminderthresholds.h"

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
};

QTEST_MAIN(TestPreferencesDialog)
#include "tst_preferencesdialog.moc"
