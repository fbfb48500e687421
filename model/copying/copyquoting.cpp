// SPDX-License-Identifier: GPL-3.0-or-later
#include "copyquoting.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace keyward::quoting {

namespace {

QString hex(char16_t c, int width)
{
    return QString::number(c, 16).toUpper().rightJustified(width, u'0');
}

} // namespace

QString shell(const QString &value)
{
    QString quoted = value;
    quoted.replace(u"'"_s, u"'\\''"_s);
    return u'\'' + quoted + u'\'';
}

QString json(const QString &value)
{
    // Qt's own JSON writer does the escaping; a one-element array is the
    // smallest document that holds a bare string.
    const QByteArray array = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(array.mid(1, array.size() - 2));
}

QString yaml(const QString &value)
{
    // A JSON string literal is a valid YAML double-quoted scalar; YAML only
    // adds characters that must not appear raw: the line breaks YAML 1.1
    // parsers honour, DEL and the C1 controls, and a byte-order mark.
    const QString quoted = json(value);
    QString out;
    out.reserve(quoted.size());
    for (const QChar ch : quoted) {
        const char16_t c = ch.unicode();
        if (c == 0x85) {
            out += u"\\N"_s;
        } else if (c == 0x2028) {
            out += u"\\L"_s;
        } else if (c == 0x2029) {
            out += u"\\P"_s;
        } else if (c == 0xFEFF) {
            out += u"\\uFEFF"_s;
        } else if (c >= 0x7F && c <= 0x9F) {
            out += u"\\x"_s + hex(c, 2);
        } else {
            out += ch;
        }
    }
    return out;
}

QString compose(const QString &value)
{
    QString quoted = yaml(value);
    quoted.replace(u"$"_s, u"$$"_s);
    return quoted;
}

QString systemd(const QString &value)
{
    QString out;
    out.reserve(value.size() + 2);
    out += u'"';
    for (const QChar ch : value) {
        if (ch == u'\\' || ch == u'"' || ch == u'$' || ch == u'`') {
            out += u'\\';
        }
        out += ch;
    }
    out += u'"';
    return out;
}

QString dotenv(const QString &value)
{
    const bool singleQuotable = std::none_of(value.cbegin(), value.cend(), [](QChar ch) {
        return ch == u'\'' || ch.unicode() < 0x20 || ch.unicode() == 0x7F;
    });
    return singleQuotable ? u'\'' + value + u'\'' : systemd(value);
}

QString url(const QString &value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

} // namespace keyward::quoting
