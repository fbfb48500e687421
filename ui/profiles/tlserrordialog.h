// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apierror.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QPushButton;

namespace keyward {

/// Shows why the server's certificate was refused and what it says about
/// itself, so the user can decide with the facts in front of them. When
/// trusting the fingerprint would remove every error, offers "Trust this
/// certificate for <profile>", enabled only after the user confirms they
/// compared the fingerprint. Open with open(), never exec().
///
/// objectNames: "tlsErrorDialog", "tlsErrorsLabel", "certificateSubjectLabel",
/// "certificateIssuerLabel", "certificateValidityLabel", "certificateSansLabel",
/// "certificateFingerprintLabel", "copyFingerprintButton", "selfSignedNote",
/// "fingerprintCheckedBox", "trustButton", "cancelButton".
class TlsErrorDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TlsErrorDialog)

public:
    TlsErrorDialog(const CertificateDetails &details, const QString &profileName,
                   QWidget *parent = nullptr);

    const CertificateDetails &details() const { return m_details; }

Q_SIGNALS:
    /// The user chose to trust the certificate; the dialog is accepted next.
    void trustRequested(const QString &sha256Fingerprint);

private:
    QWidget *buildDetails();

    CertificateDetails m_details;
    QString m_profileName;
    QCheckBox *m_fingerprintChecked = nullptr;
    QPushButton *m_trust = nullptr;
    QPushButton *m_cancel = nullptr;
};

} // namespace keyward
