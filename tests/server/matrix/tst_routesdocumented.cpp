// SPDX-License-Identifier: GPL-3.0-or-later
// docs/api/openapi.yaml is the machine-readable contract: every operation it
// documents must be served, and every route served must be documented. A
// small line reader is enough because the document keeps a fixed layout:
// path keys at two spaces, operation keys at four, under the top-level
// `paths:`.

#include "handlers/handlers.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString kDocument = QStringLiteral(KEYWARD_SOURCE_DIR "/docs/api/openapi.yaml");

QString describe(const QSet<QString> &set)
{
    QStringList list(set.cbegin(), set.cend());
    list.sort();
    return list.isEmpty() ? u"(none)"_s : list.join(u", "_s);
}

/// "METHOD /path" for every operation under `paths:`; \p error explains a
/// layout the reader does not understand.
QSet<QString> documentedOperations(const QString &fileName, QString *error)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        *error = u"cannot open %1"_s.arg(fileName);
        return {};
    }
    static const QRegularExpression pathKey(u"^  (['\"]?)(/[^'\":]*)\\1:\\s*$"_s);
    static const QRegularExpression operationKey(
        u"^    (get|put|post|patch|delete|head|options|trace):\\s*$"_s);
    static const QRegularExpression topLevelKey(u"^[A-Za-z_][A-Za-z0-9_-]*:"_s);

    QSet<QString> operations;
    bool inPaths = false;
    QString currentPath;
    int lineNumber = 0;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).chopped(1);
        ++lineNumber;
        if (line.trimmed().isEmpty() || line.trimmed().startsWith(u'#'))
            continue;
        if (line.contains(u'\t')) {
            *error = u"line %1 contains a tab"_s.arg(lineNumber);
            return {};
        }
        if (topLevelKey.match(line).hasMatch()) {
            inPaths = line.startsWith(u"paths:"_s);
            currentPath.clear();
            continue;
        }
        if (!inPaths)
            continue;
        if (const auto match = pathKey.match(line); match.hasMatch()) {
            currentPath = match.captured(2);
            continue;
        }
        if (line.startsWith(u"  "_s) && !line.startsWith(u"   "_s)) {
            *error =
                u"line %1: a key at path level that is not a path: %2"_s.arg(lineNumber).arg(line);
            return {};
        }
        if (const auto match = operationKey.match(line); match.hasMatch()) {
            if (currentPath.isEmpty()) {
                *error = u"line %1: an operation outside a path"_s.arg(lineNumber);
                return {};
            }
            const QString key = match.captured(1).toUpper() + u' ' + currentPath;
            if (operations.contains(key)) {
                *error = u"line %1: %2 documented twice"_s.arg(lineNumber).arg(key);
                return {};
            }
            operations.insert(key);
        }
    }
    if (operations.isEmpty())
        *error = u"no operations found under paths: in %1"_s.arg(fileName);
    return operations;
}

} // namespace

class TestRoutesDocumented final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void documentMatchesRouter()
    {
        QString error;
        const QSet<QString> documented = documentedOperations(kDocument, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));

        const keyward::server::Router router = keyward::server::buildRouter();
        QSet<QString> served;
        for (const keyward::server::Route &route : router.routes())
            served.insert(keyward::server::methodName(route.method) + u' ' + route.pattern);

        const QSet<QString> undocumented = served - documented;
        const QSet<QString> unserved = documented - served;
        QVERIFY2(undocumented.isEmpty() && unserved.isEmpty(),
                 qPrintable(u"served but not in openapi.yaml: %1; in openapi.yaml but not "
                            "served: %2"_s.arg(describe(undocumented), describe(unserved))));
    }

    void pathParametersAreDeclared()
    {
        // Each {name} of a path needs a parameter declared `in: path` with
        // that name somewhere in the path item (directly or through $ref to
        // components/parameters, whose names are the parameter names).
        QFile file(kDocument);
        QVERIFY(file.open(QIODevice::ReadOnly | QIODevice::Text));
        const QString text = QString::fromUtf8(file.readAll());
        static const QRegularExpression placeholder(u"\\{([a-z]+)\\}"_s);
        const QSet<QString> allowed = {u"org"_s, u"team"_s, u"email"_s, u"id"_s};
        for (const QString &line : text.split(u'\n')) {
            if (!line.startsWith(u"  /"_s))
                continue;
            auto it = placeholder.globalMatch(line);
            while (it.hasNext()) {
                const QString name = it.next().captured(1);
                QVERIFY2(
                    allowed.contains(name),
                    qPrintable(u"%1 uses {%2}; the router's names are org, team, email, id"_s.arg(
                        line.trimmed(), name)));
            }
        }
        for (const QString &name : allowed)
            QVERIFY2(text.contains(u"name: "_s + name + u'\n'),
                     qPrintable(u"no parameter named %1 is declared"_s.arg(name)));
    }
};

QTEST_GUILESS_MAIN(TestRoutesDocumented)
#include "tst_routesdocumented.moc"
