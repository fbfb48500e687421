// SPDX-License-Identifier: GPL-3.0-or-later
#include "tsfile.h"

#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace keyward::i18ncheck {

QString TsMessage::where() const
{
    QString shown = source.left(70);
    shown.replace(u'\n', u"\\n"_s);
    return u"%1: \"%2\""_s.arg(context, shown);
}

namespace {

void readMessage(QXmlStreamReader &xml, TsMessage *message)
{
    while (xml.readNextStartElement()) {
        if (xml.name() == "source"_L1) {
            message->source = xml.readElementText();
        } else if (xml.name() == "comment"_L1) {
            message->comment = xml.readElementText();
        } else if (xml.name() == "translation"_L1) {
            message->type = xml.attributes().value("type"_L1).toString();
            if (message->numerus) {
                while (xml.readNextStartElement()) {
                    if (xml.name() == "numerusform"_L1) {
                        message->translations << xml.readElementText();
                    } else {
                        xml.skipCurrentElement();
                    }
                }
            } else {
                message->translations << xml.readElementText();
            }
        } else {
            xml.skipCurrentElement();
        }
    }
}

} // namespace

bool readTsFile(const QString &path, TsFile *file, QString *error)
{
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly)) {
        *error = u"%1: %2"_s.arg(path, in.errorString());
        return false;
    }
    QXmlStreamReader xml(&in);
    if (!xml.readNextStartElement() || xml.name() != "TS"_L1) {
        *error = u"%1: not a Qt Linguist file"_s.arg(path);
        return false;
    }
    file->language = xml.attributes().value("language"_L1).toString();
    file->messages.clear();
    while (xml.readNextStartElement()) {
        if (xml.name() != "context"_L1) {
            xml.skipCurrentElement();
            continue;
        }
        QString context;
        while (xml.readNextStartElement()) {
            if (xml.name() == "name"_L1) {
                context = xml.readElementText();
            } else if (xml.name() == "message"_L1) {
                TsMessage message;
                message.context = context;
                message.numerus = xml.attributes().value("numerus"_L1) == "yes"_L1;
                readMessage(xml, &message);
                file->messages << message;
            } else {
                xml.skipCurrentElement();
            }
        }
    }
    if (xml.hasError()) {
        *error = u"%1:%2: %3"_s.arg(path).arg(xml.lineNumber()).arg(xml.errorString());
        return false;
    }
    return true;
}

namespace {

QHash<QString, int> countMatches(const QRegularExpression &re, const QString &text,
                                 bool caseless = false)
{
    QHash<QString, int> counts;
    for (const QRegularExpressionMatch &m : re.globalMatch(text)) {
        ++counts[caseless ? m.captured().toLower() : m.captured()];
    }
    return counts;
}

QStringList sortedKeys(const QHash<QString, int> &counts)
{
    QStringList keys;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        for (int i = 0; i < it.value(); ++i) {
            keys << it.key();
        }
    }
    keys.sort();
    return keys;
}

int acceleratorCount(QString text)
{
    static const QRegularExpression entity(u"&(?:[A-Za-z]+|#[0-9]+|#x[0-9A-Fa-f]+);"_s);
    static const QRegularExpression accelerator(u"&(?=[^\\s&])"_s);
    text.remove(u"&&"_s);
    text.remove(entity);
    return int(text.count(accelerator));
}

QString leadingSpace(const QString &text)
{
    qsizetype i = 0;
    while (i < text.size() && text.at(i).isSpace()) {
        ++i;
    }
    return text.left(i);
}

QString trailingSpace(const QString &text)
{
    qsizetype i = text.size();
    while (i > 0 && text.at(i - 1).isSpace()) {
        --i;
    }
    return text.mid(i);
}

} // namespace

QStringList translationProblems(const QString &source, const QString &translation,
                                bool singularForm)
{
    static const QRegularExpression placeholder(u"%(?:L?[1-9][0-9]?|n)"_s);
    static const QRegularExpression tag(u"</?[A-Za-z][^<>]*>"_s);
    static const QRegularExpression entity(u"&(?:[A-Za-z]+|#[0-9]+|#x[0-9A-Fa-f]+);"_s);
    static const QRegularExpression shortcut(u"\\b(?:Ctrl|Shift|Alt|Meta)\\+\\S+"_s);
    static const QStringList products = {u"Keyward"_s, u"CAVE"_s, u"Warp 10"_s,
                                         u"JSON"_s,    u"CSV"_s,  u"iCalendar"_s,
                                         u"JWT"_s,     u"JWKS"_s, u"PostgreSQL"_s};

    if (translation.trimmed().isEmpty()) {
        return source.trimmed().isEmpty() ? QStringList() : QStringList{u"empty translation"_s};
    }
    const QString &src = source;
    QStringList problems;
    auto srcPlaceholders = countMatches(placeholder, src);
    // The singular of a plural message may write the number out ("ein Token").
    if (singularForm && !translation.contains(u"%n"_s)) {
        srcPlaceholders.remove(u"%n"_s);
    }
    const auto trPlaceholders = countMatches(placeholder, translation);
    if (srcPlaceholders != trPlaceholders) {
        problems << u"placeholders differ: source %1, translation %2"_s.arg(
            sortedKeys(srcPlaceholders).join(u' '), sortedKeys(trPlaceholders).join(u' '));
    }
    if (countMatches(tag, src, true) != countMatches(tag, translation, true)) {
        problems << u"HTML tags differ"_s;
    }
    if (countMatches(entity, src) != countMatches(entity, translation)) {
        problems << u"HTML entities differ"_s;
    }
    const int srcAccelerators = acceleratorCount(src);
    const int trAccelerators = acceleratorCount(translation);
    if (srcAccelerators != trAccelerators) {
        problems << u"%1 keyboard accelerator(s) \"&\", the source has %2"_s.arg(trAccelerators)
                        .arg(srcAccelerators);
    }
    if (src.contains(u'…') != translation.contains(u'…')) {
        problems << u"the ellipsis \"…\" is in only one of source and translation"_s;
    }
    if (leadingSpace(src) != leadingSpace(translation) ||
        trailingSpace(src) != trailingSpace(translation)) {
        problems << u"leading or trailing white space differs"_s;
    }
    if (src.count(u'\n') != translation.count(u'\n')) {
        problems << u"the number of line breaks differs"_s;
    }
    if (countMatches(shortcut, src) != countMatches(shortcut, translation)) {
        problems << u"a keyboard shortcut was changed or translated"_s;
    }
    for (const QString &product : products) {
        const QRegularExpression word(u"\\b%1\\b"_s.arg(QRegularExpression::escape(product)));
        if (src.contains(word) && !translation.contains(word)) {
            problems << u"the product name \"%1\" is missing"_s.arg(product);
        }
    }
    return problems;
}

} // namespace keyward::i18ncheck
