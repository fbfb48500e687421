// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace keyward {

/// One token of the expiry review, as exported: where it lives, what it is
/// and when it stops working. Never its value.
struct ExpiryEntry
{
    QString environment; ///< "Production", the profile's environment
    QString profile;     ///< the connection profile's name
    QString server;      ///< the server's host, for stable calendar UIDs
    QString organization;
    QString team; ///< empty for an organization token
    QString tokenId;
    QString description;
    QDateTime created;
    std::optional<QDateTime> expires; ///< nullopt: never expires
    std::optional<QDateTime> lastUsed;
    QString status; ///< translated status text ("Expires soon")
};

/// The expiry review as files other tools read: CSV for spreadsheets and
/// iCalendar for calendars. Pure functions, so the exact bytes are tested.
class ExpiryExport
{
    Q_DECLARE_TR_FUNCTIONS(keyward::ExpiryExport)

public:
    ExpiryExport() = delete;

    /// RFC 4180 CSV with a header row, CRLF line ends and UTC ISO 8601
    /// times. Cells that a spreadsheet would run as a formula (starting
    /// with = + - @, tab or CR) are prefixed with ' so that a token
    /// description cannot execute anything when the file is opened.
    static QByteArray toCsv(const QList<ExpiryEntry> &entries);

    /// RFC 5545 calendar (UTF-8, CRLF, lines folded at 75 octets): one
    /// all-UTC event per token that expires, at its expiry time, with a
    /// display alarm \p reminderDays before (none when 0). Tokens that
    /// never expire have no event. \p now stamps DTSTAMP.
    static QByteArray toICalendar(const QList<ExpiryEntry> &entries, int reminderDays,
                                  const QDateTime &now);

    /// "acme" or "acme / runners".
    static QString ownerText(const ExpiryEntry &entry);
};

} // namespace keyward
