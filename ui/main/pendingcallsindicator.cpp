// SPDX-License-Identifier: GPL-3.0-or-later
#include "pendingcallsindicator.h"

#include "api/apiclient.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QTimer>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace keyward {

PendingCallsIndicator::PendingCallsIndicator(ApiClient *api, QWidget *parent)
    : QWidget(parent)
    , m_api(api)
    , m_text(new QLabel(this))
    , m_cancel(new QToolButton(this))
    , m_tick(new QTimer(this))
{
    setObjectName(u"pendingCallsIndicator"_s);
    m_text->setObjectName(u"pendingCallsText"_s);
    m_cancel->setObjectName(u"pendingCallsCancel"_s);
    m_cancel->setText(tr("Cancel"));
    m_cancel->setAccessibleName(tr("Cancel waiting for the server"));
    m_cancel->setToolTip(tr("Stop waiting: abort every request still waiting for the server. "
                            "Nothing you entered is lost; refresh (F5) to load again."));
    m_cancel->setAutoRaise(true);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text);
    layout->addWidget(m_cancel);
    setVisible(false);

    // Four times a second while anything is in flight: the wait shown counts up,
    // and a call that becomes slow is noticed without a signal of its own.
    m_tick->setInterval(250ms);
    connect(m_tick, &QTimer::timeout, this, &PendingCallsIndicator::update);
    connect(m_api, &ApiClient::inFlightChanged, this, [this](qsizetype count) {
        if (count > 0 && !m_tick->isActive()) {
            m_tick->start();
        }
        update();
    });
    connect(m_cancel, &QToolButton::clicked, this, [this] {
        const qsizetype count = m_api->inFlightCount();
        m_api->cancelAll();
        Q_EMIT cancelled(count);
        update();
    });
}

void PendingCallsIndicator::update()
{
    const auto longest = m_api->longestPendingCall();
    if (!longest) {
        m_tick->stop();
        setVisible(false);
        return;
    }
    if (longest->waitedMs < m_showAfter.count()) {
        setVisible(false);
        return;
    }
    const int seconds = static_cast<int>(longest->waitedMs / 1000);
    const qsizetype others = m_api->inFlightCount() - 1;
    QString text = tr("Waiting %n s for the server: %1", nullptr, seconds).arg(longest->endpoint);
    if (others > 0) {
        text += u' ' + tr("(and %n more)", nullptr, static_cast<int>(others));
    }
    m_text->setText(text);
    m_cancel->setAccessibleName(tr("Cancel waiting for %1").arg(longest->endpoint));
    setVisible(true);
}

} // namespace keyward
