// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apierror.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QSslError>
#include <QStringList>

#include <optional>

class QNetworkReply;
class QSslCertificate;

namespace keyward {

/// The certificates the user trusts for the current profile, by SHA-256
/// fingerprint, and the decision whether a TLS error may be ignored. A
/// fingerprint pins one exact certificate: trusting it never trusts its
/// issuer, its key under another certificate, or anything else.
class TlsTrust
{
    Q_DECLARE_TR_FUNCTIONS(keyward::TlsTrust)

public:
    /// Replaces the trusted set (the profile changed, or the user trusted one
    /// more certificate). Entries may be colon-separated or plain hex in any
    /// case; entries that are not 32-byte hex fingerprints are ignored.
    void setTrustedCertificates(const QStringList &fingerprints);
    /// The trusted set in the colon-separated form, sorted.
    QStringList trustedCertificates() const;
    bool isTrusted(const QSslCertificate &certificate) const;
    bool isEmpty() const { return m_trusted.isEmpty(); }

    /// The errors to ignore for a handshake whose peer presented \p leaf, or
    /// nothing when the connection must fail. Only errors that say "nobody
    /// vouches for this certificate" can be overridden, and only when \p leaf
    /// is trusted; see isOverridable().
    std::optional<QList<QSslError>> errorsToIgnore(const QSslCertificate &leaf,
                                                   const QList<QSslError> &errors) const;
    /// True for the errors a fingerprint the user trusted makes irrelevant.
    static bool isOverridable(QSslError::SslError error);

    /// Makes \p reply ignore exactly the TLS errors this trust allows and
    /// remembers the certificate it refused, for refusedCertificate(). Call it
    /// right after the reply is created; later trust changes do not affect it.
    void watch(QNetworkReply *reply) const;
    /// The certificate watch() refused on \p reply, if any.
    static std::optional<CertificateDetails> refusedCertificate(const QNetworkReply *reply);

    /// "AB:CD:…": the SHA-256 fingerprint as browsers show it.
    static QString fingerprint(const QSslCertificate &certificate);
    /// The 32 raw bytes of a fingerprint in any accepted notation, or an empty
    /// array when \p text is not one.
    static QByteArray parseFingerprint(const QString &text);
    /// What the UI shows about \p certificate refused for \p errors.
    static CertificateDetails details(const QSslCertificate &certificate,
                                      const QList<QSslError> &errors);

private:
    QSet<QByteArray> m_trusted;
};

} // namespace keyward
