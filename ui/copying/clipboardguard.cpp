// SPDX-License-Identifier: GPL-3.0-or-later
#include "clipboardguard.h"

#include <QSignalBlocker>

#include "copying/copyingsettingkeys.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QMimeData>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace keyward {

namespace {

QClipboard *clipboard()
{
    return qobject_cast<QGuiApplication *>(QCoreApplication::instance()) != nullptr
               ? QGuiApplication::clipboard()
               : nullptr;
}

QMimeData *secretMimeData(const QString &text)
{
    auto *mime = new QMimeData;
    mime->setText(text);
    // KDE Klipper and other Linux clipboard managers.
    mime->setData(u"x-kde-passwordManagerHint"_s, "secret"_ba);
    // Windows: keep it out of clipboard monitors, the history (Win+V) and the
    // cloud clipboard. The DWORD formats want a little-endian 0.
    const QByteArray dwordZero(4, '\0');
    mime->setData(u"ExcludeClipboardContentFromMonitorProcessing"_s, "1"_ba);
    mime->setData(u"CanIncludeInClipboardHistory"_s, dwordZero);
    mime->setData(u"CanUploadToCloudClipboard"_s, dwordZero);
    // macOS pasteboard managers (nspasteboard.org convention).
    mime->setData(u"org.nspasteboard.ConcealedType"_s, QByteArray());
    mime->setData(u"application/x-nspasteboard-concealed-type"_s, QByteArray());
    return mime;
}

} // namespace

ClipboardGuard::ClipboardGuard(QObject *parent)
    : QObject(parent)
{
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &ClipboardGuard::tick);
    if (QClipboard *board = clipboard()) {
        connect(board, &QClipboard::dataChanged, this, &ClipboardGuard::onClipboardChanged);
    }
    // The guard may outlive the event loop; quitting must not leave a secret behind.
    if (QCoreApplication *app = QCoreApplication::instance()) {
        connect(app, &QCoreApplication::aboutToQuit, this, &ClipboardGuard::clearIfOurs);
    }
}

ClipboardGuard::~ClipboardGuard()
{
    // Said to nobody: the receivers (the main window's status bar) may be
    // halfway destroyed already when the guard, their child, goes.
    const QSignalBlocker silent(this);
    clearIfOurs();
}

void ClipboardGuard::setClearDelaySeconds(int seconds)
{
    m_delaySeconds = std::max(0, seconds);
}

void ClipboardGuard::applySettings(const QSettings &settings)
{
    setClearDelaySeconds(settings::clipboardClearSeconds.read(settings));
}

void ClipboardGuard::copySecret(const QString &text)
{
    QClipboard *board = clipboard();
    if (board == nullptr) {
        return;
    }
    stopCountdown();
    // With "never clear" the secret is not remembered: nothing will touch it, not even quitting.
    m_secret = m_delaySeconds > 0 ? text : QString();
    board->setMimeData(secretMimeData(text), QClipboard::Clipboard);
    if (m_delaySeconds > 0) {
        m_secondsLeft = m_delaySeconds;
        m_timer.start();
        Q_EMIT countdownChanged(m_secondsLeft);
    }
}

void ClipboardGuard::copyToken(const QString &text, const CopiedToken &token)
{
    if (clipboard() == nullptr) {
        return;
    }
    copySecret(text);
    Q_EMIT tokenCopied(token);
}

bool ClipboardGuard::holdsSecret() const
{
    QClipboard *board = clipboard();
    return board != nullptr && !m_secret.isNull() && board->text(QClipboard::Clipboard) == m_secret;
}

void ClipboardGuard::tick()
{
    --m_secondsLeft;
    if (m_secondsLeft > 0) {
        Q_EMIT countdownChanged(m_secondsLeft);
        return;
    }
    clearIfOurs();
}

void ClipboardGuard::onClipboardChanged()
{
    if (m_secret.isNull() || holdsSecret()) {
        return;
    }
    // The user copied something else: nothing of ours is left to clear.
    m_secret = QString();
    stopCountdown();
}

void ClipboardGuard::clearIfOurs()
{
    const bool ours = holdsSecret();
    m_secret = QString();
    stopCountdown();
    if (ours) {
        clipboard()->clear(QClipboard::Clipboard);
        Q_EMIT cleared();
    }
}

void ClipboardGuard::stopCountdown()
{
    const bool wasRunning = m_timer.isActive() || m_secondsLeft > 0;
    m_timer.stop();
    m_secondsLeft = 0;
    if (wasRunning) {
        Q_EMIT countdownChanged(0);
    }
}

} // namespace keyward
