// SPDX-License-Identifier: GPL-3.0-or-later
#include "usagescan/secretfinder.h"

#include <QTest>

using namespace Qt::StringLiterals;
using keyward::SecretFinder;
using keyward::UsageMatch;

namespace {

const QByteArray kSecret = "eyJhbGciOiJIUzI1NiJ9.c2VjcmV0LXBheWxvYWQ.c2lnbmF0dXJl"_ba;

QList<UsageMatch> findIn(const QByteArray &text, qsizetype chunk, qsizetype context = 40)
{
    SecretFinder finder(kSecret, context);
    QList<UsageMatch> out;
    for (qsizetype i = 0; i < text.size(); i += chunk) {
        out += finder.feed(QByteArrayView(text).sliced(i, std::min(chunk, text.size() - i)));
    }
    out += finder.finish();
    return out;
}

} // namespace

class TestSecretFinder final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mask()
    {
        QCOMPARE(SecretFinder::maskFor(kSecret), u"eyJh\u2026(masked)"_s);
        QCOMPARE(SecretFinder::maskFor("12345678"), u"12\u2026(masked)"_s);
        QCOMPARE(SecretFinder::maskFor("abc"), u"\u2026(masked)"_s);
    }

    void linesAndMasking_data()
    {
        QTest::addColumn<qsizetype>("chunk");
        // Every chunk size, so occurrences and CRLF pairs straddle boundaries.
        for (qsizetype chunk : {1, 2, 3, 7, 16, 53, 54, 55, 100, 4096}) {
            QTest::addRow("chunk %lld", qlonglong(chunk)) << chunk;
        }
    }

    void linesAndMasking()
    {
        QFETCH(qsizetype, chunk);
        const QByteArray text = kSecret + "\r\n"_ba                                  // line 1, CRLF
                                + "nothing here\r\n"_ba                              // 2
                                + "KEYWARD_TOKEN="_ba + kSecret + "\r\n"_ba          // 3
                                + "a "_ba + kSecret + " b "_ba + kSecret + " c\n"_ba // 4, twice
                                + "\n"_ba                                            // 5
                                + "token: \""_ba + kSecret + "\""_ba; // 6, no newline
        const QList<UsageMatch> found = findIn(text, chunk);
        QCOMPARE(found.size(), 4);
        QCOMPARE(found.at(0).lineNumber, 1);
        QCOMPARE(found.at(0).maskedLine, u"eyJh\u2026(masked)"_s);
        QCOMPARE(found.at(1).lineNumber, 3);
        QCOMPARE(found.at(1).maskedLine, u"KEYWARD_TOKEN=eyJh\u2026(masked)"_s);
        QCOMPARE(found.at(2).lineNumber, 4);
        QCOMPARE(found.at(2).occurrences, 2);
        QCOMPARE(found.at(2).maskedLine, u"a eyJh\u2026(masked) b eyJh\u2026(masked) c"_s);
        QCOMPARE(found.at(3).lineNumber, 6);
        QCOMPARE(found.at(3).maskedLine, u"token: \"eyJh\u2026(masked)\""_s);
        for (const UsageMatch &match : found) {
            QVERIFY(!match.maskedLine.contains(QString::fromUtf8(kSecret)));
        }
    }

    void longLinesKeepLittleContext_data()
    {
        QTest::addColumn<qsizetype>("chunk");
        for (qsizetype chunk : {1, 5, 64, 1000, 1 << 20}) {
            QTest::addRow("chunk %lld", qlonglong(chunk)) << chunk;
        }
    }

    void longLinesKeepLittleContext()
    {
        QFETCH(qsizetype, chunk);
        const QByteArray pad(500, 'x');
        const QByteArray text = "first\n"_ba + pad + "K="_ba + kSecret + ";"_ba + pad + "Y"_ba +
                                kSecret + "Z\n"_ba + "last"_ba;
        const QList<UsageMatch> found = findIn(text, chunk, 10);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.at(0).lineNumber, 2);
        QCOMPARE(found.at(0).occurrences, 2);
        QCOMPARE(found.at(0).maskedLine, u"\u2026xxxxxxxxK=eyJh\u2026(masked);xxxxxxxxx\u2026"
                                         u"xxxxxxxxxYeyJh\u2026(masked)Z"_s);
    }

    void adjacentOccurrences()
    {
        const QByteArray text = kSecret + kSecret + "\n"_ba;
        const QList<UsageMatch> found = findIn(text, 7);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.at(0).occurrences, 2);
        QCOMPARE(found.at(0).maskedLine, u"eyJh\u2026(masked)eyJh\u2026(masked)"_s);
    }

    void nearMissesDoNotMatch()
    {
        QByteArray almost = kSecret;
        almost.chop(1);
        const QByteArray text = almost + "\n"_ba + kSecret.toUpper() + "\n"_ba + kSecret.left(20) +
                                "\n"_ba + kSecret.mid(20) + "\n"_ba;
        QVERIFY(findIn(text, 3).isEmpty());
    }

    void emptyInputAndSecret()
    {
        QVERIFY(findIn({}, 10).isEmpty());
        SecretFinder finder({});
        QVERIFY(finder.feed("anything\n").isEmpty());
        QVERIFY(finder.finish().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSecretFinder)
#include "tst_secretfinder.moc"
