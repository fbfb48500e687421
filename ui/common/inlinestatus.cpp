// SPDX-License-Identifier: GPL-3.0-or-later
#include "inlinestatus.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace keyward {

namespace {
/// Answers on loopback or a fast LAN arrive well within this; showing
/// "Loading…" for them would only flicker.
constexpr int busyDelayMs = 250;
} // namespace

InlineStatus::InlineStatus(QWidget *parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_message(new QLabel(this))
    , m_retry(new QPushButton(tr("Retry"), this))
    , m_busyDelay(new QTimer(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_message, 1);
    layout->addWidget(m_retry, 0, Qt::AlignTop);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setTextFormat(Qt::PlainText);
    m_retry->setAccessibleName(tr("Retry"));
    m_message->setAccessibleName(tr("Status"));
    m_retry->hide();
    m_busyDelay->setSingleShot(true);
    m_busyDelay->setInterval(busyDelayMs);
    connect(m_busyDelay, &QTimer::timeout, this, [this] { setVisible(m_busy); });
    connect(m_retry, &QPushButton::clicked, this, [this] {
        const auto action = m_retryAction;
        clear();
        if (action) {
            action();
        }
        Q_EMIT retryRequested();
    });
    setObjectNames(u"status"_s);
    hide();
}

void InlineStatus::setObjectNames(const QString &name)
{
    setObjectName(name);
    m_message->setObjectName(name + u"Message"_s);
    m_retry->setObjectName(name + u"Retry"_s);
    m_icon->setObjectName(name + u"Icon"_s);
}

QString InlineStatus::text() const
{
    return m_message->text();
}

QColor InlineStatus::errorColour(const QPalette &palette)
{
    // A red that keeps enough contrast on light and dark window colours.
    return palette.color(QPalette::Window).lightness() > 128 ? QColor(0xb0, 0x00, 0x20)
                                                             : QColor(0xff, 0x8a, 0x80);
}

void InlineStatus::styleAsError(QLabel *label)
{
    // Only the text colour: the other roles keep following the window.
    QPalette palette;
    palette.setColor(QPalette::WindowText, errorColour(label->palette()));
    label->setPalette(palette);
}

void InlineStatus::applyTextColour(bool isError)
{
    // Only the text colour is set; every other role follows the window, so
    // that a colour scheme chosen later (Preferences) reaches this label.
    QPalette palette;
    if (isError) {
        palette.setColor(QPalette::WindowText, errorColour(this->palette()));
    }
    m_message->setPalette(palette);
}

void InlineStatus::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        applyTextColour(m_error);
    }
}

void InlineStatus::showText(const QString &text, bool isError)
{
    m_message->setText(text);
    applyTextColour(isError);
    // An icon as well as the colour: status is never conveyed by colour alone.
    const QStyle::StandardPixmap pixmap =
        isError ? QStyle::SP_MessageBoxWarning : QStyle::SP_MessageBoxInformation;
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(pixmap, nullptr, this).pixmap(size, size));
    m_icon->setVisible(true);
    setAccessibleName(text);
    m_message->setAccessibleDescription(text);
}

void InlineStatus::showBusy(const QString &text)
{
    m_busy = true;
    m_error = false;
    m_retryAction = {};
    m_retry->hide();
    m_message->setText(text);
    applyTextColour(false);
    m_icon->hide();
    setAccessibleName(text);
    if (!isVisible()) {
        m_busyDelay->start();
    }
}

void InlineStatus::showError(const QString &message, std::function<void()> retry)
{
    m_busyDelay->stop();
    m_busy = false;
    m_error = true;
    m_retryAction = std::move(retry);
    showText(message, true);
    m_retry->setVisible(static_cast<bool>(m_retryAction));
    show();
}

void InlineStatus::showInfo(const QString &message)
{
    m_busyDelay->stop();
    m_busy = false;
    m_error = false;
    m_retryAction = {};
    m_retry->hide();
    showText(message, false);
    show();
}

void InlineStatus::clear()
{
    m_busyDelay->stop();
    m_busy = false;
    m_error = false;
    m_retryAction = {};
    m_retry->hide();
    m_message->clear();
    hide();
}

} // namespace keyward
