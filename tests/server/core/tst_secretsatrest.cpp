// SPDX-License-Identifier: GPL-3.0-or-later
// What an attacker with a copy of the database (and its WAL) does not get:
// session tokens (stored as SHA-256 digests), passwords (Argon2id), token
// values (AES-256-GCM under a key kept outside the database).
#include "httpclient.h"
#include "serverprocess.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using keyward::test::HttpClient;
using keyward::test::ServerProcess;

class TestSecretsAtRest final : public QObject
{
    Q_OBJECT

private:
    ServerProcess m_server;

    /// The database file and its WAL, as bytes; on PostgreSQL every row of
    /// every table as text (what a dump would show).
    QByteArray databaseBytes() const
    {
        QByteArray bytes;
        if (ServerProcess::usesPostgres()) {
            {
                QSqlDatabase db = m_server.openDatabase(u"dump"_s);
                QSqlQuery tables(db);
                tables.exec(u"SELECT table_name FROM information_schema.tables "
                            "WHERE table_schema = 'public'"_s);
                QStringList names;
                while (tables.next())
                    names.append(tables.value(0).toString());
                for (const QString &table : std::as_const(names)) {
                    QSqlQuery rows(db);
                    rows.exec(u"SELECT t::text FROM %1 t"_s.arg(table));
                    while (rows.next())
                        bytes += rows.value(0).toString().toUtf8() + '\n';
                }
                db.close();
            }
            QSqlDatabase::removeDatabase(u"dump"_s);
            return bytes;
        }
        for (const QString &suffix : {u""_s, u"-wal"_s}) {
            QFile file(m_server.databasePath() + suffix);
            if (file.open(QIODevice::ReadOnly))
                bytes += file.readAll();
        }
        return bytes;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_server.start(), qPrintable(m_server.lastError())); }

    void noSecretIsStoredInTheClear()
    {
        const QString password = u"a-memorable-passphrase"_s;
        QVERIFY(m_server.addUser(u"vault@example.com"_s, password));
        HttpClient client(m_server.baseUrl());
        const QString session = client.login(u"vault@example.com"_s, password);
        QVERIFY(!session.isEmpty());
        client.setCredential(session);
        const auto created = client.post(
            u"/organizations"_s, QJsonObject{{u"name"_s, u"vault"_s},
                                             {u"email"_s, u"ops@example.com"_s},
                                             {u"notification_url"_s, u"https://example.com/h"_s}});
        QCOMPARE(created.status, 201);
        const QString tokenValue = created.object()
                                       .value(u"tokens"_s)
                                       .toArray()
                                       .first()
                                       .toObject()
                                       .value(u"value"_s)
                                       .toString();
        QVERIFY(tokenValue.count(u'.') == 2);

        const QByteArray stored = databaseBytes();
        QVERIFY(stored.size() > 0);
        QVERIFY2(!stored.contains(session.toUtf8()), "session token stored in the clear");
        QVERIFY2(!stored.contains(password.toUtf8()), "password stored in the clear");
        QVERIFY2(!stored.contains(tokenValue.toLatin1()), "token value stored in the clear");
        // Not even the token's signature part (the header and claims are public anyway).
        QVERIFY(!stored.contains(tokenValue.section(u'.', 2).toLatin1()));
        // The session is findable by its digest, which is what the server stores.
        const QByteArray digest =
            QCryptographicHash::hash(session.toUtf8(), QCryptographicHash::Sha256).toHex();
        QVERIFY(stored.contains(digest));
        QVERIFY(stored.contains("$argon2id$"));
    }

    void aDatabaseFromANewerServerIsRefused()
    {
        QVERIFY(m_server.stop());
        {
            QSqlDatabase db = m_server.openDatabase(u"direct"_s);
            QVERIFY(db.isOpen());
            QSqlQuery query(db);
            QVERIFY(query.exec(u"INSERT INTO schema_version (version) VALUES (999)"_s));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"direct"_s);
        QVERIFY(!m_server.start());
        QVERIFY2(m_server.lastError().contains(u"newer keyward-server"_s),
                 qPrintable(m_server.lastError()));
    }
};

QTEST_GUILESS_MAIN(TestSecretsAtRest)
#include "tst_secretsatrest.moc"
