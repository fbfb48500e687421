// SPDX-License-Identifier: GPL-3.0-or-later
#include "expirysummarybar.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace keyward {

ExpirySummaryBar::ExpirySummaryBar(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_review(new QPushButton(tr("Review Expiries…"), this))
    , m_dismiss(new QToolButton(this))
{
    setObjectName(u"expirySummaryBar"_s);
    setAccessibleName(tr("Expiry summary"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::AlternateBase);

    m_text->setObjectName(u"expirySummaryText"_s);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_review->setObjectName(u"expirySummaryReviewButton"_s);
    m_review->setAccessibleName(tr("Review expiries"));
    m_dismiss->setObjectName(u"expirySummaryDismissButton"_s);
    m_dismiss->setAccessibleName(tr("Dismiss the expiry summary"));
    m_dismiss->setToolTip(tr("Dismiss"));
    m_dismiss->setAutoRaise(true);
    m_dismiss->setIcon(
        QIcon::fromTheme(u"window-close"_s, style()->standardIcon(QStyle::SP_TitleBarCloseButton)));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_review);
    layout->addWidget(m_dismiss);

    connect(m_review, &QPushButton::clicked, this, &ExpirySummaryBar::reviewRequested);
    connect(m_dismiss, &QToolButton::clicked, this, &QWidget::hide);
    hide();
}

void ExpirySummaryBar::showSummary(const ExpirySummary &summary)
{
    if (summary.isEmpty()) {
        hide();
        return;
    }
    showText(summary.text(), summary.expired > 0 || summary.within7Days > 0);
}

void ExpirySummaryBar::showReminders(const QString &title, const QString &body, bool urgent)
{
    // The body lists tokens one per line; the bar is one line of prose.
    showText(title + u": "_s + QString(body).replace(u'\n', u"; "_s), urgent);
}

QString ExpirySummaryBar::text() const
{
    return m_text->text();
}

void ExpirySummaryBar::showText(const QString &text, bool urgent)
{
    // The icon repeats what the words say, so the bar is not colour alone.
    const QStyle::StandardPixmap fallback =
        urgent ? QStyle::SP_MessageBoxWarning : QStyle::SP_MessageBoxInformation;
    const QIcon icon = QIcon::fromTheme(urgent ? u"dialog-warning"_s : u"dialog-information"_s,
                                        style()->standardIcon(fallback));
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_icon->setPixmap(icon.pixmap(size, size));
    m_text->setText(text);
    setAccessibleDescription(text);
    show();
}

} // namespace keyward
