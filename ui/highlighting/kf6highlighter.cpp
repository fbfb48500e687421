// SPDX-License-Identifier: GPL-3.0-or-later
#include "highlighting/kf6highlighter.h"

#include "highlighting/highlightscheme.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

#include <QCoreApplication>
#include <QEvent>
#include <QGuiApplication>
#include <QPalette>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace keyward {
namespace {

QString definitionName(SyntaxLanguage language)
{
    switch (language) {
    case SyntaxLanguage::Json:
        return u"JSON"_s;
    case SyntaxLanguage::Yaml:
        return u"YAML"_s;
    case SyntaxLanguage::Shell:
        return u"Bash"_s;
    case SyntaxLanguage::Ini:
        return u"INI Files"_s;
    case SyntaxLanguage::Plain:
        break;
    }
    return {};
}

} // namespace

Kf6Highlighter::Kf6Highlighter(QTextDocument *document)
    : QObject(document)
    , m_repository(std::make_unique<KSyntaxHighlighting::Repository>())
    // Parented to this object (not the document) so the document holds exactly one attachment;
    // the unique_ptr still deletes it before the repository goes.
    , m_highlighter(std::make_unique<KSyntaxHighlighting::SyntaxHighlighter>(this))
{}

Kf6Highlighter::~Kf6Highlighter() = default;

Kf6Highlighter *Kf6Highlighter::attach(QTextDocument *document, SyntaxLanguage language)
{
    const QString name = definitionName(language);
    if (name.isEmpty())
        return nullptr;
    // One repository per attachment rather than a process-wide one: Keyward highlights a handful
    // of small documents, and the repository then dies with the view that needed it.
    auto attachment = std::unique_ptr<Kf6Highlighter>(new Kf6Highlighter(document));
    const KSyntaxHighlighting::Definition definition =
        attachment->m_repository->definitionForName(name);
    if (!definition.isValid())
        return nullptr;
    attachment->applyPaletteTheme();
    attachment->m_highlighter->setDefinition(definition);
    attachment->m_highlighter->setDocument(document);
    if (QCoreApplication *app = QCoreApplication::instance())
        app->installEventFilter(attachment.get());
    return attachment.release();
}

QSyntaxHighlighter *Kf6Highlighter::highlighter() const
{
    return m_highlighter.get();
}

void Kf6Highlighter::applyPaletteTheme()
{
    const bool dark = isDarkPalette(QGuiApplication::palette());
    m_highlighter->setTheme(
        m_repository->defaultTheme(dark ? KSyntaxHighlighting::Repository::DarkTheme
                                        : KSyntaxHighlighting::Repository::LightTheme));
}

bool Kf6Highlighter::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ApplicationPaletteChange &&
        watched == QCoreApplication::instance()) {
        applyPaletteTheme();
        m_highlighter->rehighlight();
    }
    return QObject::eventFilter(watched, event);
}

} // namespace keyward
