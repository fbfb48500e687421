// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace keyward {

/// What kind of server a connection profile points at. The UI paints the
/// profile's colour around the window so nobody revokes a production token
/// while believing they are on staging.
enum class Environment
{
    Production,
    Staging,
    Development,
    Custom
};

/// The settings spelling: "production", "staging", "development", "custom".
QString environmentToString(Environment environment);
/// Parses the settings spelling (exact, lower case); nullopt for anything else.
std::optional<Environment> environmentFromString(const QString &text);
/// The translated, human name ("Production").
QString environmentDisplayName(Environment environment);
/// The default colour of a kind as "#rrggbb". Colours are kept as text so the
/// model layer needs no Qt Gui; the UI turns them into QColor.
QString defaultEnvironmentColour(Environment environment);
/// True for "#rrggbb" (hex digits in either case).
bool isValidColour(const QString &colour);

} // namespace keyward
