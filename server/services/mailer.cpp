// SPDX-License-Identifier: GPL-3.0-or-later
#include "mailer.h"

#include "security/secrets.h"

#include <QDateTime>
#include <QDir>
#include <QLocale>
#include <QLoggingCategory>
#include <QProcess>
#include <QSaveFile>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcMail, "keyward.server.mail")

namespace keyward::server {

Mailer::Mailer(QString directory, QString command, QString fromAddress)
    : m_directory(std::move(directory))
    , m_command(std::move(command))
    , m_from(std::move(fromAddress))
{}

namespace {
QString encodedWord(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() > 126 || c.unicode() < 32)
            return u"=?UTF-8?B?"_s + QString::fromLatin1(text.toUtf8().toBase64()) + u"?="_s;
    }
    return text;
}

bool headerSafe(const QString &value)
{
    return !value.contains(u'\r') && !value.contains(u'\n');
}
} // namespace

QString Mailer::compose(const Mail &mail) const
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString date = QLocale::c().toString(now, u"ddd, dd MMM yyyy HH:mm:ss"_s) + u" +0000"_s;
    QString body = mail.body;
    body.replace(u"\r\n"_s, u"\n"_s).replace(u'\n', u"\r\n"_s);
    return u"From: %1\r\nTo: %2\r\nSubject: %3\r\nDate: %4\r\nMessage-ID: <%5@keyward-server>\r\n"
           "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n"
           "Content-Transfer-Encoding: 8bit\r\n\r\n%6\r\n"_s.arg(
               m_from, mail.to, encodedWord(mail.subject), date,
               QString::fromLatin1(randomBytes(12).toHex()), body);
}

bool Mailer::send(const Mail &mail) const
{
    if (!headerSafe(mail.to) || !headerSafe(mail.subject)) {
        qCWarning(lcMail) << "refused to send a mail with a line break in a header";
        return false;
    }
    const QByteArray message = compose(mail).toUtf8();
    bool delivered = false;
    if (!m_directory.isEmpty()) {
        QDir().mkpath(m_directory);
        const QString name = u"%1-%2.eml"_s.arg(QDateTime::currentMSecsSinceEpoch())
                                 .arg(QString::fromLatin1(randomBytes(6).toHex()));
        QSaveFile file(QDir(m_directory).filePath(name));
        if (file.open(QIODevice::WriteOnly) && file.write(message) == message.size() &&
            file.commit())
            delivered = true;
        else
            qCWarning(lcMail) << "cannot write mail file:" << file.errorString();
    }
    if (!m_command.isEmpty()) {
        // Through the shell, so the operator's command line means what it
        // means in a terminal (quoting, redirection, "sendmail -t -i").
        QProcess process;
        process.start(u"/bin/sh"_s, {u"-c"_s, m_command});
        if (process.waitForStarted(5000)) {
            process.write(message);
            process.closeWriteChannel();
            if (process.waitForFinished(30000) && process.exitStatus() == QProcess::NormalExit &&
                process.exitCode() == 0)
                delivered = true;
            else
                qCWarning(lcMail) << "mail command failed with exit code" << process.exitCode();
        } else {
            qCWarning(lcMail) << "cannot start the mail command:" << process.errorString();
        }
    }
    if (m_directory.isEmpty() && m_command.isEmpty())
        qCInfo(lcMail) << "no --mail-dir or --mail-command: mail to a user was not delivered";
    return delivered;
}

} // namespace keyward::server
