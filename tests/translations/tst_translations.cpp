// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 9: the German and French translations are complete and current, keep
// the placeholders and markup of their sources, and no user-visible string of
// the app bypasses tr().
#include "trscanner.h"
#include "tsfile.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace keyward::i18ncheck;

namespace {

const QStringList languages = {u"de"_s, u"fr"_s};

QString sourceDir()
{
    return QStringLiteral(KEYWARD_SOURCE_DIR);
}

QString tsPath(const QString &language)
{
    return u"%1/translations/keyward_%2.ts"_s.arg(sourceDir(), language);
}

QStringList readLines(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        return {};
    }
    return QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
}

QString readText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

QString report(const QStringList &problems, qsizetype shown = 40)
{
    QStringList lines = problems.mid(0, shown);
    if (problems.size() > shown) {
        lines << u"… and %1 more"_s.arg(problems.size() - shown);
    }
    return lines.join(u'\n');
}

// Genuine non-translatable strings handed to text sinks: file (relative to the
// source tree, empty for any file) and literal. Keep every entry commented, e.g.
//   // The product name is the same in every language.
//   {"ui/main/aboutbox.cpp", "Keyward"},
// Empty today: placeholders such as "https://keyward.example.com" go through
// tr() too, so a translator can localise the example domain.
struct Allowed
{
    const char *file;
    const char *literal;
};
const QList<Allowed> allowList = {};

bool allowed(const UntranslatedString &s)
{
    for (const Allowed &entry : allowList) {
        const QString file = QString::fromUtf8(entry.file);
        if ((file.isEmpty() || s.file == file) && s.literal == QString::fromUtf8(entry.literal)) {
            return true;
        }
    }
    return false;
}

} // namespace

class TranslationsTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void upToDateWithSources_data();
    void upToDateWithSources();
    void noUnfinishedOrObsoleteEntries_data();
    void noUnfinishedOrObsoleteEntries();
    void translationsKeepTheRules_data();
    void translationsKeepTheRules();
    void ruleCheckCatchesBrokenTranslations();
    void scannerFindsPlantedMissingTr();
    void everyUserVisibleStringUsesTr();
};

void TranslationsTest::upToDateWithSources_data()
{
    QTest::addColumn<QString>("language");
    for (const QString &language : languages) {
        QTest::newRow(qPrintable(language)) << language;
    }
}

// (a) Runs lupdate on a copy of the .ts file, with the app's own source list,
// and compares the message sets: the committed file must hold exactly the
// messages of the sources.
void TranslationsTest::upToDateWithSources()
{
    QFETCH(QString, language);
    TsFile committed;
    QString error;
    QVERIFY2(readTsFile(tsPath(language), &committed, &error), qPrintable(error));

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString copy = dir.filePath(u"keyward_%1.ts"_s.arg(language));
    QVERIFY(QFile::copy(tsPath(language), copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);

    const QStringList sources = readLines(QStringLiteral(KEYWARD_I18N_SOURCES_FILE));
    QVERIFY2(sources.size() > 10, "the list of translated sources is missing");
    QJsonObject project;
    // lupdate requires the key; it names the project in messages only.
    project[u"projectFile"_s] = u"%1/app/CMakeLists.txt"_s.arg(sourceDir());
    project[u"sources"_s] = QJsonArray::fromStringList(sources);
    project[u"includePaths"_s] =
        QJsonArray::fromStringList(readLines(QStringLiteral(KEYWARD_I18N_INCLUDES_FILE)));
    project[u"translations"_s] = QJsonArray{copy};
    QFile projectFile(dir.filePath(u"project.json"_s));
    QVERIFY(projectFile.open(QIODevice::WriteOnly));
    projectFile.write(QJsonDocument(project).toJson());
    projectFile.close();

    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(KEYWARD_LUPDATE),
                  {u"-project"_s, projectFile.fileName(), u"-no-obsolete"_s, u"-locations"_s,
                   u"none"_s, u"-silent"_s});
    QVERIFY2(lupdate.waitForFinished(120000), "lupdate did not finish");
    QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0,
             lupdate.readAll().constData());

    TsFile current;
    QVERIFY2(readTsFile(copy, &current, &error), qPrintable(error));
    QSet<QString> committedKeys;
    for (const TsMessage &m : std::as_const(committed.messages)) {
        committedKeys.insert(m.key());
    }
    QSet<QString> currentKeys;
    QStringList problems;
    for (const TsMessage &m : std::as_const(current.messages)) {
        currentKeys.insert(m.key());
        if (!committedKeys.contains(m.key())) {
            problems << u"missing (run the keyward_lupdate target): "_s + m.where();
        }
    }
    for (const TsMessage &m : std::as_const(committed.messages)) {
        if (!currentKeys.contains(m.key())) {
            problems << u"obsolete (no longer in the sources): "_s + m.where();
        }
    }
    QVERIFY2(problems.isEmpty(),
             qPrintable(u"keyward_%1.ts is not up to date:\n"_s.arg(language) + report(problems)));
}

void TranslationsTest::noUnfinishedOrObsoleteEntries_data()
{
    upToDateWithSources_data();
}

// (b) Every message is translated, none is left over from removed code.
void TranslationsTest::noUnfinishedOrObsoleteEntries()
{
    QFETCH(QString, language);
    TsFile file;
    QString error;
    QVERIFY2(readTsFile(tsPath(language), &file, &error), qPrintable(error));
    QVERIFY(file.language.startsWith(language));
    QVERIFY(!file.messages.isEmpty());
    QStringList problems;
    for (const TsMessage &m : std::as_const(file.messages)) {
        if (!m.type.isEmpty()) {
            problems << m.type + u": "_s + m.where();
        }
    }
    QVERIFY2(
        problems.isEmpty(),
        qPrintable(
            u"keyward_%1.ts: %2 unfinished, obsolete or vanished entries:\n"_s.arg(language).arg(
                problems.size()) +
            report(problems)));
}

void TranslationsTest::translationsKeepTheRules_data()
{
    upToDateWithSources_data();
}

// (c) Placeholders, markup, accelerators, "…", shortcuts and product names survive.
void TranslationsTest::translationsKeepTheRules()
{
    QFETCH(QString, language);
    TsFile file;
    QString error;
    QVERIFY2(readTsFile(tsPath(language), &file, &error), qPrintable(error));
    QStringList problems;
    for (const TsMessage &m : std::as_const(file.messages)) {
        if (m.type == "unfinished"_L1) {
            continue; // reported by noUnfinishedOrObsoleteEntries
        }
        if (m.numerus && m.translations.size() != 2) {
            problems << m.where() + u": needs 2 plural forms, has %1"_s.arg(m.translations.size());
            continue;
        }
        for (qsizetype i = 0; i < m.translations.size(); ++i) {
            const bool singular = m.numerus && i == 0;
            for (const QString &p : translationProblems(m.source, m.translations.at(i), singular)) {
                problems << m.where() + u": "_s + p;
            }
        }
    }
    QVERIFY2(problems.isEmpty(),
             qPrintable(u"keyward_%1.ts breaks the translation rules:\n"_s.arg(language) +
                        report(problems)));
}

// The rule check itself must be able to fail.
void TranslationsTest::ruleCheckCatchesBrokenTranslations()
{
    QVERIFY(translationProblems(u"%1 of %2 loaded"_s, u"%1 von %2 geladen"_s).isEmpty());
    QVERIFY(!translationProblems(u"%1 of %2 loaded"_s, u"%1 geladen"_s).isEmpty());
    QVERIFY(!translationProblems(u"&Save"_s, u"Speichern"_s).isEmpty());
    QVERIFY(!translationProblems(u"&Save"_s, u"&Spei&chern"_s).isEmpty());
    QVERIFY(!translationProblems(u"<b>%1</b>"_s, u"%1"_s).isEmpty());
    QVERIFY(!translationProblems(u"Rotate…"_s, u"Rotieren"_s).isEmpty());
    QVERIFY(!translationProblems(u" days"_s, u"Tage"_s).isEmpty());
    QVERIFY(!translationProblems(u"Create (Ctrl+N)"_s, u"Erstellen (Strg+N)"_s).isEmpty());
    QVERIFY(!translationProblems(u"Log in to Keyward"_s, u"Anmelden"_s).isEmpty());
    QVERIFY(!translationProblems(u"a\nb"_s, u"a b"_s).isEmpty());
    QVERIFY(translationProblems(u"%n token(s)"_s, u"ein Token"_s, true).isEmpty());
    QVERIFY(!translationProblems(u"%n token(s)"_s, u"Token"_s, false).isEmpty());
    QVERIFY(!translationProblems(u"Cancel"_s, QString()).isEmpty());
    QVERIFY(translationProblems(u"Tom &amp; Jerry"_s, u"Tom &amp; Jerry"_s).isEmpty());
}

// (d) The scanner reports a planted literal with file and line, and leaves the
// translated and non-text cases of the fixture alone.
void TranslationsTest::scannerFindsPlantedMissingTr()
{
    const QString fixture =
        u"%1/tests/translations/fixtures/scanner_fixture.cpp.txt"_s.arg(sourceDir());
    const QString text = readText(fixture);
    QVERIFY2(!text.isEmpty(), qPrintable(fixture));
    const QList<UntranslatedString> found = findUntranslatedStrings(u"fixture.cpp"_s, text);
    QStringList got;
    for (const UntranslatedString &s : found) {
        got << u"%1:%2"_s.arg(s.line).arg(s.literal);
    }
    // The fixture marks each line that must be reported with "// FLAG".
    QStringList expected;
    const QStringList lines = text.split(u'\n');
    for (qsizetype n = 0; n < lines.size(); ++n) {
        if (lines.at(n).contains(u"// FLAG: "_s)) {
            expected << u"%1:%2"_s.arg(n + 1).arg(lines.at(n).section(u"// FLAG: "_s, 1).trimmed());
        }
    }
    QVERIFY(expected.size() >= 5);
    QVERIFY2(got == expected, qPrintable(u"reported:\n"_s + got.join(u'\n') + u"\nexpected:\n"_s +
                                         expected.join(u'\n')));
    QVERIFY(found.first().toString().startsWith(u"fixture.cpp:%1: "_s.arg(found.first().line)));
}

void TranslationsTest::everyUserVisibleStringUsesTr()
{
    QStringList problems;
    int files = 0;
    for (const QString &folder : {u"ui"_s, u"app"_s}) {
        QDirIterator it(u"%1/%2"_s.arg(sourceDir(), folder), {u"*.cpp"_s, u"*.h"_s}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            const QString relative = path.mid(sourceDir().size() + 1);
            ++files;
            for (const UntranslatedString &s : findUntranslatedStrings(relative, readText(path))) {
                if (!allowed(s)) {
                    problems << s.toString();
                }
            }
        }
    }
    QVERIFY(files > 20);
    QVERIFY2(problems.isEmpty(),
             qPrintable(u"%1 user-visible string(s) without tr():\n"_s.arg(problems.size()) +
                        report(problems, 200)));
}

QTEST_GUILESS_MAIN(TranslationsTest)
#include "tst_translations.moc"
