// SPDX-License-Identifier: GPL-3.0-or-later
// TlsErrorDialog: what it shows, and that trusting needs the checkbox.
#include "profiles/tlserrordialog.h"

#include <QCheckBox>
#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using keyward::CertificateDetails;
using keyward::TlsErrorDialog;

namespace {

const QString fingerprint =
    u"AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:"
    u"45:67:89"_s;

CertificateDetails selfSigned()
{
    CertificateDetails details;
    details.subjectCommonName = u"keyward.lab"_s;
    details.subjectOrganization = u"Lab Inc"_s;
    details.issuerCommonName = u"keyward.lab"_s;
    details.issuerOrganization = u"Lab Inc"_s;
    details.notBefore = QDateTime::currentDateTimeUtc().addDays(-30);
    details.notAfter = QDateTime::currentDateTimeUtc().addDays(335);
    details.sha256Fingerprint = fingerprint;
    details.subjectAlternativeNames = {u"DNS:keyward.lab"_s, u"IP:127.0.0.1"_s};
    details.selfSigned = true;
    details.canBeTrusted = true;
    details.errors = {u"The certificate is self-signed, and untrusted."_s};
    return details;
}

template <typename T> T *child(QWidget *parent, const QString &name)
{
    return parent->findChild<T *>(name);
}

} // namespace

class TestTlsErrorDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsTheCertificate()
    {
        TlsErrorDialog dialog(selfSigned(), u"Lab"_s);
        dialog.open();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(child<QLabel>(&dialog, u"tlsErrorsLabel"_s)->text(),
                 u"The certificate is self-signed, and untrusted."_s);
        QCOMPARE(child<QLabel>(&dialog, u"certificateSubjectLabel"_s)->text(),
                 u"keyward.lab (Lab Inc)"_s);
        QCOMPARE(child<QLabel>(&dialog, u"certificateIssuerLabel"_s)->text(),
                 u"keyward.lab (Lab Inc)"_s);
        QCOMPARE(child<QLabel>(&dialog, u"certificateSansLabel"_s)->text(),
                 u"DNS:keyward.lab, IP:127.0.0.1"_s);
        const QString shown = child<QLabel>(&dialog, u"certificateFingerprintLabel"_s)->text();
        QCOMPARE(QString(shown).remove(u'\n'), fingerprint);
        QVERIFY(child<QLabel>(&dialog, u"certificateFingerprintLabel"_s)
                    ->textInteractionFlags()
                    .testFlag(Qt::TextSelectableByMouse));
        QVERIFY(child<QLabel>(&dialog, u"selfSignedNote"_s));
        QVERIFY(
            !child<QLabel>(&dialog, u"certificateValidityLabel"_s)->text().contains(u"Expired"_s));

        QTest::mouseClick(child<QPushButton>(&dialog, u"copyFingerprintButton"_s), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), fingerprint);
    }

    void expiredCertificateSaysSo()
    {
        CertificateDetails details = selfSigned();
        details.notBefore = QDateTime(QDate(2020, 1, 1), QTime(0, 0), Qt::UTC);
        details.notAfter = QDateTime(QDate(2021, 1, 1), QTime(12, 0), Qt::UTC);
        details.selfSigned = false;
        TlsErrorDialog dialog(details, u"Lab"_s);
        const QString validity = child<QLabel>(&dialog, u"certificateValidityLabel"_s)->text();
        QVERIFY2(validity.contains(u"Expired on"_s), qPrintable(validity));
        QVERIFY(validity.contains(u"2021"_s));
        QVERIFY(!child<QLabel>(&dialog, u"selfSignedNote"_s));
    }

    void trustHiddenWhenItCannotHelp()
    {
        CertificateDetails details = selfSigned();
        details.canBeTrusted = false;
        TlsErrorDialog dialog(details, u"Lab"_s);
        dialog.open();
        QVERIFY(!child<QPushButton>(&dialog, u"trustButton"_s));
        QVERIFY(!child<QCheckBox>(&dialog, u"fingerprintCheckedBox"_s));
        QVERIFY(child<QPushButton>(&dialog, u"cancelButton"_s)->isVisible());
    }

    void trustNeedsTheCheckboxAndEmitsFingerprint()
    {
        TlsErrorDialog dialog(selfSigned(), u"Lab"_s);
        QSignalSpy trusted(&dialog, &TlsErrorDialog::trustRequested);
        dialog.open();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *trust = child<QPushButton>(&dialog, u"trustButton"_s);
        auto *checked = child<QCheckBox>(&dialog, u"fingerprintCheckedBox"_s);
        QVERIFY(trust);
        QVERIFY(checked);
        QVERIFY(trust->text().contains(u"Lab"_s));
        QVERIFY(!trust->isEnabled());
        QTest::mouseClick(trust, Qt::LeftButton);
        QCOMPARE(trusted.size(), 0);
        QVERIFY(dialog.isVisible());

        QTest::mouseClick(checked, Qt::LeftButton);
        QVERIFY(checked->isChecked());
        QVERIFY(trust->isEnabled());
        QTest::mouseClick(trust, Qt::LeftButton);
        QCOMPARE(trusted.size(), 1);
        QCOMPARE(trusted.at(0).at(0).toString(), fingerprint);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(!dialog.isVisible());
    }

    void cancelEmitsNothing()
    {
        TlsErrorDialog dialog(selfSigned(), u"Lab"_s);
        QSignalSpy trusted(&dialog, &TlsErrorDialog::trustRequested);
        dialog.open();
        QTest::mouseClick(child<QCheckBox>(&dialog, u"fingerprintCheckedBox"_s), Qt::LeftButton);
        QTest::mouseClick(child<QPushButton>(&dialog, u"cancelButton"_s), Qt::LeftButton);
        QCOMPARE(trusted.size(), 0);
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
    }
};

QTEST_MAIN(TestTlsErrorDialog)
#include "tst_tlserrordialog.moc"
