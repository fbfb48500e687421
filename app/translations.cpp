// SPDX-License-Identifier: GPL-3.0-or-later
#include "translations.h"

#include "settings/settingkeys.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace keyward {

void installTranslations(QCoreApplication &app, const QString &language)
{
    const QString code = language.trimmed();
    if (!code.isEmpty()) {
        // Widgets format dates and numbers with the default locale: an
        // override of the language should not leave them in the system's.
        QLocale::setDefault(QLocale(code));
    }
    const QLocale locale = code.isEmpty() ? QLocale() : QLocale(code);
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(locale, u"qtbase"_s, u"_"_s,
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qtTranslator);
    } else {
        delete qtTranslator;
    }
    auto *translator = new QTranslator(&app);
    // keyward_en holds only the English plural forms (lupdate -pluralonly).
    if (translator->load(locale, u"keyward"_s, u"_"_s, u":/i18n"_s) ||
        translator->load(u"keyward_en"_s, u":/i18n"_s)) {
        QCoreApplication::installTranslator(translator);
    } else {
        delete translator;
    }
}

QString chosenLanguage(const QSettings &settings, const QString &commandLine)
{
    if (!commandLine.trimmed().isEmpty()) {
        return commandLine.trimmed();
    }
    return settings::ui::language.read(settings).trimmed();
}

} // namespace keyward
