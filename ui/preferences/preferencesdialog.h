// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QSettings;
class QSpinBox;

namespace keyward {

class ClipboardGuard;

/// Keyward → Preferences…: the settings a user changes from the app rather
/// than per profile. For now how long a copied token stays on the clipboard.
/// Saved when the user presses OK; Cancel changes nothing.
///
/// objectNames: preferencesDialog, clipboardClearSpin, preferencesOkButton,
/// preferencesCancelButton.
class PreferencesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreferencesDialog)

public:
    /// \p settings and \p clipboard are not owned and must outlive the dialog.
    PreferencesDialog(QSettings *settings, ClipboardGuard *clipboard, QWidget *parent = nullptr);

    void accept() override;

private:
    QSettings *m_settings;
    ClipboardGuard *m_clipboard;
    QSpinBox *m_clearSeconds;
};

} // namespace keyward
