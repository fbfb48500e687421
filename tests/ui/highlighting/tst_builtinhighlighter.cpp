// SPDX-License-Identifier: GPL-3.0-or-later
#include "highlighting/builtinhighlighter.h"
#include "highlighting/highlightscheme.h"
#include "highlighting/syntaxhighlighting.h"
#include "highlighting/syntaxlexers.h"

#include <QGuiApplication>
#include <QPalette>
#include <QSyntaxHighlighter>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

#include <memory>

using namespace Qt::StringLiterals;

namespace keyward {

// Readable QCOMPARE failures: "Key" rather than an integer.
char *toString(SyntaxCategory category)
{
    static const char *const names[] = {"None",    "Key",         "String",  "Number",
                                        "Keyword", "Punctuation", "Comment", "Variable",
                                        "Command", "Section",     "Escape"};
    const int index = int(category);
    if (index < 0 || index >= SyntaxCategoryCount)
        return qstrdup("<mixed or not found>");
    return qstrdup(names[index]);
}

} // namespace keyward

using keyward::BuiltinHighlighter;
using keyward::HighlightScheme;
using keyward::SyntaxCategory;
using keyward::SyntaxLanguage;

namespace {

constexpr auto Mixed = SyntaxCategory(-1);

SyntaxCategory categoryAt(const QTextBlock &block, int column)
{
    const QList<QTextLayout::FormatRange> formats = block.layout()->formats();
    for (const QTextLayout::FormatRange &range : formats) {
        if (column >= range.start && column < range.start + range.length)
            return BuiltinHighlighter::categoryOf(range.format);
    }
    return SyntaxCategory::None;
}

/// The category shared by every character of the first \p needle on \p line at or after
/// \p from; Mixed when they differ or the needle is missing.
SyntaxCategory categoryOf(const QTextDocument &document, int line, QStringView needle, int from = 0)
{
    const QTextBlock block = document.findBlockByNumber(line);
    const int column = int(block.text().indexOf(needle, from));
    if (!block.isValid() || column < 0 || needle.isEmpty())
        return Mixed;
    const SyntaxCategory first = categoryAt(block, column);
    for (int i = 1; i < needle.size(); ++i) {
        if (categoryAt(block, column + i) != first)
            return Mixed;
    }
    return first;
}

std::unique_ptr<QTextDocument> highlighted(const QString &text, SyntaxLanguage language)
{
    auto document = std::make_unique<QTextDocument>();
    document->setPlainText(text);
    // Constructed directly (not through highlightDocument) so these checks hold on builds that
    // use KDE's highlighter for documents.
    auto *highlighter = new BuiltinHighlighter(document.get(), language);
    highlighter->rehighlight();
    return document;
}

QPalette paletteWith(QColor base, QColor text)
{
    QPalette palette;
    for (QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
        palette.setColor(group, QPalette::Base, base);
        palette.setColor(group, QPalette::Window, base);
        palette.setColor(group, QPalette::Text, text);
        palette.setColor(group, QPalette::WindowText, text);
    }
    return palette;
}

int attachedHighlighters(const QTextDocument &document)
{
    return int(document.findChildren<QSyntaxHighlighter *>().size());
}

} // namespace

class TestBuiltinHighlighter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void json();
    void jsonBeyondTrackedNesting();
    void yaml();
    void shell();
    void ini();
    void unformattedTextHasNoCategory();
    void contrast_data();
    void contrast();
    void followsApplicationPalette();
    void backend();
    void replacingTheLanguageReplacesTheHighlighter();
};

void TestBuiltinHighlighter::json()
{
    const auto doc = highlighted(uR"({
  "sub": "runner \"one\" # two",
  "scope": ["publish", "read"],
  "exp": 1773324000,
  "admin": false,
  "nested": {"k": null, "n": -1.5e3},
  "split"
    : "value on the next line",
  "arr": [
    "in array",
    {"deep": true}
  ]
})"_s,
                                 SyntaxLanguage::Json);
    QCOMPARE(categoryOf(*doc, 0, u"{"), SyntaxCategory::Punctuation);
    QCOMPARE(categoryOf(*doc, 1, u"\"sub\""), SyntaxCategory::Key);
    QCOMPARE(categoryOf(*doc, 1, u":"), SyntaxCategory::Punctuation);
    QCOMPARE(categoryOf(*doc, 1, u"\"runner "), SyntaxCategory::String);
    QCOMPARE(categoryOf(*doc, 1, u"\\\""), SyntaxCategory::Escape);
    // The escaped quote does not end the string: what follows it is still string, '#' included.
    QCOMPARE(categoryOf(*doc, 1, u"one"), SyntaxCategory::String);
    QCOMPARE(categoryOf(*doc, 1, u" # two"), SyntaxCategory::String);
    QCOMPARE(categoryOf(*doc, 1, u","), SyntaxCategory::Punctuation);

    QCOMPARE(categoryOf(*doc, 2, u"\"scope\""), SyntaxCategory::Key);
    QCOMPARE(categoryOf(*doc, 2, u"["), SyntaxCategory::Punctuation);
    QCOMPARE(categoryOf(*doc, 2, u"\"publish\""), SyntaxCategory::String);
    QCOMPARE(categoryOf(*doc, 2, u"\"read\""), SyntaxCategory::String);
    QCOMPARE(categoryOf(*doc, 3, u"1773324000"), SyntaxCategory::Number);
    QCOMPARE(categoryOf(*doc, 4, u"false"), SyntaxCategory::Keyword);
    QCOMPARE(categoryOf(*doc, 5, u"\"k\""), SyntaxCategory::Key);
    QCOMPARE(categoryOf(*doc, 5, u"null"), SyntaxCategory::Keyword);
    QCOMPARE(categoryOf(*doc, 5, u"\"n\""), SyntaxCategory::Key);
    QCOMPARE(categoryOf(*doc, 5, u"-1.5e3"), SyntaxCategory::Number);
    // A key whose ':' is on the next line is still a key: nesting is carried between lines.
    QCOMPARE(categoryOf(*doc, 6, u"\"split\""), SyntaxCategory::Key);
    QCOMPARE(categoryOf(*doc, 7, u"\"value on the next line\""), SyntaxCategory::String);
    QCOMPARE(categoryOf(*doc, 9, u"\"in array\""), SyntaxCategory::String);
    QCOMPARE(categoryOf(*doc, 10, u"\"deep\""), SyntaxCategory::Key);
    QCOMPARE(categoryOf(*doc, 10, u"true"), SyntaxCategory::Keyword);
    QCOMPARE(categoryOf(*doc, 12, u"}"), SyntaxCategory::Punctuation);
}

void TestBuiltinHighlighter::jsonBeyondTrackedNesting()
{
    // The block state tracks 24 levels; deeper keys are still told apart within their line.
    QString line;
    for (int i = 0; i < 30; ++i)
        line += u"{\"k%1\": "_s.arg(i);
    line += u"[\"v\", {\"deep\": \"x\"}]"_s;
    keyward::SyntaxSpans spans;
    const int state = keyward::lexJsonLine(line, -1, spans);
    QVERIFY(state >= 0);
    const auto spanAt = [&](QStringView needle) {
        const qsizetype at = line.indexOf(needle);
        for (const keyward::SyntaxSpan &span : std::as_const(spans)) {
            if (span.start == at && span.length == needle.size())
                return span.category;
        }
        return Mixed;
    };
    QCOMPARE(spanAt(u"\"k0\""), SyntaxCategory::Key);
    QCOMPARE(spanAt(u"\"k29\""), SyntaxCategory::Key);
    QCOMPARE(spanAt(u"\"v\""), SyntaxCategory::String);
    QCOMPARE(spanAt(u"\"deep\""), SyntaxCategory::Key);
    QCOMPARE(spanAt(u"\"x\""), SyntaxCategory::String);

    // Closing the untracked levels on the next line returns to a tracked object: the next
    // string after ',' is a key again.
    const QString next = QString(29, u'}') + u", \"after\": 1"_s;
    SyntaxCategory after = Mixed;
    spans.clear();
    keyward::lexJsonLine(next, state, spans);
    for (const keyward::SyntaxSpan &span : std::as_const(spans)) {
        if (span.start == next.indexOf(u"\"after\""))
            after = span.category;
    }
    QCOMPARE(after, SyntaxCategory::Key);
}

void TestBuiltinHighlighter::yaml()
{
    const auto doc = highlighted(uR"(---
# a comment
apiVersion: v1
metadata:
  annotations:
    url: "https://keyward.example:8443/publish"   # trailing
    time: 12:30
stringData:
  token: 'it''s: fine'
  count: 3
  enabled: true
  nothing: ~
  items:
    - first
    - key: value
  script: |
    echo "not: a key"
    # not a comment

    exit 0
  after: done
list: [a, 1, "b: c"]
anchor: &base value
"quoted key": x
)"_s,
                                 SyntaxLanguage::Yaml);
    QCOMPARE(categoryOf(*doc, 0, u"---"), SyntaxCategory::Section);
    QCOMPARE(categoryOf(*doc, 1, u"# a comment"), SyntaxCategory::Comment);
    QCOMPARE(categoryOf(*doc, 2, u"apiVersion"), SyntaxCategory::Key);
    QCOMPARE(categoryOf(*doc, 2, u":"), SyntaxCategory::Punctuation);
    QCOMPARE(categoryOf(*doc, 2, u"v1"), SyntaxCategory::String);
    QCOMPARE(categoryOf(*doc, 3, u"metadata"), SyntaxCategory::Key);
    QCOMPARE(categoryOf(*doc, 5, u"url"), SyntaxCategory::Key);
    // ':' inside a quoted value neither makes a key nor ends the value.
    QCOMPARE(categoryOf(*doc, 5, u"\"https://keyward.example:8443/publish\""),
             SyntaxCategory::String);
    QCOMPARE(categoryOf(*doc, 5, u"# trailing"), SyntaxCategory::Comment);
    QCOMPARE(categoryOf(*doc, 6, u"time"), SyntaxCategory::Key);
    QCOMPARE(categoryOf(*doc, 6, u"12:30"), SyntaxCategory::String);
    QCOMPARE(categoryOf(*doc, 8, u"'it"), SyntaxCategory::String);
    QCOMPARE(categoryOf(*doc, 8, u"''"), SyntaxCategory::Escape);
    QCOMPARE(categoryOf(*doc, 8, u"s: fine'"), SyntaxCategory::String);
    QCOMPARE(categoryOf(*doc, 9, u"3"), SyntaxCategory::Number);
    QCOMPARE(categoryOf(*doc, 10, u"true"), SyntaxCategory::Keyword);
    QCOMPARE(categoryOf(*doc, 11, u"~"), SyntaxCategory::Keyword);
    QCOMPARE(categoryOf(*doc, 13, u"-"), SyntaxCategory::Punctuation);
    QCOMPARE(categoryOf(*doc, 13, u"first"), SyntaxCategory::String);
    QCOMPARE(categoryOf(*doc, 14, u"-"), SyntaxCategory::Punctuation);
    QCOMPARE(categoryOf(*doc, 14, u"key"), SyntaxCategory::Key);
    QCOMPARE(categoryOf(*doc, 14, u"value"), SyntaxCategory::String);
    QCOMPARE(categoryOf(*doc, 15, u"script"), SyntaxCategory::Key);
    QCOMPARE(categoryOf(*doc, 15, u"|"), SyntaxCategory::Punctuation);
    // Block scalar content is text, whatever it looks like, across a blank line.
    QCOMPARE(categoryOf(*doc, 16, u"echo \"not: a key\""), SyntaxCategory::String);
    QCOMPARE(categoryOf(*doc, 17, u"# not a comment"), SyntaxCategory::String);
    QCOMPARE(categoryOf(*doc, 19, u"exit 0"), SyntaxCategory::String);
    // ... and ends at the first line indented like its key.
    QCOMPARE(categoryOf(*doc, 20, u"after"), SyntaxCategory::Key);
    QCOMPARE(categoryOf(*doc, 20, u"done"), SyntaxCategory::String);
    QCOMPARE(categoryOf(*doc, 21, u"["), SyntaxCategory::Punctuation);
    QCOMPARE(categoryOf(*doc, 21, u"a", 6), SyntaxCategory::String);
    QCOMPARE(categoryOf(*doc, 21, u"1"), SyntaxCategory::Number);
    QCOMPARE(categoryOf(*doc, 21, u"\"b: c\""), SyntaxCategory::String);
    QCOMPARE(categoryOf(*doc, 22, u"&base"), SyntaxCategory::Variable);
    QCOMPARE(categoryOf(*doc, 22, u"value"), SyntaxCategory::String);
    QCOMPARE(categoryOf(*doc, 23, u"\"quoted key\""), SyntaxCategory::Key);
}

void TestBuiltinHighlighter::shell()
{
    const auto doc = highlighted(uR"(#!/bin/sh
export KEYWARD_TOKEN='s3cr$t #1'
curl -H "Authorization: Bearer $KEYWARD_TOKEN" \
  --data "value=1 # not a comment" https://x/${TEAM}/publish
echo 'no $VAR here' # real comment
FOO=bar env | grep "a\"b" a#b
echo "multi
line $HOME" && ls
if true; then date; fi
echo foo\
  bar
)"_s,
                                 SyntaxLanguage::Shell);
    QCOMPARE(categoryOf(*doc, 0, u"#!/bin/sh"), SyntaxCategory::Comment);
    QCOMPARE(categoryOf(*doc, 1, u"export"), SyntaxCategory::Keyword);
    QCOMPARE(categoryOf(*doc, 1, u"KEYWARD_TOKEN"), SyntaxCategory::Variable);
    QCOMPARE(categoryOf(*doc, 1, u"="), SyntaxCategory::Punctuation);
    // Single quotes: no expansion, no comment.
    QCOMPARE(categoryOf(*doc, 1, u"'s3cr$t #1'"), SyntaxCategory::String);
    QCOMPARE(categoryOf(*doc, 2, u"curl"), SyntaxCategory::Command);
    QCOMPARE(categoryOf(*doc, 2, u"-H"), SyntaxCategory::None);
    QCOMPARE(categoryOf(*doc, 2, u"\"Authorization: Bearer "), SyntaxCategory::String);
    QCOMPARE(categoryOf(*doc, 2, u"$KEYWARD_TOKEN"), SyntaxCategory::Variable);
    QCOMPARE(categoryOf(*doc, 2, u"\\"), SyntaxCategory::Escape);
    // The continued line carries arguments, not a command.
    QCOMPARE(categoryOf(*doc, 3, u"--data"), SyntaxCategory::None);
    QCOMPARE(categoryOf(*doc, 3, u"\"value=1 # not a comment\""), SyntaxCategory::String);
    QCOMPARE(categoryOf(*doc, 3, u"${TEAM}"), SyntaxCategory::Variable);
    QCOMPARE(categoryOf(*doc, 3, u"/publish"), SyntaxCategory::None);
    QCOMPARE(categoryOf(*doc, 4, u"echo"), SyntaxCategory::Command);
    QCOMPARE(categoryOf(*doc, 4, u"'no $VAR here'"), SyntaxCategory::String);
    QCOMPARE(categoryOf(*doc, 4, u"# real comment"), SyntaxCategory::Comment);
    QCOMPARE(categoryOf(*doc, 5, u"FOO"), SyntaxCategory::Variable);
    QCOMPARE(categoryOf(*doc, 5, u"bar"), SyntaxCategory::None);
    QCOMPARE(categoryOf(*doc, 5, u"env"), SyntaxCategory::Command);
    QCOMPARE(categoryOf(*doc, 5, u"|"), SyntaxCategory::Punctuation);
    QCOMPARE(categoryOf(*doc, 5, u"grep"), SyntaxCategory::Command);
    QCOMPARE(categoryOf(*doc, 5, u"\\\""), SyntaxCategory::Escape);
    QCOMPARE(categoryOf(*doc, 5, u"b\""), SyntaxCategory::String);
    // '#' inside a word does not start a comment.
    QCOMPARE(categoryOf(*doc, 5, u"a#b"), SyntaxCategory::None);
    // A double-quoted string continues on the next line, with expansions.
    QCOMPARE(categoryOf(*doc, 6, u"\"multi"), SyntaxCategory::String);
    QCOMPARE(categoryOf(*doc, 7, u"line "), SyntaxCategory::String);
    QCOMPARE(categoryOf(*doc, 7, u"$HOME"), SyntaxCategory::Variable);
    QCOMPARE(categoryOf(*doc, 7, u"&&"), SyntaxCategory::Punctuation);
    QCOMPARE(categoryOf(*doc, 7, u"ls"), SyntaxCategory::Command);
    QCOMPARE(categoryOf(*doc, 8, u"if"), SyntaxCategory::Keyword);
    QCOMPARE(categoryOf(*doc, 8, u"true"), SyntaxCategory::Command);
    QCOMPARE(categoryOf(*doc, 8, u"then"), SyntaxCategory::Keyword);
    QCOMPARE(categoryOf(*doc, 8, u"date"), SyntaxCategory::Command);
    QCOMPARE(categoryOf(*doc, 8, u"fi"), SyntaxCategory::Keyword);
    // A backslash glued to a word continues the line just the same.
    QCOMPARE(categoryOf(*doc, 9, u"\\"), SyntaxCategory::Escape);
    QCOMPARE(categoryOf(*doc, 10, u"bar"), SyntaxCategory::None);
}

void TestBuiltinHighlighter::ini()
{
    const auto doc = highlighted(uR"(# systemd EnvironmentFile
; ini comment
[Service]
KEYWARD_TOKEN=abc#def
export API_URL="https://x/\"q\"" # comment
NAME = 'single $quoted'
PLAIN=value with spaces # trailing
)"_s,
                                 SyntaxLanguage::Ini);
    QCOMPARE(categoryOf(*doc, 0, u"# systemd EnvironmentFile"), SyntaxCategory::Comment);
    QCOMPARE(categoryOf(*doc, 1, u"; ini comment"), SyntaxCategory::Comment);
    QCOMPARE(categoryOf(*doc, 2, u"[Service]"), SyntaxCategory::Section);
    QCOMPARE(categoryOf(*doc, 3, u"KEYWARD_TOKEN"), SyntaxCategory::Key);
    QCOMPARE(categoryOf(*doc, 3, u"="), SyntaxCategory::Punctuation);
    QCOMPARE(categoryOf(*doc, 3, u"abc#def"), SyntaxCategory::String);
    QCOMPARE(categoryOf(*doc, 4, u"export"), SyntaxCategory::Keyword);
    QCOMPARE(categoryOf(*doc, 4, u"API_URL"), SyntaxCategory::Key);
    QCOMPARE(categoryOf(*doc, 4, u"\"https://x/"), SyntaxCategory::String);
    QCOMPARE(categoryOf(*doc, 4, u"\\\""), SyntaxCategory::Escape);
    QCOMPARE(categoryOf(*doc, 4, u"q"), SyntaxCategory::String);
    QCOMPARE(categoryOf(*doc, 4, u"# comment"), SyntaxCategory::Comment);
    QCOMPARE(categoryOf(*doc, 5, u"NAME"), SyntaxCategory::Key);
    QCOMPARE(categoryOf(*doc, 5, u" ="), Mixed);
    QCOMPARE(categoryOf(*doc, 5, u"'single $quoted'"), SyntaxCategory::String);
    QCOMPARE(categoryOf(*doc, 6, u"value with spaces"), SyntaxCategory::String);
    QCOMPARE(categoryOf(*doc, 6, u"# trailing"), SyntaxCategory::Comment);
}

void TestBuiltinHighlighter::unformattedTextHasNoCategory()
{
    QCOMPARE(BuiltinHighlighter::categoryOf(QTextCharFormat()), SyntaxCategory::None);
    QTextCharFormat foreign;
    foreign.setFontWeight(QFont::Bold);
    QCOMPARE(BuiltinHighlighter::categoryOf(foreign), SyntaxCategory::None);
}

void TestBuiltinHighlighter::contrast_data()
{
    QTest::addColumn<QPalette>("palette");
    QTest::addColumn<bool>("dark");
    QTest::addColumn<bool>("distinctHues");
    QTest::newRow("light") << paletteWith(Qt::white, Qt::black) << false << true;
    QTest::newRow("dark") << paletteWith(QColor(0x1e, 0x1e, 0x1e), QColor(0xdc, 0xdc, 0xdc)) << true
                          << true;
    QTest::newRow("solarized dark")
        << paletteWith(QColor(0x00, 0x2b, 0x36), QColor(0x83, 0x94, 0x96)) << true << true;
    QTest::newRow("solarized light")
        << paletteWith(QColor(0xfd, 0xf6, 0xe3), QColor(0x65, 0x7b, 0x83)) << false << true;
    // The hardest base there is: both black and white only just reach 4.5:1.
    QTest::newRow("mid grey") << paletteWith(QColor(0x77, 0x77, 0x77), Qt::white) << true << false;
}

void TestBuiltinHighlighter::contrast()
{
    QFETCH(QPalette, palette);
    QFETCH(bool, dark);
    QFETCH(bool, distinctHues);
    const HighlightScheme scheme = HighlightScheme::forPalette(palette);
    QCOMPARE(scheme.isDark(), dark);
    const QColor base = palette.color(QPalette::Base);
    QList<QRgb> seen;
    for (int i = 1; i < keyward::SyntaxCategoryCount; ++i) {
        const auto category = SyntaxCategory(i);
        const QTextCharFormat format = scheme.format(category);
        QCOMPARE(HighlightScheme::categoryOf(format), category);
        const QColor foreground = format.foreground().color();
        const double ratio = keyward::contrastRatio(foreground, base);
        if (ratio < HighlightScheme::MinimumContrast)
            QFAIL(qPrintable(
                u"%1 on %2: contrast %3"_s.arg(foreground.name(), base.name()).arg(ratio)));
        if (distinctHues) {
            QVERIFY2(!seen.contains(foreground.rgb()), qPrintable(foreground.name()));
            seen.append(foreground.rgb());
        }
    }
    QVERIFY(scheme.format(SyntaxCategory::Key).font().bold());
}

void TestBuiltinHighlighter::followsApplicationPalette()
{
    const QPalette original = QGuiApplication::palette();
    const QPalette dark = paletteWith(QColor(0x1e, 0x1e, 0x1e), QColor(0xdc, 0xdc, 0xdc));
    const QPalette light = paletteWith(Qt::white, Qt::black);
    QGuiApplication::setPalette(dark);
    const auto doc = highlighted(u"# comment"_s, SyntaxLanguage::Shell);
    const auto foreground = [&doc] {
        const QList<QTextLayout::FormatRange> formats = doc->firstBlock().layout()->formats();
        return formats.isEmpty() ? QColor() : formats.first().format.foreground().color();
    };
    QVERIFY(foreground().isValid());
    QVERIFY(keyward::contrastRatio(foreground(), dark.color(QPalette::Base)) >= 4.5);
    // A comment colour readable on dark is unreadable on white; the highlighter must re-pick.
    QVERIFY(keyward::contrastRatio(foreground(), light.color(QPalette::Base)) < 4.5);

    QGuiApplication::setPalette(light);
    QVERIFY(keyward::contrastRatio(foreground(), light.color(QPalette::Base)) >= 4.5);
    QGuiApplication::setPalette(original);
}

void TestBuiltinHighlighter::backend()
{
#if defined(KEYWARD_HAVE_KF6_SYNTAX) && KEYWARD_HAVE_KF6_SYNTAX
    QCOMPARE(keyward::syntaxHighlightingBackend(), u"KDE Syntax Highlighting"_s);
#else
    QCOMPARE(keyward::syntaxHighlightingBackend(), u"built-in"_s);
#endif
}

void TestBuiltinHighlighter::replacingTheLanguageReplacesTheHighlighter()
{
    QTextDocument doc;
    doc.setPlainText(u"key: 1"_s);
    keyward::highlightDocument(&doc, SyntaxLanguage::Json);
    QCOMPARE(attachedHighlighters(doc), 1);

    keyward::highlightDocument(&doc, SyntaxLanguage::Yaml);
    QCOMPARE(attachedHighlighters(doc), 1);
    if (auto *builtin = doc.findChild<BuiltinHighlighter *>()) {
        QCOMPARE(builtin->language(), SyntaxLanguage::Yaml);
        QCOMPARE(categoryOf(doc, 0, u"key"), SyntaxCategory::Key);
        QCOMPARE(categoryOf(doc, 0, u"1"), SyntaxCategory::Number);
    }
    keyward::highlightDocument(&doc, SyntaxLanguage::Yaml);
    QCOMPARE(attachedHighlighters(doc), 1);

    // Plain removes the highlighter and, with it, every format.
    keyward::highlightDocument(&doc, SyntaxLanguage::Plain);
    QCOMPARE(attachedHighlighters(doc), 0);
    QVERIFY(doc.firstBlock().layout()->formats().isEmpty());

    keyward::highlightDocument(&doc, SyntaxLanguage::Shell);
    QCOMPARE(attachedHighlighters(doc), 1);
    keyward::highlightDocument(nullptr, SyntaxLanguage::Json); // must not crash
}

QTEST_MAIN(TestBuiltinHighlighter)
#include "tst_builtinhighlighter.moc"
