// SPDX-License-Identifier: GPL-3.0-or-later
#include "inspector/inspectordialog.h"

#include "api/apiclient.h"
#include "common/inlinestatus.h"
#include "jwt/base64url.h"
#include "jwt/jwk.h"
#include "jwt/jws.h"

#include "apiawait.h"
#include "serverprocess.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace keyward;

namespace {

constexpr auto Password = "inspector-password-1";

qint64 secondsFromNow(qint64 seconds)
{
    return QDateTime::currentDateTimeUtc().addSecs(seconds).toSecsSinceEpoch();
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray sign(const QJsonObject &header, const QJsonObject &claims, const jwt::Jwk &key)
{
    return jwt::signCompactRaw(compact(header), compact(claims), key);
}

/// Scopes, audience and client claims as a UAA-issued Abacus token carries them.
QJsonObject abacusClaims()
{
    return {{u"jti"_s, u"1f9a2c"_s},
            {u"sub"_s, u"abacus-linux-container"_s},
            {u"client_id"_s, u"abacus-linux-container"_s},
            {u"scope"_s, QJsonArray{u"abacus.usage.linux-container.write"_s,
                                    u"abacus.usage.linux-container.read"_s}},
            {u"aud"_s, QJsonArray{u"abacus"_s, u"abacus.usage"_s}},
            {u"iss"_s, u"https://uaa.abacus.example/oauth/token"_s},
            {u"iat"_s, secondsFromNow(-60)},
            {u"exp"_s, secondsFromNow(3600)}};
}

/// An Opstrace data API token: a tenant claim, issued by the instance.
QJsonObject opstraceClaims()
{
    return {{u"iss"_s, u"opstrace-cluster-prod"_s}, {u"aud"_s, u"opstrace-data-api"_s},
            {u"sub"_s, u"tenant-default"_s},        {u"tenant"_s, u"default"_s},
            {u"iat"_s, secondsFromNow(-60)},        {u"exp"_s, secondsFromNow(30 * 24 * 3600)}};
}

const QByteArray HmacSecret = "abacus-jwt-signing-secret-0123456789abcdef"_ba;

} // namespace

class InspectorDialogTest final : public QObject
{
    Q_OBJECT

private:
    template <typename T> static T *child(const QWidget &dialog, const QString &name)
    {
        auto *widget = dialog.findChild<T *>(name);
        if (!widget)
            qFatal("no child %s", qPrintable(name));
        return widget;
    }

    static void paste(InspectorDialog &dialog, const QByteArray &token)
    {
        child<QPlainTextEdit>(dialog, u"inspectorTokenEdit"_s)
            ->setPlainText(QString::fromLatin1(token));
    }

    static void choose(InspectorDialog &dialog, InspectorDialog::KeySourceChoice choice)
    {
        child<QComboBox>(dialog, u"inspectorKeySourceCombo"_s)->setCurrentIndex(choice);
    }

    static QStringList warningTexts(const InspectorDialog &dialog)
    {
        QStringList texts;
        const auto labels = dialog.findChildren<QLabel *>(u"inspectorWarningText"_s);
        for (const QLabel *label : labels)
            texts.append(label->text());
        return texts;
    }

    static bool hasWarningContaining(const InspectorDialog &dialog, const QString &part)
    {
        const QStringList texts = warningTexts(dialog);
        return std::any_of(texts.cbegin(), texts.cend(), [&part](const QString &text) {
            return text.contains(part, Qt::CaseInsensitive);
        });
    }

    /// The next widget Tab reaches from \p from (skipping its own internals).
    static QWidget *nextTabStop(QWidget *from)
    {
        for (QWidget *next = from->nextInFocusChain(); next != from;
             next = next->nextInFocusChain()) {
            if ((next->focusPolicy() & Qt::TabFocus) && !from->isAncestorOf(next))
                return next;
        }
        return nullptr;
    }

    static bool verified(const InspectorDialog &dialog)
    {
        return dialog.hasInspection() && dialog.inspection().isVerified();
    }

    test::ServerProcess m_server;

private Q_SLOTS:
    void hs256AbacusTokenVerifiesWithHmacText()
    {
        const jwt::Jwk key = *jwt::Jwk::fromHmacSecret(HmacSecret);
        const QByteArray token =
            sign({{u"alg"_s, u"HS256"_s}, {u"typ"_s, u"JWT"_s}}, abacusClaims(), key);
        InspectorDialog dialog(nullptr, {});
        dialog.show();

        // Typed, not set: decoding is live and debounced.
        QTest::keyClicks(child<QPlainTextEdit>(dialog, u"inspectorTokenEdit"_s),
                         QString::fromLatin1(token));
        QTRY_VERIFY(dialog.hasInspection());
        QVERIFY(dialog.inspection().isJwt());
        QVERIFY(!dialog.inspection().isVerified());
        QCOMPARE(dialog.inspection().scopes(),
                 QStringList({u"abacus.usage.linux-container.write"_s,
                              u"abacus.usage.linux-container.read"_s}));

        choose(dialog, InspectorDialog::HmacSecret);
        auto *secret = child<QLineEdit>(dialog, u"inspectorHmacEdit"_s);
        QCOMPARE(secret->echoMode(), QLineEdit::Password);
        QTest::keyClicks(secret, QString::fromLatin1(HmacSecret));
        QTRY_VERIFY(verified(dialog));
        QVERIFY(dialog.statusText().contains(u"HS256"_s));
        QVERIFY(!dialog.summaryText().isEmpty());
        QVERIFY(warningTexts(dialog).isEmpty());
        QVERIFY(dialog.findChild<QLabel *>(u"inspectorNoWarnings"_s));

        auto *show = child<QToolButton>(dialog, u"inspectorHmacShowButton"_s);
        QTest::mouseClick(show, Qt::LeftButton);
        QCOMPARE(secret->echoMode(), QLineEdit::Normal);
        QTest::mouseClick(show, Qt::LeftButton);
        QCOMPARE(secret->echoMode(), QLineEdit::Password);
    }

    void hs256VerifiesWithBase64SecretAndRejectsWrongSecret()
    {
        const jwt::Jwk key = *jwt::Jwk::fromHmacSecret(HmacSecret);
        const QByteArray token = sign({{u"alg"_s, u"HS256"_s}}, abacusClaims(), key);
        InspectorDialog dialog(nullptr, {});
        dialog.show();
        paste(dialog, token);
        choose(dialog, InspectorDialog::HmacSecret);

        auto *secret = child<QLineEdit>(dialog, u"inspectorHmacEdit"_s);
        auto *base64 = child<QCheckBox>(dialog, u"inspectorHmacBase64Check"_s);
        secret->setText(QString::fromLatin1(HmacSecret.toBase64()));
        // Read as text, the base64 spelling is another (wrong) key.
        QTRY_VERIFY(dialog.hasInspection());
        QTRY_COMPARE(dialog.inspection().notVerifiedReason(),
                     claims::NotVerifiedReason::BadSignature);
        base64->click();
        QVERIFY(base64->isChecked());
        QTRY_VERIFY(verified(dialog));

        // URL-safe alphabet without padding is accepted too.
        secret->setText(QString::fromLatin1(
            HmacSecret.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)));
        QTRY_VERIFY(verified(dialog));

        base64->click();
        QVERIFY(!base64->isChecked());
        secret->setText(u"this-is-not-the-secret-but-it-is-long-enough"_s);
        QTRY_VERIFY(!dialog.inspection().isVerified());
        QTRY_COMPARE(dialog.inspection().notVerifiedReason(),
                     claims::NotVerifiedReason::BadSignature);
        QVERIFY(!dialog.statusText().isEmpty());

        // A too-short secret is refused by the key source, inline.
        secret->setText(u"short"_s);
        auto *status = child<InlineStatus>(dialog, u"inspectorKeyStatus"_s);
        QTRY_VERIFY(status->hasError());
        QVERIFY(!child<QLabel>(dialog, u"inspectorKeyStatusMessage"_s)->text().isEmpty());
        QTRY_VERIFY(!dialog.inspection().isVerified());
    }

    void rs256OpstraceTokenVerifiesWithPastedPem()
    {
        const jwt::Jwk key = jwt::Jwk::generate(jwt::Algorithm::RS256, u"opstrace-1"_s);
        const QByteArray token =
            sign({{u"alg"_s, u"RS256"_s}, {u"kid"_s, u"opstrace-1"_s}}, opstraceClaims(), key);
        InspectorDialog dialog(nullptr, {});
        dialog.show();
        paste(dialog, token);
        choose(dialog, InspectorDialog::PemKey);
        auto *pem = child<QPlainTextEdit>(dialog, u"inspectorPemEdit"_s);
        QVERIFY(pem->isVisible());
        pem->setPlainText(QString::fromLatin1(key.toPublicPem()));
        QTRY_VERIFY(verified(dialog));
        QCOMPARE(dialog.inspection().payload().value(u"tenant"_s).toString(), u"default"_s);
        QVERIFY(dialog.statusText().contains(u"RS256"_s));

        // Not a key: the model's sentence, inline, and no verification.
        pem->setPlainText(u"-----BEGIN PUBLIC KEY-----\nnonsense\n-----END PUBLIC KEY-----"_s);
        auto *status = child<InlineStatus>(dialog, u"inspectorKeyStatus"_s);
        QTRY_VERIFY(status->hasError());
        QTRY_VERIFY(!dialog.inspection().isVerified());
    }

    void pemFromFile()
    {
        const jwt::Jwk key = jwt::Jwk::generate(jwt::Algorithm::RS256, u"opstrace-1"_s);
        const QByteArray token = sign({{u"alg"_s, u"RS256"_s}}, opstraceClaims(), key);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"public.pem"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(key.toPublicPem());
        file.close();

        InspectorDialog dialog(nullptr, {});
        dialog.show();
        paste(dialog, token);
        choose(dialog, InspectorDialog::PemKey);
        QTest::mouseClick(child<QPushButton>(dialog, u"inspectorPemFileButton"_s), Qt::LeftButton);
        auto *fileDialog = dialog.findChild<QFileDialog *>(u"inspectorFileDialog"_s);
        QVERIFY(fileDialog);
        QVERIFY(fileDialog->isVisible());
        QVERIFY(!dialog.isModal() || fileDialog->isModal());
        Q_EMIT fileDialog->fileSelected(path);
        fileDialog->close();
        QTRY_VERIFY(verified(dialog));

        dialog.loadPemFile(dir.filePath(u"missing.pem"_s));
        QTRY_VERIFY(child<InlineStatus>(dialog, u"inspectorKeyStatus"_s)->hasError());
    }

    void rs256VerifiesWithJwksFile()
    {
        const jwt::Jwk key = jwt::Jwk::generate(jwt::Algorithm::RS256, u"opstrace-1"_s);
        const jwt::Jwk other = jwt::Jwk::generate(jwt::Algorithm::RS256, u"opstrace-0"_s);
        const QByteArray token =
            sign({{u"alg"_s, u"RS256"_s}, {u"kid"_s, u"opstrace-1"_s}}, opstraceClaims(), key);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"jwks.json"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(compact({{u"keys"_s, QJsonArray{other.toPublicJson(), key.toPublicJson()}}}));
        file.close();

        InspectorDialog dialog(nullptr, {});
        dialog.show();
        paste(dialog, token);
        dialog.loadJwkFile(path);
        QCOMPARE(child<QComboBox>(dialog, u"inspectorKeySourceCombo"_s)->currentIndex(),
                 int(InspectorDialog::JwkFile));
        QCOMPARE(child<QLabel>(dialog, u"inspectorJwkPathLabel"_s)->text(),
                 QDir::toNativeSeparators(path));
        QTRY_VERIFY(verified(dialog));
        QVERIFY(dialog.statusText().contains(u"opstrace-1"_s));

        // A single JWK file with only the other key: not verified.
        const QString otherPath = dir.filePath(u"other.jwk"_s);
        QFile otherFile(otherPath);
        QVERIFY(otherFile.open(QIODevice::WriteOnly));
        otherFile.write(compact(other.toPublicJson()));
        otherFile.close();
        dialog.loadJwkFile(otherPath);
        QTRY_VERIFY(dialog.hasInspection() && !dialog.inspection().isVerified());
    }

    void algNoneWarnsAndIsNotVerified()
    {
        const QByteArray token = jwt::base64UrlEncode(compact({{u"alg"_s, u"none"_s}})) + '.' +
                                 jwt::base64UrlEncode(compact(abacusClaims())) + '.';
        InspectorDialog dialog(nullptr, {});
        dialog.show();
        choose(dialog, InspectorDialog::HmacSecret);
        child<QLineEdit>(dialog, u"inspectorHmacEdit"_s)->setText(QString::fromLatin1(HmacSecret));
        paste(dialog, token);
        QTRY_VERIFY(dialog.hasInspection());
        QVERIFY(!dialog.inspection().isVerified());
        QVERIFY(dialog.inspection().hasWarning(claims::WarningCode::AlgorithmNone));
        QVERIFY(hasWarningContaining(dialog, u"\"none\""_s));
        const auto icons = dialog.findChildren<QLabel *>(u"inspectorWarningIcon"_s);
        QVERIFY(!icons.isEmpty());
        QVERIFY(!icons.first()->pixmap().isNull());
        QVERIFY(!icons.first()->accessibleName().isEmpty());
        // Listed once: the claims view's own copy of the warnings stays hidden.
        const auto *viewWarnings = dialog.findChild<QWidget *>(u"claimsWarningsList"_s);
        QVERIFY(!viewWarnings || !viewWarnings->isVisible());
        QVERIFY(dialog.findChild<QWidget *>(u"inspectorClaimsView"_s)->isVisible());
    }

    void missingExpiryWarns()
    {
        QJsonObject claims = abacusClaims();
        claims.remove(u"exp"_s);
        const jwt::Jwk key = *jwt::Jwk::fromHmacSecret(HmacSecret);
        InspectorDialog dialog(nullptr, {});
        dialog.show();
        paste(dialog, sign({{u"alg"_s, u"HS256"_s}}, claims, key));
        QTRY_VERIFY(dialog.hasInspection());
        QVERIFY(dialog.inspection().hasWarning(claims::WarningCode::NoExpiry));
        QCOMPARE(warningTexts(dialog).size(), dialog.inspection().warnings().size());
        QVERIFY(!warningTexts(dialog).isEmpty());
    }

    void malformedTokenNamesThePart()
    {
        const QByteArray header = jwt::base64UrlEncode(compact({{u"alg"_s, u"HS256"_s}}));
        InspectorDialog dialog(nullptr, {});
        dialog.show();
        paste(dialog, header + ".@@not-base64@@.c2ln");
        QTRY_VERIFY(dialog.hasInspection());
        QVERIFY(dialog.inspection().hasWarning(claims::WarningCode::MalformedPart));
        QVERIFY(hasWarningContaining(dialog, u"payload"_s));
        QVERIFY(!dialog.inspection().isVerified());
    }

    void issuerMismatchWarns()
    {
        const jwt::Jwk key = *jwt::Jwk::fromHmacSecret(HmacSecret);
        const QByteArray token = sign({{u"alg"_s, u"HS256"_s}}, abacusClaims(), key);
        {
            InspectorDialog dialog(nullptr, u"https://keyward.example"_s);
            dialog.show();
            paste(dialog, token);
            QTRY_VERIFY(dialog.hasInspection());
            QVERIFY(dialog.inspection().hasWarning(claims::WarningCode::IssuerMismatch));
            QVERIFY(hasWarningContaining(dialog, u"another environment"_s));
        }
        {
            InspectorDialog dialog(nullptr, u"https://uaa.abacus.example/oauth/token"_s);
            dialog.show();
            paste(dialog, token);
            QTRY_VERIFY(dialog.hasInspection());
            QVERIFY(!dialog.inspection().hasWarning(claims::WarningCode::IssuerMismatch));
        }
    }

    void foreignIssuerNamesTheProfile()
    {
        ConnectionProfile staging;
        staging.name = u"Acme staging"_s;
        staging.serverUrl = QUrl(u"https://staging.keyward.example/"_s);
        staging.environment = Environment::Staging;
        ConnectionProfile production;
        production.name = u"Acme live"_s;
        production.serverUrl = QUrl(u"https://keyward.example"_s);
        production.environment = Environment::Production;

        const jwt::Jwk key = *jwt::Jwk::fromHmacSecret(HmacSecret);
        const auto tokenFrom = [&key](const QString &issuer) {
            QJsonObject claims = abacusClaims();
            claims.insert(u"iss"_s, issuer);
            return sign({{u"alg"_s, u"HS256"_s}}, claims, key);
        };
        const auto foreignLabel = [](const InspectorDialog &dialog) {
            return dialog.findChild<QLabel *>(u"inspectorForeignIssuerText"_s);
        };

        // Connected to staging; the token comes from production's server,
        // spelled differently (case, default port, trailing slash).
        InspectorDialog dialog(nullptr, u"https://staging.keyward.example"_s);
        dialog.show();
        paste(dialog, tokenFrom(u"https://KEYWARD.example:443/"_s));
        QTRY_VERIFY(dialog.hasInspection());
        QVERIFY(!foreignLabel(dialog)); // no profiles known yet
        dialog.setProfiles({staging, production});
        const QString expected = u"This token was issued by Acme live (Production), not by the "
                                 "server you are connected to."_s;
        QTRY_VERIFY(foreignLabel(dialog));
        QCOMPARE(foreignLabel(dialog)->text(), expected);
        QCOMPARE(dialog.foreignIssuerText(), expected);
        // The generic mismatch warning stays as well, with the URLs.
        QVERIFY(dialog.inspection().hasWarning(claims::WarningCode::IssuerMismatch));

        // The active server's own token: nothing foreign.
        paste(dialog, tokenFrom(u"https://staging.keyward.example"_s));
        QTRY_VERIFY(dialog.foreignIssuerText().isEmpty() && !foreignLabel(dialog) &&
                    !dialog.inspection().hasWarning(claims::WarningCode::IssuerMismatch));

        // An issuer no profile knows: only the generic warning.
        paste(dialog, tokenFrom(u"https://elsewhere.example"_s));
        QTRY_VERIFY(dialog.inspection().hasWarning(claims::WarningCode::IssuerMismatch));
        QVERIFY(!foreignLabel(dialog));
        QVERIFY(dialog.foreignIssuerText().isEmpty());

        // Not connected: the profile is still named.
        InspectorDialog offline(nullptr, {});
        offline.setProfiles({staging, production});
        offline.show();
        paste(offline, tokenFrom(u"https://staging.keyward.example"_s));
        QTRY_VERIFY(foreignLabel(offline));
        QVERIFY2(foreignLabel(offline)->text().contains(u"Acme staging (Staging)"_s),
                 qPrintable(foreignLabel(offline)->text()));
    }

    void secretsAreClearedOnClose()
    {
        const jwt::Jwk key = *jwt::Jwk::fromHmacSecret(HmacSecret);
        InspectorDialog dialog(nullptr, {});
        dialog.show();
        paste(dialog, sign({{u"alg"_s, u"HS256"_s}}, abacusClaims(), key));
        choose(dialog, InspectorDialog::HmacSecret);
        auto *secret = child<QLineEdit>(dialog, u"inspectorHmacEdit"_s);
        secret->setText(QString::fromLatin1(HmacSecret));
        QTRY_VERIFY(verified(dialog));

        QTest::mouseClick(child<QPushButton>(dialog, u"inspectorCloseButton"_s), Qt::LeftButton);
        QVERIFY(!dialog.isVisible());
        QVERIFY(child<QPlainTextEdit>(dialog, u"inspectorTokenEdit"_s)->toPlainText().isEmpty());
        QVERIFY(secret->text().isEmpty());
        QVERIFY(!dialog.hasInspection());
        QVERIFY(!dialog.statusText().contains(u"HS256"_s));
        QVERIFY(dialog.summaryText().isEmpty());
    }

    void jwksDisabledWithoutActiveProfile()
    {
        InspectorDialog dialog(nullptr, {});
        auto *combo = child<QComboBox>(dialog, u"inspectorKeySourceCombo"_s);
        auto *model = qobject_cast<QStandardItemModel *>(combo->model());
        QVERIFY(model);
        QVERIFY(!model->item(InspectorDialog::ServerJwks)->isEnabled());
        QVERIFY(
            !combo->itemData(InspectorDialog::ServerJwks, Qt::ToolTipRole).toString().isEmpty());
        for (int choice : {InspectorDialog::NoVerification, InspectorDialog::PemKey,
                           InspectorDialog::JwkFile, InspectorDialog::HmacSecret})
            QVERIFY(model->item(choice)->isEnabled());
    }

    void widgetsAreNamedAndNonModal()
    {
        InspectorDialog dialog(nullptr, {});
        QCOMPARE(dialog.objectName(), u"inspectorDialog"_s);
        QVERIFY(!dialog.isModal());
        for (const QString &name :
             {u"inspectorTokenEdit"_s, u"inspectorKeySourceCombo"_s, u"inspectorPemEdit"_s,
              u"inspectorPemFileButton"_s, u"inspectorJwkFileButton"_s, u"inspectorHmacEdit"_s,
              u"inspectorHmacShowButton"_s, u"inspectorHmacBase64Check"_s,
              u"inspectorCloseButton"_s}) {
            auto *widget = dialog.findChild<QWidget *>(name);
            QVERIFY2(widget, qPrintable(name));
            QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(name));
        }
        QVERIFY(child<QLabel>(dialog, u"inspectorPrivacyNote"_s)
                    ->text()
                    .contains(u"Nothing you paste here leaves this computer"_s));
    }

    void tabOrderFollowsTheLayout()
    {
        InspectorDialog dialog(nullptr, {});
        auto *token = child<QPlainTextEdit>(dialog, u"inspectorTokenEdit"_s);
        auto *combo = child<QComboBox>(dialog, u"inspectorKeySourceCombo"_s);
        auto *pem = child<QPlainTextEdit>(dialog, u"inspectorPemEdit"_s);
        auto *hmac = child<QLineEdit>(dialog, u"inspectorHmacEdit"_s);
        auto *show = child<QToolButton>(dialog, u"inspectorHmacShowButton"_s);
        QCOMPARE(nextTabStop(token), combo);
        QCOMPARE(nextTabStop(combo), pem);
        QCOMPARE(nextTabStop(hmac), show);
        QVERIFY(token->tabChangesFocus());
    }

    void jwksFetchFailureOffersRetry()
    {
        // A loopback port nobody listens on: the fetch fails quickly.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        ApiClient api;
        QVERIFY(api.setServerUrl(QUrl(u"http://127.0.0.1:%1"_s.arg(port))));

        InspectorDialog dialog(&api, {});
        dialog.show();
        auto *combo = child<QComboBox>(dialog, u"inspectorKeySourceCombo"_s);
        auto *model = qobject_cast<QStandardItemModel *>(combo->model());
        QVERIFY(model->item(InspectorDialog::ServerJwks)->isEnabled());
        choose(dialog, InspectorDialog::ServerJwks);
        auto *status = child<InlineStatus>(dialog, u"inspectorKeyStatus"_s);
        QTRY_VERIFY(status->hasError());
        auto *retry = child<QPushButton>(dialog, u"inspectorKeyStatusRetry"_s);
        QVERIFY(retry->isVisible());
        QTest::mouseClick(retry, Qt::LeftButton);
        QVERIFY(status->isBusy()); // a second fetch is under way
        QTRY_VERIFY(status->hasError());
        QVERIFY(!dialog.inspection().isVerified());
    }

    void serverJwksVerifiesTheServersOwnToken()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.lastError()));
        QString error;
        const auto api = test::loggedInClient(m_server, u"inspector@example.com"_s,
                                              QString::fromLatin1(Password), true, &error);
        QVERIFY2(api, qPrintable(error));
        AWAIT(Organization, created,
              api->createOrganization(
                  {u"inspected"_s, u"ops@example.com"_s, u"https://example.com/n"_s}, this, done));
        QVERIFY(!created->tokens.isEmpty());
        const std::optional<QString> value = created->tokens.first().value;
        QVERIFY(value.has_value());

        InspectorDialog dialog(api.get(), {});
        dialog.show();
        paste(dialog, value->toLatin1());
        QTRY_VERIFY(dialog.hasInspection());
        QVERIFY(!dialog.inspection().isVerified());

        choose(dialog, InspectorDialog::ServerJwks);
        QTRY_VERIFY(verified(dialog));
        QCOMPARE(dialog.inspection().payload().value(u"org"_s).toString(), u"inspected"_s);

        // A token signed by another key is not accepted by the server's keys.
        const jwt::Jwk stranger = jwt::Jwk::generate(jwt::Algorithm::ES256, u"stranger"_s);
        paste(dialog, sign({{u"alg"_s, u"ES256"_s}, {u"kid"_s, u"stranger"_s}},
                           dialog.inspection().payload(), stranger));
        QTRY_VERIFY(dialog.hasInspection() && !dialog.inspection().isVerified());
    }

    void grab()
    {
        const QString dir = qEnvironmentVariable("KEYWARD_GRAB_DIR");
        if (dir.isEmpty())
            QSKIP("set KEYWARD_GRAB_DIR to save a screenshot");
        const jwt::Jwk key = jwt::Jwk::generate(jwt::Algorithm::RS256, u"opstrace-1"_s);
        QJsonObject claims = opstraceClaims();
        claims.remove(u"exp"_s);
        InspectorDialog dialog(nullptr, u"https://keyward.example"_s);
        dialog.show();
        paste(dialog, sign({{u"alg"_s, u"RS256"_s}, {u"kid"_s, u"opstrace-1"_s}}, claims, key));
        choose(dialog, InspectorDialog::PemKey);
        child<QPlainTextEdit>(dialog, u"inspectorPemEdit"_s)
            ->setPlainText(QString::fromLatin1(key.toPublicPem()));
        QTRY_VERIFY(verified(dialog));
        QVERIFY(dialog.grab().save(QDir(dir).filePath(u"inspector.png"_s)));
    }
};

QTEST_MAIN(InspectorDialogTest)
#include "tst_inspectordialog.moc"
