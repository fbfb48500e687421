// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

QT_BEGIN_NAMESPACE
class QTextDocument;
QT_END_NAMESPACE

namespace keyward {

enum class SyntaxLanguage
{
    Json,
    Yaml,
    Shell,
    Ini,
    Plain
}; // Ini covers .env/dotenv and systemd EnvironmentFile

/// Attaches a highlighter for \p language to \p document (replacing one attached before by this
/// function); KF6::SyntaxHighlighting when Keyward was built with it (theme chosen to match the
/// application palette: dark or light), otherwise the built-in highlighter. Owned by the document.
void highlightDocument(QTextDocument *document, SyntaxLanguage language);

/// "KDE Syntax Highlighting" or "built-in" — for the About dialog and tests.
QString syntaxHighlightingBackend();

} // namespace keyward
