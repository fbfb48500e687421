// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

namespace keyward::test {

/// A real keyward-server on a loopback port, in a throwaway directory
/// (database, keys, mail). The binary comes from KEYWARD_SERVER_BINARY, which
/// keyward_add_test sets.
class ServerProcess
{
public:
    ServerProcess();
    ~ServerProcess();
    Q_DISABLE_COPY_MOVE(ServerProcess)

    /// Starts the server with \p extraArguments added to the standard ones and
    /// waits until it serves (port file written and /health answers).
    /// Returns false and sets lastError() with the server's output otherwise.
    bool start(const QStringList &extraArguments = {});
    /// SIGTERM and wait; true when it exited cleanly.
    bool stop();
    /// SIGKILL (for durability tests).
    void kill();
    bool restart(const QStringList &extraArguments = {});

    bool isRunning() const;
    quint16 port() const { return m_port; }
    QString baseUrl() const;
    QUrl url(const QString &pathAndQuery) const;
    QString directory() const { return m_dir.path(); }
    QString databasePath() const;
    QString keyDirectory() const;
    QString mailDirectory() const;
    QString lastError() const { return m_lastError; }
    /// Everything the server printed so far.
    QByteArray output();

    /// Runs `keyward-server <arguments>` on the same database and keys (e.g.
    /// {"user","add","a@b.c"} or {"keys","rotate"}), with \p input on stdin.
    /// Returns the exit code; stdout+stderr in \p output when given.
    int runCommand(const QStringList &arguments, const QByteArray &input = {},
                   QByteArray *output = nullptr) const;
    /// `user add` with a password: a confirmed user for tests.
    bool addUser(const QString &email, const QString &password,
                 const QString &firstName = QStringLiteral("Test"),
                 const QString &lastName = QStringLiteral("User")) const;

    /// The newest mail file addressed to \p email (full RFC 5322 text), or empty.
    QString latestMailTo(const QString &email) const;
    /// From the newest mail to \p email, the text after "<prefix>" on its line
    /// (e.g. "Confirmation token: "), or empty.
    QString valueFromMail(const QString &email, const QString &prefix) const;

    static QString binary();

private:
    QStringList standardArguments() const;

    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_process;
    QByteArray m_output;
    quint16 m_port = 0;
    QString m_lastError;
};

} // namespace keyward::test
