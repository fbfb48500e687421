// SPDX-License-Identifier: GPL-3.0-or-later
// CSV and iCalendar exports of the expiry review, byte for byte: quoting,
// formula neutralising, text escaping, line folding, alarms.
#include "expiry/expiryexport.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace keyward;

namespace {

QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toUTC();
}

ExpiryEntry entry(const QString &description, std::optional<QDateTime> expires)
{
    ExpiryEntry e;
    e.environment = u"Production"_s;
    e.profile = u"Acme prod"_s;
    e.server = u"keyward.acme.example"_s;
    e.organization = u"acme"_s;
    e.team = u"runners"_s;
    e.tokenId = u"42"_s;
    e.description = description;
    e.created = utc("2026-01-02T03:04:05Z");
    e.expires = std::move(expires);
    e.status = u"Active"_s;
    return e;
}

/// RFC 5545 unfolding: CRLF followed by a space joins lines.
QByteArray unfold(QByteArray text)
{
    return text.replace("\r\n ", "");
}

} // namespace

class TestExpiryExport final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void csvQuotesAndNeutralisesFormulas()
    {
        ExpiryEntry tricky =
            entry(u"=HYPERLINK(\"x\"), \"quoted\"\nsecond line"_s, utc("2027-03-12T14:00:00Z"));
        tricky.lastUsed = utc("2026-11-20T08:00:00Z");
        ExpiryEntry never = entry(u"-never"_s, std::nullopt);
        never.team.clear();
        const QByteArray csv = ExpiryExport::toCsv({tricky, never});
        QCOMPARE(
            csv,
            QByteArray("environment,profile,organization,team,token_id,description,created,"
                       "expires,last_used,status\r\n"
                       "Production,Acme prod,acme,runners,42,\"'=HYPERLINK(\"\"x\"\"), "
                       "\"\"quoted\"\"\nsecond line\",2026-01-02T03:04:05Z,"
                       "2027-03-12T14:00:00Z,2026-11-20T08:00:00Z,Active\r\n"
                       "Production,Acme prod,acme,,42,'-never,2026-01-02T03:04:05Z,,,Active\r\n"));
    }

    void icalendarHasOneEventPerExpiringTokenWithAnAlarm()
    {
        const QDateTime now = utc("2026-11-22T10:00:00Z");
        const QByteArray ics =
            ExpiryExport::toICalendar({entry(u"ci; publisher, main"_s, utc("2027-03-12T14:00:00Z")),
                                       entry(u"forever"_s, std::nullopt)},
                                      7, now);
        QVERIFY(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
        QVERIFY(ics.endsWith("END:VCALENDAR\r\n"));
        const QByteArray unfolded = unfold(ics);
        QCOMPARE(unfolded.count("BEGIN:VEVENT"), 1); // the never-expiring token has none
        QVERIFY(unfolded.contains("UID:token-42-acme@keyward.acme.example\r\n"));
        QVERIFY(unfolded.contains("DTSTAMP:20261122T100000Z\r\n"));
        QVERIFY(unfolded.contains("DTSTART:20270312T140000Z\r\n"));
        QVERIFY(unfolded.contains(
            QString(u"SUMMARY:Token “ci\\; publisher\\, main” of acme / runners expires\r\n"_s)
                .toUtf8()));
        QVERIFY(unfolded.contains("BEGIN:VALARM\r\nACTION:DISPLAY\r\nTRIGGER:-P7D\r\n"));
        // Every line ends with CRLF; no bare LF.
        QCOMPARE(ics.count('\n'), ics.count("\r\n"));

        const QByteArray noAlarm =
            ExpiryExport::toICalendar({entry(u"x"_s, utc("2027-03-12T14:00:00Z"))}, 0, now);
        QVERIFY(!noAlarm.contains("VALARM"));
    }

    void longLinesAreFoldedWithoutSplittingCharacters()
    {
        // Multi-byte characters around the 75-octet boundary.
        const QString description = QString(u"äöü€"_s).repeated(40) + u"\nnext"_s;
        const QByteArray ics = ExpiryExport::toICalendar(
            {entry(description, utc("2027-03-12T14:00:00Z"))}, 0, utc("2026-11-22T10:00:00Z"));
        for (const QByteArray &line : ics.split('\n')) {
            QVERIFY2(line.size() <= 76, line.constData()); // 75 octets + the CR
            // Each physical line is valid UTF-8 on its own.
            QCOMPARE(QString::fromUtf8(line).toUtf8(), line);
        }
        const QByteArray unfolded = unfold(ics);
        const QByteArray summary = (u"SUMMARY:Token “"_s + QString(u"äöü€"_s).repeated(40) +
                                    u"\\nnext” of acme / "
                                    "runners expires\r\n"_s)
                                       .toUtf8();
        QVERIFY(unfolded.contains(summary));
    }

    void ownerText()
    {
        ExpiryEntry organizationToken = entry(u"x"_s, std::nullopt);
        organizationToken.team.clear();
        QCOMPARE(ExpiryExport::ownerText(organizationToken), u"acme"_s);
        QCOMPARE(ExpiryExport::ownerText(entry(u"x"_s, std::nullopt)), u"acme / runners"_s);
    }
};

QTEST_GUILESS_MAIN(TestExpiryExport)
#include "tst_expiryexport.moc"
