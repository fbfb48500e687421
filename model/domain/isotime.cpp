// SPDX-License-Identifier: GPL-3.0-or-later
#include "isotime.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace keyward {

QString formatIsoTime(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    return time.toUTC().toString(u"yyyy-MM-dd'T'HH:mm:ss.zzz'Z'"_s);
}

std::optional<QDateTime> parseIsoTime(const QString &text)
{
    // RFC 3339 profile of ISO 8601: a full date, a full time and a mandatory
    // offset. Hand-rolled because Qt::ISODateWithMs also accepts times without
    // an offset (as local time), which would make the instant depend on the
    // reader's machine.
    static const QRegularExpression pattern(
        uR"(^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(?:([Zz])|([+-])(\d{2}):(\d{2}))$)"_s);
    const QRegularExpressionMatch m = pattern.match(text);
    if (!m.hasMatch())
        return std::nullopt;

    const auto number = [&m](int group) {
        return m.capturedView(group).toInt();
    };
    const QDate date(number(1), number(2), number(3));
    if (!date.isValid())
        return std::nullopt;

    int millis = 0;
    if (m.hasCaptured(7)) {
        // Keep milliseconds, drop finer digits (the wire carries milliseconds).
        const QString fraction = m.captured(7).left(3).leftJustified(3, u'0');
        millis = fraction.toInt();
    }
    const QTime clock(number(4), number(5), number(6), millis);
    if (!clock.isValid())
        return std::nullopt;

    int offsetSeconds = 0;
    if (!m.hasCaptured(8)) {
        const int hours = number(10);
        const int minutes = number(11);
        if (hours > 23 || minutes > 59)
            return std::nullopt;
        offsetSeconds = (hours * 60 + minutes) * 60;
        if (m.capturedView(9) == u"-")
            offsetSeconds = -offsetSeconds;
    }
    const QDateTime local(date, clock, Qt::OffsetFromUTC, offsetSeconds);
    if (!local.isValid())
        return std::nullopt;
    return local.toUTC();
}

} // namespace keyward
