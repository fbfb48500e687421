// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QProcess>
#include <QSslCertificate>
#include <QString>
#include <QStringList>

#include <memory>
#include <utility>

namespace keyward::test::tls {

/// Writes a throwaway self-signed EC P-256 certificate for 127.0.0.1 and
/// localhost (\p stem.pem, \p stem-key.pem) into \p directory with the openssl
/// command line tool. Returns an error sentence, empty on success.
QString makeSelfSignedCertificate(const QString &directory, const QString &stem);

/// keyward-server started directly: ServerProcess waits for plain-HTTP /health,
/// which a TLS server never answers. SQLite, database and keys in \p directory.
class ServerRun
{
public:
    explicit ServerRun(QString directory);
    ~ServerRun();
    Q_DISABLE_COPY_MOVE(ServerRun)

    /// Starts `keyward-server serve` with \p arguments (plus database, keys,
    /// mail and a port file) and waits until the port file is written.
    bool start(const QStringList &arguments);
    void stop();
    quint16 port() const { return m_port; }
    QByteArray output();
    /// Runs keyward-server with \p arguments to its end; exit code, output in \p output.
    int runToExit(const QStringList &arguments, QByteArray *output, const QByteArray &input = {});
    bool addUser(const QString &email, const QString &password);

private:
    QStringList standardArguments() const;

    QString m_directory;
    std::unique_ptr<QProcess> m_process;
    QByteArray m_output;
    quint16 m_port = 0;
};

struct HttpAnswer
{
    int status = 0; ///< 0: no HTTP answer
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QString error;
    QByteArray header(QByteArrayView name) const;
};

/// One HTTPS request on a fresh connection that trusts only \p ca, answered
/// until the server closes ("Connection: close").
HttpAnswer httpsRequest(quint16 port, const QSslCertificate &ca, const QByteArray &method,
                        const QByteArray &path, const QByteArray &body = {},
                        const QList<std::pair<QByteArray, QByteArray>> &headers = {});
/// Parses a raw HTTP/1.1 response (status line, headers, body).
HttpAnswer parseHttpAnswer(const QByteArray &raw);

} // namespace keyward::test::tls
