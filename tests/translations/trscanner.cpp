// SPDX-License-Identifier: GPL-3.0-or-later
#include "trscanner.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace keyward::i18ncheck {

QString UntranslatedString::toString() const
{
    return u"%1:%2: %3(\"%4\") is not wrapped in tr()"_s.arg(file).arg(line).arg(call, literal);
}

namespace {

struct Token
{
    enum Kind
    {
        Identifier,
        String,
        Punctuation
    };
    Kind kind = Punctuation;
    QString text;  // identifier or punctuation; for strings the suffix (_s, _L1, _ba…)
    QString value; // the literal's characters, escapes left as written
    int line = 0;
};

bool isIdentStart(QChar c)
{
    return c.isLetter() || c == u'_';
}
bool isIdentChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_';
}

// A small C++ lexer: enough to tell code from comments, preprocessor lines,
// character and string literals (with encoding prefixes, raw strings and
// user-defined suffixes), so that "//" inside a URL or "(" inside a string
// does not confuse the call matching.
class Lexer
{
public:
    explicit Lexer(const QString &text)
        : m_text(text)
    {}

    QList<Token> tokens()
    {
        QList<Token> out;
        bool lineStart = true;
        while (m_pos < m_text.size()) {
            const QChar c = m_text.at(m_pos);
            if (c == u'\n') {
                ++m_line;
                ++m_pos;
                lineStart = true;
                continue;
            }
            if (c.isSpace()) {
                ++m_pos;
                continue;
            }
            if (c == u'#' && lineStart) {
                skipPreprocessorLine();
                continue;
            }
            lineStart = false;
            if (c == u'/' && peek(1) == u'/') {
                while (m_pos < m_text.size() && m_text.at(m_pos) != u'\n') {
                    ++m_pos;
                }
            } else if (c == u'/' && peek(1) == u'*') {
                m_pos += 2;
                while (m_pos < m_text.size() && !(m_text.at(m_pos) == u'*' && peek(1) == u'/')) {
                    m_line += m_text.at(m_pos) == u'\n' ? 1 : 0;
                    ++m_pos;
                }
                m_pos += 2;
            } else if (c == u'"') {
                out << stringLiteral(false);
            } else if (c == u'\'') {
                skipQuoted(u'\'');
            } else if (c.isDigit()) {
                while (m_pos < m_text.size() &&
                       (isIdentChar(m_text.at(m_pos)) || m_text.at(m_pos) == u'.' ||
                        (m_text.at(m_pos) == u'\'' && isIdentChar(peek(1))))) {
                    ++m_pos;
                }
            } else if (isIdentStart(c)) {
                const qsizetype start = m_pos;
                while (m_pos < m_text.size() && isIdentChar(m_text.at(m_pos))) {
                    ++m_pos;
                }
                const QString word = m_text.mid(start, m_pos - start);
                static const QSet<QString> prefixes = {u"u"_s,  u"u8"_s,  u"U"_s,  u"L"_s, u"R"_s,
                                                       u"uR"_s, u"u8R"_s, u"UR"_s, u"LR"_s};
                if (m_pos < m_text.size() && m_text.at(m_pos) == u'"' && prefixes.contains(word)) {
                    out << stringLiteral(word.endsWith(u'R'));
                } else {
                    out << Token{Token::Identifier, word, {}, m_line};
                }
            } else if (c == u':' && peek(1) == u':') {
                out << Token{Token::Punctuation, u"::"_s, {}, m_line};
                m_pos += 2;
            } else {
                out << Token{Token::Punctuation, QString(c), {}, m_line};
                ++m_pos;
            }
        }
        return out;
    }

private:
    QChar peek(qsizetype ahead) const
    {
        return m_pos + ahead < m_text.size() ? m_text.at(m_pos + ahead) : QChar();
    }

    void skipPreprocessorLine()
    {
        while (m_pos < m_text.size() && m_text.at(m_pos) != u'\n') {
            if (m_text.at(m_pos) == u'\\' && peek(1) == u'\n') {
                ++m_line;
                ++m_pos;
            }
            ++m_pos;
        }
    }

    void skipQuoted(QChar quote)
    {
        ++m_pos;
        while (m_pos < m_text.size() && m_text.at(m_pos) != quote && m_text.at(m_pos) != u'\n') {
            m_pos += m_text.at(m_pos) == u'\\' ? 2 : 1;
        }
        ++m_pos;
    }

    Token stringLiteral(bool raw)
    {
        Token token{Token::String, {}, {}, m_line};
        ++m_pos; // the opening quote
        if (raw) {
            const qsizetype open = m_text.indexOf(u'(', m_pos);
            const QString end = u')' + m_text.mid(m_pos, open - m_pos) + u'"';
            const qsizetype close = open < 0 ? -1 : m_text.indexOf(end, open);
            const qsizetype stop = close < 0 ? m_text.size() : close;
            token.value = m_text.mid(open + 1, stop - open - 1);
            m_line += int(token.value.count(u'\n'));
            m_pos = close < 0 ? m_text.size() : close + end.size();
        } else {
            const qsizetype start = m_pos;
            while (m_pos < m_text.size() && m_text.at(m_pos) != u'"' && m_text.at(m_pos) != u'\n') {
                m_pos += m_text.at(m_pos) == u'\\' ? 2 : 1;
            }
            token.value = m_text.mid(start, m_pos - start);
            ++m_pos;
        }
        const qsizetype suffix = m_pos;
        while (m_pos < m_text.size() && isIdentChar(m_text.at(m_pos))) {
            ++m_pos;
        }
        token.text = m_text.mid(suffix, m_pos - suffix);
        return token;
    }

    const QString &m_text;
    qsizetype m_pos = 0;
    int m_line = 1;
};

// Member functions whose string arguments the user reads.
const QSet<QString> &textCalls()
{
    static const QSet<QString> calls = {u"setText"_s,
                                        u"setWindowTitle"_s,
                                        u"setToolTip"_s,
                                        u"setPlaceholderText"_s,
                                        u"setStatusTip"_s,
                                        u"setWhatsThis"_s,
                                        u"addAction"_s,
                                        u"addMenu"_s,
                                        u"addRow"_s,
                                        u"addTab"_s,
                                        u"insertTab"_s,
                                        u"setTabText"_s,
                                        u"setHeaderLabels"_s,
                                        u"setHorizontalHeaderLabels"_s,
                                        u"setTitle"_s,
                                        u"setSubTitle"_s,
                                        u"setLabelText"_s,
                                        u"setButtonText"_s,
                                        u"showMessage"_s,
                                        u"setAccessibleName"_s,
                                        u"setAccessibleDescription"_s,
                                        u"setInformativeText"_s,
                                        u"setDetailedText"_s,
                                        u"setSuffix"_s,
                                        u"setPrefix"_s,
                                        u"setSpecialValueText"_s,
                                        u"addItem"_s,
                                        u"insertItem"_s,
                                        u"addButton"_s,
                                        u"setDescription"_s,
                                        u"setApplicationDescription"_s};
    return calls;
}

// Widgets and actions whose constructor takes the text shown.
const QSet<QString> &textClasses()
{
    static const QSet<QString> classes = {
        u"QLabel"_s,       u"QPushButton"_s, u"QCheckBox"_s, u"QGroupBox"_s,         u"QAction"_s,
        u"QRadioButton"_s, u"QToolButton"_s, u"QMenu"_s,     u"QCommandLinkButton"_s};
    return classes;
}

const QSet<QString> &messageBoxCalls()
{
    static const QSet<QString> calls = {u"information"_s, u"warning"_s, u"critical"_s,
                                        u"question"_s, u"about"_s};
    return calls;
}

// Calls that pass their argument through without translating it.
const QSet<QString> &transparentCalls()
{
    static const QSet<QString> calls = {
        u"QStringLiteral"_s, u"QString"_s,  u"QLatin1String"_s, u"QLatin1StringView"_s,
        u"QStringView"_s,    u"fromUtf8"_s, u"fromLatin1"_s,    u"QStringList"_s};
    return calls;
}

bool hasLetter(const QString &literal)
{
    // Escapes such as \n or \u2026 are not words.
    static const QRegularExpression escape(u"\\\\(?:u[0-9A-Fa-f]{4}|x[0-9A-Fa-f]+|.)"_s);
    static const QRegularExpression letter(u"[A-Za-z]"_s);
    return QString(literal).remove(escape).contains(letter);
}

// Index of the "(" or "{" that opens the argument list of a text sink at i, or -1.
qsizetype sinkOpening(const QList<Token> &tokens, qsizetype i)
{
    const auto is = [&](qsizetype k, const QString &text) {
        return k < tokens.size() && tokens.at(k).kind != Token::String && tokens.at(k).text == text;
    };
    const Token &t = tokens.at(i);
    if (t.kind != Token::Identifier) {
        return -1;
    }
    if (textCalls().contains(t.text) && is(i + 1, u"("_s)) {
        return i + 1;
    }
    if (messageBoxCalls().contains(t.text) && is(i + 1, u"("_s) && i >= 2 && is(i - 1, u"::"_s) &&
        tokens.at(i - 2).text == "QMessageBox"_L1) {
        return i + 1;
    }
    if (textClasses().contains(t.text) && !is(i + 1, u"::"_s)) {
        if (is(i + 1, u"("_s) || is(i + 1, u"{"_s)) {
            return i + 1;
        }
        if (i + 2 < tokens.size() && tokens.at(i + 1).kind == Token::Identifier &&
            (is(i + 2, u"("_s) || is(i + 2, u"{"_s))) {
            return i + 2;
        }
    }
    return -1;
}

} // namespace

QList<UntranslatedString> findUntranslatedStrings(const QString &fileName, const QString &text)
{
    const QList<Token> tokens = Lexer(text).tokens();
    QList<UntranslatedString> found;
    QSet<qsizetype> reported;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const qsizetype open = sinkOpening(tokens, i);
        if (open < 0) {
            continue;
        }
        // Frames of the calls, brackets and braces between the sink and a literal.
        QStringList frames;
        // addItem(text, userData): literals after the first argument are data.
        const bool dataAfterFirst =
            tokens.at(i).text == "addItem"_L1 || tokens.at(i).text == "insertItem"_L1;
        int argument = 0;
        for (qsizetype k = open + 1; k < tokens.size(); ++k) {
            const Token &t = tokens.at(k);
            if (t.kind == Token::Punctuation && t.text == ","_L1 && frames.isEmpty()) {
                ++argument;
                continue;
            }
            if (t.kind == Token::Punctuation &&
                (t.text == "("_L1 || t.text == "{"_L1 || t.text == "["_L1)) {
                const bool call = t.text == "("_L1 && tokens.at(k - 1).kind == Token::Identifier;
                frames << (call ? tokens.at(k - 1).text : t.text);
            } else if (t.kind == Token::Punctuation &&
                       (t.text == ")"_L1 || t.text == "}"_L1 || t.text == "]"_L1)) {
                if (frames.isEmpty()) {
                    break; // the sink's own closing parenthesis
                }
                frames.removeLast();
            } else if (t.kind == Token::Punctuation && t.text == ";"_L1 && frames.isEmpty()) {
                break;
            } else if (t.kind == Token::String && t.text != "_ba"_L1 && hasLetter(t.value) &&
                       !reported.contains(k) && !(dataAfterFirst && argument > 0)) {
                const bool direct =
                    std::all_of(frames.cbegin(), frames.cend(), [](const QString &frame) {
                        return transparentCalls().contains(frame);
                    });
                if (direct) {
                    reported.insert(k);
                    found << UntranslatedString{fileName, t.line, tokens.at(i).text, t.value};
                }
            }
        }
    }
    return found;
}

} // namespace keyward::i18ncheck
