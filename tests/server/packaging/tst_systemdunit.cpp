// SPDX-License-Identifier: GPL-3.0-or-later
// packaging/keyward-server.service: systemd accepts it (systemd-analyze
// verify, when available), it carries the hardening docs/deploy.md promises,
// and packaging/keyward-server.default defines what the unit expands.
#include <QDir>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QString kUnit = QStringLiteral(KEYWARD_SOURCE_DIR "/packaging/keyward-server.service");
const QString kDefaults = QStringLiteral(KEYWARD_SOURCE_DIR "/packaging/keyward-server.default");

QString readText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

/// "Key" -> every value it is given in section \p wanted (assignments accumulate).
QHash<QString, QStringList> section(const QString &unit, const QString &wanted)
{
    QHash<QString, QStringList> keys;
    QString current;
    const QStringList lines = unit.split(u'\n');
    for (const QString &raw : lines) {
        const QString line = raw.trimmed();
        if (line.isEmpty() || line.startsWith(u'#') || line.startsWith(u';'))
            continue;
        if (line.startsWith(u'[')) {
            current = line;
            continue;
        }
        const qsizetype equals = line.indexOf(u'=');
        if (current == wanted && equals > 0)
            keys[line.left(equals).trimmed()].append(line.mid(equals + 1).trimmed());
    }
    return keys;
}
} // namespace

class TestSystemdUnit final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hardeningPresent_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value"); // empty: any value
        const QList<std::pair<QString, QString>> expected{
            // The package's static system user (see docs/deploy.md: the
            // database and keys must keep one owner across reinstalls).
            {u"User"_s, u"keyward"_s},
            {u"Group"_s, u"keyward"_s},
            {u"StateDirectory"_s, u"keyward-server"_s},
            {u"UMask"_s, u"0077"_s},
            {u"NoNewPrivileges"_s, u"yes"_s},
            {u"CapabilityBoundingSet"_s, u""_s},
            {u"ProtectSystem"_s, u"strict"_s},
            {u"ProtectHome"_s, u"yes"_s},
            {u"PrivateTmp"_s, u"yes"_s},
            {u"PrivateDevices"_s, u"yes"_s},
            {u"ProtectKernelTunables"_s, u"yes"_s},
            {u"ProtectKernelModules"_s, u"yes"_s},
            {u"ProtectKernelLogs"_s, u"yes"_s},
            {u"ProtectControlGroups"_s, u"yes"_s},
            {u"RestrictAddressFamilies"_s, u"AF_INET AF_INET6 AF_UNIX"_s},
            {u"SystemCallFilter"_s, u"@system-service"_s},
            {u"MemoryDenyWriteExecute"_s, u"yes"_s},
            {u"LockPersonality"_s, u"yes"_s},
            {u"RestrictNamespaces"_s, u"yes"_s},
            {u"RestrictRealtime"_s, u"yes"_s},
            {u"RestrictSUIDSGID"_s, u"yes"_s},
        };
        for (const auto &[key, value] : expected)
            QTest::newRow(qPrintable(key)) << key << value;
    }

    void hardeningPresent()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        const QString unit = readText(kUnit);
        QVERIFY2(!unit.isEmpty(), qPrintable(kUnit));
        const auto service = section(unit, u"[Service]"_s);
        QVERIFY2(service.contains(key), qPrintable(key + u" missing"_s));
        QVERIFY2(service.value(key).contains(value),
                 qPrintable(key + u"="_s + service.value(key).join(u" | "_s)));
    }

    void noDynamicUser()
    {
        // A DynamicUser's files get another uid after a reinstall, and the
        // package's postinst creates the static user instead.
        const auto service = section(readText(kUnit), u"[Service]"_s);
        QVERIFY(!service.contains(u"DynamicUser"_s));
    }

    void execStartUsesTheDefaults()
    {
        const auto service = section(readText(kUnit), u"[Service]"_s);
        QCOMPARE(service.value(u"EnvironmentFile"_s),
                 QStringList{u"-/etc/default/keyward-server"_s});
        const QString exec = service.value(u"ExecStart"_s).value(0);
        QVERIFY(exec.startsWith(u"/usr/bin/keyward-server "_s));
        QVERIFY(exec.contains(u"--listen ${KEYWARD_LISTEN}"_s));
        QVERIFY(exec.contains(u"--database ${KEYWARD_DATABASE}"_s));

        // Every variable the unit expands is set in the default file, which is
        // plain KEY=VALUE lines as EnvironmentFile= reads them.
        const QString defaults = readText(kDefaults);
        QVERIFY(!defaults.isEmpty());
        static const QRegularExpression assignment(u"^([A-Z_]+)=(.*)$"_s);
        QStringList defined;
        const QStringList lines = defaults.split(u'\n');
        for (const QString &line : lines) {
            if (line.isEmpty() || line.startsWith(u'#'))
                continue;
            const auto match = assignment.match(line);
            QVERIFY2(match.hasMatch(), qPrintable(line));
            defined.append(match.captured(1));
        }
        static const QRegularExpression variable(u"\\$\\{?([A-Z_]+)\\}?"_s);
        for (auto it = variable.globalMatch(exec); it.hasNext();) {
            const QString name = it.next().captured(1);
            QVERIFY2(defined.contains(name), qPrintable(name + u" not in the default file"_s));
        }
    }

    void systemdAnalyzeVerify()
    {
        const QString analyze = QStandardPaths::findExecutable(u"systemd-analyze"_s);
        if (analyze.isEmpty())
            QSKIP("systemd-analyze is not installed; the unit was not verified by systemd");
        const QString binary = QString::fromLocal8Bit(qgetenv("KEYWARD_SERVER_BINARY"));
        QVERIFY2(QFile::exists(binary), "KEYWARD_SERVER_BINARY is not set");
        // verify insists that ExecStart exists: point it at the freshly built server.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QString unit = readText(kUnit);
        unit.replace(u"/usr/bin/keyward-server"_s, binary);
        const QString copy = dir.filePath(u"keyward-server.service"_s);
        QFile file(copy);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(unit.toUtf8());
        file.close();
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.setWorkingDirectory(dir.path());
        process.start(analyze, {u"verify"_s, copy});
        QVERIFY(process.waitForFinished(60000));
        const QByteArray output = process.readAll();
        QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0,
                 output.constData());
        QVERIFY2(!output.contains("keyward-server.service:"), output.constData());
    }
};

QTEST_GUILESS_MAIN(TestSystemdUnit)
#include "tst_systemdunit.moc"
