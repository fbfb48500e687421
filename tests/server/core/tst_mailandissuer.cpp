// SPDX-License-Identifier: GPL-3.0-or-later
// Outgoing mail through --mail-command and --mail-dir, and --issuer as the
// public base URL (Location headers, the "iss" claim).
#include "httpclient.h"
#include "serverprocess.h"

#include "jwt/jws.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using keyward::test::HttpClient;
using keyward::test::ServerProcess;

class TestMailAndIssuer final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_piped;
    ServerProcess m_server;
    const QString m_issuer = u"https://keyward.example.test"_s;

    QString pipedMail() const
    {
        QString text;
        for (const QFileInfo &file :
             QDir(m_piped.path()).entryInfoList({u"*.eml"_s}, QDir::Files)) {
            QFile mail(file.filePath());
            if (mail.open(QIODevice::ReadOnly))
                text += QString::fromUtf8(mail.readAll());
        }
        return text;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // The command gets each message on stdin, as sendmail -t would.
        const QString command = u"cat > '%1/mail-'$$.eml"_s.arg(m_piped.path());
        QVERIFY2(m_server.start({u"--mail-command"_s, command, u"--issuer"_s, m_issuer + u"/"_s}),
                 qPrintable(m_server.lastError()));
    }

    void mailIsPipedAndWritten()
    {
        HttpClient client(m_server.baseUrl());
        QCOMPARE(client.post(u"/users/register"_s, QJsonObject{{u"email"_s, u"new@example.com"_s}})
                     .status,
                 202);
        QTRY_VERIFY_WITH_TIMEOUT(pipedMail().contains(u"Confirmation token: "_s), 10000);
        const QString piped = pipedMail();
        for (const QString &header :
             {u"To: new@example.com\r\n"_s, u"\r\nSubject: "_s, u"\r\nDate: "_s,
              u"\r\nMessage-ID: <"_s, u"\r\nMIME-Version: 1.0\r\n"_s,
              u"Content-Type: text/plain; charset=utf-8\r\n"_s})
            QVERIFY2(piped.contains(header), qPrintable(header));
        // The same message also lands in --mail-dir, with the same token.
        const QString token =
            m_server.valueFromMail(u"new@example.com"_s, u"Confirmation token: "_s);
        QVERIFY(!token.isEmpty());
        QVERIFY(piped.contains(u"Confirmation token: "_s + token));
    }

    void issuerNamesLocationsAndTokens()
    {
        QVERIFY(m_server.addUser(u"owner@example.com"_s, u"owner-password"_s));
        HttpClient client(m_server.baseUrl());
        client.setCredential(client.login(u"owner@example.com"_s, u"owner-password"_s));
        const auto created =
            client.post(u"/organizations"_s,
                        QJsonObject{{u"name"_s, u"issuer-org"_s},
                                    {u"email"_s, u"ops@example.com"_s},
                                    {u"notification_url"_s, u"https://example.com/hook"_s}});
        QCOMPARE(created.status, 201);
        // A trailing slash on --issuer is not doubled.
        QCOMPARE(created.header("Location"), (m_issuer + u"/organizations/issuer-org"_s).toUtf8());
        const QString value = created.object()
                                  .value(u"tokens"_s)
                                  .toArray()
                                  .first()
                                  .toObject()
                                  .value(u"value"_s)
                                  .toString();
        const auto jws = keyward::jwt::parseCompact(value.toLatin1());
        QVERIFY(jws.hasValue());
        QCOMPARE(jws->claims.value(u"iss"_s).toString(), m_issuer);
    }
};

QTEST_GUILESS_MAIN(TestMailAndIssuer)
#include "tst_mailandissuer.moc"
