// SPDX-License-Identifier: GPL-3.0-or-later
#include "serverprocess.h"

#include "httpclient.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUrlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace keyward::test {

ServerProcess::ServerProcess() = default;

namespace {
/// A QPSQL connection named \p connection to database \p name of the server
/// \p url points at (the password, if any, comes from PGPASSWORD).
QSqlDatabase addPostgresConnection(const QString &connection, const QUrl &url, const QString &name)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, connection);
    const QUrlQuery query(url);
    db.setHostName(query.hasQueryItem(u"host"_s) ? query.queryItemValue(u"host"_s) : url.host());
    db.setPort(url.port(-1));
    db.setUserName(url.userName());
    db.setDatabaseName(name);
    db.open();
    return db;
}

/// Runs \p statement on the administration database; the error text or empty.
QString administer(const QUrl &url, const QString &statement)
{
    static QAtomicInteger<int> counter;
    const QString connection = u"keyward-test-admin-%1"_s.arg(counter.fetchAndAddRelaxed(1));
    QString error;
    {
        QSqlDatabase db = addPostgresConnection(connection, url, url.path().mid(1));
        if (!db.isOpen()) {
            error = db.lastError().text();
        } else {
            QSqlQuery query(db);
            if (!query.exec(statement))
                error = query.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return error;
}
} // namespace

ServerProcess::~ServerProcess()
{
    stop();
    if (m_ownsPostgresDatabase) {
        const QString error =
            administer(QUrl(postgresAdminUrl()),
                       u"DROP DATABASE IF EXISTS \"%1\" WITH (FORCE)"_s.arg(m_postgresDatabase));
        if (!error.isEmpty())
            qWarning("cannot drop the test database %s: %s", qPrintable(m_postgresDatabase),
                     qPrintable(error));
    }
}

QString ServerProcess::postgresAdminUrl()
{
    const QString url = qEnvironmentVariable("KEYWARD_TEST_POSTGRES_URL");
    if (!url.isEmpty())
        return url;
    const QString file = qEnvironmentVariable("KEYWARD_TEST_POSTGRES_URL_FILE");
    if (file.isEmpty())
        return {};
    QFile input(file);
    if (!input.open(QIODevice::ReadOnly))
        qFatal("KEYWARD_TEST_POSTGRES_URL_FILE names %s, which cannot be read (did the "
               "postgresql fixture's setup test run?)",
               qPrintable(file));
    return QString::fromUtf8(input.readAll()).trimmed();
}

bool ServerProcess::usesPostgres()
{
    return !postgresAdminUrl().isEmpty();
}

bool ServerProcess::ensureDatabase() const
{
    if (m_sharedWith)
        return m_sharedWith->ensureDatabase();
    if (!usesPostgres() || !m_postgresDatabase.isEmpty())
        return true;
    static QAtomicInteger<int> counter;
    const QString name =
        u"keyward_test_%1_%2_%3"_s.arg(QCoreApplication::applicationPid())
            .arg(counter.fetchAndAddRelaxed(1))
            .arg(qulonglong(QRandomGenerator::global()->generate()), 8, 16, QChar(u'0'));
    const QString error = administer(QUrl(postgresAdminUrl()), u"CREATE DATABASE "_s + name);
    if (!error.isEmpty()) {
        m_lastError = u"cannot create the PostgreSQL test database: "_s + error;
        return false;
    }
    m_postgresDatabase = name;
    m_ownsPostgresDatabase = true;
    return true;
}

QString ServerProcess::databaseUrl() const
{
    if (m_sharedWith)
        return m_sharedWith->databaseUrl();
    if (!usesPostgres())
        return u"sqlite:"_s + databasePath();
    QUrl url(postgresAdminUrl());
    url.setPath(u"/"_s + m_postgresDatabase);
    return url.toString();
}

QSqlDatabase ServerProcess::openDatabase(const QString &connectionName) const
{
    if (usesPostgres()) {
        ensureDatabase();
        const QUrl url(databaseUrl());
        return addPostgresConnection(connectionName, url, url.path().mid(1));
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connectionName);
    db.setDatabaseName(databasePath());
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=10000"_s);
    db.open();
    return db;
}

bool ServerProcess::startSibling(ServerProcess &sibling, const QStringList &extraArguments) const
{
    sibling.m_sharedWith = this;
    return sibling.start(extraArguments);
}

QString ServerProcess::binary()
{
    return qEnvironmentVariable("KEYWARD_SERVER_BINARY");
}

QString ServerProcess::databasePath() const
{
    return m_dir.filePath(u"keyward.sqlite"_s);
}

QString ServerProcess::keyDirectory() const
{
    if (m_sharedWith)
        return m_sharedWith->keyDirectory();
    return m_dir.filePath(u"keys"_s);
}

QString ServerProcess::mailDirectory() const
{
    return m_dir.filePath(u"mail"_s);
}

QStringList ServerProcess::standardArguments() const
{
    return {u"--database"_s, databaseUrl(),   u"--key-dir"_s,
            keyDirectory(),  u"--mail-dir"_s, mailDirectory()};
}

bool ServerProcess::start(const QStringList &extraArguments)
{
    if (binary().isEmpty()) {
        m_lastError = u"KEYWARD_SERVER_BINARY is not set"_s;
        return false;
    }
    if (!ensureDatabase())
        return false;
    const QString portFile = m_dir.filePath(u"port"_s);
    QFile::remove(portFile);
    m_output.clear();
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->start(binary(),
                     standardArguments() +
                         QStringList{u"--listen"_s, u"127.0.0.1:0"_s, u"--port-file"_s, portFile} +
                         extraArguments);
    if (!m_process->waitForStarted(10000)) {
        m_lastError = u"cannot start %1: %2"_s.arg(binary(), m_process->errorString());
        return false;
    }
    const QDeadlineTimer deadline(30000);
    while (!deadline.hasExpired()) {
        m_process->waitForReadyRead(50);
        m_output += m_process->readAll();
        if (m_process->state() != QProcess::Running) {
            m_lastError = u"the server exited during start:\n"_s + QString::fromUtf8(m_output);
            return false;
        }
        QFile file(portFile);
        if (file.open(QIODevice::ReadOnly)) {
            m_port = quint16(file.readAll().trimmed().toUInt());
            if (m_port != 0) {
                HttpClient client(baseUrl());
                if (client.get(u"/health"_s).status == 200)
                    return true;
            }
        }
    }
    m_lastError = u"the server did not become ready in 30 s:\n"_s + QString::fromUtf8(m_output);
    return false;
}

bool ServerProcess::stop()
{
    if (!m_process || m_process->state() == QProcess::NotRunning)
        return true;
    m_process->terminate();
    const bool clean = m_process->waitForFinished(15000) &&
                       m_process->exitStatus() == QProcess::NormalExit &&
                       m_process->exitCode() == 0;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->kill();
        m_process->waitForFinished(5000);
    }
    m_output += m_process->readAll();
    if (!clean) {
        m_lastError = u"the server did not exit cleanly (status %1, code %2):\n"_s
                          .arg(int(m_process->exitStatus()))
                          .arg(m_process->exitCode()) +
                      QString::fromUtf8(m_output.right(4000));
        qWarning("%s", qPrintable(m_lastError));
    }
    return clean;
}

void ServerProcess::kill()
{
    if (!m_process)
        return;
    m_process->kill();
    m_process->waitForFinished(5000);
    m_output += m_process->readAll();
}

bool ServerProcess::restart(const QStringList &extraArguments)
{
    stop();
    return start(extraArguments);
}

bool ServerProcess::isRunning() const
{
    return m_process && m_process->state() == QProcess::Running;
}

QString ServerProcess::baseUrl() const
{
    return u"http://127.0.0.1:%1"_s.arg(m_port);
}

QUrl ServerProcess::url(const QString &pathAndQuery) const
{
    return QUrl(baseUrl() + pathAndQuery);
}

QByteArray ServerProcess::output()
{
    if (m_process)
        m_output += m_process->readAll();
    return m_output;
}

int ServerProcess::runCommand(const QStringList &arguments, const QByteArray &input,
                              QByteArray *output) const
{
    if (!ensureDatabase())
        return -1;
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(binary(), standardArguments() + arguments);
    if (!process.waitForStarted(10000))
        return -1;
    process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(60000);
    if (output)
        *output = process.readAll();
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

bool ServerProcess::addUser(const QString &email, const QString &password, const QString &firstName,
                            const QString &lastName) const
{
    return runCommand({u"user"_s, u"add"_s, email, u"--first-name"_s, firstName, u"--last-name"_s,
                       lastName},
                      password.toUtf8() + '\n') == 0;
}

QString ServerProcess::latestMailTo(const QString &email) const
{
    QFileInfoList files =
        QDir(mailDirectory()).entryInfoList({u"*.eml"_s}, QDir::Files, QDir::Name);
    std::reverse(files.begin(), files.end());
    for (const QFileInfo &info : files) {
        QFile file(info.filePath());
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QString text = QString::fromUtf8(file.readAll());
        const QString header = text.section(u"\r\n\r\n"_s, 0, 0);
        for (const QString &line : header.split(u"\r\n"_s)) {
            if (line.startsWith(u"To:"_s, Qt::CaseInsensitive) &&
                line.mid(3).trimmed().compare(email, Qt::CaseInsensitive) == 0)
                return text;
        }
    }
    return {};
}

QString ServerProcess::valueFromMail(const QString &email, const QString &prefix) const
{
    const QString mail = latestMailTo(email);
    for (const QString &line : mail.split(u"\r\n"_s)) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed();
    }
    return {};
}

} // namespace keyward::test
