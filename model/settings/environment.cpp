// SPDX-License-Identifier: GPL-3.0-or-later
#include "environment.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace keyward {

QString environmentToString(Environment environment)
{
    switch (environment) {
    case Environment::Production:
        return u"production"_s;
    case Environment::Staging:
        return u"staging"_s;
    case Environment::Development:
        return u"development"_s;
    case Environment::Custom:
        return u"custom"_s;
    }
    return {};
}

std::optional<Environment> environmentFromString(const QString &text)
{
    for (Environment environment : {Environment::Production, Environment::Staging,
                                    Environment::Development, Environment::Custom}) {
        if (text == environmentToString(environment)) {
            return environment;
        }
    }
    return std::nullopt;
}

QString environmentDisplayName(Environment environment)
{
    switch (environment) {
    case Environment::Production:
        return QCoreApplication::translate("keyward::Environment", "Production");
    case Environment::Staging:
        return QCoreApplication::translate("keyward::Environment", "Staging");
    case Environment::Development:
        return QCoreApplication::translate("keyward::Environment", "Development");
    case Environment::Custom:
        return QCoreApplication::translate("keyward::Environment", "Custom");
    }
    return {};
}

QString defaultEnvironmentColour(Environment environment)
{
    switch (environment) {
    case Environment::Production:
        return u"#c62828"_s; // red: the place where mistakes hurt
    case Environment::Staging:
        return u"#f9a825"_s; // amber
    case Environment::Development:
        return u"#2e7d32"_s; // green
    case Environment::Custom:
        return u"#546e7a"_s; // neutral slate until the user picks one
    }
    return {};
}

bool isValidColour(const QString &colour)
{
    if (colour.size() != 7 || colour.front() != u'#') {
        return false;
    }
    for (qsizetype i = 1; i < colour.size(); ++i) {
        const char16_t c = colour.at(i).unicode();
        const bool hex =
            (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
        if (!hex) {
            return false;
        }
    }
    return true;
}

} // namespace keyward
