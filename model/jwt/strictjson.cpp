// SPDX-License-Identifier: GPL-3.0-or-later
#include "strictjson.h"

#include <QJsonDocument>
#include <QSet>
#include <QStringDecoder>
#include <QVarLengthArray>

#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;

namespace keyward::jwt {

namespace {

// Deep enough for any real claim set, shallow enough that recursion cannot
// exhaust the stack on a hostile 8 KiB token.
constexpr int kMaxDepth = 32;

/// A validating pass over RFC 8259 text. It exists only to see what
/// QJsonDocument hides: repeated member names (compared after unescaping, so
/// "exp" and "\u0065xp" collide), lone surrogates and trailing garbage. The
/// values themselves are then taken from QJsonDocument.
class Scanner
{
public:
    explicit Scanner(QByteArrayView text)
        : m_text(text)
    {}

    std::optional<JwtError> scanDocument()
    {
        skipWhitespace();
        if (peek() != '{')
            return fail(u"The JSON text is not an object."_s);
        if (auto error = scanValue(0))
            return error;
        skipWhitespace();
        if (m_pos != m_text.size())
            return fail(u"The JSON text has trailing characters."_s);
        return std::nullopt;
    }

private:
    char peek() const { return m_pos < m_text.size() ? m_text[m_pos] : '\0'; }
    bool atEnd() const { return m_pos >= m_text.size(); }

    static JwtError fail(const QString &detail)
    {
        return JwtError{JwtErrorCode::MalformedPayload, detail};
    }

    void skipWhitespace()
    {
        while (!atEnd()) {
            const char c = m_text[m_pos];
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
                return;
            ++m_pos;
        }
    }

    bool consumeLiteral(QByteArrayView literal)
    {
        if (m_text.sliced(m_pos).startsWith(literal)) {
            m_pos += literal.size();
            return true;
        }
        return false;
    }

    std::optional<JwtError> scanValue(int depth)
    {
        if (depth > kMaxDepth)
            return fail(u"The JSON text is nested too deeply."_s);
        skipWhitespace();
        switch (peek()) {
        case '{':
            return scanObject(depth);
        case '[':
            return scanArray(depth);
        case '"':
            return scanString(nullptr);
        case 't':
            return consumeLiteral("true") ? std::nullopt
                                          : std::optional(fail(u"Invalid JSON literal."_s));
        case 'f':
            return consumeLiteral("false") ? std::nullopt
                                           : std::optional(fail(u"Invalid JSON literal."_s));
        case 'n':
            return consumeLiteral("null") ? std::nullopt
                                          : std::optional(fail(u"Invalid JSON literal."_s));
        default:
            return scanNumber();
        }
    }

    std::optional<JwtError> scanObject(int depth)
    {
        ++m_pos; // '{'
        // Names as UTF-8 bytes: views into the text when the name has no
        // escape (the common case, no allocation), decoded copies otherwise,
        // so "exp" and "\u0065xp" still collide. Objects are small, so a
        // linear search until a set pays off.
        QVarLengthArray<QByteArrayView, 16> names;
        QSet<QByteArrayView> manyNames;
        std::vector<QByteArray> decodedNames;
        skipWhitespace();
        if (peek() == '}') {
            ++m_pos;
            return std::nullopt;
        }
        while (true) {
            skipWhitespace();
            if (peek() != '"')
                return fail(u"A JSON member name is not a string."_s);
            const qsizetype nameStart = m_pos + 1;
            QString decoded;
            if (auto error = scanString(nullptr))
                return error;
            QByteArrayView name = m_text.sliced(nameStart, m_pos - 1 - nameStart);
            if (name.contains('\\')) {
                m_pos = nameStart - 1;
                (void)scanString(&decoded); // valid: scanned just above
                decodedNames.push_back(decoded.toUtf8());
                name = decodedNames.back();
            }
            const bool repeated =
                manyNames.isEmpty() ? names.contains(name) : manyNames.contains(name);
            if (repeated)
                return JwtError{JwtErrorCode::DuplicateKey,
                                u"A JSON member name appears more than once."_s};
            if (manyNames.isEmpty() && names.size() < 32) {
                names.append(name);
            } else {
                if (manyNames.isEmpty())
                    manyNames = QSet<QByteArrayView>(names.begin(), names.end());
                manyNames.insert(name);
            }
            skipWhitespace();
            if (peek() != ':')
                return fail(u"A JSON member name is not followed by a colon."_s);
            ++m_pos;
            if (auto error = scanValue(depth + 1))
                return error;
            skipWhitespace();
            if (peek() == ',') {
                ++m_pos;
                continue;
            }
            if (peek() == '}') {
                ++m_pos;
                return std::nullopt;
            }
            return fail(u"A JSON object is not properly terminated."_s);
        }
    }

    std::optional<JwtError> scanArray(int depth)
    {
        ++m_pos; // '['
        skipWhitespace();
        if (peek() == ']') {
            ++m_pos;
            return std::nullopt;
        }
        while (true) {
            if (auto error = scanValue(depth + 1))
                return error;
            skipWhitespace();
            if (peek() == ',') {
                ++m_pos;
                continue;
            }
            if (peek() == ']') {
                ++m_pos;
                return std::nullopt;
            }
            return fail(u"A JSON array is not properly terminated."_s);
        }
    }

    std::optional<char16_t> scanHex4()
    {
        if (m_pos + 4 > m_text.size())
            return std::nullopt;
        char16_t value = 0;
        for (int i = 0; i < 4; ++i) {
            const char c = m_text[m_pos++];
            int digit = -1;
            if (c >= '0' && c <= '9')
                digit = c - '0';
            else if (c >= 'a' && c <= 'f')
                digit = c - 'a' + 10;
            else if (c >= 'A' && c <= 'F')
                digit = c - 'A' + 10;
            if (digit < 0)
                return std::nullopt;
            value = char16_t(value * 16 + digit);
        }
        return value;
    }

    /// Validates a string; when \p out is given, also decodes it there (only
    /// member names need their value: values come from QJsonDocument).
    std::optional<JwtError> scanString(QString *out)
    {
        ++m_pos; // opening quote
        qsizetype runStart = m_pos;
        QString discarded;
        QString &text = out ? *out : discarded;
        auto flushRun = [&] {
            if (out)
                text += QString::fromUtf8(m_text.sliced(runStart, m_pos - runStart));
        };
        while (true) {
            if (atEnd())
                return fail(u"A JSON string is not terminated."_s);
            const auto c = static_cast<unsigned char>(m_text[m_pos]);
            if (c == '"') {
                flushRun();
                ++m_pos;
                return std::nullopt;
            }
            if (c < 0x20)
                return fail(u"A JSON string contains an unescaped control character."_s);
            if (c != '\\') {
                ++m_pos;
                continue;
            }
            flushRun();
            ++m_pos;
            if (atEnd())
                return fail(u"A JSON string is not terminated."_s);
            const char escape = m_text[m_pos++];
            switch (escape) {
            case '"':
                text += u'"';
                break;
            case '\\':
                text += u'\\';
                break;
            case '/':
                text += u'/';
                break;
            case 'b':
                text += u'\b';
                break;
            case 'f':
                text += u'\f';
                break;
            case 'n':
                text += u'\n';
                break;
            case 'r':
                text += u'\r';
                break;
            case 't':
                text += u'\t';
                break;
            case 'u': {
                const auto unit = scanHex4();
                if (!unit)
                    return fail(u"A JSON string has an invalid \\u escape."_s);
                if (QChar::isLowSurrogate(*unit))
                    return fail(u"A JSON string has a lone surrogate escape."_s);
                text += QChar(*unit);
                if (QChar::isHighSurrogate(*unit)) {
                    if (!consumeLiteral("\\u"))
                        return fail(u"A JSON string has a lone surrogate escape."_s);
                    const auto low = scanHex4();
                    if (!low || !QChar::isLowSurrogate(*low))
                        return fail(u"A JSON string has a lone surrogate escape."_s);
                    text += QChar(*low);
                }
                break;
            }
            default:
                return fail(u"A JSON string has an invalid escape sequence."_s);
            }
            runStart = m_pos;
        }
    }

    std::optional<JwtError> scanNumber()
    {
        auto isDigit = [this] {
            return peek() >= '0' && peek() <= '9';
        };
        auto invalid = [] {
            return fail(u"Invalid JSON value."_s);
        };
        if (peek() == '-')
            ++m_pos;
        if (peek() == '0') {
            ++m_pos;
        } else if (isDigit()) {
            while (isDigit())
                ++m_pos;
        } else {
            return invalid();
        }
        if (peek() == '.') {
            ++m_pos;
            if (!isDigit())
                return invalid();
            while (isDigit())
                ++m_pos;
        }
        if (peek() == 'e' || peek() == 'E') {
            ++m_pos;
            if (peek() == '+' || peek() == '-')
                ++m_pos;
            if (!isDigit())
                return invalid();
            while (isDigit())
                ++m_pos;
        }
        return std::nullopt;
    }

    QByteArrayView m_text;
    qsizetype m_pos = 0;
};

} // namespace

Expected<QJsonObject, JwtError> parseStrictJsonObject(QByteArrayView utf8)
{
    // Token JSON is nearly always ASCII, which is valid UTF-8: only other
    // text pays for the decoder (and its QString) to find invalid sequences.
    const bool ascii = std::all_of(utf8.begin(), utf8.end(),
                                   [](char c) { return static_cast<unsigned char>(c) < 0x80; });
    if (!ascii) {
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString decoded = decoder(utf8);
        Q_UNUSED(decoded)
        if (decoder.hasError())
            return JwtError{JwtErrorCode::MalformedPayload, u"The JSON text is not valid UTF-8."_s};
    }

    Scanner scanner(utf8);
    if (auto error = scanner.scanDocument())
        return *error;

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(utf8.toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return JwtError{JwtErrorCode::MalformedPayload, u"The JSON text is not a valid object."_s};
    return document.object();
}

} // namespace keyward::jwt
