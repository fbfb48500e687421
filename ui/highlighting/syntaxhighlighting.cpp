// SPDX-License-Identifier: GPL-3.0-or-later
#include "highlighting/syntaxhighlighting.h"

#include "highlighting/builtinhighlighter.h"

#if defined(KEYWARD_HAVE_KF6_SYNTAX) && KEYWARD_HAVE_KF6_SYNTAX
#include "highlighting/kf6highlighter.h"
#endif

#include <QSyntaxHighlighter>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace keyward {
namespace {

// The attachment is a direct child of the document carrying this name, so replacing it needs no
// registry outside the document.
constexpr auto AttachmentName = "keyward-syntax-highlighting"_L1;

void detachPrevious(QTextDocument *document)
{
    const QList<QObject *> previous =
        document->findChildren<QObject *>(AttachmentName, Qt::FindDirectChildrenOnly);
    // Deleted now, not later: a QSyntaxHighlighter clears its formats when it lets go of the
    // document, and two live highlighters would fight over the same blocks.
    for (QObject *attachment : previous)
        delete attachment;
}

QSyntaxHighlighter *attach(QTextDocument *document, SyntaxLanguage language)
{
#if defined(KEYWARD_HAVE_KF6_SYNTAX) && KEYWARD_HAVE_KF6_SYNTAX
    if (Kf6Highlighter *kde = Kf6Highlighter::attach(document, language)) {
        kde->setObjectName(AttachmentName);
        return kde->highlighter();
    }
#endif
    auto *builtin = new BuiltinHighlighter(document, language);
    builtin->setObjectName(AttachmentName);
    return builtin;
}

} // namespace

void highlightDocument(QTextDocument *document, SyntaxLanguage language)
{
    if (!document)
        return;
    detachPrevious(document);
    if (language == SyntaxLanguage::Plain)
        return;
    // Highlight now rather than on the next event-loop turn so a view shown (or captured)
    // right away is already coloured.
    attach(document, language)->rehighlight();
}

QString syntaxHighlightingBackend()
{
#if defined(KEYWARD_HAVE_KF6_SYNTAX) && KEYWARD_HAVE_KF6_SYNTAX
    return u"KDE Syntax Highlighting"_s;
#else
    return u"built-in"_s;
#endif
}

} // namespace keyward
