// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace keyward::server {

struct Mail
{
    QString to;
    QString subject;
    QString body; ///< plain text; may carry a one-time ticket, so never logged
};

/// Delivers outgoing email: as one RFC 5322 file per message in a directory
/// (tests and the demo read them there), and/or piped to a command such as
/// `sendmail -t`. Called on worker threads; blocking there is fine.
class Mailer
{
public:
    Mailer(QString directory, QString command, QString fromAddress);

    /// Returns false (and logs the reason without the body) when no delivery
    /// succeeded; callers decide whether that matters.
    bool send(const Mail &mail) const;
    /// The RFC 5322 text of \p mail (CRLF line ends, UTF-8 body, encoded subject).
    QString compose(const Mail &mail) const;

private:
    QString m_directory;
    QString m_command;
    QString m_from;
};

} // namespace keyward::server
