// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QProcess>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

namespace keyward::test {

/// A real keyward-server on a loopback port, in a throwaway directory
/// (database, keys, mail). The binary comes from KEYWARD_SERVER_BINARY, which
/// keyward_add_test sets.
///
/// PostgreSQL variant: when KEYWARD_TEST_POSTGRES_URL (a URL of a database to
/// connect to for administration, e.g. postgresql://keyward@127.0.0.1:5432/postgres)
/// or KEYWARD_TEST_POSTGRES_URL_FILE (a file holding such a URL, written by the
/// ctest fixture) is set, the server runs on a fresh PostgreSQL database,
/// created on first use and dropped with this object; restart() keeps it.
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
    /// The SQLite file (meaningless when usesPostgres()).
    QString databasePath() const;
    /// The server's --database argument.
    QString databaseUrl() const;
    /// True in the PostgreSQL variant (see the class comment).
    static bool usesPostgres();
    /// Adds and opens a Qt SQL connection named \p connectionName to the
    /// server's database, whichever driver it uses; check isOpen().
    QSqlDatabase openDatabase(const QString &connectionName) const;
    /// A second server on the same database and key directory (the way
    /// several processes share one PostgreSQL database behind a balancer).
    bool startSibling(ServerProcess &sibling, const QStringList &extraArguments = {}) const;
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
    /// Creates the PostgreSQL database on first use; false (lastError) on failure.
    bool ensureDatabase() const;
    static QString postgresAdminUrl();

    const ServerProcess *m_sharedWith = nullptr; ///< sibling: database and keys of that one
    mutable QString m_postgresDatabase;          ///< created by this object, dropped with it
    mutable bool m_ownsPostgresDatabase = false;
    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_process;
    QByteArray m_output;
    quint16 m_port = 0;
    mutable QString m_lastError;
};

} // namespace keyward::test
