// SPDX-License-Identifier: GPL-3.0-or-later
#include "expiryexport.h"

#include "domain/csv.h"

using namespace Qt::StringLiterals;

namespace keyward {

namespace {

QString isoUtc(const std::optional<QDateTime> &time)
{
    return time ? time->toUTC().toString(Qt::ISODate) : QString();
}

/// TEXT values of RFC 5545 §3.3.11: backslash, semicolon, comma, newline.
QString icalText(QString text)
{
    text.replace(u"\\"_s, u"\\\\"_s);
    text.replace(u";"_s, u"\\;"_s);
    text.replace(u","_s, u"\\,"_s);
    text.replace(u"\r\n"_s, u"\\n"_s);
    text.replace(u"\n"_s, u"\\n"_s);
    text.replace(u"\r"_s, u"\\n"_s);
    return text;
}

QString icalTime(const QDateTime &time)
{
    return time.toUTC().toString(u"yyyyMMdd'T'HHmmss'Z'"_s);
}

/// One content line, folded (RFC 5545 §3.1): at most 75 octets per line,
/// continuation lines start with a space, never splitting a UTF-8 sequence.
void appendFolded(QByteArray &out, const QString &line)
{
    const QByteArray bytes = line.toUtf8();
    qsizetype start = 0;
    qsizetype limit = 75;
    while (bytes.size() - start > limit) {
        qsizetype cut = start + limit;
        // Back up to the start of a UTF-8 sequence (continuation bytes are 10xxxxxx).
        while (cut > start && (static_cast<unsigned char>(bytes.at(cut)) & 0xC0) == 0x80) {
            --cut;
        }
        out += bytes.mid(start, cut - start);
        out += "\r\n ";
        start = cut;
        limit = 74; // the leading space counts
    }
    out += bytes.mid(start);
    out += "\r\n";
}

} // namespace

QString ExpiryExport::ownerText(const ExpiryEntry &entry)
{
    return entry.team.isEmpty() ? entry.organization : entry.organization + u" / "_s + entry.team;
}

QByteArray ExpiryExport::toCsv(const QList<ExpiryEntry> &entries)
{
    const QStringList header = {u"environment"_s, u"profile"_s,     u"organization"_s, u"team"_s,
                                u"token_id"_s,    u"description"_s, u"created"_s,      u"expires"_s,
                                u"last_used"_s,   u"status"_s};
    QByteArray out = csvRow(header);
    for (const ExpiryEntry &entry : entries) {
        out += csvRow({entry.environment, entry.profile, entry.organization, entry.team,
                       entry.tokenId, entry.description, isoUtc(entry.created),
                       isoUtc(entry.expires), isoUtc(entry.lastUsed), entry.status});
    }
    return out;
}

QByteArray ExpiryExport::toICalendar(const QList<ExpiryEntry> &entries, int reminderDays,
                                     const QDateTime &now)
{
    QByteArray out;
    appendFolded(out, u"BEGIN:VCALENDAR"_s);
    appendFolded(out, u"VERSION:2.0"_s);
    appendFolded(out, u"PRODID:-//Keyward//Token expiry review//EN"_s);
    appendFolded(out, u"CALSCALE:GREGORIAN"_s);
    for (const ExpiryEntry &entry : entries) {
        if (!entry.expires) {
            continue;
        }
        const QString owner = ownerText(entry);
        const QString summary = tr("Token “%1” of %2 expires").arg(entry.description, owner);
        const QString description =
            tr("The publishing token “%1” (id %2) of %3 on %4 (%5) stops working at this "
               "time. Rotate it before then.")
                .arg(entry.description, entry.tokenId, owner, entry.profile, entry.environment);
        appendFolded(out, u"BEGIN:VEVENT"_s);
        // Stable across exports, so re-importing updates the event instead of duplicating it.
        appendFolded(
            out, u"UID:token-%1-%2@%3"_s.arg(entry.tokenId, entry.organization,
                                             entry.server.isEmpty() ? u"keyward"_s : entry.server));
        appendFolded(out, u"DTSTAMP:"_s + icalTime(now));
        appendFolded(out, u"DTSTART:"_s + icalTime(*entry.expires));
        appendFolded(out, u"DTEND:"_s + icalTime(*entry.expires));
        appendFolded(out, u"SUMMARY:"_s + icalText(summary));
        appendFolded(out, u"DESCRIPTION:"_s + icalText(description));
        appendFolded(out, u"CATEGORIES:"_s + icalText(entry.environment));
        if (reminderDays > 0) {
            appendFolded(out, u"BEGIN:VALARM"_s);
            appendFolded(out, u"ACTION:DISPLAY"_s);
            appendFolded(out, u"TRIGGER:-P%1D"_s.arg(reminderDays));
            appendFolded(out, u"DESCRIPTION:"_s + icalText(summary));
            appendFolded(out, u"END:VALARM"_s);
        }
        appendFolded(out, u"END:VEVENT"_s);
    }
    appendFolded(out, u"END:VCALENDAR"_s);
    return out;
}

} // namespace keyward
