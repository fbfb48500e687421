// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QCoreApplication;

namespace keyward {

/// Installs Qt's own and Keyward's translations for the system locale. A
/// language Keyward has no translation for gets English, including its
/// plural forms ("1 token", "2 tokens"), which the English source strings
/// cannot spell by themselves.
void installTranslations(QCoreApplication &app);

} // namespace keyward
