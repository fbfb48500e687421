// SPDX-License-Identifier: GPL-3.0-or-later
// TlsTrust through NetworkPolicy against a loopback TLS server whose
// certificate is generated here, so every case knows its exact fingerprint.
#include "api/networkpolicy.h"
#include "api/tlstrust.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>
#include <QTest>

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <ctime>
#include <memory>

using namespace Qt::StringLiterals;
using keyward::AbortReason;
using keyward::ApiError;
using keyward::ApiResult;
using keyward::NetworkPolicy;
using keyward::TlsTrust;

namespace {

struct EvpPkeyFree
{
    void operator()(EVP_PKEY *key) const { EVP_PKEY_free(key); }
};
struct X509Free
{
    void operator()(X509 *certificate) const { X509_free(certificate); }
};
struct BioFree
{
    void operator()(BIO *bio) const { BIO_free(bio); }
};
struct ExtensionFree
{
    void operator()(X509_EXTENSION *extension) const { X509_EXTENSION_free(extension); }
};

/// A self-signed certificate and its key, with what OpenSSL (not Qt) says
/// about it, so that the test does not check Qt against itself.
struct TestCertificate
{
    QSslCertificate certificate;
    QSslKey key;
    QString fingerprint;
    QDateTime notBefore;
    QDateTime notAfter;
    // For certificates that sign others.
    std::shared_ptr<X509> x509;
    std::shared_ptr<EVP_PKEY> pkey;
};

QByteArray drain(BIO *bio)
{
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return QByteArray(data, static_cast<qsizetype>(size));
}

/// EC P-256 certificate for \p commonName with the subjectAltName \p names
/// ("DNS:localhost,IP:127.0.0.1"), valid between now + the two offsets,
/// self-signed unless \p issuer is given; \p authority makes it a CA.
std::optional<TestCertificate> makeCertificate(const char *commonName, const char *names,
                                               qint64 notBeforeOffset, qint64 notAfterOffset,
                                               const TestCertificate *issuer = nullptr,
                                               bool authority = false)
{
    std::unique_ptr<EVP_PKEY, EvpPkeyFree> key(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"));
    std::unique_ptr<X509, X509Free> x509(X509_new());
    if (!key || !x509) {
        return std::nullopt;
    }
    const std::time_t now = std::time(nullptr);
    const std::time_t notBefore = now + static_cast<std::time_t>(notBeforeOffset);
    const std::time_t notAfter = now + static_cast<std::time_t>(notAfterOffset);
    X509_NAME *name = X509_get_subject_name(x509.get());
    const auto text = [](const char *value) {
        return reinterpret_cast<const unsigned char *>(value);
    };
    bool ok =
        X509_set_version(x509.get(), 2) == 1 &&
        ASN1_INTEGER_set(X509_get_serialNumber(x509.get()),
                         static_cast<long>(QRandomGenerator::global()->bounded(1, 1 << 30))) == 1 &&
        ASN1_TIME_set(X509_getm_notBefore(x509.get()), notBefore) != nullptr &&
        ASN1_TIME_set(X509_getm_notAfter(x509.get()), notAfter) != nullptr &&
        X509_set_pubkey(x509.get(), key.get()) == 1 &&
        X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC, text(commonName), -1, -1, 0) == 1 &&
        X509_NAME_add_entry_by_txt(name, "O", MBSTRING_ASC, text("Keyward Tests"), -1, -1, 0) ==
            1 &&
        X509_set_issuer_name(x509.get(),
                             issuer ? X509_get_subject_name(issuer->x509.get()) : name) == 1;
    if (!ok) {
        return std::nullopt;
    }
    X509V3_CTX context;
    X509V3_set_ctx_nodb(&context);
    X509V3_set_ctx(&context, issuer ? issuer->x509.get() : x509.get(), x509.get(), nullptr, nullptr,
                   0);
    std::unique_ptr<X509_EXTENSION, ExtensionFree> alternativeNames(
        X509V3_EXT_conf_nid(nullptr, &context, NID_subject_alt_name, names));
    std::unique_ptr<X509_EXTENSION, ExtensionFree> constraints(X509V3_EXT_conf_nid(
        nullptr, &context, NID_basic_constraints, authority ? "critical,CA:TRUE" : "CA:FALSE"));
    ok = alternativeNames && constraints &&
         X509_add_ext(x509.get(), alternativeNames.get(), -1) == 1 &&
         X509_add_ext(x509.get(), constraints.get(), -1) == 1 &&
         X509_sign(x509.get(), issuer ? issuer->pkey.get() : key.get(), EVP_sha256()) > 0;
    if (!ok) {
        return std::nullopt;
    }

    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int digestSize = 0;
    std::unique_ptr<BIO, BioFree> certificatePem(BIO_new(BIO_s_mem()));
    std::unique_ptr<BIO, BioFree> keyPem(BIO_new(BIO_s_mem()));
    ok = X509_digest(x509.get(), EVP_sha256(), digest, &digestSize) == 1 && certificatePem &&
         keyPem && PEM_write_bio_X509(certificatePem.get(), x509.get()) == 1 &&
         PEM_write_bio_PrivateKey(keyPem.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr) ==
             1;
    if (!ok) {
        return std::nullopt;
    }
    TestCertificate result{
        QSslCertificate(drain(certificatePem.get()), QSsl::Pem),
        QSslKey(drain(keyPem.get()), QSsl::Ec, QSsl::Pem, QSsl::PrivateKey),
        QString::fromLatin1(
            QByteArray(reinterpret_cast<const char *>(digest), static_cast<qsizetype>(digestSize))
                .toHex(':')
                .toUpper()),
        QDateTime::fromSecsSinceEpoch(notBefore, Qt::UTC),
        QDateTime::fromSecsSinceEpoch(notAfter, Qt::UTC),
        std::shared_ptr<X509>(x509.release(), X509Free()),
        std::shared_ptr<EVP_PKEY>(key.release(), EvpPkeyFree()),
    };
    if (result.certificate.isNull() || result.key.isNull()) {
        return std::nullopt;
    }
    return result;
}

constexpr qint64 day = 24 * 60 * 60;
const QByteArray healthJson = R"({"status":"ok"})"_ba;

/// Qt 6.4 has no QSslServer: every accepted socket is encrypted by hand and
/// answers each request with a canned 200, closing the connection after it
/// unless keep-alive was asked for.
class TlsServer final : public QTcpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TlsServer)

public:
    explicit TlsServer(const TestCertificate &certificate, bool keepAlive = false)
        : m_certificate(certificate.certificate)
        , m_key(certificate.key)
        , m_keepAlive(keepAlive)
    {}

    QUrl url() const { return QUrl(u"https://127.0.0.1:%1"_s.arg(serverPort())); }
    /// Requests that arrived through a completed handshake.
    int requestsServed() const { return m_requestsServed; }

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QSslSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        socket->setLocalCertificate(m_certificate);
        socket->setPrivateKey(m_key);
        socket->setPeerVerifyMode(QSslSocket::VerifyNone);
        connect(socket, &QSslSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QSslSocket::readyRead, socket, [this, socket] {
            // Requests without a body: each ends with an empty line.
            QByteArray request = socket->property("request").toByteArray() + socket->readAll();
            qsizetype end = request.indexOf("\r\n\r\n");
            while (end >= 0) {
                request.remove(0, end + 4);
                end = request.indexOf("\r\n\r\n");
                ++m_requestsServed;
                socket->write(
                    "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " +
                    QByteArray::number(healthJson.size()) +
                    (m_keepAlive ? "\r\n\r\n"_ba : "\r\nConnection: close\r\n\r\n"_ba) +
                    healthJson);
                if (!m_keepAlive) {
                    socket->disconnectFromHost();
                    return;
                }
            }
            socket->setProperty("request", request);
        });
        socket->startServerEncryption();
    }

private:
    QSslCertificate m_certificate;
    QSslKey m_key;
    bool m_keepAlive = false;
    int m_requestsServed = 0;
};

} // namespace

class TestTlsTrust final : public QObject
{
    Q_OBJECT

private:
    /// GET /health through \p policy as ApiClient does: request, watch, interpret.
    ApiResult<QJsonDocument> get(QNetworkAccessManager &network, const NetworkPolicy &policy)
    {
        QNetworkReply *reply = network.get(policy.makeRequest(u"/health"_s, {}));
        policy.watch(reply);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        const bool done = reply->isFinished() || finished.wait(20000);
        reply->deleteLater();
        if (!done) {
            return ApiError{ApiError::Cancelled, -1, u"no answer"_s, {}};
        }
        return policy.interpret(reply, u"GET /health"_s, AbortReason::None);
    }

    static bool succeeded(const ApiResult<QJsonDocument> &result)
    {
        if (!result) {
            qWarning() << "request failed:" << result.error().kind << result.error().message;
            return false;
        }
        return result->object().value("status"_L1).toString() == u"ok"_s;
    }

    static bool refused(const ApiResult<QJsonDocument> &result)
    {
        if (result) {
            qWarning() << "request unexpectedly succeeded";
            return false;
        }
        return result.error().kind == ApiError::Tls && result.error().certificate.has_value();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(QSslSocket::supportsSsl(), "Qt has no TLS backend"); }

    void parseFingerprint_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        const QString hex = u"00112233445566778899aabbccddeeff00112233445566778899AABBCCDDEEFF"_s;
        QTest::newRow("plain hex") << hex << true;
        QTest::newRow("lowercase colons")
            << QString::fromLatin1(QByteArray::fromHex(hex.toLatin1()).toHex(':')) << true;
        QTest::newRow("browser form")
            << QString::fromLatin1(QByteArray::fromHex(hex.toLatin1()).toHex(':').toUpper())
            << true;
        QTest::newRow("spaces") << QString::fromLatin1(
                                       QByteArray::fromHex(hex.toLatin1()).toHex(' '))
                                << true;
        QTest::newRow("too short") << hex.left(62) << false;
        QTest::newRow("too long") << hex + u"00"_s << false;
        QTest::newRow("not hex") << hex.left(63) + u"g"_s << false;
        QTest::newRow("sha1 length") << hex.left(40) << false;
        QTest::newRow("empty") << QString() << false;
    }
    void parseFingerprint()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        const QByteArray raw = TlsTrust::parseFingerprint(text);
        QCOMPARE(raw.size(), valid ? 32 : 0);
    }

    void trustedListIsNormalizedAndInvalidEntriesDropped()
    {
        TlsTrust trust;
        const QString plain = u"ab"_s.repeated(32);
        trust.setTrustedCertificates({plain, u"nonsense"_s, plain.toUpper()});
        QCOMPARE(trust.trustedCertificates(), QStringList{u"AB:"_s.repeated(31) + u"AB"_s});
        trust.setTrustedCertificates({});
        QVERIFY(trust.trustedCertificates().isEmpty());
    }

    void untrustedSelfSignedIsRefusedWithDetails()
    {
        const auto generated =
            makeCertificate("keyward.test", "DNS:localhost,IP:127.0.0.1", -day, 30 * day);
        QVERIFY(generated);
        TlsServer server(*generated);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        NetworkPolicy policy;
        QVERIFY(policy.setServerUrl(server.url()));
        QNetworkAccessManager network;

        const ApiResult<QJsonDocument> result = get(network, policy);
        QVERIFY(refused(result));
        QCOMPARE(server.requestsServed(), 0);
        const ApiError &error = result.error();
        QCOMPARE(error.endpoint, u"GET /health"_s);
        const keyward::CertificateDetails &details = *error.certificate;
        QCOMPARE(details.sha256Fingerprint, generated->fingerprint);
        QCOMPARE(details.subjectCommonName, u"keyward.test"_s);
        QCOMPARE(details.subjectOrganization, u"Keyward Tests"_s);
        QCOMPARE(details.issuerCommonName, u"keyward.test"_s);
        QCOMPARE(details.issuerOrganization, u"Keyward Tests"_s);
        QCOMPARE(details.notBefore, generated->notBefore);
        QCOMPARE(details.notAfter, generated->notAfter);
        QVERIFY(details.subjectAlternativeNames.contains(u"DNS:localhost"_s));
        QVERIFY(details.subjectAlternativeNames.contains(u"IP:127.0.0.1"_s));
        QVERIFY(details.selfSigned);
        QVERIFY(details.canBeTrusted);
        QVERIFY(!details.errors.isEmpty());
        // The sentence names the fingerprint, so the user can compare it.
        QVERIFY2(error.message.contains(generated->fingerprint), qPrintable(error.message));
    }

    void trustedFingerprintConnects_data()
    {
        QTest::addColumn<bool>("browserForm");
        QTest::newRow("browser form") << true;
        QTest::newRow("plain lowercase hex") << false;
    }
    void trustedFingerprintConnects()
    {
        QFETCH(bool, browserForm);
        const auto generated =
            makeCertificate("keyward.test", "DNS:localhost,IP:127.0.0.1", -day, 30 * day);
        QVERIFY(generated);
        TlsServer server(*generated);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        NetworkPolicy policy;
        QVERIFY(policy.setServerUrl(server.url()));
        QNetworkAccessManager network;

        QString fingerprint = generated->fingerprint;
        if (!browserForm) {
            fingerprint = fingerprint.remove(u':').toLower();
        }
        policy.setTrustedCertificates({fingerprint});
        QVERIFY(succeeded(get(network, policy)));
        QCOMPARE(server.requestsServed(), 1);
    }

    void otherFingerprintIsRefused()
    {
        const auto generated =
            makeCertificate("keyward.test", "DNS:localhost,IP:127.0.0.1", -day, 30 * day);
        const auto other =
            makeCertificate("keyward.test", "DNS:localhost,IP:127.0.0.1", -day, 30 * day);
        QVERIFY(generated);
        QVERIFY(other);
        QVERIFY(generated->fingerprint != other->fingerprint);
        TlsServer server(*generated);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        NetworkPolicy policy;
        QVERIFY(policy.setServerUrl(server.url()));
        QNetworkAccessManager network;

        policy.setTrustedCertificates({other->fingerprint});
        const ApiResult<QJsonDocument> result = get(network, policy);
        QVERIFY(refused(result));
        QCOMPARE(result.error().certificate->sha256Fingerprint, generated->fingerprint);
        QCOMPARE(server.requestsServed(), 0);
    }

    void switchingProfileDropsTrust()
    {
        const auto generated =
            makeCertificate("keyward.test", "DNS:localhost,IP:127.0.0.1", -day, 30 * day);
        QVERIFY(generated);
        TlsServer server(*generated);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        NetworkPolicy policy;
        QVERIFY(policy.setServerUrl(server.url()));
        // One manager for all requests, as in the app.
        QNetworkAccessManager network;

        policy.setTrustedCertificates({generated->fingerprint});
        QVERIFY(succeeded(get(network, policy)));
        // Another profile, which trusts nothing.
        policy.setTrustedCertificates({});
        QVERIFY(refused(get(network, policy)));
        // Another profile, which trusts something else.
        policy.setTrustedCertificates({u"00"_s.repeated(32)});
        QVERIFY(refused(get(network, policy)));
        // Back to the first profile.
        policy.setTrustedCertificates({generated->fingerprint});
        QVERIFY(succeeded(get(network, policy)));
        QCOMPARE(server.requestsServed(), 2);
    }

    void trustTakenWhenTheRequestStarts()
    {
        const auto generated =
            makeCertificate("keyward.test", "DNS:localhost,IP:127.0.0.1", -day, 30 * day);
        QVERIFY(generated);
        TlsServer server(*generated);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        NetworkPolicy policy;
        QVERIFY(policy.setServerUrl(server.url()));
        QNetworkAccessManager network;

        // A profile switch while the request runs must not leak the old trust
        // into it, nor the new trust: the request keeps what it started with.
        QNetworkReply *reply = network.get(policy.makeRequest(u"/health"_s, {}));
        policy.watch(reply);
        policy.setTrustedCertificates({generated->fingerprint});
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(reply->isFinished() || finished.wait(20000));
        QVERIFY(refused(policy.interpret(reply, u"GET /health"_s, AbortReason::None)));
        delete reply;
    }

    void openConnectionOfAnotherProfileIsNotTrusted()
    {
        const auto generated =
            makeCertificate("keyward.test", "DNS:localhost,IP:127.0.0.1", -day, 30 * day);
        QVERIFY(generated);
        TlsServer server(*generated, true);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        NetworkPolicy policy;
        QVERIFY(policy.setServerUrl(server.url()));
        QNetworkAccessManager network;

        policy.setTrustedCertificates({generated->fingerprint});
        QVERIFY(succeeded(get(network, policy)));
        // The next request reuses the open connection: no handshake, so no
        // sslErrors; the answer must still be refused.
        policy.setTrustedCertificates({});
        const ApiResult<QJsonDocument> result = get(network, policy);
        QVERIFY(refused(result));
        QCOMPARE(result.error().certificate->sha256Fingerprint, generated->fingerprint);
        // Qt reused the connection, which is what this case is about.
        QCOMPARE(server.requestsServed(), 2);
    }

    void clearedConnectionCacheSendsNothingToAnUntrustedServer()
    {
        const auto generated =
            makeCertificate("keyward.test", "DNS:localhost,IP:127.0.0.1", -day, 30 * day);
        QVERIFY(generated);
        TlsServer server(*generated, true);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        NetworkPolicy policy;
        QVERIFY(policy.setServerUrl(server.url()));
        QNetworkAccessManager network;

        policy.setTrustedCertificates({generated->fingerprint});
        QVERIFY(succeeded(get(network, policy)));
        // What the client does on a profile switch.
        policy.setTrustedCertificates({});
        network.clearConnectionCache();
        QVERIFY(refused(get(network, policy)));
        QCOMPARE(server.requestsServed(), 1);
    }

    void certificateFromAKnownAuthorityNeedsNoTrust()
    {
        const auto authority =
            makeCertificate("Keyward Test CA", "DNS:ca.invalid", -day, 30 * day, nullptr, true);
        QVERIFY(authority);
        const auto generated = makeCertificate("keyward.test", "DNS:localhost,IP:127.0.0.1", -day,
                                               30 * day, &*authority);
        QVERIFY(generated);
        const QSslConfiguration original = QSslConfiguration::defaultConfiguration();
        QSslConfiguration withAuthority = original;
        withAuthority.addCaCertificate(authority->certificate);
        QSslConfiguration::setDefaultConfiguration(withAuthority);
        const auto restore =
            qScopeGuard([&] { QSslConfiguration::setDefaultConfiguration(original); });

        for (const bool keepAlive : {false, true}) {
            TlsServer server(*generated, keepAlive);
            QVERIFY(server.listen(QHostAddress::LocalHost, 0));
            NetworkPolicy policy;
            QVERIFY(policy.setServerUrl(server.url()));
            QNetworkAccessManager network;
            QVERIFY(succeeded(get(network, policy)));
            QVERIFY(succeeded(get(network, policy)));
            policy.setTrustedCertificates({u"22"_s.repeated(32)});
            QVERIFY(succeeded(get(network, policy)));
            QCOMPARE(server.requestsServed(), 3);
        }
    }

    void hostnameMismatchNeedsTheExactFingerprint()
    {
        // Names neither 127.0.0.1 nor localhost.
        const auto generated =
            makeCertificate("elsewhere.example", "DNS:elsewhere.example", -day, 30 * day);
        QVERIFY(generated);
        TlsServer server(*generated);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        NetworkPolicy policy;
        QVERIFY(policy.setServerUrl(server.url()));
        QNetworkAccessManager network;

        ApiResult<QJsonDocument> result = get(network, policy);
        QVERIFY(refused(result));
        QVERIFY(result.error().certificate->errors.size() >= 2);
        QCOMPARE(result.error().certificate->subjectAlternativeNames,
                 QStringList{u"DNS:elsewhere.example"_s});

        policy.setTrustedCertificates({u"11"_s.repeated(32)});
        QVERIFY(refused(get(network, policy)));

        policy.setTrustedCertificates({generated->fingerprint});
        QVERIFY(succeeded(get(network, policy)));
    }

    void expiredCertificateIsRefusedEvenWhenTrusted()
    {
        const auto generated =
            makeCertificate("keyward.test", "DNS:localhost,IP:127.0.0.1", -30 * day, -day);
        QVERIFY(generated);
        TlsServer server(*generated);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        NetworkPolicy policy;
        QVERIFY(policy.setServerUrl(server.url()));
        QNetworkAccessManager network;

        policy.setTrustedCertificates({generated->fingerprint});
        const ApiResult<QJsonDocument> result = get(network, policy);
        QVERIFY(refused(result));
        QVERIFY(!result.error().certificate->canBeTrusted);
        QCOMPARE(result.error().certificate->notAfter, generated->notAfter);
        QCOMPARE(server.requestsServed(), 0);
    }

    void overridableErrors()
    {
        QVERIFY(TlsTrust::isOverridable(QSslError::SelfSignedCertificate));
        QVERIFY(TlsTrust::isOverridable(QSslError::HostNameMismatch));
        QVERIFY(!TlsTrust::isOverridable(QSslError::CertificateExpired));
        QVERIFY(!TlsTrust::isOverridable(QSslError::CertificateNotYetValid));
        QVERIFY(!TlsTrust::isOverridable(QSslError::CertificateRevoked));
        QVERIFY(!TlsTrust::isOverridable(QSslError::CertificateSignatureFailed));
        QVERIFY(!TlsTrust::isOverridable(QSslError::CertificateBlacklisted));
    }
};

QTEST_GUILESS_MAIN(TestTlsTrust)
#include "tst_tlstrust.moc"
