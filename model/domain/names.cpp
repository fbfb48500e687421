// SPDX-License-Identifier: GPL-3.0-or-later
#include "names.h"

using namespace Qt::StringLiterals;

namespace keyward {

namespace {

constexpr qsizetype MaxNameLength = 64;
constexpr qsizetype MaxEmailLength = 254;

bool isAsciiLetterOrDigit(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
}

bool isNameChar(QChar c)
{
    return isAsciiLetterOrDigit(c) || c == u'-' || c == u'_' || c == u'.';
}

} // namespace

bool isValidName(const QString &name)
{
    return nameProblem(name).isEmpty();
}

QString nameProblem(const QString &name)
{
    if (name.isEmpty())
        return u"A name must not be empty."_s;
    if (name.size() > MaxNameLength)
        return u"A name must be at most %1 characters long; this one has %2."_s.arg(MaxNameLength)
            .arg(name.size());
    if (!isAsciiLetterOrDigit(name.front()))
        return u"A name must start with an ASCII letter or digit."_s;
    for (const QChar c : name) {
        if (!isNameChar(c)) {
            const QString shown =
                c.isPrint() && !c.isSpace()
                    ? u"'%1'"_s.arg(c)
                    : u"U+%1"_s.arg(uint(c.unicode()), 4, 16, QChar(u'0')).toUpper();
            return u"A name may only contain ASCII letters, digits, '-', '_' and '.'; %1 is not allowed."_s
                .arg(shown);
        }
    }
    return {};
}

bool isPlausibleEmail(const QString &email)
{
    if (email.isEmpty() || email.size() > MaxEmailLength)
        return false;
    const qsizetype at = email.indexOf(u'@');
    if (at <= 0 || at == email.size() - 1 || email.indexOf(u'@', at + 1) != -1)
        return false;
    for (const QChar c : email) {
        if (c.isSpace() || c.category() == QChar::Other_Control ||
            c.category() == QChar::Other_Format)
            return false;
    }
    return true;
}

} // namespace keyward
