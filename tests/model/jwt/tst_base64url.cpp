// SPDX-License-Identifier: GPL-3.0-or-later
#include "jwt/base64url.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace keyward::jwt;

class TestBase64Url final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void encode_data()
    {
        QTest::addColumn<QByteArray>("plain");
        QTest::addColumn<QByteArray>("encoded");
        // RFC 4648 §10 vectors without padding, plus the two url-safe characters.
        QTest::newRow("empty") << QByteArray() << QByteArray();
        QTest::newRow("f") << "f"_ba
                           << "Zg"_ba;
        QTest::newRow("fo") << "fo"_ba
                            << "Zm8"_ba;
        QTest::newRow("foo") << "foo"_ba
                             << "Zm9v"_ba;
        QTest::newRow("foob") << "foob"_ba
                              << "Zm9vYg"_ba;
        QTest::newRow("fooba") << "fooba"_ba
                               << "Zm9vYmE"_ba;
        QTest::newRow("foobar") << "foobar"_ba
                                << "Zm9vYmFy"_ba;
        QTest::newRow("url-safe") << QByteArray::fromHex("fbff") << "-_8"_ba;
        // RFC 7515 A.1 header bytes (with CR LF) and their encoding.
        QTest::newRow("rfc7515-a1-header") << "{\"typ\":\"JWT\",\r\n \"alg\":\"HS256\"}"_ba
                                           << "eyJ0eXAiOiJKV1QiLA0KICJhbGciOiJIUzI1NiJ9"_ba;
    }
    void encode()
    {
        QFETCH(QByteArray, plain);
        QFETCH(QByteArray, encoded);
        QCOMPARE(base64UrlEncode(plain), encoded);
        const auto decoded = base64UrlDecodeStrict(encoded);
        QVERIFY(decoded.has_value());
        QCOMPARE(*decoded, plain);
    }

    void roundTripAllLengths()
    {
        QByteArray data;
        for (int i = 0; i < 70; ++i) {
            const auto decoded = base64UrlDecodeStrict(base64UrlEncode(data));
            QVERIFY(decoded.has_value());
            QCOMPARE(*decoded, data);
            data.append(char(i * 37 + 11));
        }
    }

    void refuses_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("padding ==") << "Zg=="_ba;
        QTest::newRow("padding =") << "Zm8="_ba;
        QTest::newRow("inner space") << "Zm 9v"_ba;
        QTest::newRow("trailing newline") << "Zm9v\n"_ba;
        QTest::newRow("leading tab") << "\tZm9v"_ba;
        QTest::newRow("plus") << "+_8"_ba;
        QTest::newRow("slash") << "-/8"_ba;
        QTest::newRow("dot") << "Zm.v"_ba;
        QTest::newRow("length 1 mod 4") << "Zm9vY"_ba;
        QTest::newRow("single char") << "Z"_ba;
        // 'g' = 32 leaves the four unused bits zero; 'h' = 33 sets one of them.
        QTest::newRow("non-zero unused bits (1 byte)") << "Zh"_ba;
        // "Zm8": '8' = 60; '9' = 61 only flips an unused bit.
        QTest::newRow("non-zero unused bits (2 bytes)") << "Zm9"_ba;
        QTest::newRow("non-ascii") << "Zm9v\xc3\xa9"_ba;
        QTest::newRow("nul") << QByteArray("Zm\0v", 4);
    }
    void refuses()
    {
        QFETCH(QByteArray, text);
        QVERIFY(!base64UrlDecodeStrict(text).has_value());
    }

    void unusedBitsReallyAreUnused()
    {
        // The point of the strictness: a lenient decoder maps both spellings
        // to the same bytes, so two different tokens would carry one value.
        const auto lenient = QByteArray::fromBase64("Zh"_ba, QByteArray::Base64UrlEncoding);
        QCOMPARE(lenient, "f"_ba);
        QVERIFY(base64UrlDecodeStrict("Zg"_ba).has_value());
        QVERIFY(!base64UrlDecodeStrict("Zh"_ba).has_value());
    }
};

QTEST_GUILESS_MAIN(TestBase64Url)
#include "tst_base64url.moc"
