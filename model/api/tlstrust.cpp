// SPDX-License-Identifier: GPL-3.0-or-later
#include "tlstrust.h"

#include <QCryptographicHash>
#include <QMultiMap>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QVariant>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace keyward {

namespace {

constexpr char refusedProperty[] = "keywardRefusedCertificate";
constexpr qsizetype sha256Bytes = 32;

/// Qt fills the reply's configuration before it emits sslErrors; the
/// certificate of an error is only the fallback (a hostname mismatch names
/// the leaf, other errors may name an issuer).
QSslCertificate peerLeaf(const QNetworkReply *reply, const QList<QSslError> &errors)
{
    QSslCertificate leaf = reply->sslConfiguration().peerCertificate();
    if (leaf.isNull()) {
        const QList<QSslCertificate> chain = reply->sslConfiguration().peerCertificateChain();
        if (!chain.isEmpty()) {
            leaf = chain.first();
        }
    }
    if (leaf.isNull()) {
        for (const QSslError &error : errors) {
            if (error.error() == QSslError::HostNameMismatch && !error.certificate().isNull()) {
                return error.certificate();
            }
        }
    }
    return leaf;
}

QString joined(const QStringList &parts)
{
    return parts.join(u", "_s);
}

} // namespace

void TlsTrust::setTrustedCertificates(const QStringList &fingerprints)
{
    m_trusted.clear();
    for (const QString &text : fingerprints) {
        const QByteArray raw = parseFingerprint(text);
        if (!raw.isEmpty()) {
            m_trusted.insert(raw);
        }
    }
}

QStringList TlsTrust::trustedCertificates() const
{
    QStringList result;
    result.reserve(m_trusted.size());
    for (const QByteArray &raw : m_trusted) {
        result.append(QString::fromLatin1(raw.toHex(':').toUpper()));
    }
    std::sort(result.begin(), result.end());
    return result;
}

bool TlsTrust::isTrusted(const QSslCertificate &certificate) const
{
    return !certificate.isNull() &&
           m_trusted.contains(certificate.digest(QCryptographicHash::Sha256));
}

bool TlsTrust::isOverridable(QSslError::SslError error)
{
    switch (error) {
    // "Nobody we know vouches for this certificate": exactly what the user
    // decides by trusting the fingerprint.
    case QSslError::SelfSignedCertificate:
    case QSslError::SelfSignedCertificateInChain:
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
    case QSslError::CertificateUntrusted:
    // A hostname mismatch is overridden only together with an exact
    // fingerprint match: the user trusted this very certificate for this
    // profile, whose server address is fixed, so the names written in it add
    // nothing (self-signed certificates often name "localhost" or an internal
    // host). Without the fingerprint match nothing is ignored at all.
    case QSslError::HostNameMismatch:
        return true;
    // Expired, not yet valid, revoked, badly signed, blacklisted or misused
    // certificates stay refused even when pinned: those say the certificate
    // itself is wrong, which the user did not vouch for when trusting it.
    default:
        return false;
    }
}

std::optional<QList<QSslError>> TlsTrust::errorsToIgnore(const QSslCertificate &leaf,
                                                         const QList<QSslError> &errors) const
{
    if (!isTrusted(leaf)) {
        return std::nullopt;
    }
    for (const QSslError &error : errors) {
        if (!isOverridable(error.error())) {
            return std::nullopt;
        }
    }
    return errors;
}

void TlsTrust::watch(QNetworkReply *reply) const
{
    // A copy: the decision for this reply uses the trust it was started with,
    // and the lambdas must not outlive the policy they came from.
    auto decided = std::make_shared<bool>(false);
    QObject::connect(
        reply, &QNetworkReply::sslErrors, reply,
        [trust = *this, reply, decided](const QList<QSslError> &errors) {
            *decided = true;
            const QSslCertificate leaf = peerLeaf(reply, errors);
            if (const auto ignorable = trust.errorsToIgnore(leaf, errors)) {
                // Only these errors: a different error later still fails.
                reply->ignoreSslErrors(*ignorable);
                return;
            }
            reply->setProperty(refusedProperty, QVariant::fromValue(details(leaf, errors)));
            // Not ignoring is not enough: Qt keeps the errors an earlier
            // request ignored on the connection and ignores them again on
            // its next sockets, whatever this reply says.
            reply->abort();
        },
        // Ignoring must happen before the signal returns, or the handshake fails.
        Qt::DirectConnection);
    // A request that reuses an open connection sees no handshake at all, so
    // no sslErrors: it may be running over a connection accepted under
    // another profile's trust. Such a reply is checked against its own trust
    // once its headers arrive (its request already went out: clear the
    // manager's connection cache when the trust changes so that this does
    // not happen), and on "encrypted" in case a handshake succeeded without
    // asking us.
    const auto check = [trust = *this, reply, decided] {
        if (*decided) {
            return;
        }
        *decided = true;
        if (reply->url().scheme() != u"https"_s) {
            return;
        }
        const QList<QSslCertificate> chain = reply->sslConfiguration().peerCertificateChain();
        const QList<QSslError> errors =
            chain.isEmpty() ? QList<QSslError>{QSslError(QSslError::NoPeerCertificate)}
                            : QSslCertificate::verify(chain, reply->url().host());
        const QSslCertificate leaf = chain.isEmpty() ? QSslCertificate() : chain.first();
        if (errors.isEmpty() || trust.errorsToIgnore(leaf, errors)) {
            return;
        }
        reply->setProperty(refusedProperty, QVariant::fromValue(details(leaf, errors)));
        reply->abort();
    };
    QObject::connect(reply, &QNetworkReply::encrypted, reply, check, Qt::DirectConnection);
    QObject::connect(reply, &QNetworkReply::metaDataChanged, reply, check, Qt::DirectConnection);
}

std::optional<CertificateDetails> TlsTrust::refusedCertificate(const QNetworkReply *reply)
{
    const QVariant value = reply->property(refusedProperty);
    if (!value.isValid()) {
        return std::nullopt;
    }
    return value.value<CertificateDetails>();
}

QString TlsTrust::fingerprint(const QSslCertificate &certificate)
{
    if (certificate.isNull()) {
        return {};
    }
    return QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex(':').toUpper());
}

QByteArray TlsTrust::parseFingerprint(const QString &text)
{
    QByteArray hex;
    hex.reserve(text.size());
    for (const QChar c : text) {
        if (c == u':' || c == u' ' || c == u'-') {
            continue;
        }
        const bool hexDigit =
            (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
        if (!hexDigit) {
            return {};
        }
        hex.append(static_cast<char>(c.unicode()));
    }
    if (hex.size() != 2 * sha256Bytes) {
        return {};
    }
    return QByteArray::fromHex(hex);
}

CertificateDetails TlsTrust::details(const QSslCertificate &certificate,
                                     const QList<QSslError> &errors)
{
    CertificateDetails result;
    bool canBeTrusted = !certificate.isNull();
    for (const QSslError &error : errors) {
        result.errors.append(error.errorString());
        canBeTrusted = canBeTrusted && isOverridable(error.error());
    }
    result.canBeTrusted = canBeTrusted;
    if (certificate.isNull()) {
        return result;
    }
    result.subjectCommonName = joined(certificate.subjectInfo(QSslCertificate::CommonName));
    result.subjectOrganization = joined(certificate.subjectInfo(QSslCertificate::Organization));
    result.issuerCommonName = joined(certificate.issuerInfo(QSslCertificate::CommonName));
    result.issuerOrganization = joined(certificate.issuerInfo(QSslCertificate::Organization));
    result.notBefore = certificate.effectiveDate();
    result.notAfter = certificate.expiryDate();
    result.sha256Fingerprint = fingerprint(certificate);
    result.selfSigned = certificate.isSelfSigned();
    const auto names = certificate.subjectAlternativeNames();
    for (auto it = names.cbegin(); it != names.cend(); ++it) {
        QString prefix;
        switch (it.key()) {
        case QSsl::DnsEntry:
            prefix = u"DNS:"_s;
            break;
        case QSsl::IpAddressEntry:
            prefix = u"IP:"_s;
            break;
        case QSsl::EmailEntry:
            prefix = u"Email:"_s;
            break;
        }
        result.subjectAlternativeNames.append(prefix + it.value());
    }
    return result;
}

} // namespace keyward
