// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QCoreApplication;
class QSettings;

namespace keyward {

/// Installs Qt's own and Keyward's translations for \p language, a locale
/// name such as "de" or "fr_FR" that also becomes the default QLocale (dates
/// and numbers follow the language); an empty \p language follows the system
/// locale. A language Keyward has no translation for gets English, including
/// its plural forms ("1 token", "2 tokens"), which the English source strings
/// cannot spell by themselves.
void installTranslations(QCoreApplication &app, const QString &language = QString());

/// The language to run in: \p commandLine (`--language CODE`) when given,
/// else the persistent override settings::ui::language, else empty for the
/// system locale.
QString chosenLanguage(const QSettings &settings, const QString &commandLine = QString());

} // namespace keyward
