// SPDX-License-Identifier: GPL-3.0-or-later
#include "security/secrets.h"
#include "security/tokencipher.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace keyward::server;

class TestTokenCipher final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sealAndOpen()
    {
        const TokenCipher cipher(randomBytes(32));
        const QByteArray value = "eyJhbGciOiJFZERTQSJ9.e30.c2lnbmF0dXJl"_ba;
        const QByteArray sealed = cipher.seal(value, "17");
        QVERIFY(!sealed.contains(value));
        QCOMPARE(sealed.size(), value.size() + 1 + 12 + 16);
        QCOMPARE(cipher.open(sealed, "17"), std::optional<QByteArray>(value));
        // A fresh nonce each time: the same value never seals the same way twice.
        QVERIFY(cipher.seal(value, "17") != sealed);
    }

    void refusesTamperingAndOtherRows()
    {
        const TokenCipher cipher(randomBytes(32));
        QByteArray sealed = cipher.seal("secret"_ba, "1");
        QVERIFY(!cipher.open(sealed, "2")); // copied onto another token's row
        sealed[sealed.size() - 1] = char(sealed.at(sealed.size() - 1) ^ 1);
        QVERIFY(!cipher.open(sealed, "1"));
        QVERIFY(!cipher.open("short"_ba, "1"));
        QVERIFY(!TokenCipher(randomBytes(32)).open(cipher.seal("x"_ba, "1"), "1"));
    }

    void keyFileIsCreatedPrivateAndReused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"token.key"_s);
        const TokenCipher first = TokenCipher::loadOrCreate(path);
        QCOMPARE(QFile(path).size(), 32);
        QCOMPARE(QFile::permissions(path) & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
        const QByteArray sealed = first.seal("value"_ba, "9");
        QCOMPARE(TokenCipher::loadOrCreate(path).open(sealed, "9"),
                 std::optional<QByteArray>("value"_ba));
    }
};

QTEST_GUILESS_MAIN(TestTokenCipher)
#include "tst_tokencipher.moc"
