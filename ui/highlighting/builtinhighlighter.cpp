// SPDX-License-Identifier: GPL-3.0-or-later
#include "highlighting/builtinhighlighter.h"

#include "highlighting/syntaxlexers.h"

#include <QCoreApplication>
#include <QEvent>
#include <QGuiApplication>
#include <QPalette>

namespace keyward {
namespace {

int lexLine(SyntaxLanguage language, QStringView line, int state, SyntaxSpans &spans)
{
    switch (language) {
    case SyntaxLanguage::Json:
        return lexJsonLine(line, state, spans);
    case SyntaxLanguage::Yaml:
        return lexYamlLine(line, state, spans);
    case SyntaxLanguage::Shell:
        return lexShellLine(line, state, spans);
    case SyntaxLanguage::Ini:
        return lexIniLine(line, state, spans);
    case SyntaxLanguage::Plain:
        break;
    }
    return -1;
}

} // namespace

BuiltinHighlighter::BuiltinHighlighter(QTextDocument *document, SyntaxLanguage language)
    : QSyntaxHighlighter(document)
    , m_language(language)
    , m_scheme(HighlightScheme::forPalette(QGuiApplication::palette()))
{
    // The application object receives ApplicationPaletteChange when the user switches between
    // light and dark; colours chosen for the old base colour might no longer be readable. (A
    // filter on the application sees every event, so eventFilter() only compares the type.)
    if (QCoreApplication *app = QCoreApplication::instance())
        app->installEventFilter(this);
}

void BuiltinHighlighter::highlightBlock(const QString &text)
{
    SyntaxSpans spans;
    const int next = lexLine(m_language, text, previousBlockState(), spans);
    for (const SyntaxSpan &span : std::as_const(spans))
        setFormat(int(span.start), int(span.length), m_scheme.format(span.category));
    setCurrentBlockState(next);
}

bool BuiltinHighlighter::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ApplicationPaletteChange &&
        watched == QCoreApplication::instance()) {
        m_scheme = HighlightScheme::forPalette(QGuiApplication::palette());
        rehighlight();
    }
    return QSyntaxHighlighter::eventFilter(watched, event);
}

} // namespace keyward
