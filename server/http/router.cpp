// SPDX-License-Identifier: GPL-3.0-or-later
#include "router.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace keyward::server {

QString audienceName(Audience audience)
{
    switch (audience) {
    case Audience::Anyone:
        return u"anyone"_s;
    case Audience::User:
        return u"user"_s;
    case Audience::UserOrToken:
        return u"user-or-token"_s;
    case Audience::Publisher:
        return u"publisher"_s;
    }
    return {};
}

namespace {
bool isParameter(const QString &segment)
{
    return segment.size() > 2 && segment.startsWith(u'{') && segment.endsWith(u'}');
}

/// Literal segments first, so "/users/search" can never be shadowed by a
/// parameter in a route registered earlier.
int specificity(const Route &route)
{
    int score = 0;
    for (const QString &segment : route.segments)
        score = score * 2 + (isParameter(segment) ? 0 : 1);
    return score;
}
} // namespace

void Router::add(Method method, const QString &pattern, Audience audience, Handler handler)
{
    Route route{method, pattern, audience, std::move(handler),
                pattern.split(u'/', Qt::SkipEmptyParts)};
    m_routes.push_back(std::move(route));
    std::stable_sort(m_routes.begin(), m_routes.end(), [](const Route &a, const Route &b) {
        if (a.segments.size() != b.segments.size())
            return a.segments.size() < b.segments.size();
        return specificity(a) > specificity(b);
    });
}

Router::Match Router::match(Method method, const QString &encodedPath) const
{
    // Split before decoding so an encoded '/' inside a parameter (%2F) stays
    // part of that parameter instead of creating a new segment.
    const QStringList parts = encodedPath.split(u'/', Qt::SkipEmptyParts);
    Match result;
    const Route *pathMatch = nullptr;
    for (const Route &route : m_routes) {
        if (route.segments.size() != parts.size())
            continue;
        QHash<QString, QString> params;
        bool matches = true;
        for (qsizetype i = 0; i < parts.size() && matches; ++i) {
            const QString &segment = route.segments.at(i);
            const QString decoded = QUrl::fromPercentEncoding(parts.at(i).toUtf8());
            if (isParameter(segment))
                params.insert(segment.mid(1, segment.size() - 2), decoded);
            else
                matches = segment == decoded;
        }
        if (!matches)
            continue;
        if (pathMatch && pathMatch->segments != route.segments)
            continue; // a less specific pattern also matched: the first one wins
        pathMatch = &route;
        if (route.method == method) {
            result.route = &route;
            result.params = std::move(params);
            result.allowedMethods.clear();
            return result;
        }
        result.allowedMethods.append(route.method);
    }
    return result;
}

} // namespace keyward::server
