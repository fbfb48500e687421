// SPDX-License-Identifier: GPL-3.0-or-later
// Durability of keyward-server's writes, on SQLite and (the _postgresql twin)
// on PostgreSQL:
//  - kill -9 while a client streams writes: every write answered 2xx before
//    the kill is there after a restart on the same database, the database is
//    consistent, and multi-row changes (an organization with its admin
//    membership, default token and audit rows; a revocation with its token's
//    removal) are all-or-nothing.
//  - a database that cannot take writes (SQLite: the disk is full; PostgreSQL:
//    the database turned read-only) answers 503 problem+json, keeps serving
//    reads, writes nothing half, and recovers without a restart.
//
// What the kill test proves: the process dies, the machine does not. With
// SQLite in WAL mode that holds for synchronous=NORMAL already (the WAL frames
// are in the OS page cache before COMMIT returns); the server uses FULL so
// that a power loss cannot drop acknowledged writes either, which no test
// without pulling the plug can show.
#include "httpclient.h"
#include "serverprocess.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QTimer>

#include <functional>
#include <optional>

#include <unistd.h>

using namespace Qt::StringLiterals;
using keyward::test::HttpClient;
using keyward::test::ServerProcess;

namespace {
constexpr auto kPassword = "correct horse battery staple";
const QString kAdmin = u"durable-admin@example.com"_s;
const QString kMember = u"durable-member@example.com"_s;

/// Every write the server acknowledged with 2xx during one cycle.
struct Acknowledged
{
    QStringList organizations;
    QList<std::pair<QString, QString>> tokens;  ///< org, id: created, not deleted
    QList<std::pair<QString, QString>> revoked; ///< org, id: deletion acknowledged
    QHash<QString, QString> memberRoles;        ///< org -> kMember's latest role
    QList<std::pair<QString, double>> points;   ///< org, value of metric "durable"
    int total = 0;
    // The request the kill interrupted may have committed without its answer
    // reaching us: its change may or may not be there.
    std::optional<std::pair<QString, QString>> deletionInFlight; ///< org, token id
    std::optional<std::pair<QString, QString>> roleInFlight;     ///< org, new role
};

QJsonObject point(double value)
{
    return QJsonObject{
        {u"metrics"_s, QJsonArray{QJsonObject{{u"metric"_s, u"durable"_s},
                                              {u"timestamp"_s, QDateTime::currentSecsSinceEpoch()},
                                              {u"value"_s, value}}}}};
}

qint64 count(QSqlDatabase &db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery query(db);
    if (!query.prepare(sql)) {
        qWarning().noquote() << "prepare failed:" << query.lastError().text() << sql;
        return -1;
    }
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec() || !query.next()) {
        qWarning().noquote() << "query failed:" << query.lastError().text() << sql;
        return -1;
    }
    return query.value(0).toLongLong();
}

/// Rows that could only exist if a multi-row change was cut in half. Every
/// organization is created with an admin, a default token and its audit row;
/// a deleted token leaves a revocation and no row.
const QList<std::pair<const char *, QString>> &orphanChecks()
{
    static const QList<std::pair<const char *, QString>> checks{
        {"organization without an admin",
         u"SELECT COUNT(*) FROM organizations o WHERE NOT EXISTS (SELECT 1 FROM "
         "organization_members m WHERE m.organization_id = o.id AND m.role = 'admin')"_s},
        {"organization without its default token",
         u"SELECT COUNT(*) FROM organizations o WHERE NOT EXISTS (SELECT 1 FROM tokens t "
         "WHERE t.organization_id = o.id AND t.team_id IS NULL AND t.description = 'default')"_s},
        {"organization without its creation audit row",
         u"SELECT COUNT(*) FROM organizations o WHERE NOT EXISTS (SELECT 1 FROM audit_events "
         "a WHERE a.organization = o.name AND a.action = 'organization.create')"_s},
        {"creation audit row without its organization",
         u"SELECT COUNT(*) FROM audit_events a WHERE a.action = 'organization.create' AND NOT "
         "EXISTS (SELECT 1 FROM organizations o WHERE o.name = a.organization)"_s},
        {"token both present and revoked",
         u"SELECT COUNT(*) FROM tokens t JOIN revocations r ON r.jti = CAST(t.id AS TEXT)"_s},
        {"membership of a missing organization",
         u"SELECT COUNT(*) FROM organization_members m WHERE NOT EXISTS (SELECT 1 FROM "
         "organizations o WHERE o.id = m.organization_id)"_s},
        {"token of a missing organization",
         u"SELECT COUNT(*) FROM tokens t WHERE NOT EXISTS (SELECT 1 FROM organizations o "
         "WHERE o.id = t.organization_id)"_s},
    };
    return checks;
}
} // namespace

class TestDurability final : public QObject
{
    Q_OBJECT

    ServerProcess m_server;

    std::unique_ptr<HttpClient> session(ServerProcess &server, const QString &email)
    {
        auto http = std::make_unique<HttpClient>(server.baseUrl());
        const QString token = http->login(email, QString::fromLatin1(kPassword));
        if (token.isEmpty())
            return nullptr;
        http->setCredential(token);
        return http;
    }

    /// Streams writes until the server stops answering; records the 2xx ones.
    /// Returns false (with \p failure) on an answer that is neither 2xx nor a
    /// dead connection.
    bool streamWrites(int cycle, Acknowledged &acked, QString *failure,
                      const std::function<void()> &armKill)
    {
        auto admin = session(m_server, kAdmin);
        if (!admin) {
            *failure = u"the admin cannot log in"_s;
            armKill();
            return false;
        }
        armKill();
        HttpClient publisher(m_server.baseUrl());
        auto refused = [failure](const char *what, const HttpClient::Reply &reply) {
            *failure = u"%1 answered %2: %3"_s.arg(QLatin1StringView(what))
                           .arg(reply.status)
                           .arg(QString::fromUtf8(reply.body.left(300)));
            return false;
        };
        for (int i = 0;; ++i) {
            const QString org = u"durable-%1-%2"_s.arg(cycle).arg(i);
            const QString base = u"/organizations/"_s + org;
            auto reply = admin->post(u"/organizations"_s,
                                     QJsonObject{{u"name"_s, org},
                                                 {u"email"_s, kAdmin},
                                                 {u"notification_url"_s, u"https://e.com/n"_s}});
            if (reply.status == 0)
                return true;
            if (reply.status != 201)
                return refused("POST /organizations", reply);
            acked.organizations.append(org);
            ++acked.total;
            const QString defaultToken = reply.object()
                                             .value(u"tokens"_s)
                                             .toArray()
                                             .at(0)
                                             .toObject()
                                             .value(u"value"_s)
                                             .toString();

            reply = admin->post(base + u"/tokens"_s, QJsonObject{{u"description"_s, u"kept"_s}});
            if (reply.status == 0)
                return true;
            if (reply.status != 201)
                return refused("POST tokens", reply);
            acked.tokens.append({org, reply.object().value(u"id"_s).toString()});
            ++acked.total;

            reply = admin->post(base + u"/tokens"_s, QJsonObject{{u"description"_s, u"doomed"_s}});
            if (reply.status == 0)
                return true;
            if (reply.status != 201)
                return refused("POST tokens", reply);
            const QString doomed = reply.object().value(u"id"_s).toString();
            acked.tokens.append({org, doomed});
            ++acked.total;
            acked.deletionInFlight = std::pair{org, doomed};
            reply = admin->del(base + u"/tokens/"_s + doomed);
            if (reply.status == 0)
                return true;
            acked.deletionInFlight.reset();
            if (reply.status != 204)
                return refused("DELETE token", reply);
            acked.tokens.removeAll(std::pair{org, doomed});
            acked.revoked.append({org, doomed});
            ++acked.total;

            reply = admin->post(base + u"/users"_s,
                                QJsonObject{{u"email"_s, kMember}, {u"role"_s, u"member"_s}});
            if (reply.status == 0)
                return true;
            if (reply.status != 202)
                return refused("POST users", reply);
            acked.memberRoles.insert(org, u"member"_s);
            ++acked.total;
            acked.roleInFlight = std::pair{org, u"viewer"_s};
            reply =
                admin->patch(base + u"/users/"_s + kMember, QJsonObject{{u"role"_s, u"viewer"_s}});
            if (reply.status == 0)
                return true;
            acked.roleInFlight.reset();
            if (reply.status != 202)
                return refused("PATCH users", reply);
            acked.memberRoles.insert(org, u"viewer"_s);
            ++acked.total;

            publisher.setCredential(defaultToken);
            const double value = cycle * 100000 + i;
            reply = publisher.post(base + u"/metrics"_s, point(value));
            if (reply.status == 0)
                return true;
            if (reply.status != 202)
                return refused("POST metrics", reply);
            acked.points.append({org, value});
            ++acked.total;
        }
    }

    /// Every acknowledged write of \p acked is in the database; returns the
    /// number found, or -1 after a failed comparison (reported by QTest).
    int verify(QSqlDatabase &db, const Acknowledged &acked)
    {
        int found = 0;
        for (const QString &org : acked.organizations) {
            if (count(db, u"SELECT COUNT(*) FROM organizations WHERE name = ?"_s, {org}) != 1) {
                qWarning().noquote() << "lost organization" << org;
                return -1;
            }
            ++found;
        }
        for (const auto &[org, id] : acked.tokens) {
            if (acked.deletionInFlight == std::pair{org, id} &&
                count(db, u"SELECT COUNT(*) FROM revocations WHERE jti = ?"_s, {id}) == 1 &&
                count(db, u"SELECT COUNT(*) FROM tokens WHERE id = ?"_s, {id.toLongLong()}) == 0) {
                ++found; // created (acknowledged), then deleted by the interrupted request
                continue;
            }
            if (count(db,
                      u"SELECT COUNT(*) FROM tokens t JOIN organizations o ON o.id = "
                      "t.organization_id WHERE o.name = ? AND t.id = ?"_s,
                      {org, id.toLongLong()}) != 1) {
                qWarning().noquote() << "lost token" << org << id;
                return -1;
            }
            ++found;
        }
        for (const auto &[org, id] : acked.revoked) {
            // Its creation and its deletion were both acknowledged.
            if (count(db, u"SELECT COUNT(*) FROM tokens WHERE id = ?"_s, {id.toLongLong()}) != 0 ||
                count(db, u"SELECT COUNT(*) FROM revocations WHERE jti = ?"_s, {id}) != 1) {
                qWarning().noquote() << "lost revocation" << org << id;
                return -1;
            }
            found += 2;
        }
        for (auto it = acked.memberRoles.begin(); it != acked.memberRoles.end(); ++it) {
            if (acked.roleInFlight && acked.roleInFlight->first == it.key() &&
                count(db,
                      u"SELECT COUNT(*) FROM organization_members m JOIN organizations o ON "
                      "o.id = m.organization_id JOIN users u ON u.id = m.user_id WHERE "
                      "o.name = ? AND u.email = ? AND m.role = ?"_s,
                      {it.key(), kMember, acked.roleInFlight->second}) == 1) {
                ++found; // added (acknowledged), then changed by the interrupted request
                continue;
            }
            if (count(db,
                      u"SELECT COUNT(*) FROM organization_members m JOIN organizations o ON "
                      "o.id = m.organization_id JOIN users u ON u.id = m.user_id WHERE "
                      "o.name = ? AND u.email = ? AND m.role = ?"_s,
                      {it.key(), kMember, it.value()}) != 1) {
                qWarning().noquote() << "lost membership" << it.key() << it.value();
                return -1;
            }
            found += it.value() == u"viewer"_s ? 2 : 1;
        }
        for (const auto &[org, value] : acked.points) {
            if (count(db,
                      u"SELECT COUNT(*) FROM metric_points p JOIN organizations o ON o.id = "
                      "p.organization_id WHERE o.name = ? AND p.metric = 'durable' AND "
                      "p.value = ?"_s,
                      {org, value}) != 1) {
                qWarning().noquote() << "lost point" << org << value;
                return -1;
            }
            ++found;
        }
        return found;
    }

    void checkConsistency(QSqlDatabase &db)
    {
        QSqlQuery query(db);
        if (ServerProcess::usesPostgres()) {
            // PostgreSQL has no integrity_check; a full scan of every table
            // and index (amcheck is an extension we cannot assume) plus the
            // orphan checks below are what a crash could break.
            for (const QString &table :
                 {u"organizations"_s, u"organization_members"_s, u"tokens"_s, u"revocations"_s,
                  u"metric_points"_s, u"audit_events"_s, u"users"_s, u"sessions"_s}) {
                QVERIFY2(count(db, u"SELECT COUNT(*) FROM "_s + table) >= 0, qPrintable(table));
            }
        } else {
            QVERIFY(query.exec(u"PRAGMA integrity_check"_s));
            QVERIFY(query.next());
            QCOMPARE(query.value(0).toString(), u"ok"_s);
            QVERIFY(query.exec(u"PRAGMA foreign_key_check"_s));
            QVERIFY2(!query.next(), "a foreign key points nowhere");
        }
        for (const auto &[what, sql] : orphanChecks())
            QVERIFY2(count(db, sql) == 0, what);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.lastError()));
        QVERIFY(m_server.addUser(kAdmin, QString::fromLatin1(kPassword)));
        QVERIFY(m_server.addUser(kMember, QString::fromLatin1(kPassword)));
    }

    void killDuringAcknowledgedWrites()
    {
        constexpr int kCycles = 4;
        int acknowledgedTotal = 0;
        int foundTotal = 0;
        for (int cycle = 0; cycle < kCycles; ++cycle) {
            // The blocking client spins an event loop while it waits, so the
            // timer fires in the middle of some request: the kill lands at a
            // random point of a handler, a commit or a response.
            const int delay = QRandomGenerator::global()->bounded(300, 1500);
            bool killed = false;
            Acknowledged acked;
            QString failure;
            const bool ok = streamWrites(cycle, acked, &failure, [this, delay, &killed] {
                QTimer::singleShot(delay, this, [this, &killed] {
                    m_server.kill();
                    killed = true;
                });
            });
            QTRY_VERIFY(killed);
            QVERIFY2(ok, qPrintable(failure));
            QVERIFY2(acked.total > 0, "nothing was acknowledged before the kill");

            QVERIFY2(m_server.start(), qPrintable(m_server.lastError()));
            {
                QSqlDatabase db = m_server.openDatabase(u"verify"_s);
                QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
                const int found = verify(db, acked);
                QVERIFY2(found == acked.total,
                         qPrintable(u"cycle %1: %2 writes acknowledged, %3 found"_s.arg(cycle)
                                        .arg(acked.total)
                                        .arg(found)));
                checkConsistency(db);
                db.close();
                qInfo("cycle %d: killed after %d ms, %d writes acknowledged, all %d found", cycle,
                      delay, acked.total, found);
                acknowledgedTotal += acked.total;
                foundTotal += found;
            }
            QSqlDatabase::removeDatabase(u"verify"_s);
            if (QTest::currentTestFailed())
                return;
        }
        qInfo("%d cycles: %d writes acknowledged, %d found after restarts", kCycles,
              acknowledgedTotal, foundTotal);
        // The restarted server serves the surviving data.
        auto admin = session(m_server, kAdmin);
        QVERIFY(admin);
        QCOMPARE(admin->get(u"/organizations/durable-0-0"_s).status, 200);
    }

    void databaseThatRefusesWritesAnswers503();

    void cleanupTestCase() { m_server.stop(); }
};

namespace {
/// Makes the server's database refuse writes and undoes it. SQLite: a tiny
/// tmpfs holds the database and a filler file takes its last free byte
/// (needs root for mount; skipped otherwise). PostgreSQL: the database
/// becomes read-only for new sessions and the server's sessions are ended,
/// so it reconnects into read-only ones.
class WriteRefusal
{
public:
    virtual ~WriteRefusal() = default;
    virtual bool engage(QString *error) = 0;
    virtual bool release(QString *error) = 0;
};

bool run(const QString &program, const QStringList &arguments, QString *error)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        *error = u"%1 %2 failed: %3"_s.arg(program, arguments.join(u' '),
                                           QString::fromLocal8Bit(process.readAllStandardError()));
        return false;
    }
    return true;
}

class FullDisk final : public WriteRefusal
{
public:
    /// Mounts over \p mountPoint (the test server's empty directory, so its
    /// database, keys and mail all live on the small disk).
    FullDisk(QString mountPoint, QString databasePath)
        : m_mountPoint(std::move(mountPoint))
        , m_databasePath(std::move(databasePath))
    {}
    ~FullDisk() override
    {
        QFile::remove(filler());
        QString ignored;
        if (m_mounted)
            run(u"umount"_s, {u"-l"_s, m_mountPoint}, &ignored);
    }
    bool mount(QString *error)
    {
        QDir().mkpath(m_mountPoint);
        m_mounted =
            run(u"mount"_s, {u"-t"_s, u"tmpfs"_s, u"-o"_s, u"size=4m"_s, u"tmpfs"_s, m_mountPoint},
                error);
        return m_mounted;
    }
    QString databasePath() const { return m_databasePath; }
    bool engage(QString *error) override
    {
        QFile file(filler());
        if (!file.open(QIODevice::WriteOnly)) {
            *error = file.errorString();
            return false;
        }
        const QByteArray block(4096, 'x');
        while (file.write(block) == block.size() && file.flush()) {
        }
        // The last partial pages too: nothing is left for SQLite.
        while (file.write("x", 1) == 1 && file.flush()) {
        }
        return true;
    }
    bool release(QString *error) override
    {
        if (!QFile::remove(filler())) {
            *error = u"cannot remove the filler"_s;
            return false;
        }
        return true;
    }

private:
    QString filler() const { return m_mountPoint + u"/filler"_s; }
    QString m_mountPoint;
    QString m_databasePath;
    bool m_mounted = false;
};

class ReadOnlyPostgres final : public WriteRefusal
{
public:
    explicit ReadOnlyPostgres(QSqlDatabase db)
        : m_db(std::move(db))
    {}
    bool engage(QString *error) override { return set(true, error); }
    bool release(QString *error) override { return set(false, error); }

private:
    bool set(bool readOnly, QString *error)
    {
        QSqlQuery query(m_db);
        const QString name = m_db.databaseName();
        const QString sql = readOnly
                                ? u"ALTER DATABASE \"%1\" SET default_transaction_read_only = on"_s
                                : u"ALTER DATABASE \"%1\" RESET default_transaction_read_only"_s;
        if (!query.exec(sql.arg(name)) ||
            // The setting applies to new sessions: end the server's.
            !query.exec(u"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname "
                        "= current_database() AND pid <> pg_backend_pid()"_s)) {
            *error = query.lastError().text();
            return false;
        }
        return true;
    }
    QSqlDatabase m_db;
};
} // namespace

void TestDurability::databaseThatRefusesWritesAnswers503()
{
    ServerProcess server;
    std::unique_ptr<WriteRefusal> refusal;
    const QString connection = u"refusal"_s;
    QString error;
    if (ServerProcess::usesPostgres()) {
        QVERIFY2(server.start(), qPrintable(server.lastError()));
        QSqlDatabase db = server.openDatabase(connection);
        QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
        refusal = std::make_unique<ReadOnlyPostgres>(db);
    } else {
        if (geteuid() != 0)
            QSKIP("Filling a disk needs a small tmpfs, and mounting one needs root.");
        auto disk = std::make_unique<FullDisk>(server.directory(), server.databasePath());
        if (!disk->mount(&error))
            QSKIP(qPrintable(u"Cannot mount a tmpfs here: "_s + error));
        QVERIFY2(server.start(), qPrintable(server.lastError()));
        refusal = std::move(disk);
    }
    QVERIFY(server.addUser(kAdmin, QString::fromLatin1(kPassword)));
    auto admin = session(server, kAdmin);
    QVERIFY(admin);
    auto createOrganization = [&admin](const QString &name) {
        return admin->post(u"/organizations"_s,
                           QJsonObject{{u"name"_s, name},
                                       {u"email"_s, kAdmin},
                                       {u"notification_url"_s, u"https://e.com/n"_s}});
    };
    QCOMPARE(createOrganization(u"before-refusal"_s).status, 201);

    QVERIFY2(refusal->engage(&error), qPrintable(error));
    // SQLite may still fit a few commits into pages the WAL already owns; the
    // disk is full once a write needs one more page.
    QStringList refusedNames;
    HttpClient::Reply refused;
    for (int i = 0; i < 200 && refused.status != 503; ++i) {
        const QString name = u"refused-%1"_s.arg(i);
        const auto reply = createOrganization(name);
        if (reply.status == 201)
            continue;
        refused = reply;
        refusedNames.append(name);
    }
    QCOMPARE(refused.status, 503);
    QCOMPARE(refused.header("Content-Type"), "application/problem+json"_ba);
    QCOMPARE(refused.object().value(u"status"_s).toInt(), 503);
    QVERIFY2(refused.detail().contains(u"nothing was changed"_s), qPrintable(refused.detail()));
    // Reads go on. (Not GET /organizations/{org}: showing token values to an
    // admin writes a token.read audit row, so it is a write.)
    for (const QString &path :
         {u"/organizations/before-refusal/users"_s, u"/organizations/before-refusal/teams"_s,
          u"/users/organizations"_s, u"/health"_s}) {
        const auto read = admin->get(path);
        QVERIFY2(read.status == 200, qPrintable(path + u": "_s + read.detail()));
    }

    QVERIFY2(refusal->release(&error), qPrintable(error));
    // Recovered without a restart.
    const auto after = createOrganization(u"after-refusal"_s);
    QVERIFY2(after.status == 201, qPrintable(after.detail()));
    QCOMPARE(admin->get(u"/organizations/after-refusal"_s).status, 200);

    // Nothing of the refused organization was written, not even in part.
    {
        QSqlDatabase db = ServerProcess::usesPostgres()
                              ? QSqlDatabase::database(connection)
                              : QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
        if (!ServerProcess::usesPostgres()) {
            db.setDatabaseName(static_cast<FullDisk *>(refusal.get())->databasePath());
            QVERIFY(db.open());
        }
        for (const QString &name : std::as_const(refusedNames)) {
            QCOMPARE(count(db, u"SELECT COUNT(*) FROM organizations WHERE name = ?"_s, {name}), 0);
            QCOMPARE(
                count(db, u"SELECT COUNT(*) FROM audit_events WHERE organization = ?"_s, {name}),
                0);
        }
        checkConsistency(db);
        db.close();
    }
    QVERIFY(server.stop());
    refusal.reset();
    QSqlDatabase::removeDatabase(connection);
}

QTEST_GUILESS_MAIN(TestDurability)
#include "tst_durability.moc"
