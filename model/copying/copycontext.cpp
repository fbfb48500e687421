// SPDX-License-Identifier: GPL-3.0-or-later
#include "copycontext.h"

using namespace Qt::StringLiterals;

namespace keyward {

QString serverAddress(const CopyContext &context)
{
    // StripTrailingSlash keeps the "/" of a root path.
    QString url = context.serverUrl.toString(QUrl::RemoveQuery | QUrl::RemoveFragment);
    while (url.endsWith(u'/')) {
        url.chop(1);
    }
    return url;
}

QString publishUrl(const CopyContext &context)
{
    // Names are URL-safe by construction; encoding anyway keeps a CAVE
    // server's looser names from breaking the URL.
    QString url = serverAddress(context);
    url +=
        u"/organizations/"_s + QString::fromLatin1(QUrl::toPercentEncoding(context.organization));
    if (!context.team.isEmpty()) {
        url += u"/teams/"_s + QString::fromLatin1(QUrl::toPercentEncoding(context.team));
    }
    url += u"/metrics"_s;
    return url;
}

QString kubernetesName(const CopyContext &context)
{
    QString raw = u"keyward-"_s + context.organization;
    if (!context.team.isEmpty()) {
        raw += u'-' + context.team;
    }
    QString name;
    name.reserve(raw.size());
    for (const QChar ch : raw.toLower()) {
        const bool allowed = (ch >= u'a' && ch <= u'z') || (ch >= u'0' && ch <= u'9') || ch == u'-';
        const QChar out = allowed ? ch : u'-';
        if (out == u'-' && name.endsWith(u'-')) {
            continue;
        }
        name += out;
    }
    name.truncate(63);
    while (name.endsWith(u'-')) {
        name.chop(1);
    }
    return name;
}

} // namespace keyward
