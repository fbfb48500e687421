// SPDX-License-Identifier: GPL-3.0-or-later
#include "offlinebanner.h"

#include "api/apiclient.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace keyward {

OfflineBanner::OfflineBanner(ApiClient *api, QWidget *parent)
    : QFrame(parent)
    , m_api(api)
    , m_icon(new QLabel(this))
    , m_message(new QLabel(this))
    , m_retry(new QPushButton(tr("Retry &Now"), this))
    , m_retryTimer(new QTimer(this))
    , m_countdown(new QTimer(this))
{
    setObjectName(u"offlineBanner"_s);
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    // The warning icon and the words carry the state; the tint only helps.
    setBackgroundRole(QPalette::ToolTipBase);
    setForegroundRole(QPalette::ToolTipText);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    m_icon->setObjectName(u"offlineBannerIcon"_s);
    m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(16, 16));
    m_icon->setAccessibleName(tr("Warning"));
    layout->addWidget(m_icon);
    m_message->setObjectName(u"offlineBannerMessage"_s);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->setForegroundRole(QPalette::ToolTipText);
    layout->addWidget(m_message, 1);
    m_retry->setObjectName(u"offlineBannerRetry"_s);
    m_retry->setAccessibleName(tr("Retry now"));
    m_retry->setToolTip(tr("Try to reach the server now instead of waiting"));
    layout->addWidget(m_retry);

    m_retryTimer->setSingleShot(true);
    m_countdown->setInterval(1000);
    connect(m_retry, &QPushButton::clicked, this, &OfflineBanner::retryNow);
    connect(m_retryTimer, &QTimer::timeout, this, &OfflineBanner::retryNow);
    connect(m_countdown, &QTimer::timeout, this, &OfflineBanner::updateText);
    hide();
}

void OfflineBanner::setRetryDelays(std::chrono::milliseconds first, std::chrono::milliseconds max)
{
    m_firstDelay = first;
    m_maxDelay = std::max(first, max);
    m_delay = m_firstDelay;
}

void OfflineBanner::showOffline(const ApiError &error, const QDateTime &dataFrom)
{
    m_error = error;
    m_dataFrom = dataFrom;
    if (!m_offline) {
        m_offline = true;
        m_delay = m_firstDelay;
        show();
        if (!m_checking) {
            scheduleRetry();
        }
    }
    updateText();
}

void OfflineBanner::showOnline()
{
    m_offline = false;
    m_retryTimer->stop();
    m_countdown->stop();
    m_delay = m_firstDelay;
    hide();
}

void OfflineBanner::scheduleRetry()
{
    m_retryTimer->start(m_delay);
    m_countdown->start();
    updateText();
}

void OfflineBanner::retryNow()
{
    if (m_checking) {
        return;
    }
    m_retryTimer->stop();
    m_countdown->stop();
    m_checking = true;
    m_retry->setEnabled(false);
    updateText();
    m_api->health(this, [this](const ApiResult<QString> &result) {
        m_checking = false;
        m_retry->setEnabled(true);
        if (!m_offline) {
            return; // connectivityChanged(true) got here first
        }
        if (result || (result.error().kind != ApiError::Network &&
                       result.error().kind != ApiError::Timeout)) {
            // Any answer, even an error status, means the server is back.
            showOnline();
            Q_EMIT reconnected();
            return;
        }
        m_error = result.error();
        m_delay = std::min(m_delay * 2, m_maxDelay);
        scheduleRetry();
    });
}

void OfflineBanner::updateText()
{
    const QString server = m_serverName.isEmpty()
                               ? m_api->serverUrl().toDisplayString(QUrl::RemovePath)
                               : m_serverName;
    QString text = m_error.kind == ApiError::Timeout
                       ? tr("%1 timed out (no answer in time)").arg(server)
                       : tr("Cannot reach %1").arg(server);
    if (m_dataFrom.isValid()) {
        text +=
            tr(" — showing data from %1.").arg(QLocale().toString(m_dataFrom.time(), u"HH:mm"_s));
    } else {
        text += u'.';
    }
    if (m_checking) {
        text += u' ' + tr("Trying again now…");
    } else if (m_retryTimer->isActive()) {
        const int seconds = static_cast<int>((m_retryTimer->remainingTime() + 999) / 1000);
        text += u' ' + tr("Retrying in %1 s.").arg(std::max(seconds, 1));
    }
    m_message->setText(text);
    m_message->setToolTip(m_error.message);
    setAccessibleName(text);
}

} // namespace keyward
