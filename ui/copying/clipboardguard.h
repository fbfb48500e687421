// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "copiedtoken.h"

#include <QObject>
#include <QSettings>
#include <QString>
#include <QTimer>

namespace keyward {

/// Puts secrets on the clipboard and takes them off again.
///
/// The data is marked so clipboard managers and cloud clipboards skip it
/// (KDE `x-kde-passwordManagerHint`, the Windows exclusion formats, macOS
/// `org.nspasteboard.ConcealedType`). After clearDelaySeconds() the clipboard
/// is cleared, and on application quit, but only while it still holds exactly
/// the text put there: what the user copied afterwards is never touched. The
/// X11 selection is never written. Needs a QGuiApplication.
class ClipboardGuard final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClipboardGuard)

public:
    static constexpr int DefaultClearDelaySeconds = 20;

    explicit ClipboardGuard(QObject *parent = nullptr);
    /// Clears a secret still on the clipboard.
    ~ClipboardGuard() override;

    /// 0 = never clear (not even on quit). Applies to the next copySecret(). Read it from
    /// settings::clipboardClearSeconds (copying/copyingsettingkeys.h).
    void setClearDelaySeconds(int seconds);
    int clearDelaySeconds() const { return m_delaySeconds; }
    /// setClearDelaySeconds() from settings::clipboardClearSeconds.
    void applySettings(const QSettings &settings);

    /// Replaces the clipboard's content with \p text and starts the countdown.
    void copySecret(const QString &text);
    /// copySecret() for text made from a token's value (the value itself or a
    /// snippet containing it), announced by tokenCopied() for the journal.
    void copyToken(const QString &text, const CopiedToken &token);

    /// Seconds until the clipboard is cleared; 0 when no countdown runs.
    int secondsLeft() const { return m_secondsLeft; }
    /// Whether the clipboard still holds the last secret copied.
    bool holdsSecret() const;

Q_SIGNALS:
    /// Every second while counting down, and 0 when the countdown ends
    /// (cleared, or the user replaced the clipboard's content).
    void countdownChanged(int secondsLeft);
    /// The secret was removed from the clipboard.
    void cleared();
    /// copyToken() put a token on the clipboard.
    void tokenCopied(const keyward::CopiedToken &token);

private:
    void tick();
    void onClipboardChanged();
    void clearIfOurs();
    void stopCountdown();

    QTimer m_timer;
    QString m_secret;
    int m_delaySeconds = DefaultClearDelaySeconds;
    int m_secondsLeft = 0;
};

} // namespace keyward
