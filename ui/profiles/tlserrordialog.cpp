// SPDX-License-Identifier: GPL-3.0-or-later
#include "tlserrordialog.h"

#include "common/inlinestatus.h"
#include "fingerprinttext.h"

#include <QCheckBox>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace keyward {

namespace {

QString nameAndOrganization(const QString &commonName, const QString &organization)
{
    const QString name = commonName.isEmpty()
                             ? QCoreApplication::translate("keyward::TlsErrorDialog", "(no name)")
                             : commonName;
    if (organization.isEmpty()) {
        return name;
    }
    return QCoreApplication::translate("keyward::TlsErrorDialog", "%1 (%2)")
        .arg(name, organization);
}

QLabel *valueLabel(const QString &text, const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

} // namespace

TlsErrorDialog::TlsErrorDialog(const CertificateDetails &details, const QString &profileName,
                               QWidget *parent)
    : QDialog(parent)
    , m_details(details)
    , m_profileName(profileName)
{
    setObjectName(u"tlsErrorDialog"_s);
    setWindowTitle(tr("Certificate not trusted"));
    setAccessibleName(windowTitle());

    auto *layout = new QVBoxLayout(this);

    auto *header = new QHBoxLayout;
    auto *icon = new QLabel(this);
    const int iconSize = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    icon->setPixmap(
        style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(iconSize));
    header->addWidget(icon, 0, Qt::AlignTop);

    auto *headerText = new QVBoxLayout;
    auto *title = new QLabel(
        tr("The server of “%1” presented a certificate Keyward does not trust. The connection "
           "was stopped before anything was sent.")
            .arg(profileName),
        this);
    title->setObjectName(u"tlsErrorTitle"_s);
    title->setTextFormat(Qt::PlainText);
    title->setWordWrap(true);
    QFont titleFont = title->font();
    titleFont.setBold(true);
    title->setFont(titleFont);
    headerText->addWidget(title);

    const QString errors = details.errors.isEmpty() ? tr("The certificate could not be verified.")
                                                    : details.errors.join(u'\n');
    auto *errorsLabel = valueLabel(errors, u"tlsErrorsLabel"_s, this);
    errorsLabel->setAccessibleName(tr("Why the certificate was refused"));
    InlineStatus::styleAsError(errorsLabel);
    headerText->addWidget(errorsLabel);
    header->addLayout(headerText, 1);
    layout->addLayout(header);

    layout->addWidget(buildDetails());

    if (details.selfSigned) {
        auto *note = new QLabel(
            tr("This certificate is self-signed: no certificate authority vouches for it. That "
               "is common for internal servers, and also what an attacker would present."),
            this);
        note->setObjectName(u"selfSignedNote"_s);
        note->setWordWrap(true);
        layout->addWidget(note);
    }

    auto *buttons = new QDialogButtonBox(this);
    if (details.canBeTrusted) {
        auto *explanation = new QLabel(
            tr("Trust it only if the fingerprint above matches the one the server's "
               "administrator gave you. Keyward then accepts exactly this certificate for "
               "“%1”, and asks again when the server presents another one.")
                .arg(profileName),
            this);
        explanation->setObjectName(u"trustExplanation"_s);
        explanation->setWordWrap(true);
        layout->addWidget(explanation);

        m_fingerprintChecked =
            new QCheckBox(tr("I have compared the fingerprint with the server's"), this);
        m_fingerprintChecked->setObjectName(u"fingerprintCheckedBox"_s);
        m_fingerprintChecked->setAccessibleName(m_fingerprintChecked->text());
        layout->addWidget(m_fingerprintChecked);

        const QString trustLabel = tr("Trust this certificate for “%1”").arg(profileName);
        m_trust = buttons->addButton(trustLabel, QDialogButtonBox::AcceptRole);
        m_trust->setObjectName(u"trustButton"_s);
        m_trust->setAccessibleName(trustLabel);
        m_trust->setEnabled(false);
        m_trust->setAutoDefault(false);
        connect(m_fingerprintChecked, &QCheckBox::toggled, m_trust, &QPushButton::setEnabled);
        connect(m_trust, &QPushButton::clicked, this, [this] {
            if (!m_fingerprintChecked->isChecked()) {
                return;
            }
            Q_EMIT trustRequested(m_details.sha256Fingerprint);
            accept();
        });
    } else {
        auto *explanation = new QLabel(
            tr("Trusting this certificate would not make the connection safe, so Keyward does "
               "not offer it. Ask the server's administrator to install a valid certificate."),
            this);
        explanation->setObjectName(u"cannotTrustExplanation"_s);
        explanation->setWordWrap(true);
        layout->addWidget(explanation);
    }

    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(u"cancelButton"_s);
    m_cancel->setAccessibleName(tr("Cancel"));
    // Enter must never trust a certificate by accident.
    m_cancel->setDefault(true);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    layout->addWidget(buttons);

    if (m_fingerprintChecked) {
        setTabOrder(m_fingerprintChecked, m_trust);
        setTabOrder(m_trust, m_cancel);
    }
    m_cancel->setFocus();
    setMinimumWidth(560);
}

QWidget *TlsErrorDialog::buildDetails()
{
    auto *box = new QWidget(this);
    auto *form = new QFormLayout(box);
    form->setContentsMargins(0, 8, 0, 8);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    auto *subject =
        valueLabel(nameAndOrganization(m_details.subjectCommonName, m_details.subjectOrganization),
                   u"certificateSubjectLabel"_s, box);
    subject->setAccessibleName(tr("Issued to"));
    form->addRow(tr("Issued to:"), subject);

    auto *issuer =
        valueLabel(nameAndOrganization(m_details.issuerCommonName, m_details.issuerOrganization),
                   u"certificateIssuerLabel"_s, box);
    issuer->setAccessibleName(tr("Issued by"));
    form->addRow(tr("Issued by:"), issuer);

    const QLocale locale;
    const auto localDate = [&locale](const QDateTime &when) {
        if (!when.isValid()) {
            return tr("unknown");
        }
        const QDateTime local = when.toLocalTime();
        return tr("%1 %2").arg(locale.toString(local.date(), QLocale::LongFormat),
                               locale.toString(local.time(), QLocale::ShortFormat));
    };
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QString validity =
        tr("%1 to %2").arg(localDate(m_details.notBefore), localDate(m_details.notAfter));
    bool validityProblem = false;
    if (m_details.notAfter.isValid() && m_details.notAfter < now) {
        validity += u'\n' + tr("Expired on %1.").arg(localDate(m_details.notAfter));
        validityProblem = true;
    } else if (m_details.notBefore.isValid() && m_details.notBefore > now) {
        validity += u'\n' + tr("Not valid before %1.").arg(localDate(m_details.notBefore));
        validityProblem = true;
    }
    auto *validityLabel = valueLabel(validity, u"certificateValidityLabel"_s, box);
    validityLabel->setAccessibleName(tr("Validity"));
    if (validityProblem) {
        InlineStatus::styleAsError(validityLabel);
    }
    form->addRow(tr("Valid:"), validityLabel);

    const QString sans = m_details.subjectAlternativeNames.isEmpty()
                             ? tr("(none)")
                             : m_details.subjectAlternativeNames.join(u", "_s);
    auto *sansLabel = valueLabel(sans, u"certificateSansLabel"_s, box);
    sansLabel->setAccessibleName(tr("Names the certificate is valid for"));
    form->addRow(tr("Valid for:"), sansLabel);

    auto *fingerprintRow = new QHBoxLayout;
    auto *fingerprint = valueLabel(fingerprintForDisplay(m_details.sha256Fingerprint),
                                   u"certificateFingerprintLabel"_s, box);
    fingerprint->setWordWrap(false);
    fingerprint->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    fingerprint->setAccessibleName(tr("SHA-256 fingerprint"));
    fingerprintRow->addWidget(fingerprint, 1);
    auto *copy = new QPushButton(tr("Copy"), box);
    copy->setObjectName(u"copyFingerprintButton"_s);
    copy->setAccessibleName(tr("Copy fingerprint"));
    copy->setToolTip(tr("Copy the SHA-256 fingerprint to the clipboard"));
    copy->setAutoDefault(false);
    connect(copy, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_details.sha256Fingerprint); });
    fingerprintRow->addWidget(copy, 0, Qt::AlignTop);
    form->addRow(tr("SHA-256:"), fingerprintRow);

    return box;
}

} // namespace keyward
