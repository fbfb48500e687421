// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "settings/connectionprofile.h"

#include <QColor>
#include <QWidget>

namespace keyward {

/// A small rounded label in the environment's colour ("PRODUCTION"), for the
/// status bar and the banner: the one thing that tells the user which kind
/// of server every click goes to. Text is black or white, whichever reads
/// better on the colour, so a user-chosen colour never makes it illegible.
class EnvironmentBadge final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnvironmentBadge)

public:
    explicit EnvironmentBadge(QWidget *parent = nullptr);

    void setProfile(const ConnectionProfile &profile);
    /// Shows nothing (not connected).
    void clear();

    /// The upper-case environment name painted in the badge.
    QString text() const { return m_text; }
    QColor backgroundColour() const { return m_background; }
    QColor textColour() const { return textColourFor(m_background); }

    /// Black or white, whichever has the higher WCAG contrast ratio on \p background.
    static QColor textColourFor(const QColor &background);
    /// WCAG 2 relative luminance, 0 (black) to 1 (white).
    static double relativeLuminance(const QColor &colour);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QFont badgeFont() const;

    QString m_text;
    QColor m_background;
};

} // namespace keyward
