// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;
class QTimer;

namespace keyward {

/// The line next to whatever is loading or failed: "Loading members…" while
/// busy, or the error sentence with a Retry button. Put one above or below
/// each list and inside each dialog; never a modal message box for a
/// failed request. Hidden when idle.
///
/// Child objectNames (for tests): "<name>Message" (QLabel) and
/// "<name>Retry" (QPushButton), where <name> is this widget's objectName
/// at the time setObjectName() is called.
class InlineStatus final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InlineStatus)

public:
    explicit InlineStatus(QWidget *parent = nullptr);

    /// Names the children after this widget (see the class comment).
    void setObjectNames(const QString &name);

    /// Shows \p text after a short delay, so fast answers do not flicker.
    void showBusy(const QString &text);
    /// Shows \p message as an error; with \p retry, a Retry button calls it.
    void showError(const QString &message, std::function<void()> retry = {});
    /// Shows a neutral or positive note (e.g. "Invitation sent to …").
    void showInfo(const QString &message);
    /// Hides everything (after success).
    void clear();

    bool isBusy() const { return m_busy; }
    bool hasError() const { return m_error; }
    QString text() const;

    /// The colour errors are written in, readable on the current palette.
    static QColor errorColour(const QPalette &palette);
    /// Writes \p label in the error colour (for labels outside an InlineStatus).
    static void styleAsError(QLabel *label);

Q_SIGNALS:
    void retryRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void showText(const QString &text, bool isError);
    void applyTextColour(bool isError);

    QLabel *m_icon;
    QLabel *m_message;
    QPushButton *m_retry;
    QTimer *m_busyDelay;
    std::function<void()> m_retryAction;
    bool m_busy = false;
    bool m_error = false;
};

} // namespace keyward
