// SPDX-License-Identifier: GPL-3.0-or-later
#include "tlsconfiguration.h"

#include <QFile>
#include <QFileInfo>
#include <QSslCertificate>
#include <QSslKey>

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include <memory>

using namespace Qt::StringLiterals;

namespace keyward::server {

namespace {
Expected<QByteArray, QString> readPem(const QString &path, const QString &option)
{
    const QFileInfo info(path);
    if (!info.exists())
        return u"%1: %2 does not exist."_s.arg(option, path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return u"%1: cannot read %2 (%3)."_s.arg(option, path, file.errorString());
    return file.readAll();
}

// Qt cannot tell whether a private key belongs to a certificate; OpenSSL can.
bool keyMatchesCertificate(const QByteArray &certificatePem, const QByteArray &keyPem)
{
    const std::unique_ptr<BIO, decltype(&BIO_free)> certBio(
        BIO_new_mem_buf(certificatePem.constData(), int(certificatePem.size())), BIO_free);
    const std::unique_ptr<BIO, decltype(&BIO_free)> keyBio(
        BIO_new_mem_buf(keyPem.constData(), int(keyPem.size())), BIO_free);
    if (!certBio || !keyBio)
        return false;
    const std::unique_ptr<X509, decltype(&X509_free)> certificate(
        PEM_read_bio_X509(certBio.get(), nullptr, nullptr, nullptr), X509_free);
    const std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)> key(
        PEM_read_bio_PrivateKey(keyBio.get(), nullptr, nullptr, nullptr), EVP_PKEY_free);
    return certificate && key && X509_check_private_key(certificate.get(), key.get()) == 1;
}
} // namespace

Expected<QSslConfiguration, QString> loadTlsConfiguration(const QString &certificateFile,
                                                          const QString &keyFile)
{
    const auto certificatePem = readPem(certificateFile, u"--tls-cert"_s);
    if (!certificatePem)
        return certificatePem.error();
    const auto keyPem = readPem(keyFile, u"--tls-key"_s);
    if (!keyPem)
        return keyPem.error();

    const QList<QSslCertificate> chain = QSslCertificate::fromData(*certificatePem, QSsl::Pem);
    if (chain.isEmpty() || chain.constFirst().isNull())
        return u"--tls-cert: %1 holds no PEM certificate."_s.arg(certificateFile);
    QSslKey key;
    for (const QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec, QSsl::Dsa}) {
        key = QSslKey(*keyPem, algorithm, QSsl::Pem, QSsl::PrivateKey);
        if (!key.isNull())
            break;
    }
    if (key.isNull())
        return u"--tls-key: %1 holds no unencrypted PEM private key (RSA or EC)."_s.arg(keyFile);
    if (!keyMatchesCertificate(*certificatePem, *keyPem))
        return u"--tls-key: the key in %1 does not belong to the certificate in %2."_s.arg(
            keyFile, certificateFile);

    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificateChain(chain);
    configuration.setPrivateKey(key);
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    return configuration;
}

} // namespace keyward::server
