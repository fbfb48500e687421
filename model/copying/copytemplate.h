// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "copycontext.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace keyward {

/// What a snippet is written in; the ui maps it to a highlighter.
enum class SnippetLanguage
{
    Plain,
    Json,
    Yaml,
    Shell,
    Ini
};

/// Stable spellings for settings: "plain", "json", "yaml", "shell", "ini".
QString snippetLanguageToString(SnippetLanguage language);
std::optional<SnippetLanguage> snippetLanguageFromString(const QString &text);

/// The values a template is rendered with. Rendering never stores or logs them.
struct CopyValues
{
    QString token;
    QString description;
    CopyContext context;
};

/// A "Copy as…" template: a name, the language of the snippet it produces and
/// a body with placeholders.
///
/// Placeholder syntax: `{name}` or `{name|quoting}`.
///   Names: token, org, team, server, publish_url, description,
///   authorization_header ("Authorization: Bearer <token>"),
///   secret_name (kubernetesName() of the context).
///   Quoting (see copyquoting.h): raw, shell, json, yaml, compose, dotenv,
///   systemd, url. Every quoting except raw and url produces a complete
///   literal including its quotes.
///   Without `|quoting`, the template's language decides: Shell → shell,
///   Json → json, Yaml → yaml, Ini → dotenv, Plain → raw, so a value can never
///   break out of its snippet by accident.
/// `{{` writes a literal `{` (for `${VAR}` in shell or Compose templates); any
/// other `{` that does not start a placeholder is copied as it is, so JSON
/// bodies need no escaping.
class CopyTemplate
{
    Q_DECLARE_TR_FUNCTIONS(keyward::CopyTemplate)

public:
    CopyTemplate() = default;
    CopyTemplate(QString id, QString name, SnippetLanguage language, QString body,
                 bool builtIn = false);

    QString id() const { return m_id; }
    QString name() const { return m_name; }
    SnippetLanguage language() const { return m_language; }
    QString body() const { return m_body; }
    bool isBuiltIn() const { return m_builtIn; }

    void setName(const QString &name) { m_name = name; }
    void setLanguage(SnippetLanguage language) { m_language = language; }
    void setBody(const QString &body) { m_body = body; }

    /// The snippet with every placeholder replaced. Unknown placeholders are
    /// left as they are (problems() reports them before a user template is saved).
    QString render(const CopyValues &values) const;

    /// Sentences explaining what is wrong with the name or body; empty when
    /// the template can be saved.
    QStringList problems() const;

    static QStringList placeholderNames();
    static QStringList quotingNames();

    friend bool operator==(const CopyTemplate &, const CopyTemplate &) = default;

private:
    QString m_id;
    QString m_name;
    SnippetLanguage m_language = SnippetLanguage::Plain;
    QString m_body;
    bool m_builtIn = false;
};

} // namespace keyward
