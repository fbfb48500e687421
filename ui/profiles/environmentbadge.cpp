// SPDX-License-Identifier: GPL-3.0-or-later
#include "environmentbadge.h"

#include <QEvent>
#include <QFontMetrics>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

using namespace Qt::StringLiterals;

namespace keyward {

namespace {
constexpr int horizontalPadding = 8;
constexpr int verticalPadding = 2;
constexpr qreal cornerRadius = 4.0;

double linearChannel(double value)
{
    return value <= 0.04045 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
}
} // namespace

EnvironmentBadge::EnvironmentBadge(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"environmentBadge"_s);
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    setAccessibleName(tr("Environment: none"));
    hide();
}

void EnvironmentBadge::setProfile(const ConnectionProfile &profile)
{
    const QString name = environmentDisplayName(profile.environment);
    m_text = name.toUpper();
    m_background = QColor(profile.effectiveColour());
    if (!m_background.isValid()) {
        m_background = QColor(defaultEnvironmentColour(profile.environment));
    }
    setAccessibleName(tr("Environment: %1").arg(name));
    setToolTip(
        tr("%1 environment: %2 (%3)").arg(name, profile.name, profile.serverUrl.toDisplayString()));
    updateGeometry();
    update();
    show();
}

void EnvironmentBadge::clear()
{
    m_text.clear();
    m_background = QColor();
    setAccessibleName(tr("Environment: none"));
    setToolTip({});
    hide();
}

double EnvironmentBadge::relativeLuminance(const QColor &colour)
{
    const QColor rgb = colour.toRgb();
    return 0.2126 * linearChannel(rgb.redF()) + 0.7152 * linearChannel(rgb.greenF()) +
           0.0722 * linearChannel(rgb.blueF());
}

QColor EnvironmentBadge::textColourFor(const QColor &background)
{
    const double luminance = relativeLuminance(background);
    const double contrastWithWhite = 1.05 / (luminance + 0.05);
    const double contrastWithBlack = (luminance + 0.05) / 0.05;
    return contrastWithWhite >= contrastWithBlack ? QColor(Qt::white) : QColor(Qt::black);
}

QFont EnvironmentBadge::badgeFont() const
{
    QFont f = font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 0.85);
    f.setLetterSpacing(QFont::PercentageSpacing, 105);
    return f;
}

QSize EnvironmentBadge::sizeHint() const
{
    const QFontMetrics metrics(badgeFont());
    return {metrics.horizontalAdvance(m_text) + 2 * horizontalPadding,
            metrics.height() + 2 * verticalPadding};
}

void EnvironmentBadge::paintEvent(QPaintEvent *)
{
    if (m_text.isEmpty()) {
        return;
    }
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    QPainterPath path;
    path.addRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), cornerRadius, cornerRadius);
    painter.fillPath(path, m_background);
    // A thin darker edge keeps a pale custom colour visible on a pale window.
    painter.setPen(QPen(m_background.darker(130), 1.0));
    painter.drawPath(path);
    painter.setPen(textColourFor(m_background));
    painter.setFont(badgeFont());
    painter.drawText(rect(), Qt::AlignCenter, m_text);
}

void EnvironmentBadge::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange) {
        updateGeometry();
    }
    QWidget::changeEvent(event);
}

} // namespace keyward
