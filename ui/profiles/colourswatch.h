// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QIcon>

namespace keyward {

/// A small rounded square of \p colour with a darker edge, so that a pale
/// colour stays visible on a pale background (profile list, colour button).
QIcon colourSwatch(const QColor &colour, int size = 16);

} // namespace keyward
