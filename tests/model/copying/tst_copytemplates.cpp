// SPDX-License-Identifier: GPL-3.0-or-later
#include "copying/copycontext.h"
#include "copying/copyingsettingkeys.h"
#include "copying/copyquoting.h"
#include "copying/copytemplates.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace keyward;

namespace {

// Everything a shell, YAML, JSON or dotenv parser could trip over.
const QString nastyToken = u"it's \"q\" $HOME `id` \\x\ny"_s;
const QString nastyDescription = u"Runner's \"main\" token: $5 \\ cost\nline two"_s;

CopyContext teamContext()
{
    return CopyContext{QUrl(u"https://keyward.example.com:8443/"_s), u"acme"_s, u"Runners_1.x"_s};
}

const QString teamPublishUrl =
    u"https://keyward.example.com:8443/organizations/acme/teams/Runners_1.x/metrics"_s;

CopyValues nastyValues()
{
    return CopyValues{nastyToken, nastyDescription, teamContext()};
}

QString renderBuiltIn(const QString &id, const CopyValues &values = nastyValues())
{
    const std::optional<CopyTemplate> t = CopyTemplates().find(id);
    if (!t) {
        qFatal("no built-in template %s", qPrintable(id));
    }
    return t->render(values);
}

/// Runs \p script with /bin/sh and returns its standard output.
QByteArray runShell(const QString &script)
{
    QProcess sh;
    sh.start(u"/bin/sh"_s, {u"-c"_s, script});
    if (!sh.waitForFinished(10000) || sh.exitStatus() != QProcess::NormalExit ||
        sh.exitCode() != 0) {
        qWarning() << "sh failed:" << sh.readAllStandardError();
        return "<sh failed>"_ba;
    }
    return sh.readAllStandardOutput();
}

QString shellVariable(const QString &assignment)
{
    return QString::fromUtf8(runShell(assignment + u"\nprintf '%s' \"$KEYWARD_TOKEN\""_s));
}

} // namespace

class TestCopyTemplates : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void builtInsAreValidAndUnique()
    {
        QSet<QString> ids;
        QSet<QString> names;
        for (const CopyTemplate &t : CopyTemplates::builtIns()) {
            QVERIFY2(t.problems().isEmpty(), qPrintable(t.problems().join(u' ')));
            QVERIFY(t.isBuiltIn());
            QVERIFY(t.id().startsWith(u"builtin."_s));
            ids.insert(t.id());
            names.insert(t.name());
        }
        QCOMPARE(ids.size(), 9);
        QCOMPARE(names.size(), 9);
    }

    void rawAndHeader()
    {
        QCOMPARE(renderBuiltIn(u"builtin.raw"_s), nastyToken);
        QCOMPARE(renderBuiltIn(u"builtin.bearer"_s), u"Authorization: Bearer "_s + nastyToken);
    }

    void shellExport()
    {
        const QString out = renderBuiltIn(u"builtin.export"_s);
        QCOMPARE(out, u"export KEYWARD_TOKEN='it'\\''s \"q\" $HOME `id` \\x\ny'"_s);
        QCOMPARE(shellVariable(out), nastyToken);
        // The variable is exported to child processes.
        QCOMPARE(QString::fromUtf8(runShell(out + u"\nsh -c 'printf %s \"$KEYWARD_TOKEN\"'"_s)),
                 nastyToken);
    }

    void dotenv()
    {
        const QString out = renderBuiltIn(u"builtin.dotenv"_s);
        QCOMPARE(out, u"KEYWARD_TOKEN=\"it's \\\"q\\\" \\$HOME \\`id\\` \\\\x\ny\""_s);
        QCOMPARE(shellVariable(out), nastyToken);

        // The usual JWT-like value: single quotes, read literally by every dotenv reader.
        CopyValues plain = nastyValues();
        plain.token = u"eyJhbGciOiJFZERTQSJ9.e30.sig-_$x y"_s;
        const QString simple = renderBuiltIn(u"builtin.dotenv"_s, plain);
        QCOMPARE(simple, u"KEYWARD_TOKEN='eyJhbGciOiJFZERTQSJ9.e30.sig-_$x y'"_s);
        QCOMPARE(shellVariable(simple), plain.token);
    }

    void systemdEnvironmentFile()
    {
        const QString out = renderBuiltIn(u"builtin.systemd"_s);
        QCOMPARE(out, u"KEYWARD_TOKEN=\"it's \\\"q\\\" \\$HOME \\`id\\` \\\\x\ny\""_s);
        // systemd's double-quote escapes are a subset of the shell's.
        QCOMPARE(shellVariable(out), nastyToken);
    }

    void curlCommand()
    {
        const QString out = renderBuiltIn(u"builtin.curl"_s);
        const QString expected =
            u"curl -sS -X POST '"_s + teamPublishUrl +
            u"' \\\n"
            "  -H 'Authorization: Bearer it'\\''s \"q\" $HOME `id` \\x\ny' \\\n"
            "  -H 'Content-Type: application/json' \\\n"
            "  --data "
            "'{\"metrics\":[{\"metric\":\"example.requests\",\"tags\":{\"host\":\"web-1\"},"
            "\"timestamp\":'\"$(date +%s)\"',\"value\":1}]}'"_s;
        QCOMPARE(out, expected);

        // Replace curl by a function printing its arguments: exactly what curl would get.
        const QByteArray printed =
            runShell(u"curl() { for a in \"$@\"; do printf '%s\\0' \"$a\"; done; }\n"_s + out);
        QList<QByteArray> args = printed.split('\0');
        QVERIFY(args.size() > 1);
        QVERIFY(args.takeLast().isEmpty());
        QCOMPARE(args.size(), 10);
        QCOMPARE(args.at(0), "-sS"_ba);
        QCOMPARE(args.at(1), "-X"_ba);
        QCOMPARE(args.at(2), "POST"_ba);
        QCOMPARE(QString::fromUtf8(args.at(3)), teamPublishUrl);
        QCOMPARE(args.at(4), "-H"_ba);
        QCOMPARE(QString::fromUtf8(args.at(5)), u"Authorization: Bearer "_s + nastyToken);
        QCOMPARE(args.at(7), "Content-Type: application/json"_ba);
        QCOMPARE(args.at(8), "--data"_ba);

        QJsonParseError error;
        const QJsonDocument body = QJsonDocument::fromJson(args.at(9), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonObject point = body.object().value(u"metrics"_s).toArray().at(0).toObject();
        QCOMPARE(point.value(u"metric"_s).toString(), u"example.requests"_s);
        QCOMPARE(point.value(u"value"_s).toInt(), 1);
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        QVERIFY(std::abs(point.value(u"timestamp"_s).toInteger() - now) < 600);
    }

    void curlForOrganization()
    {
        CopyValues values = nastyValues();
        values.context.team.clear();
        values.token = u"tok"_s;
        QVERIFY(renderBuiltIn(u"builtin.curl"_s, values)
                    .startsWith(u"curl -sS -X POST "
                                "'https://keyward.example.com:8443/organizations/acme/metrics' \\\n"
                                "  -H 'Authorization: Bearer tok' \\\n"_s));
    }

    void dockerCompose()
    {
        QCOMPARE(renderBuiltIn(u"builtin.compose"_s),
                 u"environment:\n  KEYWARD_TOKEN: \"it's \\\"q\\\" $$HOME `id` \\\\x\\ny\""_s);
    }

    void kubernetesSecret()
    {
        QCOMPARE(renderBuiltIn(u"builtin.kubernetes"_s),
                 u"apiVersion: v1\n"
                 "kind: Secret\n"
                 "metadata:\n"
                 "  name: keyward-acme-runners-1-x\n"
                 "type: Opaque\n"
                 "stringData:\n"
                 "  KEYWARD_PUBLISH_URL: \""_s +
                     teamPublishUrl +
                     u"\"\n"
                     "  KEYWARD_TOKEN: \"it's \\\"q\\\" $HOME `id` \\\\x\\ny\""_s);
    }

    void genericYaml()
    {
        QCOMPARE(renderBuiltIn(u"builtin.yaml"_s),
                 u"keyward:\n"
                 "  server: \"https://keyward.example.com:8443\"\n"
                 "  organization: \"acme\"\n"
                 "  team: \"Runners_1.x\"\n"
                 "  publish_url: \""_s +
                     teamPublishUrl +
                     u"\"\n"
                     "  description: \"Runner's \\\"main\\\" token: $5 \\\\ cost\\nline two\"\n"
                     "  token: \"it's \\\"q\\\" $HOME `id` \\\\x\\ny\""_s);
    }

    void kubernetesNames()
    {
        QCOMPARE(kubernetesName({QUrl(), u"acme"_s, QString()}), u"keyward-acme"_s);
        QCOMPARE(kubernetesName({QUrl(), u"A__b..c"_s, u"-x-"_s}), u"keyward-a-b-c-x"_s);
        const QString longName = kubernetesName({QUrl(), QString(60, u'a'), u"b"_s});
        QCOMPARE(longName.size(), 63);
        QVERIFY(!longName.endsWith(u'-'));
        const QString cut = kubernetesName({QUrl(), QString(54, u'a') + u"_x"_s, QString()});
        QCOMPARE(cut, u"keyward-"_s + QString(54, u'a'));
    }

    void quotingEdgeCases()
    {
        QCOMPARE(quoting::shell(QString()), u"''"_s);
        QCOMPARE(quoting::json(u"a\u0001\t"_s), u"\"a\\u0001\\t\""_s);
        QCOMPARE(quoting::yaml(u"a\u0001\u2028\u0085\u007f"_s), u"\"a\\u0001\\L\\N\\x7F\""_s);
        QCOMPARE(quoting::dotenv(u"a\tb"_s), u"\"a\tb\""_s);
        QCOMPARE(quoting::url(u"a b/c"_s), u"a%20b%2Fc"_s);
    }

    void jsonUserTemplateParsesBack()
    {
        // Json templates quote by default; the literal braces need no escaping.
        const CopyTemplate t(u"u1"_s, u"JSON"_s, SnippetLanguage::Json,
                             u"{\"token\": {token}, \"description\": {description}, "
                             "\"url\": {publish_url}}"_s);
        QVERIFY2(t.problems().isEmpty(), qPrintable(t.problems().join(u' ')));
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(t.render(nastyValues()).toUtf8(), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(doc.object().value(u"token"_s).toString(), nastyToken);
        QCOMPARE(doc.object().value(u"description"_s).toString(), nastyDescription);
        QCOMPARE(doc.object().value(u"url"_s).toString(), teamPublishUrl);
    }

    void defaultQuotingFollowsLanguage()
    {
        const CopyValues values{u"a'b"_s, QString(), teamContext()};
        QCOMPARE(
            CopyTemplate(u"1"_s, u"n"_s, SnippetLanguage::Shell, u"T={token}"_s).render(values),
            u"T='a'\\''b'"_s);
        QCOMPARE(
            CopyTemplate(u"2"_s, u"n"_s, SnippetLanguage::Yaml, u"t: {token}"_s).render(values),
            u"t: \"a'b\""_s);
        QCOMPARE(CopyTemplate(u"3"_s, u"n"_s, SnippetLanguage::Ini, u"T={token}"_s).render(values),
                 u"T=\"a'b\""_s);
        QCOMPARE(CopyTemplate(u"4"_s, u"n"_s, SnippetLanguage::Plain, u"{token}"_s).render(values),
                 u"a'b"_s);
        // An explicit quoting wins, and {{ is a literal brace.
        QCOMPARE(CopyTemplate(u"5"_s, u"n"_s, SnippetLanguage::Shell,
                              u"X=${{HOME} {token|raw} {org|url}"_s)
                     .render(values),
                 u"X=${HOME} a'b acme"_s);
    }

    void validation_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("problem"); // empty: valid

        QTest::newRow("valid") << u"Mine"_s << u"T={token|shell} # {org} {team}"_s << QString();
        QTest::newRow("json braces") << u"J"_s << u"{\"a\":{\"b\":{token|json}}}"_s << QString();
        QTest::newRow("unknown placeholder")
            << u"Mine"_s << u"{token} {tokn}"_s << u"{tokn} is not a known placeholder"_s;
        QTest::newRow("unknown quoting")
            << u"Mine"_s << u"{token|xml}"_s << u"“xml” after {token| is not a known quoting"_s;
        QTest::newRow("no token") << u"Mine"_s << u"{org}"_s << u"never inserts the token"_s;
        QTest::newRow("no name") << u"  "_s << u"{token}"_s << u"Give the template a name."_s;
        QTest::newRow("built-in name")
            << u"raw VALUE"_s << u"{token}"_s << u"Another template is already called"_s;
    }

    void validation()
    {
        QFETCH(QString, name);
        QFETCH(QString, body);
        QFETCH(QString, problem);
        const CopyTemplate t(u"user-1"_s, name, SnippetLanguage::Shell, body);
        const QStringList problems = CopyTemplates::problems(t, {t});
        if (problem.isEmpty()) {
            QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u' ')));
        } else {
            QVERIFY2(problems.join(u' ').contains(problem), qPrintable(problems.join(u' ')));
        }
    }

    void duplicateUserNames()
    {
        const CopyTemplate a(u"a"_s, u"Same"_s, SnippetLanguage::Plain, u"{token}"_s);
        const CopyTemplate b(u"b"_s, u"same"_s, SnippetLanguage::Plain, u"{token}"_s);
        QVERIFY(CopyTemplates::problems(a, {a}).isEmpty());
        QCOMPARE(CopyTemplates::problems(a, {a, b}).size(), 1);
    }

    void persistsThroughSettings()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"keyward.ini"_s);
        const QList<CopyTemplate> user{
            {u"id-1"_s, u"Shell line"_s, SnippetLanguage::Shell, u"A={token}\nB=x"_s},
            {u"id-2"_s, u"JSON"_s, SnippetLanguage::Json, u"{\"t\":{token}}"_s},
        };
        {
            QSettings settings(path, QSettings::IniFormat);
            CopyTemplates templates;
            templates.setUserTemplates(user);
            templates.save(settings);
            // An entry from a future version with an unknown language is skipped.
            settings.beginWriteArray(settings::copyTemplatesArray);
            settings.setArrayIndex(2);
            settings::copyTemplate::id.write(settings, u"id-3"_s);
            settings::copyTemplate::language.write(settings, u"toml"_s);
            settings.endArray();
        }
        QSettings settings(path, QSettings::IniFormat);
        CopyTemplates loaded;
        loaded.load(settings);
        QCOMPARE(loaded.userTemplates(), user);
        QCOMPARE(loaded.all().size(), CopyTemplates::builtIns().size() + 2);
        QCOMPARE(loaded.find(u"id-2"_s)->name(), u"JSON"_s);
        QCOMPARE(settings::clipboardClearSeconds.read(settings), 20);
    }
};

QTEST_GUILESS_MAIN(TestCopyTemplates)
#include "tst_copytemplates.moc"
