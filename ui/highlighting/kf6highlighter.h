// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Compiled only when CMake found KF6::SyntaxHighlighting (KEYWARD_HAVE_KF6_SYNTAX).

#include "highlighting/syntaxhighlighting.h"

#include <QObject>

#include <memory>

QT_BEGIN_NAMESPACE
class QSyntaxHighlighter;
QT_END_NAMESPACE

namespace KSyntaxHighlighting {
class Repository;
class SyntaxHighlighter;
} // namespace KSyntaxHighlighting

namespace keyward {

/// A KSyntaxHighlighting highlighter attached to one document together with the Repository its
/// definition and theme come from. Child of the document; follows the application palette
/// (light ↔ dark theme).
class Kf6Highlighter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Kf6Highlighter)

public:
    /// nullptr when KDE has no definition for \p language (the caller falls back to the
    /// built-in highlighter).
    static Kf6Highlighter *attach(QTextDocument *document, SyntaxLanguage language);
    ~Kf6Highlighter() override;

    QSyntaxHighlighter *highlighter() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit Kf6Highlighter(QTextDocument *document);
    void applyPaletteTheme();

    // Declared first so it is destroyed last: definitions and themes refer back to it.
    std::unique_ptr<KSyntaxHighlighting::Repository> m_repository;
    std::unique_ptr<KSyntaxHighlighting::SyntaxHighlighter> m_highlighter;
};

} // namespace keyward
