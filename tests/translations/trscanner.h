// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace keyward::i18ncheck {

// A string literal handed straight to a call that shows text to the user,
// without tr() around it.
struct UntranslatedString
{
    QString file;
    int line = 0;
    QString call;
    QString literal;

    QString toString() const;
};

// Scans C++ source text for string literals containing a letter that are passed
// directly (or through QStringLiteral/QString/…, which do not translate) to
// setText, setWindowTitle, setToolTip, addAction, QMessageBox::warning,
// QLabel(…) and the other user-visible text sinks. A literal inside another call
// (tr(), QIcon::fromTheme(), .arg(), a lambda…) is not reported.
QList<UntranslatedString> findUntranslatedStrings(const QString &fileName, const QString &text);

} // namespace keyward::i18ncheck
