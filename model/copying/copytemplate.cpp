// SPDX-License-Identifier: GPL-3.0-or-later
#include "copytemplate.h"

#include "copyquoting.h"

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace keyward {

namespace {

enum class Quoting
{
    Raw,
    Shell,
    Json,
    Yaml,
    Compose,
    Dotenv,
    Systemd,
    Url
};

constexpr std::array<std::pair<QStringView, Quoting>, 8> quotings{{
    {u"raw", Quoting::Raw},
    {u"shell", Quoting::Shell},
    {u"json", Quoting::Json},
    {u"yaml", Quoting::Yaml},
    {u"compose", Quoting::Compose},
    {u"dotenv", Quoting::Dotenv},
    {u"systemd", Quoting::Systemd},
    {u"url", Quoting::Url},
}};

constexpr std::array<QStringView, 8> placeholders{u"token",
                                                  u"org",
                                                  u"team",
                                                  u"server",
                                                  u"publish_url",
                                                  u"description",
                                                  u"authorization_header",
                                                  u"secret_name"};

constexpr std::array<std::pair<QStringView, SnippetLanguage>, 5> languages{{
    {u"plain", SnippetLanguage::Plain},
    {u"json", SnippetLanguage::Json},
    {u"yaml", SnippetLanguage::Yaml},
    {u"shell", SnippetLanguage::Shell},
    {u"ini", SnippetLanguage::Ini},
}};

/// One piece of a parsed body: literal text, or a placeholder as written.
struct Piece
{
    QString text; ///< literal text, or the placeholder's name
    QString quoting;
    bool isPlaceholder = false;
    bool hasQuoting = false;
};

bool isNameStart(QChar ch)
{
    return (ch >= u'a' && ch <= u'z') || (ch >= u'A' && ch <= u'Z') || ch == u'_';
}

bool isNameChar(QChar ch)
{
    return isNameStart(ch) || (ch >= u'0' && ch <= u'9');
}

/// Reads an identifier at \p pos; returns its end (== pos when there is none).
qsizetype identifierEnd(const QString &body, qsizetype pos)
{
    if (pos >= body.size() || !isNameStart(body.at(pos))) {
        return pos;
    }
    qsizetype end = pos + 1;
    while (end < body.size() && isNameChar(body.at(end))) {
        ++end;
    }
    return end;
}

QList<Piece> parse(const QString &body)
{
    QList<Piece> pieces;
    QString literal;
    qsizetype i = 0;
    while (i < body.size()) {
        const QChar ch = body.at(i);
        if (ch != u'{') {
            literal += ch;
            ++i;
            continue;
        }
        if (i + 1 < body.size() && body.at(i + 1) == u'{') {
            literal += u'{';
            i += 2;
            continue;
        }
        const qsizetype nameEnd = identifierEnd(body, i + 1);
        Piece piece;
        piece.isPlaceholder = nameEnd > i + 1;
        qsizetype end = nameEnd;
        if (piece.isPlaceholder && end < body.size() && body.at(end) == u'|') {
            const qsizetype quotingEnd = identifierEnd(body, end + 1);
            piece.hasQuoting = true;
            piece.quoting = body.mid(end + 1, quotingEnd - end - 1);
            end = quotingEnd;
        }
        if (!piece.isPlaceholder || end >= body.size() || body.at(end) != u'}') {
            literal += ch;
            ++i;
            continue;
        }
        piece.text = body.mid(i + 1, nameEnd - i - 1);
        if (!literal.isEmpty()) {
            pieces.append(Piece{literal, {}, false, false});
            literal.clear();
        }
        pieces.append(piece);
        i = end + 1;
    }
    if (!literal.isEmpty()) {
        pieces.append(Piece{literal, {}, false, false});
    }
    return pieces;
}

std::optional<Quoting> quotingFromName(const QString &name)
{
    for (const auto &[spelling, quoting] : quotings) {
        if (name == spelling) {
            return quoting;
        }
    }
    return std::nullopt;
}

Quoting defaultQuoting(SnippetLanguage language)
{
    switch (language) {
    case SnippetLanguage::Shell:
        return Quoting::Shell;
    case SnippetLanguage::Json:
        return Quoting::Json;
    case SnippetLanguage::Yaml:
        return Quoting::Yaml;
    case SnippetLanguage::Ini:
        return Quoting::Dotenv;
    case SnippetLanguage::Plain:
        break;
    }
    return Quoting::Raw;
}

QString quote(Quoting quoting, const QString &value)
{
    switch (quoting) {
    case Quoting::Raw:
        return value;
    case Quoting::Shell:
        return quoting::shell(value);
    case Quoting::Json:
        return quoting::json(value);
    case Quoting::Yaml:
        return quoting::yaml(value);
    case Quoting::Compose:
        return quoting::compose(value);
    case Quoting::Dotenv:
        return quoting::dotenv(value);
    case Quoting::Systemd:
        return quoting::systemd(value);
    case Quoting::Url:
        return quoting::url(value);
    }
    return value;
}

std::optional<QString> placeholderValue(const QString &name, const CopyValues &values)
{
    if (name == u"token") {
        return values.token;
    }
    if (name == u"org") {
        return values.context.organization;
    }
    if (name == u"team") {
        return values.context.team;
    }
    if (name == u"server") {
        return serverAddress(values.context);
    }
    if (name == u"publish_url") {
        return publishUrl(values.context);
    }
    if (name == u"description") {
        return values.description;
    }
    if (name == u"authorization_header") {
        return u"Authorization: Bearer "_s + values.token;
    }
    if (name == u"secret_name") {
        return kubernetesName(values.context);
    }
    return std::nullopt;
}

QString braced(const QStringList &names)
{
    QStringList out;
    for (const QString &name : names) {
        out.append(u'{' + name + u'}');
    }
    return out.join(u", "_s);
}

} // namespace

QString snippetLanguageToString(SnippetLanguage language)
{
    for (const auto &[spelling, value] : languages) {
        if (value == language) {
            return spelling.toString();
        }
    }
    return u"plain"_s;
}

std::optional<SnippetLanguage> snippetLanguageFromString(const QString &text)
{
    for (const auto &[spelling, value] : languages) {
        if (text == spelling) {
            return value;
        }
    }
    return std::nullopt;
}

CopyTemplate::CopyTemplate(QString id, QString name, SnippetLanguage language, QString body,
                           bool builtIn)
    : m_id(std::move(id))
    , m_name(std::move(name))
    , m_language(language)
    , m_body(std::move(body))
    , m_builtIn(builtIn)
{}

QString CopyTemplate::render(const CopyValues &values) const
{
    QString out;
    for (const Piece &piece : parse(m_body)) {
        if (!piece.isPlaceholder) {
            out += piece.text;
            continue;
        }
        const std::optional<QString> value = placeholderValue(piece.text, values);
        const std::optional<Quoting> quoting =
            piece.hasQuoting ? quotingFromName(piece.quoting) : defaultQuoting(m_language);
        if (!value || !quoting) {
            out += u'{' + piece.text + (piece.hasQuoting ? u'|' + piece.quoting : QString()) + u'}';
            continue;
        }
        out += quote(*quoting, *value);
    }
    return out;
}

QStringList CopyTemplate::problems() const
{
    QStringList problems;
    if (m_name.trimmed().isEmpty()) {
        problems.append(tr("Give the template a name."));
    }
    bool insertsToken = false;
    for (const Piece &piece : parse(m_body)) {
        if (!piece.isPlaceholder) {
            continue;
        }
        const bool knownName = placeholderNames().contains(piece.text);
        if (!knownName) {
            problems.append(tr("{%1} is not a known placeholder; use one of %2.")
                                .arg(piece.text, braced(placeholderNames())));
            continue;
        }
        if (piece.hasQuoting && !quotingFromName(piece.quoting)) {
            problems.append(tr("“%1” after {%2| is not a known quoting; use one of %3.")
                                .arg(piece.quoting, piece.text, quotingNames().join(u", "_s)));
            continue;
        }
        insertsToken =
            insertsToken || piece.text == u"token" || piece.text == u"authorization_header";
    }
    if (!insertsToken) {
        problems.append(tr("The template never inserts the token; add {token} where it belongs."));
    }
    return problems;
}

QStringList CopyTemplate::placeholderNames()
{
    QStringList names;
    for (const QStringView name : placeholders) {
        names.append(name.toString());
    }
    return names;
}

QStringList CopyTemplate::quotingNames()
{
    QStringList names;
    for (const auto &entry : quotings) {
        names.append(entry.first.toString());
    }
    return names;
}

} // namespace keyward
