// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/connectionprofile.h"

#include <QTest>

using namespace Qt::StringLiterals;
using keyward::ConnectionProfile;
using keyward::Environment;

namespace {

const QString fingerprintHex =
    u"5f3a1c9e0b7d2468ace13579bdf02468ace13579bdf02468ace13579bdf02468"_s;

} // namespace

class TestConnectionProfile final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void effectiveColour()
    {
        ConnectionProfile profile;
        profile.environment = Environment::Staging;
        QCOMPARE(profile.effectiveColour(),
                 keyward::defaultEnvironmentColour(Environment::Staging));
        profile.environment = Environment::Development;
        QCOMPARE(profile.effectiveColour(),
                 keyward::defaultEnvironmentColour(Environment::Development));
        profile.colour = u"#123456"_s;
        QCOMPARE(profile.effectiveColour(), u"#123456"_s);
    }

    void normalizeFingerprint_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected"); // empty: rejected

        QString colons;
        for (int i = 0; i < fingerprintHex.size(); i += 2) {
            colons += (i ? u":"_s : QString()) + fingerprintHex.mid(i, 2).toUpper();
        }
        QTest::newRow("plain") << fingerprintHex << fingerprintHex;
        QTest::newRow("upper") << fingerprintHex.toUpper() << fingerprintHex;
        QTest::newRow("openssl colons") << colons << fingerprintHex;
        QTest::newRow("spaces") << QString(colons).replace(u':', u' ') << fingerprintHex;
        QTest::newRow("too short") << fingerprintHex.left(62) << QString();
        QTest::newRow("too long") << fingerprintHex + u"00"_s << QString();
        QTest::newRow("sha1 length") << fingerprintHex.left(40) << QString();
        QTest::newRow("not hex") << QString(fingerprintHex).replace(0, 1, u"g"_s) << QString();
        QTest::newRow("empty") << QString() << QString();
    }

    void normalizeFingerprint()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        const std::optional<QString> result = keyward::normalizeCertificateFingerprint(input);
        if (expected.isEmpty()) {
            QVERIFY(!result);
        } else {
            QVERIFY(result);
            QCOMPARE(*result, expected);
        }
    }

    void trustsCertificate()
    {
        ConnectionProfile profile;
        QVERIFY(!profile.trustsCertificate(fingerprintHex));
        profile.trustedCertificateSha256 = {fingerprintHex};
        QVERIFY(profile.trustsCertificate(fingerprintHex));
        QVERIFY(profile.trustsCertificate(fingerprintHex.toUpper()));
        QVERIFY(!profile.trustsCertificate(QString(fingerprintHex).replace(0, 1, u"0"_s)));
        QVERIFY(!profile.trustsCertificate(u"garbage"_s));
    }
};

QTEST_GUILESS_MAIN(TestConnectionProfile)
#include "tst_connectionprofile.moc"
