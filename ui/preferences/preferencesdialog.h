// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "settings/environment.h"

#include <QDialog>
#include <QMap>

class QComboBox;
class QSettings;
class QSpinBox;

namespace keyward {

class ClipboardGuard;
class ReminderThresholds;

/// Keyward → Preferences…: the settings a user changes from the app rather
/// than per profile: how long a copied token stays on the clipboard, and how
/// far ahead of an expiry each environment's reminders come, and after how
/// long without input the app locks itself (off by default), and how long
/// a request may wait for the server before it is given up as timed out.
/// Also the colour scheme (applied at once on OK) and the language (used
/// from the next start).
/// Saved when the user presses OK; Cancel changes nothing.
///
/// objectNames: preferencesDialog, clipboardClearSpin, preferencesOkButton,
/// preferencesCancelButton, reminderDaysSpin_<environment> ("production", …), idleLockMinutesSpin,
/// requestTimeoutSpin, paletteCombo, languageCombo, languageRestartNote.
class PreferencesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreferencesDialog)

public:
    /// \p settings and \p clipboard are not owned and must outlive the dialog.
    PreferencesDialog(QSettings *settings, ClipboardGuard *clipboard, QWidget *parent = nullptr);

    void accept() override;

private:
    QWidget *createReminderGroup(const ReminderThresholds &thresholds);
    QWidget *createAppearanceGroup();

    QSettings *m_settings;
    ClipboardGuard *m_clipboard;
    QSpinBox *m_clearSeconds;
    QSpinBox *m_idleLockMinutes;
    QSpinBox *m_requestTimeoutSeconds;
    QMap<Environment, QSpinBox *> m_reminderDays;
    QComboBox *m_palette = nullptr;
    QComboBox *m_language = nullptr;
};

} // namespace keyward
