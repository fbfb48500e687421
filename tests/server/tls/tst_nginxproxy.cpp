// SPDX-License-Identifier: GPL-3.0-or-later
// The "Behind nginx" configuration of docs/deploy.md, run for real: nginx as
// an unprivileged process terminates TLS with a throwaway certificate and
// proxies to keyward-server on loopback; login, organization and token
// creation and a publish work over HTTPS through it, and the Location headers
// and the token's "iss" carry the public https URL.
#include "tlstestkit.h"

#include "jwt/jws.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace keyward::test::tls;

namespace {
constexpr int kWait = 20000;
constexpr auto kPassword = "nginx proxy password";

quint16 freePort()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 0;
}

/// The ```nginx block of the "Behind nginx" section.
QString documentedConfiguration(QString *error)
{
    QFile file(QStringLiteral(KEYWARD_SOURCE_DIR "/docs/deploy.md"));
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"cannot read docs/deploy.md"_s;
        return {};
    }
    const QString text = QString::fromUtf8(file.readAll());
    const qsizetype section = text.indexOf(u"\n## Behind nginx\n"_s);
    const qsizetype start = text.indexOf(u"```nginx\n"_s, section);
    const qsizetype end = text.indexOf(u"\n```"_s, start + 1);
    if (section < 0 || start < 0 || end < 0) {
        *error = u"docs/deploy.md has no ```nginx block under '## Behind nginx'"_s;
        return {};
    }
    return text.mid(start + 9, end - start - 9);
}

QJsonObject jsonOf(const HttpAnswer &answer)
{
    return QJsonDocument::fromJson(answer.body).object();
}
} // namespace

class TestNginxProxy final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ServerRun> m_server;
    QProcess m_nginx;
    QSslCertificate m_ca;
    quint16 m_publicPort = 0;

    QString publicUrl() const { return u"https://127.0.0.1:%1"_s.arg(m_publicPort); }

    HttpAnswer call(const QByteArray &method, const QString &path, const QJsonObject &body = {},
                    const QString &credential = {})
    {
        QList<std::pair<QByteArray, QByteArray>> headers;
        if (!credential.isEmpty())
            headers.append({"Authorization"_ba, "Bearer "_ba + credential.toLatin1()});
        return httpsRequest(m_publicPort, m_ca, method, path.toUtf8(),
                            body.isEmpty() ? QByteArray()
                                           : QJsonDocument(body).toJson(QJsonDocument::Compact),
                            headers);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString nginx = QStandardPaths::findExecutable(
            u"nginx"_s, {u"/usr/sbin"_s, u"/usr/local/sbin"_s, u"/usr/bin"_s});
        if (nginx.isEmpty())
            QSKIP("nginx is not installed (apt-get install nginx-light); the documented reverse "
                  "proxy configuration is not tested");
        QString error = makeSelfSignedCertificate(m_dir.path(), u"public"_s);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_ca = QSslCertificate::fromPath(m_dir.filePath(u"public.pem"_s)).value(0);
        QVERIFY(!m_ca.isNull());

        m_publicPort = freePort();
        QVERIFY(m_publicPort != 0);
        m_server = std::make_unique<ServerRun>(m_dir.filePath(u"server"_s));
        QVERIFY(QDir().mkpath(m_dir.filePath(u"server"_s)));
        QVERIFY(m_server->addUser(u"proxy@example.org"_s, QString::fromLatin1(kPassword)));
        QVERIFY2(m_server->start({u"--listen"_s, u"127.0.0.1:0"_s, u"--issuer"_s, publicUrl()}),
                 m_server->output().constData());

        // The documented server block, with this run's ports and files.
        QString site = documentedConfiguration(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QList<std::pair<QString, QString>> substitutions{
            {u"listen 443 ssl;"_s, u"listen 127.0.0.1:%1 ssl;"_s.arg(m_publicPort)},
            {u"http://127.0.0.1:8080"_s, u"http://127.0.0.1:%1"_s.arg(m_server->port())},
            {u"/etc/ssl/keyward/fullchain.pem"_s, m_dir.filePath(u"public.pem"_s)},
            {u"/etc/ssl/keyward/privkey.pem"_s, m_dir.filePath(u"public-key.pem"_s)}};
        for (const auto &[documented, actual] : substitutions) {
            QVERIFY2(site.contains(documented),
                     qPrintable(u"the nginx block no longer contains '%1'"_s.arg(documented)));
            site.replace(documented, actual);
        }
        // What /etc/nginx/nginx.conf provides around a site, in the temp dir.
        const QDir dir(m_dir.path());
        QString main = u"worker_processes 1;\ndaemon off;\npid %1;\nerror_log %2 info;\n"_s.arg(
            dir.filePath(u"nginx.pid"_s), dir.filePath(u"nginx-error.log"_s));
        if (::geteuid() == 0)
            main += u"user root;\n"_s; // workers must read the 0700 temp dir
        main += u"events { worker_connections 64; }\nhttp {\n    access_log %1;\n"_s.arg(
            dir.filePath(u"nginx-access.log"_s));
        for (const QString &kind :
             {u"client_body"_s, u"proxy"_s, u"fastcgi"_s, u"uwsgi"_s, u"scgi"_s})
            main += u"    %1_temp_path %2;\n"_s.arg(kind, dir.filePath(kind));
        main += site + u"\n}\n"_s;
        QFile conf(dir.filePath(u"nginx.conf"_s));
        QVERIFY(conf.open(QIODevice::WriteOnly));
        conf.write(main.toUtf8());
        conf.close();

        m_nginx.setProcessChannelMode(QProcess::MergedChannels);
        m_nginx.start(nginx, {u"-p"_s, m_dir.path(), u"-e"_s, dir.filePath(u"nginx-error.log"_s),
                              u"-c"_s, dir.filePath(u"nginx.conf"_s)});
        QVERIFY2(m_nginx.waitForStarted(kWait), qPrintable(m_nginx.errorString()));
        QTRY_VERIFY2_WITH_TIMEOUT(
            [this] {
                QTcpSocket probe;
                probe.connectToHost(u"127.0.0.1"_s, m_publicPort);
                return m_nginx.state() != QProcess::Running || probe.waitForConnected(200);
            }(),
            "nginx does not listen", kWait);
        QFile log(dir.filePath(u"nginx-error.log"_s));
        QVERIFY2(m_nginx.state() == QProcess::Running,
                 (m_nginx.readAll() + (log.open(QIODevice::ReadOnly) ? log.readAll() : ""_ba))
                     .constData());
    }

    void cleanupTestCase()
    {
        if (m_nginx.state() != QProcess::NotRunning) {
            m_nginx.terminate();
            if (!m_nginx.waitForFinished(kWait))
                m_nginx.kill();
        }
        if (m_server)
            m_server->stop();
    }

    void loginCreateAndPublishThroughNginx()
    {
        const HttpAnswer login = call("POST", u"/users/login"_s,
                                      {{u"email"_s, u"proxy@example.org"_s},
                                       {u"password"_s, QString::fromLatin1(kPassword)}});
        QVERIFY2(login.status == 200, qPrintable(login.error + QString::fromUtf8(login.body)));
        const QString session = jsonOf(login).value(u"token"_s).toString();
        QVERIFY(!session.isEmpty());

        const HttpAnswer organization =
            call("POST", u"/organizations"_s,
                 {{u"name"_s, u"proxied"_s},
                  {u"email"_s, u"ops@example.org"_s},
                  {u"notification_url"_s, u"https://example.org/hook"_s}},
                 session);
        QVERIFY2(organization.status == 201, organization.body.constData());
        QCOMPARE(QString::fromUtf8(organization.header("Location")),
                 publicUrl() + u"/organizations/proxied"_s);

        const HttpAnswer token = call("POST", u"/organizations/proxied/tokens"_s,
                                      {{u"description"_s, u"through nginx"_s}}, session);
        QVERIFY2(token.status == 201, token.body.constData());
        QVERIFY2(QString::fromUtf8(token.header("Location"))
                     .startsWith(publicUrl() + u"/organizations/proxied/tokens/"_s),
                 token.header("Location").constData());
        const QString value = jsonOf(token).value(u"value"_s).toString();
        const auto jws = keyward::jwt::parseCompact(value.toLatin1());
        QVERIFY(jws);
        QCOMPARE(jws->claims.value(u"iss"_s).toString(), publicUrl());

        const QJsonObject point{{u"metric"_s, u"jobs"_s},
                                {u"value"_s, 1},
                                {u"timestamp"_s, QDateTime::currentSecsSinceEpoch()}};
        const HttpAnswer published = call("POST", u"/organizations/proxied/metrics"_s,
                                          {{u"metrics"_s, QJsonArray{point}}}, value);
        QVERIFY2(published.status == 202, published.body.constData());
    }

    void oversizedBodyStoppedAtNginx()
    {
        // client_max_body_size 1m: nginx answers 413 itself.
        const HttpAnswer answer =
            httpsRequest(m_publicPort, m_ca, "POST", "/users/login", QByteArray(2 << 20, 'x'));
        QCOMPARE(answer.status, 413);
    }
};

QTEST_GUILESS_MAIN(TestNginxProxy)
#include "tst_nginxproxy.moc"
