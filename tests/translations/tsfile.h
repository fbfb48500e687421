// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace keyward::i18ncheck {

// One <message> of a Qt Linguist .ts file.
struct TsMessage
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type;             // "", "unfinished", "obsolete" or "vanished"
    QStringList translations; // one entry, or one per <numerusform>

    // Identifies the message as lupdate does: the same text in another
    // context, or with another disambiguation comment, is another message.
    QString key() const { return context + u'\x04' + source + u'\x04' + comment; }
    QString where() const;
};

struct TsFile
{
    QString language;
    QList<TsMessage> messages;
};

// Returns false with *error set when the file cannot be read or is not a .ts file.
bool readTsFile(const QString &path, TsFile *file, QString *error);

// The translation rules of docs: the problems of one translation, empty when it is fine.
// `singularForm` is true for the first plural form, which may spell out the number.
QStringList translationProblems(const QString &source, const QString &translation,
                                bool singularForm = false);

} // namespace keyward::i18ncheck
